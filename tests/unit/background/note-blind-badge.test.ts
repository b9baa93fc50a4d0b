/**
 * The badge sits in the webmail page, which can read it: its score must not depend on the
 * notes (else a page could probe recipients and greetings to learn which companies and
 * interviewers the user saved). The sidebar, an extension page, gets the check with notes.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startComposeServices } from '@/lib/app/background/compose-services';
import { company } from '../guidelines/helpers';

type Listener = (message: unknown, sender: object) => Promise<{ ok: boolean; value?: unknown }> | undefined;

const draft = {
  subject: 'Thank you – Product Analyst interview',
  to: [{ name: 'Priya Raman', address: 'priya.raman@lumenworks.com' }],
  cc: [],
  bodyText: 'Dear Priya,\n\nThank you for your time today.\n\nBest regards,\nSam Lee\nsam@example.com',
};

describe('the badge score is note-blind; the sidebar’s is not', () => {
  let listener: Listener;
  beforeEach(() => {
    fakeBrowser.reset();
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    startComposeServices({ loadContext: async () => ({ company: company() }) });
    listener = add.mock.calls.at(-1)![0] as unknown as Listener;
  });

  it('answers the content script with the score of a check without notes', async () => {
    const tab = { id: browser.runtime.id, url: 'https://mail.google.com/mail/u/0/', tab: { id: 4, windowId: 1 } };
    const badge = (await listener({ afterview: 1, name: 'draft:check', payload: { composeId: 'c1', site: 'gmail', draft, focused: true } }, tab))!;
    const sidebar = (await listener({ afterview: 1, name: 'focused:get', payload: {} }, { id: browser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') }))!;
    const full = sidebar.value as { result: { score: number; findings: { rule: string; status: string }[] } };
    // With the notes, the rules that need them run (the interview date makes this thank-you late, for one).
    const noteRules = ['name-accuracy', 'timing', 'recipient-choice', 'unique-per-interviewer', 'follow-up-frequency', 'address-concern'];
    const failedWithNotes = full.result.findings.filter((f) => noteRules.includes(f.rule) && f.status === 'fail');
    expect(failedWithNotes.length).toBeGreaterThan(0);
    const summary = badge.value as { score: number };
    expect(summary.score).toBeGreaterThan(full.result.score);
  });
});

describe('the sidebar’s draft', () => {
  it('is never a compose in a background tab, whatever focus its page reports', async () => {
    fakeBrowser.reset();
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    startComposeServices({});
    const listener = add.mock.calls.at(-1)![0] as unknown as Listener;
    const from = (id: number, active: boolean) => ({ id: browser.runtime.id, url: 'https://mail.google.com/mail/u/0/', tab: { id, windowId: 1, active } });
    const check = (composeId: string, sender: object) => listener({ afterview: 1, name: 'draft:check', payload: { composeId, site: 'gmail', draft, focused: true } }, sender);
    const focused = async () =>
      (await listener({ afterview: 1, name: 'focused:get', payload: {} }, { id: browser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') }))!.value as {
        tabId: number;
        composeId: string;
      } | null;
    await check('typed-in', from(1, true));
    expect((await focused())?.composeId).toBe('typed-in');
    await check('hidden', from(2, false));
    expect(await focused()).toMatchObject({ tabId: 1, composeId: 'typed-in' });
  });
});

describe('the kind a page asks for', () => {
  it('is ignored: only the user’s choice in the sidebar sets it', async () => {
    fakeBrowser.reset();
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    startComposeServices({});
    const listener = add.mock.calls.at(-1)![0] as unknown as Listener;
    const tab = { id: browser.runtime.id, url: 'https://mail.google.com/mail/u/0/', tab: { id: 4, windowId: 1, active: true } };
    const reply = (await listener({ afterview: 1, name: 'draft:check', payload: { composeId: 'c1', site: 'gmail', draft, focused: true, kind: 'withdrawal' } }, tab))!;
    expect(reply.ok).toBe(true);
    expect((reply.value as { kind: string }).kind).toBe('thank-you');
    const sidebar = (await listener({ afterview: 1, name: 'focused:get', payload: {} }, { id: browser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') }))!;
    expect((sidebar.value as { result: { kind: string } }).result.kind).toBe('thank-you');
  });
});
