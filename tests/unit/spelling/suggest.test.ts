import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpellerNode } from '@/lib/platform/spelling/load-node';
import { createSpeller } from '@/lib/core/guidelines/spelling/speller';
import { MAX_SUGGEST_LENGTH, suggestWords } from '@/lib/core/guidelines/spelling/suggest';
import { withPersonalWords } from '@/lib/core/guidelines/spelling/personal';
import type { Speller } from '@/lib/core/guidelines/types';

/** A lookup over a handful of words, as the speller's table would answer. */
function lookupOver(words: string[]) {
  const set = new Set(words);
  return (lower: string, names: boolean) => (set.has(lower) ? lower : names && set.has(lower[0]!.toUpperCase() + lower.slice(1)) ? lower[0]!.toUpperCase() + lower.slice(1) : null);
}

describe('suggestWords on a small list', () => {
  const lookup = lookupOver(['received', 'relieved', 'the', 'ten', 'tech', "don't", 'dent', 'tomorrow', 'really', 'relay', 'London', 'weird', 'wired', 'a']);

  it('finds the words one slip away, swapped neighbours before a changed letter', () => {
    expect(suggestWords('recieved', 3, lookup)).toEqual(['received', 'relieved']);
    expect(suggestWords('teh', 3, lookup)).toEqual(['the', 'ten', 'tech']);
  });

  it('puts a missing apostrophe and a doubled letter first', () => {
    expect(suggestWords('dont', 3, lookup)[0]).toBe("don't");
    expect(suggestWords('realy', 3, lookup)).toEqual(['really', 'relay']);
  });

  it('looks two slips away only when nothing is one away', () => {
    expect(suggestWords('tommorow', 3, lookup)).toEqual(['tomorrow']);
    // "tecj" is one slip from "tech": "the" and "ten", two away, are not offered beside it.
    expect(suggestWords('tecj', 3, lookup)).toEqual(['tech']);
  });

  it('writes each suggestion the way the word was written', () => {
    expect(suggestWords('Recieved', 3, lookup)).toEqual(['Received', 'Relieved']);
    expect(suggestWords('RECIEVED', 3, lookup)).toEqual(['RECEIVED', 'RELIEVED']);
    // A name keeps its capital; for a word in lower case it comes after common words.
    expect(suggestWords('londn', 3, lookup)).toEqual(['London']);
  });

  it('offers at most `limit`, never the word itself or a single letter', () => {
    expect(suggestWords('teh', 2, lookup)).toEqual(['the', 'ten']);
    expect(suggestWords('teh', 0, lookup)).toEqual([]);
    expect(suggestWords('aa', 3, lookup)).toEqual([]);
  });

  it('leaves alone what is not a plain word, or is too long', () => {
    for (const odd of ['', 'x', 'r3cieved', 'follow-upp', 'dana@x.com', 'r'.repeat(MAX_SUGGEST_LENGTH + 1)]) expect(suggestWords(odd, 3, lookup), odd).toEqual([]);
  });
});

describe('the English speller’s suggestions', () => {
  let en: Speller;
  beforeAll(async () => {
    en = await loadSpellerNode();
  });

  it('offers the word meant first for common slips', () => {
    const cases: Record<string, string> = {
      recieved: 'received',
      definately: 'definitely',
      seperate: 'separate',
      accomodate: 'accommodate',
      occured: 'occurred',
      beleive: 'believe',
      intervew: 'interview',
      oppurtunity: 'opportunity',
      enviroment: 'environment',
      apreciate: 'appreciate',
      thnak: 'thank',
      dont: "don't",
      Im: "I'm",
    };
    for (const [typo, meant] of Object.entries(cases)) expect(en.suggest!(typo, 3)[0], typo).toBe(meant);
  });

  it('suggests only words the speller accepts', () => {
    for (const typo of ['recieved', 'teh', 'wierd', 'realy', 'compnay']) {
      const got = en.suggest!(typo, 3);
      expect(got.length, typo).toBeGreaterThan(0);
      for (const s of got) expect(en.correct(s), `${typo} -> ${s}`).toBe(true);
    }
  });

  it('gives the same answer again (from its cache), and a copy the caller may change', () => {
    const first = en.suggest!('recieved', 3);
    first.push('changed');
    expect(en.suggest!('recieved', 3)).toEqual(['received', 'relieved']);
  });

  it('keeps its suggestions under the personal dictionary', () => {
    const personal = withPersonalWords(createSpeller('received\n'), ['Afterview'])!;
    expect(personal.correct('afterview')).toBe(true);
    expect(personal.suggest!('recieved', 3)).toEqual(['received']);
  });
});
