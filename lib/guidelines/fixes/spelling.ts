/**
 * Fixes for the `spelling` check's mechanical slips: a doubled word, a lowercase "i", a
 * sentence that starts in lowercase. A possible misspelling (tagged `unknown-word`) has no
 * mechanical fix here.
 */
import { capitalise } from './letter-case';
import { changeTo, type RangeFixer } from './types';

// Two copies of one word with only whitespace between them, as the check reports them.
const DOUBLED_RE = /^(\S+)\s+(\S+)$/u;

export const spellingFixes: RangeFixer = (text, range) => {
  if (range.tag === 'unknown-word') return [];
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
