/**
 * Word n-grams and their Jaccard similarity: how much of two texts is the same run of
 * words. Used to tell a fresh letter from a lightly edited copy, and reusable wherever two
 * pieces of text are compared (the notes feature, for instance).
 */
import { words, type Token } from './tokens';

/** A run of `n` consecutive words, joined with single spaces. */
export interface Gram {
  key: string;
  /** Index of the gram's first word in the word list it came from. */
  index: number;
}

/** Lower-cased words of a text, apostrophes straightened (URLs and emails skipped). */
export const wordList = (text: string, from = 0, to = text.length): string[] => words(text, from, to).map((w) => w.lower);

/** The n-grams of a word list, in order (duplicates kept). */
export function ngramList(list: readonly string[], n = 3): Gram[] {
  const out: Gram[] = [];
  if (n < 1) return out;
  for (let i = 0; i + n <= list.length; i++) out.push({ key: list.slice(i, i + n).join(' '), index: i });
  return out;
}

/** The distinct n-grams of a word list. A list shorter than `n` yields its one partial gram. */
export function ngramSet(list: readonly string[], n = 3): Set<string> {
  if (list.length > 0 && list.length < n) return new Set([list.join(' ')]);
  return new Set(ngramList(list, n).map((g) => g.key));
}

/** Jaccard similarity of two sets: shared over combined, 0 when both are empty. */
export function jaccard<T>(x: ReadonlySet<T>, y: ReadonlySet<T>): number {
  if (x.size === 0 && y.size === 0) return 0;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / (x.size + y.size - shared);
}

/** Word n-gram Jaccard similarity of two texts (0 = nothing in common, 1 = the same words in the same order). */
export function textSimilarity(x: string, y: string, n = 3): number {
  return jaccard(ngramSet(wordList(x), n), ngramSet(wordList(y), n));
}

/**
 * The stretches of `tokens` covered by an n-gram that also occurs in `other`: contiguous
 * shared words are merged into one span. Handy for underlining what was copied.
 */
export function sharedSpans(tokens: readonly Token[], other: ReadonlySet<string>, n = 3): { start: number; end: number }[] {
  const lower = tokens.map((t) => t.lower);
  const covered = new Uint8Array(tokens.length);
  for (const g of ngramList(lower, n)) {
    if (other.has(g.key)) covered.fill(1, g.index, g.index + n);
  }
  const spans: { start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!covered[i]) continue;
    let j = i;
    while (j + 1 < tokens.length && covered[j + 1]) j++;
    spans.push({ start: tokens[i]!.start, end: tokens[j]!.end });
    i = j;
  }
  return spans;
}
