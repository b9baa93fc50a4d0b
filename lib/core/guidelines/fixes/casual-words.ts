/**
 * Fixes for the `casual-language` check: a texting word or slang replaced by its plain
 * form, "Hey" by a greeting, a word in capitals put in lower case, a run of "!!!" cut to
 * one. Emojis and single exclamation marks are left to the user: removing them well
 * depends on the sentence around them.
 */
import { capitalise, opensSentence, startsWithCapital } from './letter-case';
import { changeTo, replaceWith, type Fix, type RangeFixer } from './types';

// The plain words for each casual one, the likeliest first. Only words whose meaning does
// not depend on the sentence: "ur" (your or you're) is left out.
const PLAIN: Record<string, readonly string[]> = {
  thx: ['thanks', 'thank you'],
  thnx: ['thanks', 'thank you'],
  thanx: ['thanks', 'thank you'],
  thnks: ['thanks', 'thank you'],
  ty: ['thank you'],
  tysm: ['thank you so much'],
  gonna: ['going to'],
  wanna: ['want to'],
  gotta: ['have to'],
  lemme: ['let me'],
  gimme: ['give me'],
  kinda: ['somewhat'],
  sorta: ['somewhat'],
  pls: ['please'],
  plz: ['please'],
  btw: ['by the way'],
  lmk: ['let me know'],
  cuz: ['because'],
  coz: ['because'],
  u: ['you'],
  yeah: ['yes'],
  yep: ['yes'],
  yup: ['yes'],
  nope: ['no'],
  dunno: ["don't know"],
};

export const casualWordFixes: RangeFixer = (text, range, draft) => {
  const source = range.field === 'subject' ? draft.subject : draft.bodyText;
  const lower = text.toLowerCase();
  const fix = (replacement: string, label = replaceWith(replacement)): Fix => ({ label, range, replacement });
  if (lower === 'hey') {
    // Before a name ("Hey Dana,") the letter's own greeting; otherwise a plain "Hello".
    const beforeName = /^[ \t]+\p{Lu}/u.test(source.slice(range.end, range.end + 3));
    return (beforeName ? ['Dear', 'Hello'] : ['Hello']).map((g) => fix(g));
  }
  const plain = PLAIN[lower];
  if (plain) return plain.map((p) => fix(startsWithCapital(text) ? capitalise(p) : p));
  if (/^!{2,}$/.test(text)) return [fix('!', 'Keep one “!”')];
  // A word in capitals (the check decided it shouts): lower case, with a capital where a sentence opens.
  if (/^[\p{Lu}'’-]{2,}$/u.test(text) && /\p{Lu}.*\p{Lu}/u.test(text)) {
    const quiet = opensSentence(source, range.start) ? capitalise(lower) : lower;
    return [fix(quiet, changeTo(quiet))];
  }
  return [];
};
