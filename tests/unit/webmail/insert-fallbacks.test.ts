// insert.ts where native editing is missing, refuses or half-works, and the decisions around
// it: which element counts as editable, what each refusal says, when the site's paste
// handling counts as done, what the DOM fallback dispatches, which selection is remembered
// and how the subject field is typed into. happy-dom has no execCommand; where the code
// branches on it, a stand-in edits the selection it is given, as a browser does. Real native
// editing and undo run in the real-browser suites (tests/e2e/template-insert-*.test.mjs,
// one-click-fixes.test.mjs, webmail-*.test.mjs).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertAtCaret, rememberSelection, replaceFieldText, replaceRange, sanitiserWorks, sanitizeHtml } from '@/lib/dom/webmail/insert';
import { editor, caretIn } from './helpers';

/** Native insertText as a browser does it: over the current selection. */
function typingAtSelection(): ReturnType<typeof vi.fn> {
  const exec = vi.fn((command: string, _ui: boolean, value: string) => {
    if (command !== 'insertText') return false;
    const range = document.getSelection()!.getRangeAt(0);
    range.deleteContents();
    range.insertNode(document.createTextNode(value));
    return true;
  });
  Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
  return exec;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  Reflect.deleteProperty(document, 'execCommand');
});

describe('sanitizeHtml without a working sanitiser (as under happy-dom)', () => {
  it('keeps only the text of the HTML, as text nodes', () => {
    expect(sanitiserWorks()).toBe(false);
    const fragment = sanitizeHtml('<b onclick="x()">Hi</b><img src=x onerror="alert(1)"><script>alert(2)</script><div>there</div>');
    expect(Array.from(fragment.childNodes).map((n) => n.nodeType)).toEqual([Node.TEXT_NODE]);
    expect(fragment.textContent).toBe('Hi\nthere');
  });
});

describe('what each refusal says', () => {
  it('refuses a range that left the editor, touching nothing', async () => {
    const body = editor('<div>mine</div>');
    const other = document.createElement('p');
    other.textContent = 'elsewhere';
    document.body.append(other);
    const range = document.createRange();
    range.selectNodeContents(other);
    expect(await replaceRange(body, range, { text: 'x' })).toEqual({ ok: false, reason: 'the text is no longer in the editor' });
    expect(other.textContent).toBe('elsewhere');
    expect(body.textContent).toBe('mine');
  });

  it('names the editor gone, nothing to insert, and an unexpected error', async () => {
    const body = editor('x');
    expect(await insertAtCaret(body, {})).toEqual({ ok: false, reason: 'nothing to insert' });
    body.setAttribute('contenteditable', 'false');
    expect(await insertAtCaret(body, { text: 'y' })).toEqual({ ok: false, reason: 'the editor is gone or not editable' });
    const result = await insertAtCaret(null as unknown as HTMLElement, { text: 'y' });
    expect(result.ok === false && result.reason).toMatch(/^insertion failed: \S/);
  });
});

describe('an editable body', () => {
  it('is one with an empty contenteditable attribute, or inside an editable host', async () => {
    let body = editor('a');
    body.setAttribute('contenteditable', '');
    expect(await insertAtCaret(body, { text: 'b' })).toEqual({ ok: true, method: 'dom' });
    expect(body.textContent).toBe('ab');
    const host = editor('<div class="body">a</div>');
    body = host.querySelector('.body')!;
    expect(await insertAtCaret(body, { text: 'b' })).toEqual({ ok: true, method: 'dom' });
    expect(body.textContent).toBe('ab');
  });

  it("is one whose attribute says so where the engine's isContentEditable does not (plaintext-only in older Firefox)", async () => {
    for (const value of ['true', 'plaintext-only']) {
      const body = editor('a');
      body.setAttribute('contenteditable', value);
      Object.defineProperty(body, 'isContentEditable', { value: false });
      expect(await insertAtCaret(body, { text: 'b' })).toEqual({ ok: true, method: 'dom' });
      expect(body.textContent).toBe('ab');
    }
  });
});

