// Editing a compose through a small adapter: where the signature starts, where an insertion
// goes when no caret is usable, and which range a replacement covers. happy-dom has no
// execCommand: where the point handed to native editing matters (the HTML paths), a stand-in
// records the selection it is given and edits there, as a browser does; the editing itself,
// undo and real sanitising run in the real-browser suites (tests/e2e/template-insert-*.test.mjs).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertIntoCompose, replaceComposeText, replaceInCompose, signatureStart } from '@/lib/dom/webmail/compose-edit';
import type { BodyLayout, WebmailAdapter } from '@/lib/dom/webmail/types';
import { caretIn } from './helpers';

vi.mock('dompurify', () => {
  // Drops scripts and event handlers: enough to pass insert.ts's self-check (DOMPurify does not work under happy-dom).
  const sanitize = (html: string, config?: { RETURN_DOM_FRAGMENT?: boolean }) => {
    const body = new DOMParser().parseFromString(html, 'text/html').body;
    for (const el of Array.from(body.querySelectorAll('script'))) el.remove();
    for (const el of Array.from(body.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) if (/^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value)) el.removeAttribute(attr.name);
    }
    if (!config?.RETURN_DOM_FRAGMENT) return body.innerHTML;
    const fragment = document.createDocumentFragment();
    for (const node of Array.from(body.childNodes)) fragment.append(document.importNode(node, true));
    return fragment;
  };
  return { default: { isSupported: true, sanitize } };
});

const LAYOUT: BodyLayout = { history: ['.quote'], historyStartsAt: ['#appendonsend'], signature: ['.sig'], signatureDelimiter: '-- ' };
const NO_BODY = 'layout not recognised: no message body found in this compose';

function compose(markup: string, layout: BodyLayout = LAYOUT, insertStrategy: 'execCommand' | 'paste' = 'execCommand') {
  const root = document.createElement('div');
  const body = document.createElement('div');
  body.className = 'body';
  body.setAttribute('contenteditable', 'true');
  body.innerHTML = markup;
  root.append(body);
  document.body.replaceChildren(root);
  const adapter = { bodyOf: (r: HTMLElement) => r.querySelector<HTMLElement>('.body'), bodyLayout: layout, insertStrategy } as unknown as WebmailAdapter;
  return { root, body, adapter };
}

const html = (markup: string) => {
  const t = document.createElement('template');
  t.innerHTML = markup;
  return t.content;
};

/** A stand-in for the browser's native editing: records the selection it edits, then replaces it. */
function nativeEditing() {
  const calls: { command: string; start: Node; startOffset: number; end: Node; endOffset: number; selected: string }[] = [];
  const exec = vi.fn((command: string, _ui: boolean, value: string) => {
    const range = document.getSelection()!.getRangeAt(0);
    calls.push({ command, start: range.startContainer, startOffset: range.startOffset, end: range.endContainer, endOffset: range.endOffset, selected: range.toString() });
    range.deleteContents();
    range.insertNode(command === 'insertHTML' ? html(value) : document.createTextNode(value));
    return true;
  });
  Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
  return calls;
}

afterEach(() => {
  Reflect.deleteProperty(document, 'execCommand');
});

describe('signatureStart', () => {
  it('is not an empty signature block (Gmail leaves one when the user has no signature)', () => {
    const { body } = compose('<div>Hi</div><div class="sig">  \n </div>');
    expect(signatureStart(body, LAYOUT)).toBeNull();
  });

  it('is not a signature at, inside or after the marker where the quoted history starts', () => {
    let { body } = compose('<div>Hi</div><div id="appendonsend"></div><div class="sig">Dana Reyes</div>');
    expect(signatureStart(body, LAYOUT)).toBeNull();
    ({ body } = compose('<div>Hi</div><div id="appendonsend"><div class="sig">Dana Reyes</div></div>'));
    expect(signatureStart(body, LAYOUT)).toBeNull();
    ({ body } = compose('<div>Hi</div><div id="appendonsend" class="sig">Dana Reyes</div>'));
    expect(signatureStart(body, LAYOUT)).toBeNull();
    ({ body } = compose('<div>Hi</div><div class="sig">Sam</div><div id="appendonsend"></div><div class="sig">Dana Reyes</div>'));
    expect(signatureStart(body, LAYOUT)?.textContent).toBe('Sam');
  });

  it('skips a selector the browser cannot parse instead of failing', () => {
    const { body } = compose('<div>Hi</div><div class="sig">Sam</div>');
    const layout: BodyLayout = { history: ['div['], historyStartsAt: ['#appendonsend'], signature: ['.sig'] };
    expect(signatureStart(body, layout)?.textContent).toBe('Sam');
  });

  it('is a "-- " line written with a no-break space, as editors do', () => {
    const { body } = compose('<div>Hi</div><div>--&nbsp;</div><div>Sam</div>');
    expect(signatureStart(body, { ...LAYOUT, signature: [] })?.nodeValue).toBe('--\u00a0');
  });

  it('is not "-- " that shares its line with other text, nor one in the quoted history', () => {
    const layout = { ...LAYOUT, signature: [] };
    let { body } = compose('<div>Hi</div><div><b>Note</b>-- </div>');
    expect(signatureStart(body, layout)).toBeNull();
    ({ body } = compose('<div>Hi</div><div>-- <b>Note</b></div>'));
    expect(signatureStart(body, layout)).toBeNull();
    ({ body } = compose('<div>Hi</div><div class="quote">-- <br>Dana</div>'));
    expect(signatureStart(body, layout)).toBeNull();
  });
});

