import { describe, expect, it } from 'vitest';
import { jaccard, ngramSet, sharedSpans, textSimilarity, wordList } from '@/lib/core/guidelines/text/ngrams';
import { words } from '@/lib/core/guidelines/text/tokens';

describe('ngrams', () => {
  it('builds distinct word 3-grams, case- and punctuation-insensitive', () => {
    expect([...ngramSet(wordList('Thank you, thank you for the time.'))]).toEqual(['thank you thank', 'you thank you', 'thank you for', 'you for the', 'for the time']);
    expect([...ngramSet(['hello', 'there'])]).toEqual(['hello there']);
    expect(ngramSet([]).size).toBe(0);
  });

  it('computes Jaccard similarity', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set())).toBe(0);
    expect(textSimilarity('I enjoyed our talk about the data platform.', 'I enjoyed our talk about the data platform!')).toBe(1);
    expect(textSimilarity('I enjoyed our talk about the data platform.', 'Your roadmap for billing looks ambitious and clear.')).toBe(0);
  });

  it('finds the stretches two texts share', () => {
    const text = 'Thanks for the tour of the new lab today, it was great.';
    const other = ngramSet(wordList('I loved the tour of the new lab and the people.'));
    const spans = sharedSpans(words(text), other);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['the tour of the new lab']);
  });
});
