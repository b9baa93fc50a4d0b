/**
 * The sending side of the protocol and the answers' shape: what a caller sees when the other
 * side answers, refuses, throws or is not there, and that a listener ends with its lifetime.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { broadcastToPages, extensionContextAlive, handleMessages, sendToBackground, sendToTab, senderRole } from '@/lib/platform/messaging';
import { VALID_REQUESTS } from './valid-requests';

type Listener = (message: unknown, sender: object) => Promise<{ ok: boolean; value?: unknown; error?: string }> | undefined;

describe('sending', () => {
  beforeEach(() => fakeBrowser.reset());

  it('wraps the request in an envelope and returns the value of a good answer', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, value: { opened: true } } as never);
    await expect(sendToBackground('sidebar:open', { composeId: 'c1' })).resolves.toEqual({ opened: true });
    expect(send).toHaveBeenCalledWith({ afterview: 1, name: 'sidebar:open', payload: { composeId: 'c1' } });
  });

  it("rejects with the other side's own error, and says so when nobody answers", async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    send.mockResolvedValueOnce({ ok: false, error: 'storage is full' } as never);
    await expect(sendToBackground('sidebar:open', { composeId: 'c1' })).rejects.toThrow('storage is full');
    for (const silence of [undefined, null, 'text', { value: 1 }]) {
      send.mockResolvedValueOnce(silence as never);
      await expect(sendToBackground('sidebar:open', { composeId: 'c1' })).rejects.toThrow('No answer to "sidebar:open": the other side is not listening.');
    }
  });

  it('sends to the top frame of one tab unless a frame is named', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: null } as never);
    await sendToTab(4, 'compose:refresh', VALID_REQUESTS['compose:refresh'] as never);
    await sendToTab(4, 'compose:refresh', VALID_REQUESTS['compose:refresh'] as never, 3);
    expect(send.mock.calls.map((c) => [c[0], (c[1] as { name: string }).name, c[2]])).toEqual([
      [4, 'compose:refresh', { frameId: 0 }],
      [4, 'compose:refresh', { frameId: 3 }],
    ]);
  });

  it('a broadcast with no page open is no error', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(broadcastToPages('focused:changed', VALID_REQUESTS['focused:changed'] as never)).resolves.toBeUndefined();
    expect(send).toHaveBeenCalledWith({ afterview: 1, name: 'focused:changed', payload: VALID_REQUESTS['focused:changed'] });
  });

  it('knows when the extension is gone from under an old content script', () => {
    expect(extensionContextAlive()).toBe(true);
    vi.spyOn(browser.runtime, 'id', 'get').mockReturnValue(undefined as never);
    expect(extensionContextAlive()).toBe(false);
  });
});

describe('answering', () => {
  let add: ReturnType<typeof vi.spyOn>;
  const page = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') });
  const listen = (handlers: Parameters<typeof handleMessages>[0], signal = new AbortController().signal): Listener => {
    handleMessages(handlers, signal);
    return add.mock.calls.at(-1)![0] as unknown as Listener;
  };
  beforeEach(() => {
    fakeBrowser.reset();
    add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
  });

  it('leaves what is not ours, or not handled here, to other listeners', () => {
    const listener = listen({ 'focused:get': () => null });
    expect(listener({ hello: 1 }, page())).toBeUndefined();
    expect(listener({ afterview: 1, name: 'sidebar:open', payload: {} }, page())).toBeUndefined();
  });

  it('refuses other extensions and senders with no tab that are not our pages', async () => {
    const listener = listen({ 'focused:get': () => null });
    expect(await listener({ afterview: 1, name: 'focused:get', payload: {} }, { ...page(), id: 'someone-else' })).toEqual({ ok: false, error: 'refused: not from Afterview' });
    expect(senderRole({ id: browser.runtime.id, url: 'https://mail.google.com/' })).toBeNull();
    expect(senderRole({ id: browser.runtime.id, url: 'https://mail.google.com/', tab: { id: 1 } as never })).toBe('content-script');
  });

  it('refuses an invalid payload without running the handler', async () => {
    const handler = vi.fn(() => null);
    const listener = listen({ 'draft:set-kind': handler });
    const answer = await listener({ afterview: 1, name: 'draft:set-kind', payload: { tabId: 'one' } }, page());
    expect(answer?.ok).toBe(false);
    expect(answer?.error).toMatch(/draft:set-kind/);
    expect(handler).not.toHaveBeenCalled();
  });

  it("turns a handler's throw or rejection into an error answer, and undefined into null", async () => {
    const listener = listen({
      'focused:get': () => {
        throw new Error('no focus');
      },
      'draft:set-kind': () => Promise.reject(new Error('no such draft')),
      'compose:refresh': () => Promise.reject('plain'),
    });
    expect(await listener({ afterview: 1, name: 'focused:get', payload: {} }, page())).toEqual({ ok: false, error: 'no focus' });
    expect(await listener({ afterview: 1, name: 'draft:set-kind', payload: VALID_REQUESTS['draft:set-kind'] }, page())).toEqual({ ok: false, error: 'no such draft' });
    expect(await listener({ afterview: 1, name: 'compose:refresh', payload: VALID_REQUESTS['compose:refresh'] }, page())).toEqual({ ok: false, error: 'plain' });
    const quiet = listen({ 'focused:get': () => undefined as never });
    expect(await quiet({ afterview: 1, name: 'focused:get', payload: {} }, page())).toEqual({ ok: true, value: null });
  });

  it('stops listening when its lifetime ends, and never starts on an ended one', () => {
    const remove = vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener');
    const life = new AbortController();
    const listener = listen({ 'focused:get': () => null }, life.signal);
    life.abort();
    expect(remove).toHaveBeenCalledWith(listener);
    const calls = add.mock.calls.length;
    handleMessages({ 'focused:get': () => null }, AbortSignal.abort());
    expect(add.mock.calls.length).toBe(calls);
  });
});
