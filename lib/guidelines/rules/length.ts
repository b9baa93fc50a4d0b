import { fail, fixed, pass, ALL_KINDS, type Rule } from '../rule';
import type { Analysis } from '../analysis';
import { chunks, type Chunk } from '../text/tokens';
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

/**
 * The words of the body as editors count them: whitespace-separated tokens with a letter or
 * a digit ("follow-up", "3:30", a URL count once; a lone dash or "&" does not). The body is
 * the main text only: greeting, sign-off, signature, letter heading and quotes are left out.
 */
function bodyWords(a: Analysis): Chunk[] {
  return chunks(a.body, a.main.start, a.main.end).filter((c) => hasLetterOrDigit(c.text));
}

const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;

/** `/[\p{L}\p{N}]/u.test(s)`, read with a loop: in ASCII, letters and digits are [A-Za-z0-9]. */
function hasLetterOrDigit(s: string): boolean {
  let other = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) other = true;
    else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  }
  return other && LETTER_OR_DIGIT_RE.test(s);
}

export const length: Rule = {
  id: 'length',
  kinds: ALL_KINDS,
  severity: fixed('warning'),
  english: false,
  title: 'Keep it the right length',
  why: 'Interviewers skim: a message that is too short looks careless and one that is too long does not get read.',
  passMessage: 'The length suits this kind of message.',
  check({ a, kind }) {
    const band = LENGTH_BANDS[kind];
    const ws = bodyWords(a);
    const n = ws.length;
    const label = LABEL[kind];
    const words = (k: number) => (k === 1 ? '1 word' : `${k} words`);
    if (n < band.min) {
      const range: TextRange[] = n > 0 ? [{ field: 'body', start: ws[0]!.start, end: ws[n - 1]!.end }] : [];
      return fail(`At ${words(n)}, this ${label} is too short; aim for ${band.min}–${band.max}. Add a specific detail from the interview or a line on what you would bring.`, range);
    }
    if (n > band.max) {
      // Underline what runs past the band.
      const range: TextRange[] = [{ field: 'body', start: ws[band.max]!.start, end: ws[n - 1]!.end }];
      if (n > band.hard)
        return fail(`At ${words(n)}, this ${label} is far too long: keep it to ${band.min}–${band.max} and never past ${band.hard}. Cut it to the thanks, one detail and what you bring.`, range, 'error');
      return fail(`At ${words(n)}, this ${label} runs long; aim for ${band.min}–${band.max}. Trim repeated points and background they already know.`, range);
    }
    return pass(`${words(n)}, within the ${band.min}–${band.max} range for a ${label}.`);
  },
};
