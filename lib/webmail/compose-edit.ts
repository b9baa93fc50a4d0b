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
import { insertAtCaret, rangeInside, replaceBody, type InsertContent, type InsertResult } from './insert';
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

/** The point just after the user's own text: before the signature, the quoted history and the empty lines above them. */
function endOfOwnText(adapter: WebmailAdapter, body: HTMLElement): Range | null {
  const range = ownContentRange(body, adapter.bodyLayout);
  range?.collapse(false);
  return range;
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
  let fallbackRange: Range | null = null;
  try {
    fallbackRange = endOfOwnText(adapter, body);
  } catch {
    fallbackRange = null;
  }
  const caret = rangeInside(body, saved) && !(signature && startsAtOrAfter(saved, signature)) ? saved : null;
  const inserted = pick(content, signature);
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
