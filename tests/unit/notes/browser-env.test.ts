import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FocusedDraft } from '@/lib/platform/messaging/protocol';

const focused = vi.hoisted(() => ({ value: null as FocusedDraft | null }));
vi.mock('@/lib/platform/messaging', () => ({ sendToBackground: async () => focused.value }));

const { activeTabSite } = await import('@/lib/platform/browser-env');

/** Opens a tab and makes it the one the popup was opened on (the fake browser has no current window). */
async function activeTab(url: string) {
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab] as never);
  return tab;
}

describe('the site the popup suggests a company from', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
    focused.value = null;
  });

  it('is the active tab’s host on an ordinary site', async () => {
    await activeTab('https://careers.northwind.example/jobs/42');
    expect(await activeTabSite()).toEqual({ host: 'careers.northwind.example' });
  });

  it('on a webmail tab, gives the recipients of the email being written there', async () => {
    const tab = await activeTab('https://mail.google.com/mail/u/0/#inbox');
    focused.value = {
      tabId: tab.id!,
      composeId: 'c1',
      site: 'gmail',
      draft: { subject: 'Thanks', to: [{ name: 'Dana Reyes', address: 'dana.reyes@northwind.example' }], cc: [], bodyText: '' },
      result: { kind: 'thank-you', kindSource: 'detected', score: 90, findings: [], language: 'en' },
      kindOverride: null,
    };
    expect(await activeTabSite()).toEqual({ host: 'mail.google.com', recipients: [{ name: 'Dana Reyes', address: 'dana.reyes@northwind.example' }] });
  });

  it('on a webmail tab with no draft open, gives the webmail host alone (which names no company)', async () => {
    await activeTab('https://outlook.live.com/mail/0/');
    expect(await activeTabSite()).toEqual({ host: 'outlook.live.com' });
  });
});
