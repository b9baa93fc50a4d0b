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

/** Each run of non-whitespace characters, with offsets. */
export function chunks(text: string, from = 0, to = text.length): Chunk[] {
  const out: Chunk[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const end = Math.min(m.index + m[0].length, to);
    out.push({ text: text.slice(m.index, end), start: m.index, end });
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
  if (core.includes('@') && EMAIL_RE.test(core.replace(/^mailto:/i, ''))) return 'email';
  if ((core.includes('://') || /^www\./i.test(core)) && URL_RE.test(core)) return 'url';
  if (DOMAIN_RE.test(core)) return 'url';
  return 'text';
}

// A word: letters or digits, joined by single apostrophes or hyphens ("don't", "follow-up").
// The joiners are not letters, so each repetition must consume one: linear time.
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** Words of `text[from, to)`, skipping URLs and email addresses. */
export function words(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  for (const c of chunks(text, from, to)) {
    if (classifyChunk(c.text) !== 'text') continue;
    WORD_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = WORD_RE.exec(c.text))) {
      const start = c.start + m.index;
      const lower = m[0].toLowerCase();
      out.push({ text: m[0], lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, end: start + m[0].length });
    }
  }
  return out;
}

/** URLs and email addresses in `text[from, to)`. */
export function links(text: string, from = 0, to = text.length): (Chunk & { kind: 'url' | 'email' })[] {
  const out: (Chunk & { kind: 'url' | 'email' })[] = [];
  for (const c of chunks(text, from, to)) {
    const kind = classifyChunk(c.text);
    if (kind !== 'text') out.push({ ...c, kind });
  }
  return out;
}

/** True for ALL-CAPS tokens of two letters or more. */
export const isAllCaps = (word: string): boolean => word.length >= 2 && /^[\p{Lu}\p{N}'’-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
