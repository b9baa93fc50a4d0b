/**
 * The user's personal dictionary on top of the packaged speller: a word the user added is
 * correct in any case ("dbt" also accepts "Dbt" at the start of a sentence and "DBT").
 */
import type { Speller } from '../types';

export function withPersonalWords(speller: Speller | undefined, words: readonly string[]): Speller | undefined {
  if (!speller || words.length === 0) return speller;
  const known = new Set(words.map((w) => w.toLowerCase()));
  return {
    correct: (word) => known.has(word.toLowerCase()) || speller.correct(word),
    ...(speller.suggest ? { suggest: speller.suggest.bind(speller) } : {}),
  };
}
