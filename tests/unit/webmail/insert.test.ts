// happy-dom has no execCommand and no real caret: these tests cover the fallback paths,
// the paste hand-off and range choice. DOMPurify does not work under happy-dom 21 (it keeps
// <script> and drops <b>), so here the module's self-check refuses HTML and inserts text;
// the HTML paths run in insert-html.test.ts with a stand-in sanitiser. Native insertion,
// undo and real sanitising need the real-browser suite.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertIntoCompose, replaceComposeText } from '@/lib/dom/webmail/compose-edit';
import { gmail } from '@/lib/dom/webmail/gmail';
import { insertAtCaret, rememberSelection, replaceBody, sanitiserWorks } from '@/lib/dom/webmail/insert';
import { outlook } from '@/lib/dom/webmail/outlook';
import { loadFixture, editor, caretIn } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(document, 'execCommand');
});

describe('insertAtCaret (DOM fallback: no execCommand here)', () => {
  it('inserts text at the saved caret, places the caret after it, and fires input', async () => {
    const body = editor('<div>Thank you for today.</div>');
    const inputs: string[] = [];
    body.addEventListener('input', (e) => inputs.push((e as InputEvent).inputType));
    const text = body.firstChild!.firstChild!;
    const result = await insertAtCaret(body, { text: ' It was great.' }, caretIn(text, 20));
    expect(result).toEqual({ ok: true, method: 'dom' });
    expect(body.textContent).toBe('Thank you for today. It was great.');
    expect(inputs).toEqual(['insertText']);
    const selection = document.getSelection()!;
    expect(selection.rangeCount).toBe(1);
    const caret = selection.getRangeAt(0);
    expect(caret.collapsed).toBe(true);
    const before = document.createRange();
    before.setStart(body, 0);
    before.setEnd(caret.startContainer, caret.startOffset);
    expect(before.toString()).toBe('Thank you for today. It was great.');
  });

  it('turns text lines into <br>-separated lines', async () => {
    const body = editor('');
    await insertAtCaret(body, { text: 'Best regards,\nSam' });
    expect(body.innerHTML).toBe('Best regards,<br>Sam');
  });

  it('inserts at the end when the saved range is no longer inside the body', async () => {
    const body = editor('<div>a</div>');
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere';
    document.body.append(outside);
    await insertAtCaret(body, { text: 'b' }, caretIn(outside.firstChild!, 3));
    expect(body.textContent).toBe('ab');
    expect(outside.textContent).toBe('elsewhere');
  });

  it('uses the fallback range before the end of the body', async () => {
    const body = editor('<div>mine</div><div class="sig">Sam</div>');
    const before = document.createRange();
    before.setStart(body, 1);
    await insertAtCaret(body, { text: '!' }, null, { fallbackRange: before });
    expect(body.innerHTML).toBe('<div>mine</div>!<div class="sig">Sam</div>');
  });

  it('replaces a selected range', async () => {
    const body = editor('<div>I am very very excited</div>');
    const text = body.firstChild!.firstChild!;
    const range = document.createRange();
    range.setStart(text, 5);
    range.setEnd(text, 14);
    await insertAtCaret(body, { text: 'really' }, range);
    expect(body.textContent).toBe('I am really excited');
  });

  it('inserts only the text of HTML when the sanitiser fails its check (as under happy-dom)', async () => {
    expect(sanitiserWorks()).toBe(false);
    const body = editor('');
    const node = document.createElement('div');
    node.innerHTML = '<b onclick="x()">Hi</b><img src=x onerror="alert(1)"><script>alert(2)</script><div>there</div>';
    const result = await insertAtCaret(body, { html: node });
    expect(result).toEqual({ ok: true, method: 'dom' });
    expect(body.children).toHaveLength(1);
    expect(body.innerHTML).toBe('Hi<br>there');
  });

  it('refuses without throwing: nothing to insert, a body gone, a body not editable', async () => {
    const body = editor('x');
    expect(await insertAtCaret(body, {})).toMatchObject({ ok: false });
    body.setAttribute('contenteditable', 'false');
    expect(await insertAtCaret(body, { text: 'y' })).toMatchObject({ ok: false });
    body.remove();
    expect(await insertAtCaret(body, { text: 'y' })).toMatchObject({ ok: false });
    expect(await insertAtCaret(null as unknown as HTMLElement, { text: 'y' })).toMatchObject({ ok: false });
  });
});

