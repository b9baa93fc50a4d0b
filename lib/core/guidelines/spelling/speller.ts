/**
 * A spell checker built from a flat word list (see `hunspell.ts` and
 * `scripts/build-dictionary.mjs`): loading is one pass over the text (`word-table.ts`),
 * every answer is then a few hash lookups, and answers are cached. Pure and
 * synchronous: no I/O happens here.
 */
import type { Speller } from '@/lib/core/guidelines/types';
import { suggestWords } from './suggest';
import { WordTable } from './word-table';

/** How many answers are remembered before the cache starts afresh. */
const CACHE_LIMIT = 20_000;
/** Suggestions are asked for the few flagged words of a draft, again at every keystroke: a small cache serves them. */
const SUGGESTION_CACHE_LIMIT = 500;

/**
 * Short forms that only make sense as the first part of a hyphenated word
 * ("co-founder", "pre-screen", "non-profit"); Hunspell en_US lacks some as words.
 */
const HYPHEN_PREFIXES = new Set([
  'anti',
  'co',
  'cross',
  'de',
  'e',
  'ex',
  'inter',
  'intra',
  'mid',
  'multi',
  'non',
  'over',
  'post',
  'pre',
  'pro',
  're',
  'self',
  'semi',
  'sub',
  'super',
  'trans',
  'un',
  'under',
  'mis',
  'micro',
  'macro',
  'meta',
  'mini',
  'neo',
  'para',
  'peri',
  'pseudo',
  'ultra',
  'hyper',
  'auto',
  'bio',
  'eco',
  'geo',
  'tele',
  'cyber',
  'omni',
  'poly',
  'mono',
  'uni',
  'bi',
  'tri',
  'quasi',
  'counter',
  'extra',
  'infra',
  'dis',
  'out',
]);

const APOSTROPHES = /[’‘ʼ`´]/g;
const HAS_DIGIT = /\d/;
const ORDINAL = /^\d*?(\d?)(\d)(st|nd|rd|th)$/i;
const ALPHANUMERIC = /^[\p{L}\p{N}]+$/u;

function ordinalSuffix(tens: string, units: string): string {
  if (tens === '1') return 'th';
  return units === '1' ? 'st' : units === '2' ? 'nd' : units === '3' ? 'rd' : 'th';
}

/**
 * Tokens that contain a digit: plain numbers, years, times ("10am"), decades ("1990s")
 * and codes ("Q3", "B2B") are accepted, as most spell checkers do; only ordinals are
 * judged, so that "3th" or "21th" fail.
 */
function numberIsCorrect(word: string): boolean {
  const ordinal = ORDINAL.exec(word);
  if (ordinal) return ordinal[3]!.toLowerCase() === ordinalSuffix(ordinal[1]!, ordinal[2]!);
  return ALPHANUMERIC.test(word);
}

const isUpper = (c: string): boolean => c !== c.toLowerCase() && c === c.toUpperCase();

/**
 * @param wordList the accepted words, one per line (or any iterable of words), each in
 *   its dictionary case: a lower-case entry is accepted capitalised or in capitals too,
 *   a capitalised one ("London") is not accepted in lower case.
 * @param extraWords more words to accept, with the same case rules.
 */
export function createSpeller(wordList: string | Iterable<string>, extraWords: Iterable<string> = []): Speller {
  // Entries such as "iPhone" or "LinkedIn" are also right in capitals ("LINKEDIN"),
  // which neither lower-casing nor capitalising the query would find.
  const shouted = new Set<string>();
  const onInnerCapital = (word: string) => shouted.add(word.toUpperCase());
  const table = new WordTable(typeof wordList === 'string' ? wordList : [...wordList].join('\n'), { onInnerCapital });
  // The extra words are few: they go through the same table code for the same rules.
  const extras = new WordTable([...extraWords].map((w) => w.replace(APOSTROPHES, "'")).join('\n'), { onInnerCapital });
  const known = { has: (word: string): boolean => table.has(word) || extras.has(word) };

  const cache = new Map<string, boolean>();

  /** One word without hyphens or digits, apostrophes already straight. */
  function simple(word: string): boolean {
    if (known.has(word)) return true;
    const lower = word.toLowerCase();
    if (lower === word) return false;
    const first = word[0]!;
    const rest = word.slice(1);
    if (isUpper(first) && rest === rest.toLowerCase()) {
      // "Hello" at the start of a sentence.
      return known.has(lower);
    }
    if (word === word.toUpperCase()) {
      // "HELLO", "LONDON", "IPHONE".
      return known.has(lower) || known.has(first + rest.toLowerCase()) || shouted.has(word);
    }
    return false;
  }

  function part(word: string): boolean {
    if (!word) return false;
    if (HAS_DIGIT.test(word)) return numberIsCorrect(word);
    if (simple(word)) return true;
    // A possessive of a known word ("Afterview's" when "Afterview" is known).
    if (word.length > 2 && /'[sS]$/.test(word)) return simple(word.slice(0, -2));
    return false;
  }

  function check(raw: string): boolean {
    const word = raw.replace(APOSTROPHES, "'");
    if (!word) return false;
    if (part(word)) return true;
    if (!word.includes('-')) return false;
    // Hyphenated compounds ("follow-up", "data-driven"): every part must be right.
    const parts = word.split('-');
    const last = parts.length - 1;
    return parts.every(
      (p, i) =>
        part(p) ||
        (i === 0 && parts.length > 1 && HYPHEN_PREFIXES.has(p.toLowerCase())) ||
        // A compound made a noun takes the plural at its end: "twelve-year-olds", "check-ins".
        (i === last && i > 0 && p.length > 2 && /[^s]s$/i.test(p) && part(p.slice(0, -1))),
    );
  }

  const suggestions = new Map<string, string[]>();
  // The form the table holds a lower-case candidate in: as is, or capitalised for a name.
  const formOf = (lower: string, names: boolean): string | null => {
    if (known.has(lower)) return lower;
    if (!names) return null;
    const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
    return capital !== lower && known.has(capital) ? capital : null;
  };

  return {
    suggest(word: string, limit: number): string[] {
      const key = `${limit}\u0000${word}`;
      let answer = suggestions.get(key);
      if (answer === undefined) {
        answer = suggestWords(word, limit, formOf);
        if (suggestions.size >= SUGGESTION_CACHE_LIMIT) suggestions.clear();
        suggestions.set(key, answer);
      }
      return [...answer];
    },
    correct(word: string): boolean {
      let answer = cache.get(word);
      if (answer === undefined) {
        answer = check(word);
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(word, answer);
      }
      return answer;
    },
  };
}
