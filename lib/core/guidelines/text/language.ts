/**
 * A small language guess over the user's own prose (greeting, main text and sign-off; never
 * the signature or the quoted history): the share of frequent English function words
 * against the share of frequent function words of the other languages job seekers most
 * often write in. English prose sits around 40 % English function words. A short draft is
 * taken for English unless it is clearly written in another language or script, so that a
 * two-line English note still gets every English wording check.
 */
import type { Token } from './tokens';

const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the a an and or but of to in on at for with from by about as into over after before ' +
    'i me my you your we our us they them their he she his her it its this that these those ' +
    'is are was were be been being am have has had do does did will would can could should may might ' +
    'not no so if than then there here what which who when where why how all any some more most very ' +
    "just also again thank thanks please i'm i've i'd i'll it's don't"
  ).split(' '),
);

// Function words of Spanish, French, German, Portuguese, Italian and Dutch that are not English words.
const OTHER_FUNCTION_WORDS = new Set(
  (
    'el la los las del al un una unos unas y o de que en por para con sin su sus es son está estoy muy gracias usted ustedes ' +
    'le les des du et est sont je vous nous avec pour dans sur pas une ce cette mais très merci votre vos ' +
    'der die das den dem des und ist sind ich sie wir mit für auf nicht ein eine einen einem sehr vielen dank ihr ihnen ihre ' +
    'os as um uma com não são obrigado obrigada você muito ' +
    'il lo gli di che per non sono una grazie molto ' +
    'het een van en ik zijn niet met voor op dank bedankt'
  ).split(' '),
);

export type Language = 'en' | 'other' | 'unknown';

const LATIN_WORD_RE = /^[\p{Script=Latin}\p{N}'’-]+$/u;

/** `LATIN_WORD_RE.test(w)`, read with a loop while the word is ASCII (where Latin letters are A-Z, a-z and numbers 0-9). */
function latinWord(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 127) return LATIN_WORD_RE.test(w);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 45)) return false;
  }
  return true;
}

export function guessLanguage(tokens: readonly Token[]): Language {
  const sample = tokens.length > 400 ? tokens.slice(0, 400) : tokens;
  if (sample.length === 0) return 'unknown';
  let latin = 0;
  let english = 0;
  let other = 0;
  for (const t of sample) {
    if (latinWord(t.text)) latin++;
    if (ENGLISH_FUNCTION_WORDS.has(t.lower)) english++;
    else if (OTHER_FUNCTION_WORDS.has(t.lower)) other++;
  }
  // Text mostly in another script (Japanese, Arabic, Cyrillic...) is not English at any length.
  if (latin / sample.length < 0.5) return 'other';
  // Short text: English unless another language's function words clearly outnumber English ones.
  if (sample.length < 15) return other >= 2 && other > english ? 'other' : 'en';
  const en = english / sample.length;
  if (en >= 0.18) return 'en';
  // Few English function words: English still, unless another language shows more of its own,
  // or the text has almost none of either (a language neither list knows).
  if (other > english) return 'other';
  return en >= 0.06 ? 'en' : 'other';
}
