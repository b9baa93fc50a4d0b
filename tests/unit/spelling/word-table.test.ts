import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordTable } from '../../../lib/core/guidelines/spelling/word-table';

describe('WordTable', () => {
  it('finds exactly the lines of its text', () => {
    const table = new WordTable('apple\nbanana\nBanana\ncherry pie\n\nd');
    for (const w of ['apple', 'banana', 'Banana', 'cherry pie', 'd']) expect(table.has(w), w).toBe(true);
    for (const w of ['', 'appl', 'apples', 'BANANA', 'cherry', 'pie', '\n', 'apple\nbanana']) expect(table.has(w), w).toBe(false);
    expect(table.size).toBe(5);
  });

  it('treats Windows line endings as line ends, not as part of a word', () => {
    const table = new WordTable('one\r\ntwo\r\nthree\r');
    expect(table.has('one')).toBe(true);
    expect(table.has('two')).toBe(true);
    expect(table.has('three')).toBe(true);
    expect(table.has('one\r')).toBe(false);
  });

  it('reports the words with an inner capital', () => {
    const seen: string[] = [];
    new WordTable('iPhone\nLondon\nLinkedIn\nhello\nÉcole\nmcÉcole', { onInnerCapital: (w) => seen.push(w) });
    expect(seen).toEqual(['iPhone', 'LinkedIn', 'mcÉcole']);
  });

  it('agrees with a Set on arbitrary word lists and queries', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'A', 'é', "'", '-'), maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), fc.array(word, { maxLength: 30 }), (list, queries) => {
        const table = new WordTable(list.join('\n'));
        const set = new Set(list.filter(Boolean));
        return [...list, ...queries].every((q) => table.has(q) === set.has(q));
      }),
      { numRuns: 300 },
    );
  });
});
