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
  let out = note.trim().replace(/[.;!]+$/u, '').trimEnd();
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

/**
 * Removes the same signature lines from rich text, in place: the trailing text that holds
 * only those placeholders, the line breaks before it and the blocks it leaves empty.
 * False when there were none.
 */
export function dropSignatureNodes(root: Node): boolean {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  const dropped: Text[] = [];
  for (let i = texts.length - 1; i >= 0; i--) {
    const data = texts[i]!.data;
    if (!data.trim()) continue;
    if (!SIGNATURE_LINE_RE.test(data)) break;
    dropped.push(texts[i]!);
  }
  // Something must stay: a template that is nothing but a signature is left as it is.
  if (!dropped.length || texts.every((t) => !t.data.trim() || dropped.includes(t))) return false;
  for (const text of dropped) {
    let parent: Node | null = text.parentNode;
    // The line breaks this leaves at the end go in the last step below.
    text.remove();
    // Blocks left with nothing visible go too.
    while (parent && parent !== root && parent.nodeType === 1 && !(parent.textContent ?? '').trim() && !(parent as Element).querySelector('img')) {
      const up: Node | null = parent.parentNode;
      const prev = parent.previousSibling;
      parent.parentNode?.removeChild(parent);
      if (prev && prev.nodeName === 'BR') prev.parentNode?.removeChild(prev);
      parent = up;
    }
  }
  // Trailing line breaks left at the end of the last block.
  for (let last = lastDeep(root); last && last.nodeName === 'BR'; last = lastDeep(root)) last.parentNode?.removeChild(last);
  return true;
}

function lastDeep(root: Node): Node | null {
  let node = root.lastChild;
  while (node && node.lastChild && node.nodeName !== 'BR') node = node.lastChild;
  return node;
}
