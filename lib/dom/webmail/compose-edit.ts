/**
 * Editing a compose: the adapter chooses the element, the range and the strategy;
 * insert.ts does the editing. Kept apart from both so neither knows about the other.
 *
 * Signature-aware: when the compose holds the webmail's signature (the adapter's
 * `bodyLayout.signature`, or a "-- " line), the content goes above it and its own
 * signature lines are left out (the caller gives that version as `withoutSignature`), so
 * the email never ends with two signatures.
 */
import { ownContentRange } from './body-text';
import { insertAtCaret, rangeInside, replaceBody, replaceRange, type InsertContent, type InsertResult } from './insert';
import type { BodyLayout, WebmailAdapter } from './types';

const noBody: InsertResult = { ok: false, reason: 'layout not recognised: no message body found in this compose' };

export interface TemplateContent extends InsertContent {
  /** The same content without its own signature lines: used when the compose has the webmail's signature. */
  withoutSignature?: InsertContent;
}

export type ComposeInsertResult = (InsertResult & { ok: false }) | (InsertResult & { ok: true; aboveSignature: boolean; inserted: InsertContent });

function safeAll(scope: Element, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** Whether `node` is quoted history (inside a history element, or at or after a marker where history starts). */
function inHistory(body: HTMLElement, node: Node, layout: BodyLayout): boolean {
  for (const selector of layout.history) if (safeAll(body, selector).some((h) => h.contains(node))) return true;
  for (const selector of layout.historyStartsAt) {
    const start = safeAll(body, selector)[0];
    if (start && (start === node || start.contains(node) || start.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)) return true;
  }
  return false;
}

const DELIMITER_BREAK = new Set(['BR', 'DIV', 'P']);

/** A text node alone on its line holding only the delimiter ("-- "), outside the history. */
function delimiterLine(body: HTMLElement, layout: BodyLayout): Node | null {
  const delimiter = layout.signatureDelimiter;
  if (!delimiter) return null;
  const walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n.nodeValue ?? '').replace(/\u00a0/g, ' ') !== delimiter) continue;
    const before = n.previousSibling;
    const after = n.nextSibling;
    const lineStart = !before || DELIMITER_BREAK.has(before.nodeName);
    const lineEnd = !after || DELIMITER_BREAK.has(after.nodeName);
    if (lineStart && lineEnd && !inHistory(body, n, layout)) return n;
  }
  return null;
}

/** Where the webmail's signature starts in a body (its first element or its "-- " line), or null when it has none. */
export function signatureStart(body: HTMLElement, layout: BodyLayout): Node | null {
  let best: Node | null = null;
  for (const selector of layout.signature) {
    for (const el of safeAll(body, selector)) {
      if (!(el.textContent ?? '').trim() || inHistory(body, el, layout)) continue;
      if (!best || best.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_PRECEDING) best = el;
      break;
    }
  }
  const line = delimiterLine(body, layout);
  if (line && (!best || best.compareDocumentPosition(line) & Node.DOCUMENT_POSITION_PRECEDING)) best = line;
  return best;
}

/** Whether a range starts at or after `node` (inside the signature or below it). */
function startsAtOrAfter(range: Range, node: Node): boolean {
  const before = node.ownerDocument!.createRange();
  before.setStartBefore(node);
  before.collapse(true);
  return range.compareBoundaryPoints(0 /* Range.START_TO_START */, before) >= 0;
}

/**
 * The point just after the user's own text: before the signature, the quoted history and
 * the empty lines above them. A point between two blocks of the body is moved into the end
 * of the block above: there, native editing starts new blocks after it, where at the bare
 * point Chromium puts the content inside the block below (Outlook's signature).
 */
function endOfOwnText(adapter: WebmailAdapter, body: HTMLElement, blocks: boolean): Range | null {
  const range = ownContentRange(body, adapter.bodyLayout);
  if (!range) return null;
  range.collapse(false);
  // Plain text there would run on the last line: it keeps the point between the blocks.
  if (!blocks || range.endContainer !== body) return range;
  const above = body.childNodes[range.endOffset - 1];
  const blankFirst = range.endOffset === 0 ? body.firstChild : null;
  if (above) placeAtEndOf(range, above);
  else if (blankFirst?.nodeType === Node.ELEMENT_NODE && !(blankFirst.textContent ?? '').trim()) placeAtEndOf(range, blankFirst);
  return range;
}