describe('native editing', () => {
  it('edits at the saved caret, wherever the selection was', async () => {
    const body = editor('<div>Thank you</div>');
    const text = body.firstChild!.firstChild!;
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(caretIn(text, 9));
    typingAtSelection();
    expect(await insertAtCaret(body, { text: ' all' }, caretIn(text, 5))).toEqual({ ok: true, method: 'execCommand' });
    expect(body.textContent).toBe('Thank all you');
  });

  it('counts an edit of text already in the body as done, once', async () => {
    const body = editor('<div><b>Thank you</b></div>');
    Object.defineProperty(document, 'execCommand', {
      value: (_command: string, _ui: boolean, value: string) => {
        (body.querySelector('b')!.firstChild as Text).appendData(value);
        return true;
      },
      configurable: true,
    });
    expect(await insertAtCaret(body, { text: '!' })).toEqual({ ok: true, method: 'execCommand' });
    expect(body.textContent).toBe('Thank you!');
  });

  it('is not needed: with no selection to be had, the DOM fallback still inserts', async () => {
    const body = editor('<div>a</div>');
    vi.spyOn(document, 'getSelection').mockReturnValue(null);
    expect(await insertAtCaret(body, { text: 'b' })).toEqual({ ok: true, method: 'dom' });
    expect(body.textContent).toBe('ab');
  });
});

describe('the paste strategy', () => {
  it('is not used by default: a site paste handler never sees the content', async () => {
    const body = editor('<div>a</div>');
    const pasted = vi.fn((e: Event) => e.preventDefault());
    body.addEventListener('paste', pasted);
    expect(await insertAtCaret(body, { text: 'b' })).toEqual({ ok: true, method: 'dom' });
    expect(pasted).not.toHaveBeenCalled();
    expect(body.textContent).toBe('ab');
  });

  it('reaches a handler on an ancestor of the body', async () => {
    const body = editor('<div>a</div>');
    document.body.addEventListener(
      'paste',
      (e) => {
        e.preventDefault();
        body.append(document.createTextNode((e as ClipboardEvent).clipboardData!.getData('text/plain')));
      },
      { once: true },
    );
    expect(await insertAtCaret(body, { text: 'b' }, null, { strategy: 'paste' })).toEqual({ ok: true, method: 'paste' });
    expect(body.textContent).toBe('ab');
  });

  it('counts a later edit of text already in the body as the paste', async () => {
    const body = editor('<div>a</div>');
    body.addEventListener('paste', (e) => {
      e.preventDefault();
      setTimeout(() => (body.firstChild!.firstChild as Text).appendData('b'), 10);
    });
    expect(await insertAtCaret(body, { text: 'b' }, null, { strategy: 'paste', pasteTimeoutMs: 200 })).toEqual({ ok: true, method: 'paste' });
    expect(body.textContent).toBe('ab');
  });

  it('still inserts when a handler reacts to the paste without taking it', async () => {
    const body = editor('<div>a</div><span class="placeholder"></span>');
    body.addEventListener('paste', () => body.querySelector('.placeholder')?.remove());
    expect(await insertAtCaret(body, { text: 'b' }, null, { strategy: 'paste', pasteTimeoutMs: 60 })).toEqual({ ok: true, method: 'dom' });
    expect(body.textContent).toBe('ab');
  });

  it('refuses when the handler re-rendered the editor under the range', async () => {
    const body = editor('<div>a</div>');
    body.addEventListener('paste', () => body.replaceChildren(document.createElement('div')));
    expect(await insertAtCaret(body, { text: 'b' }, caretIn(body.firstChild!.firstChild!, 1), { strategy: 'paste' })).toEqual({
      ok: false,
      reason: 'the editor changed while pasting',
    });
  });

  it('falls back to the DOM in a document without a window', async () => {
    const doc = document.implementation.createHTMLDocument('');
    const body = doc.createElement('div');
    body.setAttribute('contenteditable', 'true');
    body.innerHTML = '<div>a</div>';
    doc.body.append(body);
    expect(await insertAtCaret(body, { text: 'b' }, null, { strategy: 'paste' })).toEqual({ ok: true, method: 'dom' });
    expect(body.textContent).toBe('ab');
  });
});

describe('the input event of the DOM fallback', () => {
  it('bubbles, so a site listening above the editor saves the draft', async () => {
    const body = editor('');
    const seen: string[] = [];
    document.addEventListener('input', (e) => seen.push((e as InputEvent).inputType), { once: true });
    await insertAtCaret(body, { text: 'hi' });
    expect(seen).toEqual(['insertText']);
  });

  it('is a plain bubbling input event where InputEvent is missing', async () => {
    vi.stubGlobal('InputEvent', undefined);
    const body = editor('');
    const seen: string[] = [];
    document.addEventListener('input', (e) => seen.push(e.type), { once: true });
    expect(await insertAtCaret(body, { text: 'hi' })).toEqual({ ok: true, method: 'dom' });
    expect(seen).toEqual(['input']);
    expect(body.textContent).toBe('hi');
  });
});

