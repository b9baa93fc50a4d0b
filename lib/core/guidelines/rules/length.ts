import { fail, fixed, pass, ALL_KINDS, type Rule } from '../rule';
import type { Analysis } from '../analysis';
import { isSpaceCode } from '../text/tokens';
import type { Kind, TextRange } from '../types';

interface Band {
  min: number;
  max: number;
  hard: number;
}

/** Words in the body per kind, from the rulebook's table. */
export const LENGTH_BANDS: Record<Kind, Band> = {
  'thank-you': { min: 60, max: 220, hard: 350 },
  note: { min: 25, max: 110, hard: 160 },
  'follow-up': { min: 50, max: 180, hard: 300 },
  'second-follow-up': { min: 40, max: 160, hard: 260 },
  update: { min: 40, max: 170, hard: 280 },
  withdrawal: { min: 30, max: 150, hard: 250 },
};

const LABEL: Record<Kind, string> = {
  'thank-you': 'thank-you email',
  note: 'thank-you note',
  'follow-up': 'follow-up',
  'second-follow-up': 'second follow-up',
  update: 'update',
  withdrawal: 'withdrawal',
};

interface WordCount {
  n: number;
  /** Where the first word starts and the last one ends. */
  first: number;
  last: number;
  /** Where word number `mark` (from 0) starts, if the body has that many. */
  markAt: number;
}

/**
 * The words of the body as editors count them: whitespace-separated tokens with a letter or
 * a digit ("follow-up", "3:30", a URL count once; a lone dash or "&" does not). The body is
 * the main text only: greeting, sign-off, signature, letter heading and quotes are left out.
 * (Counted in place: no token is copied.)
 */
function countWords(a: Analysis, mark: number): WordCount {
  const text = a.body;
  const to = a.main.end;
  const out: WordCount = { n: 0, first: -1, last: -1, markAt: -1 };
  let i = a.main.start;
  // The runs of `chunks(text, main.start, main.end)`.
  while (i < text.length) {
    while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    if (i >= text.length || i >= to) break;
    let j = i + 1;
    while (j < text.length && !isSpaceCode(text.charCodeAt(j))) j++;
    const end = Math.min(j, to);
    if (hasLetterOrDigit(text, i, end)) {
      if (out.n === 0) out.first = i;
      if (out.n === mark) out.markAt = i;
      out.n++;
      out.last = end;
    }
    i = j;
  }
  return out;
}

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/** `/[\p{L}\p{N}]/u.test(text.slice(from, to))`, read with a loop: in ASCII, letters and digits are [A-Za-z0-9]. */
function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  let other = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) other = true;
    else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  }
  return other && LETTER_OR_DIGIT_RE.test(text.slice(from, to));
}

export const length: Rule<'length'> = {
  id: 'length',
  kinds: ALL_KINDS,
  severity: fixed('warning'),
  english: false,
  title: 'Keep it the right length',
  why: 'Interviewers skim: a message that is too short looks careless and one that is too long does not get read.',
  passMessage: 'The length suits this kind of message.',
  check({ a, kind }) {
    const band = LENGTH_BANDS[kind];
    const count = countWords(a, band.max);
    const n = count.n;
    const label = LABEL[kind];
    const words = (k: number) => (k === 1 ? '1 word' : `${k} words`);
    if (n < band.min) {
      const range: TextRange[] = n > 0 ? [{ field: 'body', start: count.first, end: count.last }] : [];
      return fail(`At ${words(n)}, this ${label} is too short; aim for ${band.min}–${band.max}. Add a specific detail from the interview or a line on what you would bring.`, range);
    }
    if (n > band.max) {
      // Underline what runs past the band.
      const range: TextRange[] = [{ field: 'body', start: count.markAt, end: count.last }];
      if (n > band.hard)
        return fail(
          `At ${words(n)}, this ${label} is far too long: keep it to ${band.min}–${band.max} and never past ${band.hard}. Cut it to the thanks, one detail and what you bring.`,
          range,
          'error',
        );
      return fail(`At ${words(n)}, this ${label} runs long; aim for ${band.min}–${band.max}. Trim repeated points and background they already know.`, range);
    }
    return pass(`${words(n)}, within the ${band.min}–${band.max} range for a ${label}.`);
  },
};
