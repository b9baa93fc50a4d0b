/**
 * A compose body as the user's own words: plain text laid out the way the editor shows it
 * (`\n` between blocks and at `<br>`), and the matching HTML, both without the quoted
 * history, without anything the extension injected, and without grammar-checker overlays.
 *
 * Which elements are history or signature is the adapter's knowledge (a BodyLayout); this
 * module only applies it. It works on a clone, so the page's editor is never touched.
 */
import { safeClosest } from './dom';
import { OWN_UI_ATTRIBUTE, type BodyLayout } from './types';

/**
 * Markup other tools and we ourselves put into or beside editors. Grammarly and
 * LanguageTool draw their underlines and buttons in custom elements (seen in their bug
 * reports about markup leaking into sent mail); none of it is the user's text.
 */
const FOREIGN_MARKUP = [
  `[${OWN_UI_ATTRIBUTE}]`,
  'grammarly-extension',
  'grammarly-desktop-integration',
  'grammarly-popups',
  '[data-grammarly-part]',
  'lt-highlighter',
  'lt-toolbar',
  'lt-mirror',
  'lt-div',
];

/** Elements whose content is never shown as text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'TEXTAREA', 'SELECT', 'OBJECT', 'IFRAME', 'SVG', 'IMG']);
/** Elements that sit on lines of their own. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'HEADER',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TFOOT',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
  'HR',
]);
/** Blocks set off by an empty line, unless their margins are zeroed (Outlook writes `<p style="margin:0">`). */
const PARAGRAPHS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

// Node type numbers, not the `Node` global: the CLI runs this module on a parsed document in Node.js, where no such global exists.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_POSITION_PRECEDING = 2;
/** Nested lists are indented at most this deep (a hostile mail nests thousands of levels). */
const MAX_LIST_INDENT = 20;

export interface BodyContent {
  text: string;
  html: string;
}

/** The user's part of a body as text and HTML. */
export function bodyContent(body: HTMLElement, layout: BodyLayout): BodyContent {
  const clone = body.cloneNode(true) as HTMLElement;
  const cut = cutHistory(clone, layout);
  if (cut) trimTrailingEmpty(clone);
  return { text: visibleText(clone), html: clone.innerHTML.trim() };
}

/** Removes quoted history and foreign markup from a detached copy; true when history was cut off. */
function cutHistory(clone: HTMLElement, layout: BodyLayout): boolean {
  let cut = false;
  const start = firstMatch(clone, layout.historyStartsAt);
  if (start) {
    // The marker and everything after it, at every level up to the body, is history.
    for (let node: Node | null = start; node && node !== clone; node = node.parentNode) {
      while (node.nextSibling) node.nextSibling.remove();
    }
    start.remove();
    cut = true;
  }
  for (const el of matchAll(clone, layout.history)) {
    // Nested matches went with their container already.
    if (clone.contains(el)) {
      el.remove();
      cut = true;
    }
  }
  for (const el of matchAll(clone, FOREIGN_MARKUP)) el.remove();
  return cut;
}

/** The first element in document order matching any of the selectors. */
function firstMatch(scope: HTMLElement, selectors: readonly string[]): Element | null {
  let best: Element | null = null;
  for (const selector of selectors) {
    let hit: Element | null = null;
    try {
      hit = scope.querySelector(selector);
    } catch {
      continue;
    }
    if (hit && (!best || best.compareDocumentPosition(hit) & DOCUMENT_POSITION_PRECEDING)) best = hit;
  }
  return best;
}

function matchAll(scope: HTMLElement, selectors: readonly string[]): Element[] {
  const out: Element[] = [];
  for (const selector of selectors) {
    try {
      out.push(...Array.from(scope.querySelectorAll(selector)));
    } catch {
      // A selector this browser rejects matches nothing.
    }
  }
  return out;
}

