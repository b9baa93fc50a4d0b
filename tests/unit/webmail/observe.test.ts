import { afterEach, describe, expect, it, vi } from 'vitest';
import { gmail } from '@/lib/dom/webmail/gmail';
import { outlook } from '@/lib/dom/webmail/outlook';
import type { RootsChange } from '@/lib/dom/webmail/types';
import { ROOT_SCAN_MS } from '@/lib/dom/webmail/adapter-kit';
import { loadFixture, nextFrame } from './helpers';

const controllers: AbortController[] = [];
function lifetime(): AbortSignal {
  const c = new AbortController();
  controllers.push(c);
  return c.signal;
}
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  vi.restoreAllMocks();
});

const settle = async () => {
  await Promise.resolve();
  await nextFrame();
  await nextFrame();
};

/** Lets the slow scan run once (it runs every ROOT_SCAN_MS). */
const nextScan = async () => {
  await vi.advanceTimersByTimeAsync(ROOT_SCAN_MS + 10);
};

describe('observeRoots', () => {
  afterEach(() => vi.useRealTimers());

  it('reports the composes already there, one added later, one removed, and stops after abort', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout'] });
    const doc = loadFixture('gmail-floating-peoplekit-en.html');
    const changes: RootsChange[] = [];
    const controller = new AbortController();
    gmail.observeRoots(doc, (c) => changes.push(c), controller.signal);
    await Promise.resolve();
    expect(changes).toHaveLength(1);
    expect(changes[0]!.added).toHaveLength(2);

    // Gmail adds a new compose dialog to the bottom area.
    const dialogs = doc.querySelectorAll('.no > [role="dialog"]');
    const copy = dialogs[0]!.cloneNode(true) as HTMLElement;
    copy.querySelector<HTMLInputElement>('input[name="draft"]')!.value = '#msg-a:r-99';
    doc.querySelector('.no')!.append(copy);
    await nextScan();
    expect(changes).toHaveLength(2);
    expect(changes[1]!.added).toEqual([copy.querySelector('.M9')]);
    expect(changes[1]!.removed).toEqual([]);

    // Closing the minimised compose removes its dialog.
    const closed = dialogs[1]!.querySelector('.M9');
    dialogs[1]!.remove();
    await nextScan();
    expect(changes).toHaveLength(3);
    expect(changes[2]).toEqual({ added: [], removed: [closed] });

    controller.abort();
    doc.querySelector('.no')!.append(dialogs[1]!);
    copy.remove();
    await nextScan();
    expect(changes).toHaveLength(3);
  });

  it('finds a compose at once when it takes the focus, without waiting for the slow scan', async () => {
    const doc = loadFixture('gmail-floating-peoplekit-en.html');
    const changes: RootsChange[] = [];
    gmail.observeRoots(doc, (c) => changes.push(c), lifetime());
    await settle();
    const dialog = doc.querySelector('.no > [role="dialog"]')!;
    const copy = dialog.cloneNode(true) as HTMLElement;
    copy.querySelector<HTMLInputElement>('input[name="draft"]')!.value = '#msg-a:r-100';
    doc.querySelector('.no')!.append(copy);
    copy.querySelector<HTMLElement>('[g_editable="true"]')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await settle();
    expect(changes).toHaveLength(2);
    expect(changes[1]!.added).toEqual([copy.querySelector('.M9')]);
  });

  it('reports nothing for a compose moved to another place (full-screen re-parenting)', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout'] });
    const doc = loadFixture('gmail-floating-peoplekit-en.html');
    const changes: RootsChange[] = [];
    gmail.observeRoots(doc, (c) => changes.push(c), lifetime());
    await Promise.resolve();
    const dialog = doc.querySelector('.no > [role="dialog"]')!;
    const layer = doc.createElement('div');
    layer.className = 'aSs';
    const inner = doc.createElement('div');
    inner.className = 'aSt';
    layer.append(inner);
    doc.body.append(layer);
    inner.append(dialog);
    await nextScan();
    expect(changes).toHaveLength(1);
    expect(gmail.composeKind(dialog.querySelector('.M9')!)).toBe('fullscreen');
  });

  it('does no work at all when the page churns: no observer on the page', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout'] });
    const observed = vi.spyOn(MutationObserver.prototype, 'observe');
    const doc = loadFixture('gmail-floating-peoplekit-en.html');
    const changes: RootsChange[] = [];
    gmail.observeRoots(doc, (c) => changes.push(c), lifetime());
    await Promise.resolve();
    expect(observed).not.toHaveBeenCalled();
    const spy = vi.spyOn(doc, 'querySelectorAll');
    const list = doc.querySelector('[role="main"] tbody')!;
    for (let i = 0; i < 200; i++) {
      const row = doc.createElement('tr');
      row.append(doc.createElement('td'));
      list.append(row);
    }
    await Promise.resolve();
    expect(spy).not.toHaveBeenCalled();
    // Only the slow scan looks, once per interval however much the page changed.
    await nextScan();
    const scans = spy.mock.calls.length;
    expect(scans).toBeGreaterThan(0);
    for (let i = 0; i < 200; i++) list.append(doc.createElement('tr'));
    expect(spy.mock.calls.length).toBe(scans);
    expect(changes).toHaveLength(1);
  });

  it('reports a compose replaced by another in one change', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout'] });
    const doc = loadFixture('outlook-reading-pane-new-es.html');
    const changes: RootsChange[] = [];
    outlook.observeRoots(doc, (c) => changes.push(c), lifetime());
    await Promise.resolve();
    expect(changes[0]!.added).toHaveLength(1);
    const original = doc.getElementById('docking_InitVisiblePart_0')!;
    original.remove();
    const copy = original.cloneNode(true) as HTMLElement;
    copy.id = 'docking_InitVisiblePart_1';
    doc.querySelector('[role="main"]')!.append(copy);
    await nextScan();
    expect(changes).toHaveLength(2);
    expect(changes[1]).toEqual({ added: [copy], removed: [original] });
  });

  it('survives a consumer that throws', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout'] });
    const doc = loadFixture('gmail-compose-new-message-2020-en.html');
    const calls: number[] = [];
    gmail.observeRoots(
      doc,
      () => {
        calls.push(1);
        throw new Error('consumer bug');
      },
      lifetime(),
    );
    await Promise.resolve();
    doc.querySelector('[role="dialog"]')!.remove();
    await nextScan();
    expect(calls).toHaveLength(2);
  });

  it('does nothing with an already aborted signal', async () => {
    const doc = loadFixture('gmail-compose-new-message-2020-en.html');
    const onChange = vi.fn();
    gmail.observeRoots(doc, onChange, AbortSignal.abort());
    await settle();
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('watchCompose', () => {
  function watch(file: string, adapter = file.startsWith('gmail') ? gmail : outlook) {
    const doc = loadFixture(file);
    const root = adapter.findComposeRoots(doc)[0]!;
    const onEdit = vi.fn();
    const onSend = vi.fn();
    const controller = new AbortController();
    controllers.push(controller);
    // happy-dom's events are all untrusted; here they stand for the user's (the default is tested below).
    adapter.watchCompose(root, { onEdit, onSend, isTrusted: () => true }, controller.signal);
    return { doc, root, onEdit, onSend, controller, adapter };
  }

  it('ignores a Send click or Ctrl+Enter the page dispatches itself (untrusted events)', () => {
    const doc = loadFixture('gmail-compose-new-message-2020-en.html');
    const root = gmail.findComposeRoots(doc)[0]!;
    const onSend = vi.fn();
    const controller = new AbortController();
    controllers.push(controller);
    gmail.watchCompose(root, { onEdit: vi.fn(), onSend }, controller.signal);
    gmail.sendButtonOf(root)!.click();
    gmail.bodyOf(root)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    expect(onSend).not.toHaveBeenCalled();
  });

  it('reports edits once per frame, from input events and from DOM changes', async () => {
    const { root, onEdit, adapter } = watch('gmail-floating-peoplekit-en.html');
    const body = adapter.bodyOf(root)!;
    for (let i = 0; i < 5; i++) body.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(onEdit).toHaveBeenCalledTimes(1);
    // A chip added by the autocomplete, without any input event.
    const chip = root.querySelector('[role="option"]')!.cloneNode(true);
    root.querySelector('.anm[name="cc"] [role="listbox"]')!.append(chip);
    await settle();
    expect(onEdit).toHaveBeenCalledTimes(2);
  });

  it('ignores changes to our own UI', async () => {
    const { root, onEdit } = watch('gmail-floating-peoplekit-en.html');
    const ui = document.createElement('div');
    ui.setAttribute('data-afterview-ui', 'badge');
    root.append(ui);
    ui.append(document.createElement('span'));
    await settle();
    expect(onEdit).not.toHaveBeenCalled();
  });

  it('reports a click on Send, not on the send options arrow', () => {
    const { root, onSend, adapter } = watch('gmail-compose-new-message-2020-en.html');
    root.querySelector<HTMLElement>('[aria-haspopup="true"][role="button"]')!.click();
    expect(onSend).not.toHaveBeenCalled();
    adapter.sendButtonOf(root)!.click();
    expect(onSend).toHaveBeenCalledTimes(1);
    adapter.sendButtonOf(root)!.click();
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('reports Ctrl+Enter in the body as a send, even when the editor stops the event (Outlook)', () => {
    const { root, onSend, adapter } = watch('outlook-reading-pane-reply-en.html');
    const body = adapter.bodyOf(root)!;
    body.addEventListener('keydown', (e) => e.stopPropagation());
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onSend).not.toHaveBeenCalled();
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('reports Enter on the focused Send button (keyboard users)', () => {
    const { root, onSend, adapter } = watch('outlook-popout-de.html');
    adapter.sendButtonOf(root)!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(onSend).toHaveBeenCalledTimes(1);
  });

  it('stops after abort', async () => {
    const { root, onEdit, onSend, controller, adapter } = watch('gmail-fullscreen-de.html');
    controller.abort();
    adapter.bodyOf(root)!.dispatchEvent(new Event('input', { bubbles: true }));
    adapter.bodyOf(root)!.append(document.createTextNode('more'));
    adapter.sendButtonOf(root)!.click();
    await settle();
    expect(onEdit).not.toHaveBeenCalled();
    expect(onSend).not.toHaveBeenCalled();
  });
});
