/** Sentence boundaries with offsets, for the sentence-length, spelling and duty rules. */

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sr',
  'jr',
  'st',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'approx',
  'dept',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'wed',
  'thu',
  'fri',
  'sat',
  'sun',
  'a.m',
  'p.m',
]);

function wordBefore(text: string, dot: number): string {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i]!)) i--;
  return text.slice(i + 1, dot).toLowerCase();
}

/**
 * Splits `text[from, to)` into sentences. A sentence ends at `.`, `!` or `?` followed by
 * whitespace (unless the word before is a known abbreviation or a single letter), at a
 * blank line, and at the end of a line that starts a list item or looks like a heading.
 */
export function sentences(text: string, from = 0, to = text.length): Sentence[] {
  const out: Sentence[] = [];
  let start = from;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed && /[\p{L}\p{N}]/u.test(trimmed)) out.push({ start: start + lead, end: start + lead + trimmed.length, text: trimmed });
    start = end;
  };
  for (let i = from; i < to; i++) {
    // Most characters are none of the marks: compare code units, and read the character only at a mark.
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026 && c !== 10) continue;
    const ch = text[i]!;
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let j = i + 1;
      while (j < to && /[.!?…"'”’)\]]/.test(text[j]!)) j++;
      if (j < to && !/\s/.test(text[j]!)) {
        // Not the end of a sentence ("3.5", "...x"): skip the whole run of marks at once,
        // so a long run is read once, not once per mark.
        i = j - 1;
        continue;
      }
      if (ch === '.' && j === i + 1) {
        const before = wordBefore(text, i);
        if (ABBREVIATIONS.has(before) || /^\p{L}$/u.test(before)) continue;
      }
      push(j);
      i = j - 1;
    } else if (ch === '\n') {
      // A blank line, or a line that is a list item or carries no final punctuation
      // followed by a new list item, ends the sentence.
      let j = i + 1;
      while (j < to && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      const blank = text[j] === '\n';
      const nextIsItem = j < to && /[-*•·–]/.test(text[j]!) && /\s/.test(text[j + 1] ?? '');
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const thisIsItem = /^\s*(?:[-*•·–]|\d{1,2}[.)])\s/.test(text.slice(Math.max(lineStart, start), i));
      if (blank || nextIsItem || thisIsItem) push(i);
    }
  }
  push(to);
  return out;
}
