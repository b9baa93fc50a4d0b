/**
 * Editing mechanics for contenteditable editors, independent of any site: putting text or
 * sanitised HTML at the caret (or over a range), keeping the user's last selection while
 * they click our UI. Which element to edit and which strategy suits a site's editor is the
 * adapter's decision; this module never looks for elements.
 *
 * Preferred path: `document.execCommand`, the browser's native editing, which leaves an
 * undo step and fires trusted `input` events the site's editor listens to. With the `paste`
 * strategy the content first goes to the site's own paste handling (Outlook's RoosterJS
 * makes it an undoable edit). Last resort: DOM insertion plus an `input` event; no undo
 * step. Nothing here throws: failures come back as `{ ok: false, reason }`.
 *
 * HTML arrives as nodes and is sanitised again (lib/dom/webmail/sanitise.ts, `insertion` profile) before any use, so a string
 * only ever reaches execCommand('insertHTML') from sanitised nodes.
 */
import { visibleText } from './body-text';
import { purifierWorks, sanitiseToFragment, sanitiseToMarkup } from './sanitise';
import type { InsertStrategy } from './types';

export interface InsertContent {
  /** Rich content, as nodes (for example from `sanitizeHtml`). */
  html?: DocumentFragment | Node;
  /** Plain text; lines separated by `\n`. Used when there is no HTML, and as the text/plain flavour of a paste. */
  text?: string;
}

export type InsertResult = { ok: true; method: 'execCommand' | 'paste' | 'dom' } | { ok: false; reason: string };

export interface InsertOptions {
  strategy?: InsertStrategy;
  /** Where to insert when the saved selection is gone (the adapter's "end of the user's text"). Defaults to the end of the body. */
  fallbackRange?: Range | null;
  /** How long to wait for the site's paste handler to change the body before falling back. */
  pasteTimeoutMs?: number;
}

/**
 * Whether DOMPurify really sanitises here (the `insertion` profile's check). If not, HTML is
 * never inserted, only its text.
 */
export function sanitiserWorks(): boolean {
  return purifierWorks('insertion');
}

/**
 * Parses and sanitises an HTML string into nodes (no scripts, handlers or unsafe URLs).
 * With a sanitiser that fails its check, the nodes are the HTML's text only.
 */
export function sanitizeHtml(html: string): DocumentFragment {
  if (sanitiserWorks()) return sanitiseToFragment(html, 'insertion');
  // An inert parsed document runs no scripts and loads nothing; only its text is kept.
  const parsed = new DOMParser().parseFromString(html, 'text/html').body;
  const text = parsed ? visibleText(parsed) : '';
  const fragment = document.createDocumentFragment();
  fragment.append(document.createTextNode(text));
  return fragment;
}

/** Markup of already-built nodes, sanitised once more, for execCommand('insertHTML') and paste. */
function sanitisedMarkup(node: DocumentFragment | Node, doc: Document): string | null {
  if (!sanitiserWorks()) return null;
  const holder = doc.implementation.createHTMLDocument('').createElement('div');
  holder.appendChild(holder.ownerDocument.importNode(node, true));
  return sanitiseToMarkup(holder.innerHTML, 'insertion');
}

/** Whether a range lies entirely inside the body (a saved range may be stale after a re-render). */
export function rangeInside(body: HTMLElement, range: Range | null | undefined): range is Range {
  return !!range && body.isConnected && body.contains(range.startContainer) && body.contains(range.endContainer);
}

/** A collapsed range at the end of the body's content. */
function endOf(body: HTMLElement): Range {
  const range = body.ownerDocument.createRange();
  range.selectNodeContents(body);
  range.collapse(false);
  return range;
}

/**
 * Inserts at the saved selection when it is still inside the body, else at the fallback
 * range, else at the end of the body; the caret ends up after the inserted content.
 */
export function insertAtCaret(body: HTMLElement, content: InsertContent, savedRange?: Range | null, options: InsertOptions = {}): Promise<InsertResult> {
  try {
    const target = rangeInside(body, savedRange) ? savedRange.cloneRange() : rangeInside(body, options.fallbackRange) ? options.fallbackRange.cloneRange() : endOf(body);
    return applyAt(body, target, content, options);
  } catch (error) {
    return Promise.resolve(failure(error));
  }
}

