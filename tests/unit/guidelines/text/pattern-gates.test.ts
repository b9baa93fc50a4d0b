/**
 * The cheap tests that let the engine skip a pattern must never skip one that would match:
 * each is checked against its plain definition on generated text, Unicode and all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsLiteral, grams, holds } from '@/lib/core/guidelines/text/grams';
import { APOLOGY_NEEDS, APOLOGY_RE, CUES, mayHoldOne } from '@/lib/core/guidelines/rules/needy-tone';

// Text made of the pieces that matter here: spaces, letters of both cases, joiners, and
// characters whose lower case is ASCII or longer ("İ", the Kelvin sign).
const piece = fc.constantFrom(' ', '  ', 'a', 'A', 'need', 'Need', 'NEED', 'x', 'X', '-', "'", '_', '\n', 'é', 'İ', '\u212a', 'k', '1', '.', 'ed');
const text = fc.array(piece, { maxLength: 40 }).map((p) => p.join(''));

describe('containsLiteral', () => {
  it('answers as includes does, for literals that open with a space and for others', () => {
    fc.assert(
      fc.property(text, text, (haystack, tail) => {
        for (const literal of [` ${tail}`, tail, ` ${tail.trimStart()}`, ' ']) {
          expect(containsLiteral(haystack, literal)).toBe(haystack.includes(literal));
          expect(holds(grams(haystack), haystack, literal)).toBe(haystack.includes(literal));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('finds a space-led literal at the very end and refuses one glued to a word', () => {
    expect(containsLiteral('meet Dana Doe', ' Doe')).toBe(true);
    expect(containsLiteral('meet DanaDoe', ' Doe')).toBe(false);
    expect(containsLiteral('Doe', ' Doe')).toBe(false);
  });
});

describe('lower-casing before a literal search', () => {
  it('keeps every ASCII literal a case-insensitive pattern without the u flag finds', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('need', 'x', 'ed', 'a', 'k', '1', 'need x'), (haystack, literal) => {
        if (new RegExp(literal, 'i').test(haystack)) expect(haystack.toLowerCase().includes(literal)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

/**
 * A pattern loosened for fast-check's `stringMatching`, which knows neither word boundaries nor
 * lookarounds: without them it matches more strings, never fewer, so a gate that lets every
 * string of the loosened pattern through lets every match of the real one through too.
 */
function loosened(re: RegExp): RegExp {
  let source = re.source.replace(/\\b/g, '');
  // Drop the lookarounds (none of ours nests parentheses inside one).
  source = source.replace(/\(\?<?[!=][^()]*\)/g, '');
  return new RegExp(`^(?:${source})$`);
}

// Random case for the ASCII letters of a string: the patterns are case-insensitive.
const randomCase = (s: string, flips: boolean[]): string => [...s].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c)).join('');

describe('needy-tone skips a pattern only when it cannot match', () => {
  const cues = [...CUES.map((c) => ({ re: c.re, needs: c.needs })), { re: APOLOGY_RE, needs: APOLOGY_NEEDS }];
  it.each(cues.map((c, i) => [i, c] as const))('cue %i: every match holds one of its needed words', (_, cue) => {
    fc.assert(
      fc.property(fc.stringMatching(loosened(cue.re)), fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }), (match, flips) => {
        const written = randomCase(match, flips);
        const lower = written.toLowerCase();
        expect(mayHoldOne(grams(lower), lower, cue.needs)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
