// The HTML paths of insert.ts with a stand-in sanitiser: DOMPurify does not work under
// happy-dom 21, and these tests are about what reaches execCommand, the paste event and the
// DOM, not about DOMPurify itself (the real-browser suite covers that).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertAtCaret, sanitiserWorks, sanitizeHtml } from '@/lib/dom/webmail/insert';
import { editor } from './helpers';

vi.mock('dompurify', () => {
  // Drops scripts, event handlers and javascript: URLs; enough to pass insert.ts's self-check.
  const clean = (html: string): HTMLElement => {
    const body = new DOMParser().parseFromString(html, 'text/html').body;
    for (const el of Array.from(body.querySelectorAll('script, style'))) el.remove();
    for (const el of Array.from(body.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        if (/^on/i.test(attr.name) || /^\s*javascript:/i.test(attr.value)) el.removeAttribute(attr.name);
      }
    }
    return body;
  };
  const sanitize = (html: string, config?: { RETURN_DOM_FRAGMENT?: boolean }) => {
    const body = clean(html);
    if (!config?.RETURN_DOM_FRAGMENT) return body.innerHTML;
    const fragment = document.createDocumentFragment();
    for (const node of Array.from(body.childNodes)) fragment.append(document.importNode(node, true));
    return fragment;
  };
  return { default: { isSupported: true, sanitize } };
});

afterEach(() => {
  Reflect.deleteProperty(document, 'execCommand');
});

describe('inserting HTML', () => {
  it('passes the self-check with a working sanitiser', () => {
    expect(sanitiserWorks()).toBe(true);
  });

  it('inserts sanitised nodes into the DOM when there is no execCommand', async () => {
    const body = editor('<div>a</div>');
    const result = await insertAtCaret(body, { html: sanitizeHtml('<b onclick="x()">Hi</b><img src="x" onerror="alert(1)"><script>alert(2)</script>') });
    expect(result).toEqual({ ok: true, method: 'dom' });
    expect(body.innerHTML).toBe('<div>a</div><b>Hi</b><img src="x">');
  });

  it('sanitises again nodes it is handed directly', async () => {
    const body = editor('');
    const node = document.createElement('span');
    node.setAttribute('onmouseover', 'steal()');
    node.textContent = 'ok';
    await insertAtCaret(body, { html: node });
    expect(body.innerHTML).toBe('<span>ok</span>');
  });

  it('gives execCommand("insertHTML") only sanitised markup', async () => {
    const body = editor('');
    const exec = vi.fn((_command: string, _ui: boolean, value: string) => {
      body.append(sanitizeHtml(value));
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    const node = document.createElement('i');
    node.setAttribute('onclick', 'x()');
    node.textContent = 'hi';
    expect(await insertAtCaret(body, { html: node })).toEqual({ ok: true, method: 'execCommand' });
    expect(exec).toHaveBeenCalledWith('insertHTML', false, '<i>hi</i>');
  });

  it('puts both flavours on the paste event', async () => {
    const body = editor('');
    let flavours: string[] = [];
    body.addEventListener('paste', (e) => {
      const data = (e as ClipboardEvent).clipboardData!;
      flavours = [data.getData('text/html'), data.getData('text/plain')];
      e.preventDefault();
      body.append(sanitizeHtml(data.getData('text/html')));
    });
    const result = await insertAtCaret(body, { html: sanitizeHtml('<div><b>Bold</b> move</div><div>next</div>') }, null, { strategy: 'paste' });
    expect(result).toEqual({ ok: true, method: 'paste' });
    expect(flavours).toEqual(['<div><b>Bold</b> move</div><div>next</div>', 'Bold move\nnext']);
  });
});
