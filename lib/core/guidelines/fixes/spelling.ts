/**
 * Fixes for the `spelling` check's mechanical slips: a doubled word, a lowercase "i", a
 * sentence that starts in lowercase. A possible misspelling (tagged `unknown-word`) gets the
 * speller's suggestions when it has any: guesses, so the card offers them only where no
 * certain fix (a texting word's plain form) is.
 */
import { capitalise } from './letter-case';
import { changeTo, type RangeFixer } from './types';

/** As many suggestions as the card has buttons for. */
export const MAX_SUGGESTIONS = 3;

// Two copies of one word with only whitespace between them, as the check reports them.
const DOUBLED_RE = /^(\S+)\s+(\S+)$/u;

export const spellingFixes: RangeFixer = (text, range, _draft, _finding, tools) => {
  if (range.tag === 'unknown-word') {
    const suggestions = tools.suggest?.(text, MAX_SUGGESTIONS) ?? [];
    return suggestions.slice(0, MAX_SUGGESTIONS).map((s) => ({ label: changeTo(s), range, replacement: s, guess: true }));
  }
  const doubled = DOUBLED_RE.exec(text);
  // The first copy stays, with its case ("The the" -> "The").
  if (doubled && doubled[1]!.toLowerCase() === doubled[2]!.toLowerCase()) return [{ label: 'Remove the repeated word', range, replacement: doubled[1]! }];
  // A lowercase pronoun "i" (or "i'm") and a sentence's first word: the same fix, a capital.
  if (/^\p{Ll}[\p{L}'’-]*$/u.test(text)) {
    const replacement = capitalise(text);
    return [{ label: changeTo(replacement), range, replacement }];
  }
  return [];
};
