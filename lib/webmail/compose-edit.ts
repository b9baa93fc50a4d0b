/**
 * Editing a compose: the adapter chooses the element, the range and the strategy;
 * insert.ts does the editing. Kept apart from both so neither knows about the other.
 */
import { ownContentRange } from './body-text';
import { insertAtCaret, replaceBody, type InsertContent, type InsertResult } from './insert';
import type { WebmailAdapter } from './types';

const noBody: InsertResult = { ok: false, reason: 'layout not recognised: no message body found in this compose' };

/** The point just after the user's own text: before the signature, the quoted history and the empty lines above them. */
function endOfOwnText(adapter: WebmailAdapter, body: HTMLElement): Range | null {
  const range = ownContentRange(body, adapter.bodyLayout);
  range?.collapse(false);
  return range;
}

/** Inserts at the user's caret (`saved` from rememberSelection), or after the user's own text. */
export function insertIntoCompose(adapter: WebmailAdapter, root: HTMLElement, content: InsertContent, saved?: Range | null): Promise<InsertResult> {
  const body = adapter.bodyOf(root);
  if (!body) return Promise.resolve(noBody);
  let fallbackRange: Range | null = null;
  try {
    fallbackRange = endOfOwnText(adapter, body);
  } catch {
    fallbackRange = null;
  }
  return insertAtCaret(body, content, saved, { strategy: adapter.insertStrategy, fallbackRange });
}

/** Replaces the user's own text, keeping the signature and the quoted history. */
export function replaceComposeText(adapter: WebmailAdapter, root: HTMLElement, content: InsertContent): Promise<InsertResult> {
  const body = adapter.bodyOf(root);
  if (!body) return Promise.resolve(noBody);
  let within: Range | null = null;
  try {
    within = ownContentRange(body, adapter.bodyLayout);
  } catch {
    within = null;
  }
  return replaceBody(body, content, within, { strategy: adapter.insertStrategy });
}
