/**
 * How values sit in a letter: notes written as a sentence made to read as the phrase a slot
 * expects, unfilled slots as marked blanks the user fills in the email, and the template's
 * own signature lines, left out when the webmail adds its own signature.
 */
import { PLACEHOLDERS, isPlaceholderName } from './types';

/**
 * Slots that a note fills in the middle of a sentence ("our conversation about {{topic}}").
 * Every built-in template puts them where a noun phrase reads well.
 */
export const PHRASE_SLOTS: ReadonlySet<string> = new Set(['topic', 'topic2', 'challenge', 'wish', 'idea', 'news']);

// Words that open a phrase and are capitalised only because the note began with them.
const OPENERS = /^(?:The|A|An|Our|Their|Your|My|His|Her|Its|That|This|These|Those|How|What|Why|Some|Any|More|Less|New)\b(?=\s+\p{Ll})/u;

/**
 * A note as a phrase for the middle of a sentence: no full stop at its end and no capital
 * on a plain opening word ("The churn dashboard rebuild." -> "the churn dashboard rebuild").
 * Names and acronyms keep their capitals; a question mark stays.
 */
export function asPhrase(note: string): string {
  let out = note
    .trim()
    .replace(/[.;!]+$/u, '')
    .trimEnd();
  const opener = OPENERS.exec(out);
  if (opener) out = opener[0].toLowerCase() + out.slice(opener[0].length);
  return out;
}

/**
 * The marker an unfilled slot leaves in the email: its label in square brackets
 * ("[company]", "[news since the interview]"), text the placeholders check flags, and
 * that reads as an instruction rather than as code.
 */
export function blankMarker(name: string): string {
  const label = isPlaceholderName(name) ? PLACEHOLDERS[name] : name.replace(/[[\]{}]/g, '');
  return `[${label.charAt(0).toLowerCase()}${label.slice(1)}]`;
}

/** The placeholders that make up a signature: a line holding only these is a signature line. */
const SIGNATURE_LINE_RE = /^(?:\s*\{\{\s*me\.(?:name|phone|email)\s*\}\}\s*)+$/;

/**
 * A plain-text template body without its signature: the lines at its very end that hold
 * only `{{me.name}}`, `{{me.phone}}` or `{{me.email}}`. The sign-off word ("Best regards,")
 * stays. Null when the body ends with no such line.
 */
export function withoutSignatureLines(body: string): string | null {
  const lines = body.replace(/\r\n?/g, '\n').replace(/\s+$/, '').split('\n');
  let end = lines.length;
  while (end > 0 && SIGNATURE_LINE_RE.test(lines[end - 1]!)) end--;
  if (end === lines.length || end === 0) return null;
  return lines.slice(0, end).join('\n').replace(/\s+$/, '');
}

/** Contact details a signature can do without: a signature line holding only these, all empty, is left out. */
const CONTACT_SLOTS: ReadonlySet<string> = new Set(['me.phone', 'me.email']);
const PLACEHOLDER_RE = /\{\{\s*([^{}\n]{1,60}?)\s*\}\}/g;

/** A signature line with nothing to show: only contact placeholders, none of them filled. */
function isEmptyContactLine(line: string, isEmpty: (name: string) => boolean): boolean {
  const names = [...line.matchAll(PLACEHOLDER_RE)].map((m) => m[1]!.trim());
  return names.length > 0 && names.every((n) => CONTACT_SLOTS.has(n) && isEmpty(n));
}

/**
 * A plain-text template body without the lines of its signature that would show nothing
 * (`{{me.phone}}` when the profile has no phone number): such a line is left out rather
 * than going in as a blank to fill. The name line stays, filled or not. The body as it was
 * when there is no such line.
 */
export function withoutEmptyContactLines(body: string, isEmpty: (name: string) => boolean): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let end = lines.length;
  while (end > 0 && !lines[end - 1]!.trim()) end--;
  let start = end;
  while (start > 0 && SIGNATURE_LINE_RE.test(lines[start - 1]!)) start--;
  if (start === 0) return body;
  const kept = lines.filter((line, i) => i < start || i >= end || !isEmptyContactLine(line, isEmpty));
  return kept.length === lines.length ? body : kept.join('\n');
}

