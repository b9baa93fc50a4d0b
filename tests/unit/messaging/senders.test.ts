/**
 * Which Afterview context may send which message. A content script shares its page with
 * the webmail's own JavaScript, so each message that reads the notes, another tab's draft
 * or steers the sidebar must be refused when a content script sends it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessages, REQUESTS, type MessageName } from '@/lib/platform/messaging';
import { VALID_REQUESTS } from './valid-requests';

type Listener = (message: unknown, sender: object) => Promise<{ ok: boolean; value?: unknown; error?: string }> | undefined;

const VALID = VALID_REQUESTS;
const PRIVILEGED: MessageName[] = ['focused:get', 'draft:set-kind', 'focused:changed', 'compose:insert', 'compose:select', 'compose:fix', 'compose:refresh'];
const FOR_CONTENT: MessageName[] = ['draft:check', 'draft:closed', 'draft:sent', 'sidebar:open', 'rule:mute', 'dictionary:add', 'fix:note-value'];

describe('message senders', () => {
  let listener: Listener;
  let ran: MessageName[];
  const contentScript = () => ({ id: browser.runtime.id, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 7, windowId: 1 } });
  const sidebar = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') });

  beforeEach(() => {
    fakeBrowser.reset();
    ran = [];
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const handlers = Object.fromEntries(
      (Object.keys(REQUESTS) as MessageName[]).map((n) => [
        n,
        () => {
          ran.push(n);
          return null;
        },
      ]),
    );
    handleMessages(handlers, new AbortController().signal);
    listener = add.mock.calls.at(-1)![0] as unknown as Listener;
  });

  it('covers every message in one of the two lists', () => {
    expect([...PRIVILEGED, ...FOR_CONTENT].sort()).toEqual(Object.keys(REQUESTS).sort());
  });

  for (const name of PRIVILEGED) {
    it(`refuses "${name}" from a content script, and answers it for an extension page`, async () => {
      const refused = await listener({ afterview: 1, name, payload: VALID[name] }, contentScript());
      expect(refused).toEqual({ ok: false, error: `refused: "${name}" is not for a content-script` });
      expect(ran).toEqual([]);
      expect(await listener({ afterview: 1, name, payload: VALID[name] }, sidebar())).toEqual({ ok: true, value: null });
      expect(ran).toEqual([name]);
    });
  }

  for (const name of FOR_CONTENT) {
    it(`answers "${name}" from a content script, not from a page (it names the sender's tab)`, async () => {
      expect(await listener({ afterview: 1, name, payload: VALID[name] }, contentScript())).toEqual({ ok: true, value: null });
      expect((await listener({ afterview: 1, name, payload: VALID[name] }, sidebar()))?.ok).toBe(false);
      expect(ran).toEqual([name]);
    });
  }

  it('an extension page opened in a tab is still an extension page', async () => {
    const notesTab = { ...sidebar(), url: browser.runtime.getURL('/notes.html'), tab: { id: 9, windowId: 1 } };
    expect((await listener({ afterview: 1, name: 'focused:get', payload: {} }, notesTab))?.ok).toBe(true);
  });
});