describe('rememberSelection', () => {
  it('sees the caret move in an editor that stops key events at its element', async () => {
    const body = editor('<div>Thank you</div>');
    body.addEventListener('keyup', (e) => e.stopPropagation());
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(caretIn(body.firstChild!.firstChild!, 3));
    // Any selectionchange of that move is past before the memory starts listening.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const controller = new AbortController();
    const memory = rememberSelection(body, controller.signal);
    body.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true }));
    expect(memory.get()?.startOffset).toBe(3);
    controller.abort();
  });

  it('sees the caret move on selectionchange', async () => {
    const body = editor('<div>Thank you</div>');
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(caretIn(body.firstChild!.firstChild!, 6));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const controller = new AbortController();
    const memory = rememberSelection(body, controller.signal);
    document.dispatchEvent(new Event('selectionchange'));
    expect(memory.get()?.startOffset).toBe(6);
    controller.abort();
  });
});

describe('replaceFieldText', () => {
  function field(value: string): HTMLInputElement {
    const input = document.createElement('input');
    input.value = value;
    document.body.append(input);
    return input;
  }
  /** Native insertText in a field whose whole value is selected. */
  const typing = (input: HTMLInputElement, answer = true) =>
    vi.fn((command: string, _ui: boolean, value: unknown) => {
      if (command !== 'insertText') return false;
      input.value = String(value);
      return answer;
    });

  it('types the text over the whole field through native editing', () => {
    const input = field('thx');
    const exec = typing(input);
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    expect(replaceFieldText(input, 'Following up')).toBe(true);
    expect(input.value).toBe('Following up');
  });

  it('answers false, moving no focus, where the browser has no native editing', () => {
    const body = editor('x');
    body.focus();
    const input = field('thx');
    expect(replaceFieldText(input, 'Following up')).toBe(false);
    expect(input.value).toBe('thx');
    expect(document.activeElement).toBe(body);
  });

  it('answers false when native editing refuses, throws, or says yes without typing', () => {
    const input = field('thx');
    Object.defineProperty(document, 'execCommand', { value: typing(input, false), configurable: true });
    expect(replaceFieldText(input, 'Following up')).toBe(false);
    Object.defineProperty(document, 'execCommand', {
      value: () => {
        throw new Error('denied');
      },
      configurable: true,
    });
    expect(replaceFieldText(input, 'Following up')).toBe(false);
    input.value = 'thx';
    Object.defineProperty(document, 'execCommand', { value: () => true, configurable: true });
    expect(replaceFieldText(input, 'Following up')).toBe(false);
  });
});

describe('a sanitiser that throws, or one that works', () => {
  afterEach(() => {
    vi.doUnmock('dompurify');
    vi.resetModules();
  });

  it('one that throws on its check is not used: only the text goes in', async () => {
    vi.resetModules();
    vi.doMock('dompurify', () => ({
      default: {
        isSupported: true,
        sanitize: () => {
          throw new Error('broken');
        },
      },
    }));
    const insert = await import('@/lib/dom/webmail/insert');
    expect(insert.sanitiserWorks()).toBe(false);
    expect(insert.sanitizeHtml('<b>Hi</b><script>alert(1)</script>').textContent).toBe('Hi');
  });

  it('with one that works, the DOM fallback says its input is a paste', async () => {
    vi.resetModules();
    vi.doMock('dompurify', () => ({
      default: {
        isSupported: true,
        sanitize: (html: string, config?: { RETURN_DOM_FRAGMENT?: boolean }) => {
          const clean = html.replace(/<script>.*?<\/script>/g, '').replace(/ href="javascript:[^"]*"/g, '');
          if (!config?.RETURN_DOM_FRAGMENT) return clean;
          const t = document.createElement('template');
          t.innerHTML = clean;
          return t.content;
        },
      },
    }));
    const insert = await import('@/lib/dom/webmail/insert');
    expect(insert.sanitiserWorks()).toBe(true);
    const body = editor('');
    const seen: string[] = [];
    body.addEventListener('input', (e) => seen.push((e as InputEvent).inputType));
    expect(await insert.insertAtCaret(body, { html: insert.sanitizeHtml('<b>Hi</b>') })).toEqual({ ok: true, method: 'dom' });
    expect(body.innerHTML).toBe('<b>Hi</b>');
    expect(seen).toEqual(['insertFromPaste']);
  });
});
