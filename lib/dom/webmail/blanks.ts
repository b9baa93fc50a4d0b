/**
 * The blanks a template left in a compose ("[company]"): selecting the first one of an
 * insertion, and the next one on a key press. Editing mechanics only; the markers come
 * from the template and the body from the adapter.
 *
 * The key is Alt+J (Option+J on a Mac), read by its physical key so that a keyboard layout
 * or the Mac's Option characters do not change it. Neither Gmail nor Outlook on the web
 * binds it (Gmail's J is a bare key, ignored while typing in a compose; Outlook uses
 * Alt+F10, Alt+Shift and Ctrl combinations), browsers leave it to the page, and Gmail's
 * Smart Compose takes Tab, so Tab is not used. It is handled only while blanks are left.
 */
import { findAllTextRanges, selectRange } from './select-text';

export const NEXT_BLANK_SHORTCUT = 'Alt+J';

export function isNextBlankKey(event: KeyboardEvent): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey && (event.code === 'KeyJ' || event.key === 'j' || event.key === 'J');
}

/** Every marker's appearances in the body, in document order. */
export function blankRanges(body: HTMLElement, markers: readonly string[]): Range[] {
  const ranges = [...new Set(markers)].flatMap((m) => findAllTextRanges(body, m));
  return ranges.sort((a, b) => a.compareBoundaryPoints(0 /* START_TO_START */, b));
}

/** How many times the markers appear in a text. */
export function countBlanks(text: string, markers: readonly string[]): number {
  const flat = text.replace(/\s+/g, ' ');
  return [...new Set(markers)].reduce((n, m) => n + Math.max(0, flat.split(m.replace(/\s+/g, ' ')).length - 1), 0);
}

function caretOf(body: HTMLElement): Range | null {
  const selection = body.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  return body.contains(range.startContainer) ? range : null;
}

/**
 * Selects the first blank of what was just inserted: the caret sits right after the
 * insertion, so its blanks are the last `count` ones before the caret.
 */
export function selectInsertedBlank(body: HTMLElement, markers: readonly string[], count: number): boolean {
  const caret = caretOf(body);
  if (!caret || count <= 0) return false;
  const end = caret.cloneRange();
  end.collapse(false);
  const before = blankRanges(body, markers).filter((r) => end.comparePoint(r.endContainer, r.endOffset) <= 0);
  const first = before[Math.max(0, before.length - count)];
  return !!first && selectRange(body, first);
}

/** Selects the blank after the selection (the first again after the last); false when none is left. */
export function selectNextBlank(body: HTMLElement, markers: readonly string[]): boolean {
  const all = blankRanges(body, markers);
  if (!all.length) return false;
  const caret = caretOf(body);
  let next = all[0]!;
  if (caret) {
    const start = caret.cloneRange();
    start.collapse(true);
    const after = (r: Range) => {
      const at = start.comparePoint(r.startContainer, r.startOffset);
      return caret.collapsed ? at >= 0 : at > 0;
    };
    next = all.find(after) ?? all[0]!;
  }
  return selectRange(body, next);
}