/** Replaces the body's content, or only `within` (the adapter's range of the user's own text). */
export function replaceBody(body: HTMLElement, content: InsertContent, within?: Range | null, options: InsertOptions = {}): Promise<InsertResult> {
  try {
    const target = rangeInside(body, within) ? within.cloneRange() : body.ownerDocument.createRange();
    if (!rangeInside(body, within)) target.selectNodeContents(body);
    return applyAt(body, target, content, options);
  } catch (error) {
    return Promise.resolve(failure(error));
  }
}

/**
 * Replaces the text of `range` (a finding's words) as typing over a selection would: the
 * site records it as an edit, one undo takes it back, and the caret ends after the new text.
 */
export function replaceRange(body: HTMLElement, range: Range, content: InsertContent, options: InsertOptions = {}): Promise<InsertResult> {
  if (!rangeInside(body, range)) return Promise.resolve({ ok: false, reason: 'the text is no longer in the editor' });
  return applyAt(body, range.cloneRange(), content, options);
}

const failure = (error: unknown): InsertResult => ({ ok: false, reason: `insertion failed: ${error instanceof Error ? error.message : String(error)}` });

function isEditable(body: HTMLElement): boolean {
  const attr = body.getAttribute('contenteditable');
  return body.isContentEditable === true || attr === '' || attr === 'true' || attr === 'plaintext-only';
}

async function applyAt(body: HTMLElement, range: Range, content: InsertContent, options: InsertOptions): Promise<InsertResult> {
  try {
    return await applyAtUnguarded(body, range, content, options);
  } catch (error) {
    return failure(error);
  }
}

async function applyAtUnguarded(body: HTMLElement, range: Range, content: InsertContent, options: InsertOptions): Promise<InsertResult> {
  const doc = body.ownerDocument;
  if (!body.isConnected || !isEditable(body)) return { ok: false, reason: 'the editor is gone or not editable' };
  const html = content.html ? sanitisedMarkup(content.html, doc) : null;
  const text = content.text ?? (content.html ? visibleText(content.html) : '');
  if (!html && !text) return { ok: false, reason: 'nothing to insert' };

  select(body, range);
  if ((options.strategy ?? 'execCommand') === 'paste') {
    const handled = await pasteThroughSite(body, html, text, options.pasteTimeoutMs ?? 300);
    if (handled) return { ok: true, method: 'paste' };
    if (!rangeInside(body, range)) return { ok: false, reason: 'the editor changed while pasting' };
    select(body, range);
  }
  if (execInsert(body, html, text)) return { ok: true, method: 'execCommand' };
  domInsert(body, range, html, text);
  return { ok: true, method: 'dom' };
}

/** Focuses the body and selects the range in it. */
function select(body: HTMLElement, range: Range): void {
  try {
    body.focus({ preventScroll: true });
  } catch {
    // Focus can fail in a background window; the selection below still places the caret.
  }
  const selection = body.ownerDocument.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}

/**
 * Native editing. Judged by its effect, not its return value: some browsers answer true
 * without editing (an unfocused window), and a Trusted Types page may throw.
 */
function execInsert(body: HTMLElement, html: string | null, text: string): boolean {
  const doc = body.ownerDocument;
  if (typeof doc.execCommand !== 'function') return false;
  const watcher = new MutationObserver(() => {});
  watcher.observe(body, { childList: true, subtree: true, characterData: true });
  try {
    const done = html ? doc.execCommand('insertHTML', false, html) : doc.execCommand('insertText', false, text);
    return done && watcher.takeRecords().length > 0;
  } catch {
    return false;
  } finally {
    watcher.disconnect();
  }
}

/**
 * Offers the content to the site as a paste. A handler that takes it calls preventDefault;
 * since handlers may work asynchronously, success is the body changing within the timeout.
 */
