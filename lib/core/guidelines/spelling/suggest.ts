/**
 * Spelling suggestions for a word the dictionary does not know: the dictionary words one
 * edit away (a letter dropped, added, changed, or two neighbours swapped), or two edits
 * away when none is one away. No frequency list ships with the dictionary, so candidates
 * are ranked by how likely the slip is: swapped neighbours and a doubled or undoubled
 * letter first, then a vowel for a vowel or a key next to the right one, then the rest.
 * Pure and synchronous: `lookup` answers from the word table.
 */

/**
 * Finds the form in which the dictionary holds a lower-case candidate: as written, or with
 * `names`, capitalised ("london" -> "London"); null when it holds neither.
 */
export type FormLookup = (lower: string, names: boolean) => string | null;

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
// An added apostrophe mends "dont" and "Im".
const INSERTABLE = `${LETTERS}'`;
const VOWELS = 'aeiouy';
const QWERTY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Keys beside each letter on a QWERTY keyboard, same row and the rows above and below. */
const NEAR: Record<string, string> = (() => {
  const out: Record<string, string> = {};
  QWERTY_ROWS.forEach((row, r) => {
    for (let i = 0; i < row.length; i++) {
      const near = [row[i - 1], row[i + 1], QWERTY_ROWS[r - 1]?.[i], QWERTY_ROWS[r - 1]?.[i + 1], QWERTY_ROWS[r + 1]?.[i], QWERTY_ROWS[r + 1]?.[i - 1]];
      out[row[i]!] = near.filter(Boolean).join('');
    }
  });
  return out;
})();

// What each kind of slip costs: the lower, the likelier.
// A missing apostrophe ("dont") is the commonest slip of all; a letter doubled or undoubled
// ("realy", "untill") comes just before two letters swapped ("wierd").
const COST = { apostrophe: 0.8, double: 0.9, swap: 1, vowel: 1.2, nearKey: 1.3, drop: 1.5, add: 1.5, change: 1.7 } as const;
/** Slips on the first letter are rarer than later ones. */
const FIRST_LETTER = 0.3;
/** A name ("London") offered for a word written in lower case is a less likely fix than a common word. */
const PROPER_NOUN = 0.4;

/** Words longer than this are left alone: the edits grow with the length, and long unknown words are mostly jargon. */
export const MAX_SUGGEST_LENGTH = 24;
/** Two slips are looked for up to this length only: the candidates grow with the square of it. */
const MAX_TWO_SLIP_LENGTH = 10;

type Visit = (candidate: string, cost: number) => void;

/** The strings one edit from `word`, each with its cost; `all: false` only drops and swaps (the cheap edits to generate). */
function edits(word: string, visit: Visit, all: boolean): void {
  const n = word.length;
  for (let i = 0; i <= n; i++) {
    const head = word.slice(0, i);
    const first = i === 0 ? FIRST_LETTER : 0;
    const ch = word[i];
    if (ch !== undefined) {
      const tail = word.slice(i + 1);
      // Dropping one of two equal letters ("untill") is the likeliest drop.
      visit(head + tail, (ch === word[i - 1] || ch === word[i + 1] ? COST.double : COST.drop) + first);
      const next = word[i + 1];
      if (next !== undefined && next !== ch) visit(head + next + ch + word.slice(i + 2), COST.swap);
      if (all) {
        const vowel = VOWELS.includes(ch);
        const near = NEAR[ch] ?? '';
        for (const c of LETTERS) {
          if (c === ch) continue;
          const cost = vowel && VOWELS.includes(c) ? COST.vowel : near.includes(c) ? COST.nearKey : COST.change;
          visit(head + c + tail, cost + first);
        }
      }
    }
    if (all) {
      const rest = word.slice(i);
      for (const c of INSERTABLE) {
        // An apostrophe never opens a word, and a letter added twice in a row is the likeliest addition ("ocured").
        if (c === "'" && (i === 0 || i === n)) continue;
        visit(head + c + rest, (c === "'" ? COST.apostrophe : c === word[i - 1] || c === ch ? COST.double : COST.add) + first);
      }
    }
  }
}

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** How the word is written, so the suggestions are written the same way. */
function shapeOf(word: string): 'lower' | 'capital' | 'upper' {
  const lower = word.toLowerCase();
  if (word === lower) return 'lower';
  if (word.length > 1 && word === word.toUpperCase()) return 'upper';
  return word.slice(1) === lower.slice(1) ? 'capital' : 'lower';
}

/**
 * Up to `limit` dictionary words the user probably meant by `word`, the likeliest first,
 * written in the word's case ("Recieved" -> "Received"). Empty for what is not a plain word
 * (digits, hyphens, other marks) or is too long.
 */
export function suggestWords(word: string, limit: number, lookup: FormLookup): string[] {
  const written = word.replace(/[’‘ʼ]/g, "'");
  if (limit <= 0 || written.length < 2 || written.length > MAX_SUGGEST_LENGTH || !/^\p{L}[\p{L}']*$/u.test(written)) return [];
  const shape = shapeOf(written);
  const lower = written.toLowerCase();
  const found = new Map<string, number>();
  const consider = (candidate: string, cost: number, names = true): void => {
    // One letter is never a suggestion ("a", "I" are the pronoun and article checks' business).
    if (candidate.length < 2 || candidate === lower) return;
    const form = lookup(candidate, names);
    if (form === null) return;
    const total = cost + (shape === 'lower' && form !== candidate ? PROPER_NOUN : 0);
    const was = found.get(form);
    if (was === undefined || total < was) found.set(form, total);
  };
  edits(lower, consider, true);
  if (found.size === 0 && lower.length <= MAX_TWO_SLIP_LENGTH) {
    // Two slips, one of them a drop or a swap (then any edit after it): that covers the usual
    // ones ("tommorow": a letter undoubled and another doubled) at a few thousand lookups.
    // Names are not looked for this far.
    edits(lower, (c, cost) => edits(c, (c2, cost2) => consider(c2, cost + cost2, false), true), false);
  }
  const ranked = [...found]
    .sort(([a, x], [b, y]) => x - y || Math.abs(a.length - lower.length) - Math.abs(b.length - lower.length) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([form]) => (shape === 'upper' ? form.toUpperCase() : shape === 'capital' ? capitalise(form) : form));
  return [...new Set(ranked)].filter((s) => s !== written).slice(0, limit);
}