/** Elements that sit inside a line; any other element (a paragraph, a div, a list item) starts and ends one. */
const INLINE = new Set(['A', 'ABBR', 'B', 'BIG', 'CITE', 'CODE', 'EM', 'FONT', 'I', 'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRIKE', 'STRONG', 'SUB', 'SUP', 'TIME', 'U']);

/** A line of rich text as it shows: its text nodes, and the `<br>` that started it, if one did. */
interface RichLine {
  texts: Text[];
  breakBefore: Element | null;
}

/** The lines of rich text: a `<br>` or the edge of a block ends one; formatting inside a line does not. */
function linesOf(root: Node): RichLine[] {
  const lines: RichLine[] = [{ texts: [], breakBefore: null }];
  const newLine = (breakBefore: Element | null) => {
    const last = lines[lines.length - 1]!;
    if (breakBefore || last.texts.length || last.breakBefore) lines.push({ texts: [], breakBefore });
  };
  const walk = (node: Node) => {
    for (const child of [...node.childNodes]) {
      if (child.nodeType === 3) lines[lines.length - 1]!.texts.push(child as Text);
      else if (child.nodeType === 1) {
        if (child.nodeName === 'BR') {
          newLine(child as Element);
          continue;
        }
        const block = !INLINE.has(child.nodeName);
        if (block) newLine(null);
        walk(child);
        if (block) newLine(null);
      }
    }
  };
  walk(root);
  return lines;
}

const lineText = (line: RichLine) => line.texts.map((t) => t.data).join('');

/**
 * The signature lines at the end of rich text: whole lines (however formatted) that hold
 * only `{{me.name}}`, `{{me.phone}}` or `{{me.email}}`, the last first. A placeholder that
 * ends a line of other words ("Call me on <b>{{me.phone}}</b>") is not one. Empty when
 * there are none, or when the text is nothing but them.
 */
function signatureLinesOf(root: Node): RichLine[] {
  const lines = linesOf(root).filter((l) => lineText(l).trim());
  const out: RichLine[] = [];
  for (let i = lines.length - 1; i >= 0 && SIGNATURE_LINE_RE.test(lineText(lines[i]!)); i--) out.push(lines[i]!);
  // Something must stay: a template that is nothing but a signature is left as it is.
  return out.length === lines.length ? [] : out;
}

/** Removes lines of rich text: their text, the break that started each, and the blocks they leave empty. */
function removeLines(root: Node, lines: readonly RichLine[]): void {
  for (const line of lines) {
    line.breakBefore?.remove();
    for (const text of line.texts) {
      let parent: Node | null = text.parentNode;
      text.remove();
      // Blocks (and formatting) left with nothing visible go too.
      while (parent && parent !== root && parent.nodeType === 1 && !(parent.textContent ?? '').trim() && !(parent as Element).querySelector('img')) {
        const up: Node | null = parent.parentNode;
        const prev = parent.previousSibling;
        parent.parentNode?.removeChild(parent);
        if (prev && prev.nodeName === 'BR') prev.parentNode?.removeChild(prev);
        parent = up;
      }
    }
  }
  // Trailing line breaks left at the end of the last block.
  for (let last = lastDeep(root); last && last.nodeName === 'BR'; last = lastDeep(root)) last.parentNode?.removeChild(last);
}

/**
 * Removes the same signature lines from rich text, in place: the trailing lines that hold
 * only those placeholders, the line breaks before them and the blocks they leave empty.
 * False when there were none.
 */
export function dropSignatureNodes(root: Node): boolean {
  const lines = signatureLinesOf(root);
  if (!lines.length) return false;
  removeLines(root, lines);
  return true;
}

/** The same for rich text, in place: the signature's lines that would show nothing go. False when there were none. */
export function dropEmptyContactNodes(root: Node, isEmpty: (name: string) => boolean): boolean {
  const lines = signatureLinesOf(root).filter((line) => isEmptyContactLine(lineText(line), isEmpty));
  if (!lines.length) return false;
  removeLines(root, lines);
  return true;
}

function lastDeep(root: Node): Node | null {
  let node = root.lastChild;
  while (node && node.lastChild && node.nodeName !== 'BR') node = node.lastChild;
  return node;
}