describe('insertIntoCompose', () => {
  it("uses a caret in the user's own text, above the signature", async () => {
    const { root, body, adapter } = compose('<div>Hello there</div><div class="sig">Sam</div>');
    const result = await insertIntoCompose(adapter, root, { text: ',' }, caretIn(body.firstChild!.firstChild!, 5));
    expect(result).toMatchObject({ ok: true, aboveSignature: true });
    expect(body.textContent).toBe('Hello, thereSam');
  });

  it('uses the caret in a compose without a signature', async () => {
    const { root, body, adapter } = compose('<div>Hello there</div>', { history: [], historyStartsAt: [], signature: [] });
    const result = await insertIntoCompose(adapter, root, { text: ',' }, caretIn(body.firstChild!.firstChild!, 5));
    expect(result).toMatchObject({ ok: true, aboveSignature: false });
    expect(body.textContent).toBe('Hello, there');
  });

  it("treats a caret right above the signature, below the empty line, as in it: the text follows the user's text", async () => {
    const { root, body, adapter } = compose('<div>Hi</div><div><br></div><div class="sig">Sam</div>');
    await insertIntoCompose(adapter, root, { text: 'Thanks' }, caretIn(body, 2));
    expect(body.innerHTML).toBe('<div>Hi</div>Thanks<div><br></div><div class="sig">Sam</div>');
  });

  it("hands HTML to native editing at the end of the user's last line, not between the blocks", async () => {
    const calls = nativeEditing();
    const { root, body, adapter } = compose('<div>Hi</div><div class="sig">Sam</div>');
    const result = await insertIntoCompose(adapter, root, { html: html('<div>Thanks</div>'), text: 'Thanks' });
    expect(result).toMatchObject({ ok: true, method: 'execCommand', aboveSignature: true });
    expect(result.ok && result.inserted.html).toBeTruthy();
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ command: 'insertHTML', start: body.firstChild!.firstChild, startOffset: 2 });
    expect(body.querySelector('.sig')!.textContent).toBe('Sam');
  });

  it("puts HTML before a closing <br> of the user's last line, and into an empty formatting element there", async () => {
    let calls = nativeEditing();
    let { root, body, adapter } = compose('<div>Hi<br></div><div class="sig">Sam</div>');
    await insertIntoCompose(adapter, root, { html: html('<b>Thanks</b>') });
    expect(calls[0]).toMatchObject({ start: body.firstChild, startOffset: 1 });
    expect(body.firstChild!.lastChild!.nodeName).toBe('BR');

    calls = nativeEditing();
    ({ root, body, adapter } = compose('<div>Hi<span></span></div><div class="sig">Sam</div>'));
    await insertIntoCompose(adapter, root, { html: html('<b>Thanks</b>') });
    expect(body.firstChild!.contains(calls[0]!.start)).toBe(true);
    expect(body.querySelector('.sig')!.textContent).toBe('Sam');
  });

  it('puts HTML above a signature that is all the compose holds, never into it or below it', async () => {
    const calls = nativeEditing();
    const { root, body, adapter } = compose('<div class="sig">Sam</div>');
    await insertIntoCompose(adapter, root, { html: html('<div>Thanks</div>') });
    expect(calls[0]).toMatchObject({ start: body, startOffset: 0 });
    expect(body.innerHTML).toBe('<div>Thanks</div><div class="sig">Sam</div>');
  });

  it('puts HTML into an empty first line above the signature', async () => {
    for (const line of ['<div><br></div>', '<p>&nbsp;</p>']) {
      const calls = nativeEditing();
      const { root, body, adapter } = compose(`${line}<div class="sig">Sam</div>`);
      await insertIntoCompose(adapter, root, { html: html('<b>Thanks</b>') });
      expect(body.firstChild!.contains(calls[0]!.start)).toBe(true);
      expect(body.querySelector('.sig')!.textContent).toBe('Sam');
    }
  });

  it("keeps HTML out of a signature nested in the user's last block", async () => {
    const calls = nativeEditing();
    const { root, body, adapter } = compose('<div>First</div><div>Hi<br><div class="sig">Sam</div></div>');
    await insertIntoCompose(adapter, root, { html: html('<b>Thanks</b>') });
    expect(calls[0]).toMatchObject({ start: body.lastChild, startOffset: 2 });
    expect(body.querySelector('.sig')!.textContent).toBe('Sam');
    expect(body.firstChild!.textContent).toBe('First');
  });
});