/** Drops the separators and empty lines left at the end once the history is gone (Outlook's `<hr>`). */
function trimTrailingEmpty(el: Element): void {
  for (let last = el.lastChild; last; last = el.lastChild) {
    if (last.nodeType === TEXT_NODE && !(last.textContent ?? '').trim()) last.remove();
    else if (last.nodeType !== ELEMENT_NODE && last.nodeType !== TEXT_NODE) last.remove();
    else if (last.nodeType === ELEMENT_NODE && isEmptyBlock(last as Element)) last.remove();
    else if (last.nodeType === ELEMENT_NODE && last.hasChildNodes()) {
      trimTrailingEmpty(last as Element);
      break;
    } else break;
  }
}

function isEmptyBlock(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'HR' || tag === 'BR') return true;
  if (!BLOCKS.has(tag) && !PARAGRAPHS.has(tag)) return false;
  if (el.querySelector('img, table')) return false;
  return !(el.textContent ?? '').replace(/\u00a0/g, ' ').trim();
}

/**
 * The range holding the user's own text: from the start of the body to the end of its last
 * non-empty top-level node before the signature or the quoted history (the empty lines that
 * separate them stay outside). Replacing it keeps both. Null when the body is not in a document.
 */
export function ownContentRange(body: HTMLElement, layout: BodyLayout): Range | null {
  const doc = body.ownerDocument;
  if (!body.isConnected) return null;
  const range = doc.createRange();
  range.selectNodeContents(body);
  const stop = firstMatch(body, [...layout.signature, ...layout.historyStartsAt, ...layout.history]);
  if (stop) {
    let top: Node = stop;
    while (top.parentNode && top.parentNode !== body) top = top.parentNode;
    if (top !== stop) {
      // The marker is nested in a block that also holds the user's text: end right before it.
      const head = doc.createRange();
      head.setStart(top, 0);
      head.setEndBefore(stop);
      if (head.toString().trim()) {
        range.setEndBefore(stop);
        return range;
      }
    }
    let index = Array.prototype.indexOf.call(body.childNodes, top) as number;
    while (index > 0 && isBlank(body.childNodes[index - 1]!)) index--;
    // `top` is a child of the body (the marker was found inside it), so the index is never -1.
    range.setEnd(body, index);
  }
  return range;
}

/** A line break, whitespace, a comment, or a block with nothing visible in it (`<div><br></div>`, `<hr>`). */
function isBlank(node: Node): boolean {
  if (node.nodeType === TEXT_NODE) return !(node.nodeValue ?? '').trim();
  if (node.nodeType !== ELEMENT_NODE) return true;
  return isEmptyBlock(node as Element);
}

/** The text a reader sees in an element: blocks on their own lines, `<br>` as a line break, runs of spaces collapsed. */
export function visibleText(root: Node): string {
  const out = new LineWriter();
  walk(root, out, { pre: root.nodeType === ELEMENT_NODE && keepsWhitespace(root as HTMLElement), listDepth: 0 });
  return out.result();
}

interface WalkState {
  pre: boolean;
  listDepth: number;
}

interface Frame {
  /** The next child to read. */
  next: Node | null;
  state: WalkState;
  /** What to write once the element's children are read: a cell's trailing space, a block's line end. */
  close?: 'space' | 'emptyLine' | 'endLine';
}

