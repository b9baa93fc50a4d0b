import { matchRanges } from '../analysis';
import { ALL_KINDS, fail, fixed, pass, type Rule } from '../rule';

// Thanks in its usual forms; "thank you" inside the sign-off counts too, since
// "Thank you again," closes many good letters.
const THANKS_RE = /\b(?:thank(?:s|ing)?(?: you)?|grateful|gratitude|appreciat(?:e|ed|ing|ion|ive))\b/gi;

export const gratitude: Rule = {
  id: 'gratitude',
  kinds: ALL_KINDS,
  severity: fixed('error'),
  english: true,
  title: 'Thank them',
  why: 'Every message after an interview should thank the reader for their time or consideration.',
  passMessage: 'You thank the reader.',
  check({ a }) {
    const own = { start: a.main.start, end: a.segments.signOff?.end ?? a.main.end };
    if (matchRanges(a, THANKS_RE, own).length > 0 || THANKS_RE.test(a.subject)) return pass();
    return fail('There is no word of thanks. Thank them for their time, the conversation or their consideration.');
  },
};
