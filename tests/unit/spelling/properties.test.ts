import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, it } from 'vitest';
import type { Speller } from '../../../lib/core/guidelines/types';
import { loadSpellerNode } from '../../../lib/platform/spelling/load-node';
import { expandHunspell } from '../../../lib/core/guidelines/spelling/hunspell';
import { EXTRA_WORDS } from '../../../lib/core/guidelines/spelling/extra-words';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

describe('speller properties over the real dictionary', () => {
  let en: Speller;
  let lower: string[] = [];
  let capitalised: string[] = [];
  beforeAll(async () => {
    en = await loadSpellerNode();
    const dir = dirname(createRequire(import.meta.url).resolve('dictionary-en'));
    const list = expandHunspell(await readFile(join(dir, 'index.aff'), 'utf8'), await readFile(join(dir, 'index.dic'), 'utf8'));
    const all = new Set(list);
    lower = list.filter((w) => w === w.toLowerCase());
    // The extra list adds some names in lower case on purpose ("linux", "kafka", "grey"): those are left out.
    const extraLower = new Set(EXTRA_WORDS.filter((w) => w === w.toLowerCase()));
    capitalised = list.filter((w) => /^[A-Z][a-z]+$/.test(w) && !all.has(w.toLowerCase()) && !extraLower.has(w.toLowerCase()));
  });

  it('accepts a lower-case entry as written, capitalised and in capitals', () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        const w = lower[n % lower.length]!;
        return en.correct(w) && en.correct(w[0]!.toUpperCase() + w.slice(1)) && en.correct(w.toUpperCase());
      }),
      { numRuns: 500 },
    );
  });

  it('accepts a capitalised-only entry as written but not in lower case', () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        const w = capitalised[n % capitalised.length]!;
        return en.correct(w) && !en.correct(w.toLowerCase());
      }),
      { numRuns: 300 },
    );
  });

  it('rejects a known word with "qx" (a pair no English word contains) pushed into it', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (n, at) => {
        const w = lower[n % lower.length]!;
        const i = 1 + (at % Math.max(1, w.length - 1));
        return !en.correct(w.slice(0, i) + 'qx' + w.slice(i));
      }),
      { numRuns: 300 },
    );
  });

  it('answers every string without throwing, and the same way twice', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        const first = en.correct(s);
        return typeof first === 'boolean' && en.correct(s) === first;
      }),
      { numRuns: 1000 },
    );
  });
});
