/**
 * Tokenising without catastrophic backtracking: the text is first cut into
 * whitespace-free chunks with a linear scan, and every pattern below is either anchored
 * to one chunk or built from character classes that cannot overlap.
 */

export interface Token {
  /** The text as written. */
  text: string;
  /** Lower-cased text, apostrophes normalised to `'`. */
  lower: string;
  start: number;
  end: number;
}

export interface Chunk {
  text: string;
  start: number;
  end: number;
}

/**
 * Whether a UTF-16 code unit is JavaScript whitespace (`\s`): what `\S+` stops at. A loop over
 * code units is much cheaper than a regular expression match per chunk.
 */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Each run of non-whitespace characters, with offsets. */
export function chunks(text: string, from = 0, to = text.length): Chunk[] {
  const out: Chunk[] = [];
  const n = text.length;
  let i = Math.max(0, from);
  // As `/\S+/g` from `from`: each run is found whole (it may run past `to`, then it is cut),
  // and only runs that start before `to` count.
  while (i < n) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= n || i >= to) break;
    let j = i + 1;
    while (j < n && !isSpaceCode(text.charCodeAt(j))) j++;
    const end = Math.min(j, to);
    out.push({ text: text.slice(i, end), start: i, end });
    i = j;
  }
  return out;
}

// Anchored to a single chunk; punctuation around it is trimmed first.
const URL_RE = /^(?:(?:https?|ftp):\/\/|www\.)[^\s<>"]+$/i;
// A bare domain with an optional path: "linkedin.com/in/ana", "medium.com".
const DOMAIN_RE = /^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|ai|co|edu|gov|me|app|info|biz|uk|de|fr|es|it|nl|ca|au|in|us|eu|ch|se|no|dk|jp)(?:[/?#:][^\s<>"]*)?$/i;
const EMAIL_RE = /^[\w.+'-]+@[\w-]+(?:\.[\w-]+)+$/;
const LEAD_PUNCT = new Set('("\'<[{“‘«');
const TAIL_PUNCT = new Set(')"\'>]}.,;:!?”’»');

/** The chunk without the punctuation around it (a loop, not a regex: `$`-anchored classes rescan). */
function trimPunctuation(chunk: string): string {
  let start = 0;
  let end = chunk.length;
  while (start < end && LEAD_PUNCT.has(chunk[start]!)) start++;
  while (end > start && TAIL_PUNCT.has(chunk[end - 1]!)) end--;
  return chunk.slice(start, end);
}

export type ChunkKind = 'url' | 'email' | 'text';

export function classifyChunk(chunk: string): ChunkKind {
  // Fast path: almost every chunk is a plain word.
  if (!chunk.includes('@') && !chunk.includes('.') && !chunk.includes('://')) return 'text';
  const core = trimPunctuation(chunk);
  // A word with only its punctuation marked ("done.", "(see:"): an address needs '@', a URL '://' or a dot.
  if (!core.includes('.') && !core.includes('@') && !core.includes('://')) return 'text';
  if (core.includes('@') && EMAIL_RE.test(core.replace(/^mailto:/i, ''))) return 'email';
  if ((core.includes('://') || /^www\./i.test(core)) && URL_RE.test(core)) return 'url';
  if (DOMAIN_RE.test(core)) return 'url';
  return 'text';
}

// A word: letters or digits, joined by single apostrophes or hyphens ("don't", "follow-up").
// The joiners are not letters, so each repetition must consume one: linear time.
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

export const isAsciiAlnum = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** Whether every code unit of `s` is ASCII. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
}

/** Words of `text[from, to)`, skipping URLs and email addresses. */
export function words(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = Math.max(0, from);
  // The chunks of `chunks(text, from, to)`, read in place.
  while (i < n) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= n || i >= to) break;
    let j = i + 1;
    while (j < n && !isSpaceCode(text.charCodeAt(j))) j++;
    const end = Math.min(j, to);
    const chunkStart = i;
    i = j;
    // Read as ASCII in place, in one pass; a chunk found to hold other characters is read again
    // with WORD_RE, and one holding '@', '.' or ':' (which `classifyChunk` may call a URL or an
    // address) is dropped when it is one.
    const first = out.length;
    let marked = false;
    let ascii = true;
    // The same words as WORD_RE finds, read with a loop: in ASCII, letters and digits are
    // [A-Za-z0-9], there are no marks, and the joiners are ' and -.
    let k = chunkStart;
    while (k < end) {
      const c = text.charCodeAt(k);
      if (!isAsciiAlnum(c)) {
        if (c > 127) {
          ascii = false;
          break;
        }
        if (c === 64 || c === 46 || c === 58) marked = true;
        k++;
        continue;
      }
      const begin = k;
      // Most words have no capital: their lower-case form is the word itself, not a copy.
      let upper = false;
      for (;;) {
        for (let d = text.charCodeAt(k); k < end && isAsciiAlnum(d); d = text.charCodeAt(++k)) if (d <= 90 && d >= 65) upper = true;
        const d = k < end ? text.charCodeAt(k) : NaN;
        if ((d === 39 || d === 45) && k + 1 < end && isAsciiAlnum(text.charCodeAt(k + 1))) k++;
        else break;
      }
      const word = text.slice(begin, k);
      out.push({ text: word, lower: upper ? word.toLowerCase() : word, start: begin, end: k });
    }
    if (!ascii) {
      out.length = first;
      for (let m = k; m < end && !marked; m++) {
        const c = text.charCodeAt(m);
        marked = c === 64 || c === 46 || c === 58;
      }
    }
    if (marked && classifyChunk(text.slice(chunkStart, end)) !== 'text') {
      out.length = first;
      continue;
    }
    if (ascii) continue;
    const t = text.slice(chunkStart, end);
    WORD_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD_RE.exec(t))) {
      const start = chunkStart + m.index;
      const lower = m[0].toLowerCase();
      out.push({ text: m[0], lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end: start + m[0].length });
    }
  }
  return out;
}

