import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FocusedDraft } from '@/lib/messaging/protocol';

const focused = vi.hoisted(() => ({ value: null as FocusedDraft | null }));
vi.mock('@/lib/messaging', () => ({ sendToBackground: async () => focused.value }));

const { activeTabHost } = await import('@/lib/notes/browser-env');

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
    expect(await activeTabHost()).toBe('careers.northwind.example');
  });

  it('on a webmail tab, is the domain of the person the open draft is to, not the webmail', async () => {
    const tab = await activeTab('https://mail.google.com/mail/u/0/#inbox');
    focused.value = {
      tabId: tab.id!,
      composeId: 'c1',
      site: 'gmail',
      draft: { subject: 'Thanks', to: [{ name: 'Dana Reyes', address: 'dana.reyes@northwind.example' }], cc: [], bodyText: '' },
      result: { kind: 'thank-you', kindSource: 'detected', score: 90, findings: [], language: 'en' },
      kindOverride: null,
    };
    expect(await activeTabHost()).toBe('northwind.example');
  });

  it('on a webmail tab with no draft open, falls back to the webmail host (which the popup ignores)', async () => {
    await activeTab('https://outlook.live.com/mail/0/');
    expect(await activeTabHost()).toBe('outlook.live.com');
  });
});
