/**
 * The cheap tests that let the engine skip a pattern must never skip one that would match:
 * each is checked against its plain definition on generated text, Unicode and all.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { containsLiteral, grams, holds } from '@/lib/guidelines/text/grams';
import { asciiWordSet, holdsAnyWord } from '@/lib/guidelines/text/word-set';

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

describe('asciiWordSet', () => {
  it('holds every ASCII word a case-insensitive pattern finds between word boundaries', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('need', 'x', 'ed', 'a', 'k', '1'), (haystack, word) => {
        const re = new RegExp(`\\b${word}\\b`, 'i');
        if (re.test(haystack)) expect(holdsAnyWord(asciiWordSet(haystack), [word])).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads words in lower case, within the span asked for', () => {
    expect([...asciiWordSet('I NEED this-Job, now.')]).toEqual(['i', 'need', 'this', 'job', 'now']);
    expect([...asciiWordSet('one two three', 4, 7)]).toEqual(['two']);
    // "İ" lower-cases to "i" and a combining dot: it must not join "need" to a longer word.
    expect(asciiWordSet('needİ').has('need')).toBe(true);
  });
});