/** URLs and email addresses in `text[from, to)`. */
export function links(text: string, from = 0, to = text.length): (Chunk & { kind: 'url' | 'email' })[] {
  const out: (Chunk & { kind: 'url' | 'email' })[] = [];
  const n = text.length;
  let i = Math.max(0, from);
  // The chunks of `chunks(text, from, to)`, read in place: a chunk without '@', '.' or ':'
  // is plain text for `classifyChunk`, and is never copied.
  while (i < n) {
    while (i < n && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= n || i >= to) break;
    let j = i + 1;
    while (j < n && !isSpaceCode(text.charCodeAt(j))) j++;
    const end = Math.min(j, to);
    let marked = false;
    for (let k = i; k < end && !marked; k++) {
      const c = text.charCodeAt(k);
      marked = c === 64 || c === 46 || c === 58;
    }
    if (marked) {
      const chunk = text.slice(i, end);
      const kind = classifyChunk(chunk);
      if (kind !== 'text') out.push({ text: chunk, start: i, end, kind });
    }
    i = j;
  }
  return out;
}

/** True for ALL-CAPS tokens of two letters or more. */
export const isAllCaps = (word: string): boolean => {
  if (word.length < 2) return false;
  // Most words start with a lower-case ASCII letter, which is no capital, digit or joiner.
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return false;
  return /^[\p{Lu}\p{N}'’-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
};

const UPPER_FIRST_RE = /^\p{Lu}/u;
const UPPER_ANY_RE = /\p{Lu}/u;

/** `/^\p{Lu}/u.test(s)`, without running a regular expression when the first character is ASCII. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER_FIRST_RE.test(s);
}

/** `/\p{Lu}/u.test(s.slice(from))`, read with a loop while the text is ASCII. */
export function hasUpperFrom(s: string, from = 0): boolean {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return UPPER_ANY_RE.test(s.slice(i));
    if (c >= 65 && c <= 90) return true;
  }
  return false;
}
