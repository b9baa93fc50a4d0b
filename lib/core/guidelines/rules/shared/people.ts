/**
 * Matching people across the draft and the notes: recipients to saved interviewers,
 * names compared with and without accents, near-misses by edit distance.
 */
import type { Interviewer } from '@/lib/core/notes/types';
import { words } from '../../text/tokens';
import type { Draft, Recipient } from '../../types';

/** Lower case without accents: "Tomás" -> "tomas". */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/’/g, "'");

export const address = (r: { address?: string } | undefined): string => (typeof r?.address === 'string' ? r.address.trim().toLowerCase() : '');

/** The words of a name as written ("Helen Castellanos" -> ["Helen", "Castellanos"]). */
export const nameParts = (name: string | undefined): string[] => (typeof name === 'string' ? words(name).map((w) => w.text) : []);

/** Whether a recipient is this interviewer: same address, or the same full name when no address is saved. */
export function isPerson(r: Recipient, p: Interviewer): boolean {
  const ra = address(r);
  const pa = typeof p.email === 'string' ? p.email.trim().toLowerCase() : '';
  if (ra && pa) return ra === pa;
  return !!r.name && !!p.name && fold(nameParts(r.name).join(' ')) === fold(nameParts(p.name).join(' '));
}

export const allRecipients = (draft: Draft): Recipient[] => [...draft.to, ...draft.cc];

/** The interviewers among the recipients, each once. */
export function interviewersAmong(recipients: readonly Recipient[], interviewers: readonly Interviewer[]): Interviewer[] {
  return interviewers.filter((p) => recipients.some((r) => isPerson(r, p)));
}

/** Levenshtein distance, or `max + 1` as soon as it must exceed `max`. Inputs are short (names). */
export function editDistance(x: string, y: string, max: number): number {
  if (Math.abs(x.length - y.length) > max) return max + 1;
  if (x.length > 60 || y.length > 60) return x === y ? 0 : max + 1;
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= y.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[y.length]!;
}

/** How many edits still count as a slip of the same name: none for very short names. */
export const slipAllowance = (name: string): number => (name.length <= 3 ? 0 : name.length <= 6 ? 1 : 2);

/**
 * Whether `written` looks like a misspelling of `saved`: not the same, but the same apart
 * from accents, or the same first letter and within a small edit distance.
 */
export function nearMiss(written: string, saved: string): 'accent' | 'spelling' | null {
  if (written === saved) return null;
  const w = fold(written);
  const s = fold(saved);
  if (w === s) return written.toLowerCase() === saved.toLowerCase() ? null : 'accent';
  if (w[0] !== s[0]) return null;
  const allow = slipAllowance(s);
  if (allow === 0) return null;
  return editDistance(w, s, allow) <= allow ? 'spelling' : null;
}

// A signature line that is a name: one to four capitalised words ("Jordan Avery", "Mei Lin Tan",
// "— Sam"), letters only, nothing after them but a comma or credentials after a comma.
const NAME_LINE_RE = /^(?:[-–—~]\s?)?(\p{Lu}[\p{L}\p{M}'’.-]{0,30}(?: \p{Lu}[\p{L}\p{M}'’.-]{0,30}){0,3})(?:,.{0,40})?$/u;

/** The sender's name as the signature gives it (its first short name line), if any. */
export function signatureName(a: { body: string; segments: { signature?: { start: number; end: number } } }): string | undefined {
  const sig = a.segments.signature;
  if (!sig) return undefined;
  const lines = a.body
    .slice(sig.start, Math.min(sig.end, sig.start + 400))
    .split('\n')
    .slice(0, 3);
  for (const line of lines) {
    const m = NAME_LINE_RE.exec(line.trim());
    if (m) return m[1];
  }
  return undefined;
}