/** Collapses the range at the deepest end of `node`'s content (before a closing `<br>`). */
function placeAtEndOf(range: Range, node: Node): void {
  let at: Node = node;
  while (at.lastChild && at.nodeType === Node.ELEMENT_NODE && !VOID.has(at.nodeName)) at = at.lastChild;
  if (at.nodeType === Node.TEXT_NODE) range.setStart(at, (at.nodeValue ?? '').length);
  else if (at.nodeName === 'BR' || VOID.has(at.nodeName)) range.setStartBefore(at);
  else range.setStart(at, at.childNodes.length);
  range.collapse(true);
}

const VOID = new Set(['BR', 'IMG', 'HR', 'INPUT']);

/**
 * Moves the ends of a range over whole blocks of the body into the first and last block:
 * deleting it then leaves the first block, empty, to take the new content. With the ends
 * between blocks, Chromium moves the new content into the block below (Outlook's signature).
 */
function insideBlocks(body: HTMLElement, range: Range): void {
  if (range.endContainer === body && range.endOffset > 0) {
    const end = body.ownerDocument.createRange();
    placeAtEndOf(end, body.childNodes[range.endOffset - 1]!);
    range.setEnd(end.startContainer, end.startOffset);
  }
  if (range.startContainer === body && range.startOffset === 0 && body.firstChild && !range.collapsed) {
    let at: Node = body.firstChild;
    while (at.firstChild && at.nodeType === Node.ELEMENT_NODE && !VOID.has(at.nodeName)) at = at.firstChild;
    if (at.nodeType === Node.TEXT_NODE) range.setStart(at, 0);
    else if (VOID.has(at.nodeName)) range.setStartBefore(at);
    else range.setStart(at, 0);
  }
}

function pick(content: TemplateContent, signature: Node | null): InsertContent {
  const chosen = signature && content.withoutSignature ? content.withoutSignature : content;
  return { ...(chosen.html ? { html: chosen.html } : {}), ...(chosen.text !== undefined ? { text: chosen.text } : {}) };
}

function signatureOf(adapter: WebmailAdapter, body: HTMLElement): Node | null {
  try {
    return signatureStart(body, adapter.bodyLayout);
  } catch {
    return null;
  }
}

/**
 * Inserts at the user's caret (`saved` from rememberSelection), or after the user's own
 * text; a caret in or below the webmail's signature counts as no caret, so the content
 * lands above the signature.
 */
export async function insertIntoCompose(adapter: WebmailAdapter, root: HTMLElement, content: TemplateContent, saved?: Range | null): Promise<ComposeInsertResult> {
  const body = adapter.bodyOf(root);
  if (!body) return noBody as ComposeInsertResult;
  const signature = signatureOf(adapter, body);
  const inserted = pick(content, signature);
  let fallbackRange: Range | null = null;
  try {
    fallbackRange = endOfOwnText(adapter, body, !!inserted.html);
  } catch {
    fallbackRange = null;
  }
  const caret = rangeInside(body, saved) && !(signature && startsAtOrAfter(saved, signature)) ? saved : null;
  const result = await insertAtCaret(body, inserted, caret, { strategy: adapter.insertStrategy, fallbackRange });
  return result.ok ? { ...result, aboveSignature: !!signature, inserted } : result;
}

/** Replaces the user's own text, keeping the signature and the quoted history. */
export async function replaceComposeText(adapter: WebmailAdapter, root: HTMLElement, content: TemplateContent): Promise<ComposeInsertResult> {
  const body = adapter.bodyOf(root);
  if (!body) return noBody as ComposeInsertResult;
  const signature = signatureOf(adapter, body);
  let within: Range | null = null;
  try {
    within = ownContentRange(body, adapter.bodyLayout);
    // A "-- " line the layout's selectors do not know still ends the user's text.
    if (within && signature && startsAtOrAfter(rangeAfter(within), signature)) within.setEndBefore(signature);
    if (within) insideBlocks(body, within);
  } catch {
    within = null;
  }
  const inserted = pick(content, signature);
  const result = await replaceBody(body, inserted, within, { strategy: adapter.insertStrategy });
  return result.ok ? { ...result, aboveSignature: !!signature, inserted } : result;
}

function rangeAfter(range: Range): Range {
  const end = range.cloneRange();
  end.collapse(false);
  return end;
}

/** Puts plain `text` over a range of the body (a one-click fix), through the site's own editing path. */
export function replaceInCompose(adapter: WebmailAdapter, root: HTMLElement, range: Range, text: string): Promise<InsertResult> {
  const body = adapter.bodyOf(root);
  if (!body) return Promise.resolve(noBody);
  return replaceRange(body, range, { text }, { strategy: adapter.insertStrategy });
}