async function pasteThroughSite(body: HTMLElement, html: string | null, text: string, timeoutMs: number): Promise<boolean> {
  const win = body.ownerDocument.defaultView;
  if (!win || typeof win.DataTransfer !== 'function' || typeof win.ClipboardEvent !== 'function') return false;
  let changed = false;
  const watcher = new MutationObserver(() => {
    changed = true;
  });
  watcher.observe(body, { childList: true, subtree: true, characterData: true });
  try {
    const data = new win.DataTransfer();
    if (html) data.setData('text/html', html);
    data.setData('text/plain', text);
    const event = new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
    body.dispatchEvent(event);
    if (!event.defaultPrevented) return false;
    if (watcher.takeRecords().length > 0) return true;
    const deadline = Date.now() + timeoutMs;
    while (!changed && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return changed;
  } catch {
    return false;
  } finally {
    watcher.disconnect();
  }
}

/** Last resort: DOM insertion (no undo step), then an `input` event so the site saves the draft. */
function domInsert(body: HTMLElement, range: Range, html: string | null, text: string): void {
  const doc = body.ownerDocument;
  const fragment = doc.createDocumentFragment();
  if (html) fragment.appendChild(doc.importNode(sanitizeHtml(html), true));
  else
    text.split('\n').forEach((line, i) => {
      if (i > 0) fragment.appendChild(doc.createElement('br'));
      if (line) fragment.appendChild(doc.createTextNode(line));
    });
  const last = fragment.lastChild;
  range.deleteContents();
  range.insertNode(fragment);
  if (last && body.contains(last)) {
    const caret = doc.createRange();
    caret.setStartAfter(last);
    caret.collapse(true);
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(caret);
  }
  const win = doc.defaultView;
  const InputEventCtor = win && typeof win.InputEvent === 'function' ? win.InputEvent : null;
  const event = InputEventCtor
    ? new InputEventCtor('input', { bubbles: true, inputType: html ? 'insertFromPaste' : 'insertText', data: html ? null : text })
    : new Event('input', { bubbles: true });
  body.dispatchEvent(event);
}

export interface SelectionMemory {
  /** The last selection seen inside the body, if it is still inside it. */
  get(): Range | null;
  /** Records the current selection now, if it is inside the body. */
  save(): void;
}

/**
 * Tracks the last selection inside a body, so clicking our UI (which moves focus away)
 * does not lose the user's caret. Capture-phase listeners see the events before editors
 * that stop them (RoosterJS stops key events at its element).
 */
export function rememberSelection(body: HTMLElement, signal: AbortSignal): SelectionMemory {
  const doc = body.ownerDocument;
  let saved: Range | null = null;
  const save = () => {
    try {
      const selection = doc.getSelection();
      if (!selection || selection.rangeCount === 0) return;
      const range = selection.getRangeAt(0);
      if (rangeInside(body, range)) saved = range.cloneRange();
    } catch {
      // A selection we cannot read is one we do not keep.
    }
  };
  if (!signal.aborted) {
    const options = { capture: true, passive: true, signal };
    doc.addEventListener('selectionchange', save, options);
    // mousedown before our UI takes the focus; keyup and mouseup after the caret moved.
    for (const type of ['mousedown', 'mouseup', 'keyup'] as const) doc.addEventListener(type, save, options);
  }
  return {
    get: () => (rangeInside(body, saved) ? saved.cloneRange() : null),
    save,
  };
}

/**
 * Replaces the whole text of a text field (the subject) as typing would: select it all, then
 * the browser's own `insertText`, so the site's input listeners see a user's edit and one Ctrl+Z
 * in the field brings the old text back. False where the browser refuses (the caller falls back
 * to setting the value, which has no undo step).
 */
export function replaceFieldText(input: HTMLInputElement | HTMLTextAreaElement, text: string): boolean {
  const doc = input.ownerDocument;
  if (typeof doc.execCommand !== 'function') return false;
  try {
    input.focus({ preventScroll: true });
    input.select();
    if (!doc.execCommand('insertText', false, text)) return false;
    return input.value === text;
  } catch {
    return false;
  }
}
