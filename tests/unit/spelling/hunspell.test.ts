import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { beforeAll, describe, expect, it } from 'vitest';
import { expandHunspell, parseAff } from '../../../lib/core/guidelines/spelling/hunspell';
import { createSpeller } from '../../../lib/core/guidelines/spelling/speller';
import { EXTRA_WORDS } from '../../../lib/core/guidelines/spelling/extra-words';
import { GENERATED_WORD_LIST } from '../../../lib/platform/spelling/load-node';

const AFF = `SET UTF-8
ONLYINCOMPOUND c
NEEDAFFIX n
PFX U Y 1
PFX U   0     un         .
SFX S Y 2
SFX S   y     ies        [^aeiou]y
SFX S   0     s          [^y]
SFX D N 2
SFX D   0     d          e
SFX D   0     ed         [^e]
`;

describe('expandHunspell on a small dictionary', () => {
  const words = expandHunspell(AFF, '5\ncopy/SU\nbake/DS\nlock/UDS\n1th/c\nkempt/nU\n');

  it('applies suffixes with their conditions and strip strings', () => {
    expect(words).toEqual(expect.arrayContaining(['copy', 'copies', 'bake', 'baked', 'bakes', 'lock', 'locked', 'locks']));
    expect(words).not.toContain('copys');
    expect(words).not.toContain('bakeed');
  });

  it('combines prefixes with suffixes only when both allow it', () => {
    expect(words).toEqual(expect.arrayContaining(['uncopy', 'uncopies', 'unlock', 'unlocks']));
    // D is not cross-product, so "unlocked" is not generated from "lock".
    expect(words).not.toContain('unlocked');
  });

  it('drops compound-only and digit entries, and bare stems that need an affix', () => {
    expect(words).not.toContain('1th');
    expect(words).not.toContain('kempt');
    expect(words).toContain('unkempt');
  });

  it('returns a sorted list without duplicates', () => {
    expect([...words].sort()).toEqual(words);
    expect(new Set(words).size).toBe(words.length);
  });

  it('refuses directives it does not implement', () => {
    expect(() => parseAff('FLAG long\n')).toThrow(/FLAG/);
    expect(() => parseAff('SFX A Y 1\nSFX A 0 s/B .\n')).toThrow(/continuation/);
  });
});

describe('expandHunspell on dictionary-en', () => {
  let aff = '';
  let dic = '';
  let words: string[] = [];
  beforeAll(async () => {
    const dir = dirname(createRequire(import.meta.url).resolve('dictionary-en'));
    [aff, dic] = await Promise.all([readFile(join(dir, 'index.aff'), 'utf8'), readFile(join(dir, 'index.dic'), 'utf8')]);
    words = expandHunspell(aff, dic);
  });

  it('accepts exactly the word forms nspell accepts', () => {
    const reference = nspell({ aff, dic });
    expect(words.length).toBeGreaterThan(100_000);
    // Every 37th word of the list, and a set of near misses.
    for (let i = 0; i < words.length; i += 37) expect(reference.correct(words[i]!), words[i]).toBe(true);
    const mine = createSpeller(words);
    for (const w of ['recieve', 'intervew', 'oppurtunity', 'definately', 'unlocked', 'reinterview', 'interviewed', 'interviewing']) {
      expect(mine.correct(w), w).toBe(reference.correct(w));
    }
  });

  it('matches the generated word list when one has been built', async () => {
    const built = await readFile(GENERATED_WORD_LIST, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined; // not generated in this checkout
      throw error;
    });
    if (built === undefined) return;
    expect(built).toBe(words.join('\n') + '\n');
  });

  it('lacks every extra word, so that the extra list only adds', () => {
    const base = createSpeller(words);
    expect(EXTRA_WORDS.filter((w) => base.correct(w))).toEqual([]);
    const extended = createSpeller(words, EXTRA_WORDS);
    expect(EXTRA_WORDS.filter((w) => !extended.correct(w))).toEqual([]);
  });
});
