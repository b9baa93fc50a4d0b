/**
 * A cheap, one-sided test of whether a text may contain a literal: the text's three-character
 * windows are hashed into a bitmap once, and a literal is ruled out when one of its windows was
 * never seen. `false` is certain (the text does not contain the literal); `true` only means
 * "maybe", so callers still confirm with `includes`. One pass over the text, no allocation per
 * literal: cheaper than dozens of `includes` over the whole text when most literals are absent.
 */
export interface Grams {
  /** False only when `text.includes(literal)` is false. */
  mayHold(literal: string): boolean;
}

const BITS = 1 << 15;
const hash = (a: number, b: number, c: number): number => ((a & 31) << 10) | ((b & 31) << 5) | (c & 31);

export function grams(text: string): Grams {
  const map = new Uint32Array(BITS >>> 5);
  const n = text.length;
  if (n >= 3) {
    let a = text.charCodeAt(0);
    let b = text.charCodeAt(1);
    for (let i = 2; i < n; i++) {
      const c = text.charCodeAt(i);
      const h = hash(a, b, c);
      map[h >>> 5]! |= 1 << (h & 31);
      a = b;
      b = c;
    }
  }
  return {
    mayHold(literal: string): boolean {
      const m = literal.length;
      if (m > n) return false;
      for (let i = 2; i < m; i++) {
        const h = hash(literal.charCodeAt(i - 2), literal.charCodeAt(i - 1), literal.charCodeAt(i));
        if ((map[h >>> 5]! & (1 << (h & 31))) === 0) return false;
      }
      return true;
    },
  };
}

// English letters from the rarest to the most common (space last): a search keyed on a rare
// character stops seldom, one keyed on "e" or a space stops every few characters.
const RARITY = ' etaoinshrdlcumwfgypbvkjxqz';
const splits = new Map<string, { head: string; rest: string }>();

/** The literal cut before its rarest character (unknown characters count as rare). */
function splitAtRarest(literal: string): { head: string; rest: string } {
  let split = splits.get(literal);
  if (split === undefined) {
    let at = 0;
    let best = -1;
    for (let i = 0; i < literal.length; i++) {
      const r = RARITY.indexOf(literal[i]!);
      const rank = r < 0 ? RARITY.length : r;
      if (rank > best) {
        best = rank;
        at = i;
      }
    }
    split = { head: literal.slice(0, at), rest: literal.slice(at) };
    if (splits.size > 10_000) splits.clear();
    splits.set(literal, split);
  }
  return split;
}

/**
 * `text.includes(literal)`, searched from the literal's rarest character: the part from there is
 * found first, then the part before it is compared in place. (Much faster than `includes` for
 * literals that open with a space or a common letter.)
 */
export function containsLiteral(text: string, literal: string): boolean {
  if (literal.length < 2) return text.includes(literal);
  const { head, rest } = splitAtRarest(literal);
  if (head.length === 0) return text.includes(literal);
  for (let at = text.indexOf(rest, head.length); at >= 0; at = text.indexOf(rest, at + 1)) if (text.startsWith(head, at - head.length)) return true;
  return false;
}

/** `text.includes(literal)`, ruled out first by the bitmap of `g` (built from `text`, or from a text that holds it). */
export const holds = (g: Grams, text: string, literal: string): boolean => g.mayHold(literal) && containsLiteral(text, literal);
