/**
 * Selecting a piece of the user's text in a live compose, given the text as the engine saw
 * it. The engine's offsets are into a normalised copy (quoted history cut, whitespace
 * collapsed), so the piece is found again in the live body by its words: the n-th
 * occurrence of the same words, whitespace-insensitive. Editing mechanics only: which body
 * to search is the adapter's business.
 */
import { isForeignMarkup } from './body-text';

/** The body's text with runs of whitespace collapsed to one space, and where each character came from. */
function collapsedText(body: HTMLElement): { text: string; at: { node: Text; offset: number }[] } {
  const doc = body.ownerDocument;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (isForeignMarkup(n) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let text = '';
  const at: { node: Text; offset: number }[] = [];
  let lastBlock: Element | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // Text in a new block, or after a <br>, is a new line: a space between words.
    const block = node.parentElement?.closest('div, p, li, blockquote, td, h1, h2, h3, h4, h5, h6') ?? null;
    if (block !== lastBlock && text && !text.endsWith(' ')) {
      text += ' ';
      at.push({ node, offset: 0 });
    }
    lastBlock = block;
    const value = node.data;
    for (let i = 0; i < value.length; i++) {
      const ch = value[i]!;
      // `\s` covers the no-break space too.
      if (/\s/.test(ch)) {
        if (text && !text.endsWith(' ')) {
          text += ' ';
          at.push({ node, offset: i });
        }
        continue;
      }
      text += ch;
      at.push({ node, offset: i });
    }
  }
  return { text, at };
}

const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** How many times `needle` occurs in `text` before `before` (the engine's offset): which occurrence it is. */
export function occurrenceIndex(text: string, needle: string, before: number): number {
  const n = collapse(needle);
  const head = collapse(text.slice(0, before + needle.length));
  if (!n) return 0;
  let count = -1;
  for (let i = head.indexOf(n); i >= 0; i = head.indexOf(n, i + 1)) count++;
  return Math.max(0, count);
}

/** A live range over the `occurrence`-th appearance of `needle` in the body, or null if the text changed. */
export function findTextRange(body: HTMLElement, needle: string, occurrence = 0): Range | null {
  return findTextRanges(body, [{ text: needle, occurrence }])[0] ?? null;
}

/** `findTextRange` for many pieces at once: the body's text is read once. */
export function findTextRanges(body: HTMLElement, pieces: readonly { text: string; occurrence: number }[]): (Range | null)[] {
  if (pieces.length === 0) return [];
  const collapsed = collapsedText(body);
  return pieces.map((p) => rangeOf(body, collapsed, p.text, p.occurrence));
}

/** Every appearance of `needle` in the body, in document order (whitespace-insensitive, like `findTextRange`). */
export function findAllTextRanges(body: HTMLElement, needle: string, limit = 200): Range[] {
  const collapsed = collapsedText(body);
  const out: Range[] = [];
  for (let i = 0; i < limit; i++) {
    const range = rangeOf(body, collapsed, needle, i);
    if (!range) break;
    out.push(range);
  }
  return out;
}

function rangeOf(body: HTMLElement, { text, at }: ReturnType<typeof collapsedText>, needle: string, occurrence: number): Range | null {
  const wanted = collapse(needle);
  if (!wanted) return null;
  let index = -1;
  for (let i = 0, from = 0; i <= occurrence; i++) {
    index = text.indexOf(wanted, from);
    if (index < 0) return null;
    from = index + 1;
  }
  const start = at[index];
  const end = at[index + wanted.length - 1];
  if (!start || !end) return null;
  const range = body.ownerDocument.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset + 1);
  return range;
}

/** Selects `range` in its document, focusing the editable body and scrolling the text into view. */
export function selectRange(body: HTMLElement, range: Range): boolean {
  try {
    body.focus({ preventScroll: true });
    const selection = body.ownerDocument.getSelection();
    if (!selection) return false;
    selection.removeAllRanges();
    selection.addRange(range);
    const target = range.startContainer.parentElement ?? body;
    target.scrollIntoView({ block: 'center', inline: 'nearest' });
    return true;
  } catch {
    return false;
  }
}
