// Each entry of the reader's element tables, one at a time: what the checker reads from a draft
// depends on every one of them (a grammar checker's widget read as the user's words, a list item
// run into the line above, a script's text counted as the email's).
import { describe, expect, it } from 'vitest';
import { bodyContent, visibleText } from '@/lib/dom/webmail/body-text';
import type { BodyLayout } from '@/lib/dom/webmail/types';

const NONE: BodyLayout = { history: [], historyStartsAt: [], signature: [] };

/** An editor holding "a", then `inner` (made by a script, so the parser cannot move it), then "c". */
function editorAround(inner: Element): HTMLElement {
  const editor = document.createElement('div');
  editor.setAttribute('contenteditable', 'true');
  const line = document.createElement('div');
  line.append('a', inner, 'c');
  editor.append(line);
  document.body.replaceChildren(editor);
  return editor;
}

function element(tag: string, text: string, attribute?: string): Element {
  const el = document.createElement(tag);
  if (attribute) el.setAttribute(attribute, 'x');
  el.append(text);
  return el;
}

describe("other extensions' markup in the editor", () => {
  const markers: [string, string?][] = [
    ['grammarly-extension'],
    ['grammarly-desktop-integration'],
    ['grammarly-popups'],
    ['span', 'data-grammarly-part'],
    ['lt-highlighter'],
    ['lt-toolbar'],
    ['lt-mirror'],
    ['lt-div'],
    ['span', 'data-afterview-ui'],
  ];
  it.each(markers)('<%s %s> is not part of the draft', (tag, attribute) => {
    const editor = editorAround(element(tag, 'WIDGET', attribute));
    expect(bodyContent(editor, NONE).text).toBe('ac');
  });
});

describe('elements whose content is never text', () => {
  it.each(['script', 'style', 'template', 'noscript', 'head', 'title', 'textarea', 'select', 'object', 'iframe', 'img'])('<%s> adds nothing', (tag) => {
    expect(visibleText(editorAround(element(tag, 'HIDDEN')))).toBe('ac');
  });

  it('<svg> adds nothing', () => {
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.append('HIDDEN');
    expect(visibleText(editorAround(svg))).toBe('ac');
  });
});

describe('elements that sit on lines of their own', () => {
  const blocks = [
    'address',
    'article',
    'aside',
    'blockquote',
    'center',
    'dd',
    'details',
    'div',
    'dl',
    'dt',
    'fieldset',
    'figcaption',
    'figure',
    'footer',
    'form',
    'header',
    'main',
    'nav',
    'ol',
    'pre',
    'section',
    'summary',
    'table',
    'tbody',
    'tfoot',
    'thead',
    'tr',
    'ul',
    'caption',
  ];
  it.each(blocks)('<%s> starts and ends a line', (tag) => {
    expect(visibleText(editorAround(element(tag, 'b')))).toBe('a\nb\nc');
  });

  it('<li> starts and ends a line, marked as an item', () => {
    expect(visibleText(editorAround(element('li', 'b')))).toMatch(/^a\n.*b\nc$/);
  });

  it('<hr> ends the line', () => {
    expect(visibleText(editorAround(document.createElement('hr')))).toBe('a\nc');
  });

  it.each(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])('<%s> is set off by empty lines', (tag) => {
    expect(visibleText(editorAround(element(tag, 'b')))).toBe('a\n\nb\n\nc');
  });
});
