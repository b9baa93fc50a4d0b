// @vitest-environment node
// The backup checksum covers our canonical JSON (lib/core/notes/backup.ts). RFC 8785 (the JSON
// Canonicalization Scheme) is the standard for such a text; `canonicalize` implements it and is
// the oracle here, not a dependency of the extension: it throws on a lone surrogate, which pasted
// notes can hold and a backup must still export, and it asks for Node 22. On every value RFC 8785
// accepts, the two must write the same text, so a backup's checksum is a JCS checksum.
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@/lib/core/notes/backup';

/** JSON values as RFC 8785 takes them: well-formed strings (keys included), finite numbers. */
const jcsValue = fc.jsonValue({ maxDepth: 6 }).filter(isWellFormedDeep);

function isWellFormedDeep(v: unknown): boolean {
  if (typeof v === 'string') return v.isWellFormed();
  if (Array.isArray(v)) return v.every(isWellFormedDeep);
  if (v && typeof v === 'object') return Object.entries(v).every(([k, x]) => k.isWellFormed() && isWellFormedDeep(x));
  return true;
}

describe('canonical JSON', () => {
  it('is RFC 8785 text for every value the RFC accepts (property, against an implementation of it)', () => {
    fc.assert(
      fc.property(jcsValue, (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 2_000, seed: 8785 },
    );
  });

  it('orders keys by UTF-16 code units (a surrogate pair before a letter above it), numbers in their shortest form, escapes', () => {
    const value = {
      '\u20ac': 'a currency sign',
      '\r': 'a control character',
      '\ufb33': 'a letter past the BMP surrogates',
      '1': 'a digit',
      '\ud83d\ude00': 'a surrogate pair',
      '\u0080': 'a C1 control',
      '\u00f6': 'an accented letter',
    };
    expect(canonicalJson(value)).toBe(canonicalize(value));
    const numbers = [Number('333333333.33333329'), 1e30, 4.5, 2e-3, 0.000001, 1e-7, -0, Number('9007199254740993'), 1e21];
    expect(canonicalJson(numbers)).toBe(canonicalize(numbers));
    expect(canonicalJson(numbers)).toBe('[333333333.3333333,1e+30,4.5,0.002,0.000001,1e-7,0,9007199254740992,1e+21]');
    expect(canonicalJson({ s: '\u2028\u0007"\\/' })).toBe(canonicalize({ s: '\u2028\u0007"\\/' }));
  });

  it('still writes a note with a lone surrogate, where RFC 8785 refuses it (a backup of pasted text must not fail)', () => {
    const note = { notes: 'pasted \ud83d half an emoji' };
    expect(() => canonicalize(note)).toThrow();
    expect(canonicalJson(note)).toBe('{"notes":"pasted \\ud83d half an emoji"}');
  });
});
