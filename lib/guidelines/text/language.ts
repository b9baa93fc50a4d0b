/**
 * A small language guess: the share of the most frequent English function words among
 * the first words of the text. English prose sits around 40 %; German, Spanish, French
 * and Portuguese prose stays well under 15 %. Good enough to keep English wording rules
 * from judging a draft written in another language.
 */
import type { Token } from './tokens';

const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the a an and or but of to in on at for with from by about as into over after before ' +
    'i me my you your we our us they them their he she his her it its this that these those ' +
    'is are was were be been being am have has had do does did will would can could should may might ' +
    'not no so if than then there here what which who when where why how all any some more most very ' +
    'just also again thank thanks please'
  ).split(' '),
);

export type Language = 'en' | 'other' | 'unknown';

export function guessLanguage(tokens: readonly Token[]): Language {
  const sample = tokens.length > 400 ? tokens.slice(0, 400) : tokens;
  let latin = 0;
  let english = 0;
  for (const t of sample) {
    if (/^[\p{Script=Latin}\p{N}'’-]+$/u.test(t.text)) latin++;
    if (ENGLISH_FUNCTION_WORDS.has(t.lower)) english++;
  }
  // Text mostly in another script (Japanese, Arabic, Cyrillic...) is not English at any length.
  if (sample.length > 0 && latin / sample.length < 0.5) return 'other';
  if (sample.length < 6) return 'unknown';
  return english / sample.length >= 0.18 ? 'en' : 'other';
}
