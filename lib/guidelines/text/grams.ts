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

/**
 * `text.includes(literal)`. A literal that opens with a space is searched from its next
 * character: a search keyed on a character as common as the space stops every few characters,
 * one keyed on a letter runs many times faster.
 */
export function containsLiteral(text: string, literal: string): boolean {
  if (literal.length < 2 || literal.charCodeAt(0) !== 32) return text.includes(literal);
  const rest = literal.slice(1);
  for (let at = text.indexOf(rest, 1); at > 0; at = text.indexOf(rest, at + 1)) if (text.charCodeAt(at - 1) === 32) return true;
  return false;
}

/** `text.includes(literal)`, ruled out first by the bitmap of `g` (built from `text`, or from a text that holds it). */
export const holds = (g: Grams, text: string, literal: string): boolean => g.mayHold(literal) && containsLiteral(text, literal);