describe('insertAtCaret with execCommand', () => {
  it('uses execCommand when it edits', async () => {
    const body = editor('');
    const exec = vi.fn((_command: string, _ui: boolean, value: string) => {
      body.append(document.createTextNode(value));
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    expect(await insertAtCaret(body, { text: 'hello' })).toEqual({ ok: true, method: 'execCommand' });
    expect(exec).toHaveBeenLastCalledWith('insertText', false, 'hello');
  });

  it('falls back to the DOM when execCommand says yes but edits nothing, or throws', async () => {
    const body = editor('');
    Object.defineProperty(document, 'execCommand', { value: () => true, configurable: true });
    expect(await insertAtCaret(body, { text: 'a' })).toEqual({ ok: true, method: 'dom' });
    Object.defineProperty(document, 'execCommand', {
      value: () => {
        throw new TypeError('This document requires TrustedHTML assignment.');
      },
      configurable: true,
    });
    expect(await insertAtCaret(body, { text: 'b' })).toEqual({ ok: true, method: 'dom' });
    expect(body.textContent).toBe('ab');
  });
});

describe('the paste strategy', () => {
  it("hands the content to the site's paste handler when it takes it", async () => {
    const body = editor('<div>a</div>');
    let plain = '';
    body.addEventListener('paste', (e) => {
      plain = (e as ClipboardEvent).clipboardData!.getData('text/plain');
      e.preventDefault();
      // RoosterJS reads the clipboard items asynchronously.
      setTimeout(() => body.append(document.createTextNode(plain)), 30);
    });
    const result = await insertAtCaret(body, { text: 'bold move' }, null, { strategy: 'paste' });
    expect(result).toEqual({ ok: true, method: 'paste' });
    expect(plain).toBe('bold move');
    expect(body.textContent).toBe('abold move');
  });

  it('falls back when nobody handles the paste', async () => {
    const body = editor('<div>a</div>');
    expect(await insertAtCaret(body, { text: 'b' }, null, { strategy: 'paste' })).toEqual({ ok: true, method: 'dom' });
    expect(body.textContent).toBe('ab');
  });

  it('falls back when the handler cancels the paste but changes nothing (Firefox isolated world)', async () => {
    const body = editor('<div>a</div>');
    body.addEventListener('paste', (e) => e.preventDefault());
    expect(await insertAtCaret(body, { text: 'b' }, null, { strategy: 'paste', pasteTimeoutMs: 60 })).toEqual({ ok: true, method: 'dom' });
    expect(body.textContent).toBe('ab');
  });
});

describe('replaceBody', () => {
  it('replaces only the given range', async () => {
    const body = editor('<div>old text</div><div class="sig">Sam</div>');
    const range = document.createRange();
    range.setStart(body, 0);
    range.setEnd(body, 1);
    await replaceBody(body, { text: 'new text' }, range);
    expect(body.innerHTML).toBe('new text<div class="sig">Sam</div>');
  });

  it('replaces everything without a range', async () => {
    const body = editor('<div>old</div><div>more</div>');
    await replaceBody(body, { text: 'new' });
    expect(body.innerHTML).toBe('new');
  });
});

describe('rememberSelection', () => {
  it('keeps the last selection inside the body while the focus goes elsewhere', () => {
    const body = editor('<div>Thank you</div>');
    const button = document.createElement('button');
    document.body.append(button);
    const controller = new AbortController();
    const memory = rememberSelection(body, controller.signal);
    expect(memory.get()).toBeNull();
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(caretIn(body.firstChild!.firstChild!, 5));
    body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    // Clicking our button: mousedown comes first (selection still in the body), then it moves.
    button.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    selection.removeAllRanges();
    selection.addRange(caretIn(button, 0));
    button.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    const saved = memory.get()!;
    expect(saved.startContainer).toBe(body.firstChild!.firstChild);
    expect(saved.startOffset).toBe(5);
    controller.abort();
  });

  it('forgets a selection whose nodes left the body (re-rendered editor)', () => {
    const body = editor('<div>Thank you</div>');
    const memory = rememberSelection(body, new AbortController().signal);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(caretIn(body.firstChild!.firstChild!, 2));
    memory.save();
    expect(memory.get()).not.toBeNull();
    body.replaceChildren(document.createElement('div'));
    expect(memory.get()).toBeNull();
  });

  it('stops listening after abort', () => {
    const body = editor('<div>Thank you</div>');
    const memory = rememberSelection(body, AbortSignal.abort());
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(caretIn(body.firstChild!.firstChild!, 2));
    body.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    expect(memory.get()).toBeNull();
  });
});

describe('editing a compose through its adapter', () => {
  it('inserts after the user text, before the signature and quote, when no caret was saved (Gmail)', async () => {
    const doc = loadFixture('gmail-inline-reply-en.html');
    const root = gmail.findComposeRoots(doc)[0]!;
    expect(await insertIntoCompose(gmail, root, { text: 'P.S. Happy to walk through it.' })).toMatchObject({ ok: true });
    const read = gmail.readCompose(root);
    expect(read.ok && read.draft.bodyText).toBe(
      'Hi Dana,\n\nHere is the sample, as promised. The parts I would point to:\nthe weekly retention view\n\nBest,\nSam\nP.S. Happy to walk through it.',
    );
    expect(gmail.bodyOf(root)!.querySelector('.gmail_quote')?.textContent).toContain('Thanks again');
  });

  it('replaces the user text and keeps the signature (Gmail) and the history (Outlook)', async () => {
    let doc = loadFixture('gmail-floating-peoplekit-en.html');
    let root = gmail.findComposeRoots(doc)[0]!;
    await replaceComposeText(gmail, root, { text: 'Hi Dana,\nThank you.' });
    let read = gmail.readCompose(root);
    expect(read.ok && read.draft.bodyText).toBe('Hi Dana,\nThank you.\n\n--\nSam Taylor\n+1 555 0100');

    doc = loadFixture('outlook-reading-pane-reply-en.html');
    root = outlook.findComposeRoots(doc)[0]!;
    const result = await replaceComposeText(outlook, root, { text: 'Hi Dana, thank you.' });
    expect(result).toMatchObject({ ok: true, method: 'dom' });
    read = outlook.readCompose(root);
    expect(read.ok && read.draft.bodyText).toBe('Hi Dana, thank you.\nSam Taylor');
    expect(outlook.bodyOf(root)!.querySelector('#divRplyFwdMsg')).not.toBeNull();
  });

  it('fails closed for a compose without a body', async () => {
    const doc = loadFixture('gmail-compose-new-message-2020-en.html');
    const root = gmail.findComposeRoots(doc)[0]!;
    root.querySelector('[g_editable]')!.remove();
    root.querySelector('.editable')?.remove();
    expect(await insertIntoCompose(gmail, root, { text: 'x' })).toMatchObject({ ok: false });
    expect(await replaceComposeText(gmail, root, { text: 'x' })).toMatchObject({ ok: false });
  });
});