/** Reads the tree depth-first with a stack of its own: a mail nested thousands of levels deep must not exhaust the call stack. */
function walk(root: Node, out: LineWriter, rootState: WalkState): void {
  const stack: Frame[] = [{ next: root.firstChild, state: rootState }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.next;
    if (!child) {
      stack.pop();
      if (frame.close === 'space') out.text(' ', false);
      else if (frame.close === 'emptyLine') out.emptyLine();
      else if (frame.close === 'endLine') out.endLine();
      continue;
    }
    frame.next = child.nextSibling;
    const state = frame.state;
    if (child.nodeType === TEXT_NODE) {
      out.text(child.nodeValue ?? '', state.pre);
      continue;
    }
    if (child.nodeType !== ELEMENT_NODE) continue;
    const el = child as HTMLElement;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED.has(tag) || el.hasAttribute('hidden') || el.style?.display === 'none') continue;
    if (tag === 'BR') {
      out.lineBreak();
      continue;
    }
    if (tag === 'TD' || tag === 'TH') {
      // Cells of a row (signature tables) read left to right on one line.
      out.text(' ', false);
      stack.push({ next: el.firstChild, state, close: 'space' });
      continue;
    }
    const paragraph = PARAGRAPHS.has(tag) && !zeroMargins(el);
    const block = paragraph || BLOCKS.has(tag) || PARAGRAPHS.has(tag);
    if (paragraph) out.emptyLine();
    else if (block) out.endLine();
    if (tag === 'HR') {
      out.endLine();
      continue;
    }
    const inner: WalkState = { pre: state.pre || tag === 'PRE' || keepsWhitespace(el), listDepth: state.listDepth + (tag === 'UL' || tag === 'OL' ? 1 : 0) };
    if (tag === 'LI') out.text(`${'  '.repeat(Math.min(MAX_LIST_INDENT, Math.max(0, state.listDepth - 1)))}${listMarker(el)} `, true);
    stack.push({ next: el.firstChild, state: inner, close: paragraph ? 'emptyLine' : block ? 'endLine' : undefined });
  }
}

/** Editors that style their content `white-space: pre-wrap` show typed spaces and newlines as they are. */
function keepsWhitespace(el: HTMLElement): boolean {
  return (el.style?.whiteSpace ?? '').startsWith('pre');
}

function zeroMargins(el: HTMLElement): boolean {
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return /(^|;)margin:0(px)?(;|$)/.test(style) || (/margin-top:0/.test(style) && /margin-bottom:0/.test(style));
}

function listMarker(li: Element): string {
  const list = li.parentElement;
  if (list?.tagName !== 'OL') return '-';
  const start = Number.parseInt(list.getAttribute('start') ?? '1', 10) || 1;
  let index = 0;
  for (let sib = li.previousElementSibling; sib; sib = sib.previousElementSibling) if (sib.tagName === 'LI') index++;
  return `${start + index}.`;
}

/** Accumulates text with the browser's whitespace rules, simplified for editor content. */
class LineWriter {
  private out = '';
  private space = false;

  private atLineStart(): boolean {
    return this.out === '' || this.out.endsWith('\n');
  }

  text(value: string, pre: boolean): void {
    if (pre) {
      this.flushSpace();
      this.out += value.replace(/\u00a0/g, ' ');
      return;
    }
    for (const part of value.split(/([ \t\n\r\f]+)/)) {
      if (!part) continue;
      if (/^[ \t\n\r\f]+$/.test(part)) {
        this.space = true;
        continue;
      }
      this.flushSpace();
      // A no-break space is a space the user typed on purpose (editors write them for runs of spaces).
      this.out += part.replace(/\u00a0/g, ' ');
    }
  }

  private flushSpace(): void {
    if (this.space && !this.atLineStart()) this.out += ' ';
    this.space = false;
  }

  lineBreak(): void {
    this.out += '\n';
    this.space = false;
  }

  /** Ends the current line unless it is already ended. */
  endLine(): void {
    if (!this.atLineStart()) this.out += '\n';
    this.space = false;
  }

  /** Ends the current line and leaves one empty line (paragraph margins). */
  emptyLine(): void {
    this.endLine();
    if (this.out !== '' && !this.out.endsWith('\n\n')) this.out += '\n';
  }

  result(): string {
    return this.out
      .split('\n')
      .map((line) => line.replace(/[ \t]+$/, ''))
      .join('\n')
      .replace(/^\n+/, '')
      .replace(/\n+$/, '');
  }
}

/** Whether a node is (inside) markup that is not the user's text. */
export function isForeignMarkup(node: Node): boolean {
  const el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!el) return false;
  return FOREIGN_MARKUP.some((selector) => safeClosest(el, selector) !== null);
}