describe('replaceComposeText', () => {
  it("hands native editing a selection from the user's first line to their last, inside those lines", async () => {
    const calls = nativeEditing();
    const { root, body, adapter } = compose('<div style="font-family: Calibri">Old line</div><div>second</div><div class="sig">Sam</div>');
    const [first, second] = [body.children[0]!, body.children[1]!];
    const result = await replaceComposeText(adapter, root, { text: 'New' });
    expect(result).toMatchObject({ ok: true, method: 'execCommand', aboveSignature: true });
    expect(calls[0]!.selected).toBe('Old linesecond');
    expect(first.contains(calls[0]!.start)).toBe(true);
    expect(second.contains(calls[0]!.end)).toBe(true);
    expect(body.textContent).toBe('NewSam');
    expect(body.querySelector('.sig')!.outerHTML).toBe('<div class="sig">Sam</div>');
  });

  it('puts the text above a signature that is all the compose holds, never over or into it', async () => {
    const { root, body, adapter } = compose('<div class="sig">Sam</div>');
    expect(await replaceComposeText(adapter, root, { text: 'New' })).toMatchObject({ ok: true, aboveSignature: true });
    expect(body.innerHTML).toBe('New<div class="sig">Sam</div>');
  });

  it("replaces all the user's text before a signature nested in their last block", async () => {
    const { root, body, adapter } = compose('<div>x</div><div>Old<div class="sig">Sam</div></div>');
    await replaceComposeText(adapter, root, { text: 'New' });
    expect(body.textContent).toBe('NewSam');
    expect(body.querySelector('.sig')!.textContent).toBe('Sam');
  });

  it('keeps the signature when the first line starts with an empty formatting element', async () => {
    const { root, body, adapter } = compose('<div><span></span>Old</div><div class="sig">Sam</div>');
    await replaceComposeText(adapter, root, { text: 'New' });
    expect(body.textContent).toBe('NewSam');
    expect(body.querySelector('.sig')!.textContent).toBe('Sam');
  });

  it('stops at a "-- " line the layout\'s selectors do not know', async () => {
    const { root, body, adapter } = compose('<div>Old</div><div>-- </div><div>Sam</div>', { ...LAYOUT, signature: [] });
    expect(await replaceComposeText(adapter, root, { text: 'New' })).toMatchObject({ ok: true, aboveSignature: true });
    expect(body.textContent).toBe('New-- Sam');
  });

  it('keeps the quoted history of a reply without a signature', async () => {
    const { root, body, adapter } = compose('<div>Old</div><div id="appendonsend"></div><div>Quoted mail</div>');
    expect(await replaceComposeText(adapter, root, { text: 'New' })).toMatchObject({ ok: true, aboveSignature: false });
    expect(body.textContent).toBe('NewQuoted mail');
    expect(body.querySelector('#appendonsend')).not.toBeNull();
  });
});

describe("the adapter's strategy and a missing body", () => {
  it("replacing the draft and a one-click fix go through the site's paste handling when the adapter says so", async () => {
    const { root, body, adapter } = compose('<div>I am very excited</div>', LAYOUT, 'paste');
    body.addEventListener('paste', (e) => {
      e.preventDefault();
      (body.firstChild!.firstChild as Text).appendData(` ${(e as ClipboardEvent).clipboardData!.getData('text/plain')}`);
    });
    expect(await replaceComposeText(adapter, root, { text: 'Hello' })).toMatchObject({ ok: true, method: 'paste' });
    const words = document.createRange();
    words.setStart(body.firstChild!.firstChild!, 0);
    words.setEnd(body.firstChild!.firstChild!, 4);
    expect(await replaceInCompose(adapter, root, words, 'We are')).toEqual({ ok: true, method: 'paste' });
  });

  it('says the layout is not recognised when the compose has no body', async () => {
    const { root, adapter } = compose('<div>Hi</div>');
    const range = caretIn(root, 0);
    root.replaceChildren();
    expect(await insertIntoCompose(adapter, root, { text: 'x' })).toEqual({ ok: false, reason: NO_BODY });
    expect(await replaceComposeText(adapter, root, { text: 'x' })).toEqual({ ok: false, reason: NO_BODY });
    await expect(replaceInCompose(adapter, root, range, 'x')).resolves.toEqual({ ok: false, reason: NO_BODY });
  });
});
