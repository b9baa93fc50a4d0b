import { matchRanges } from '../analysis';
import { ALL_KINDS, fail, fixed, pass, type Rule } from '../rule';
import { quoteAround } from '../text/quote';

// Thanks that thank for something: "thank you for the tour", "thanks again", "many thanks
// for your time", "thx so much for chatting". A bare "Thanks," or "Thank you," thanks for
// nothing: as a closing word it does not count (the labels and the rulebook agree).
const THANKS_FOR_RE =
  /\b(?:thank(?:s|ing)?(?: you)?|thx|ty|many thanks|my thanks|with thanks|special thanks|sincere thanks)(?: (?:so+|very|again|once|more|much|a lot|a ton|a million|kindly|sincerely|truly|both|all|all of you|both of you|everyone))*,? (?:for|to (?:you|your|the|everyone|all|both|each))\b|\bthank(?:s| you)(?: (?:so+|very|much|both|all))* (?:again|once again|once more)\b|\bthank(?:s| you) and(?: [\w'’-]{1,20}){1,5} for\b/gi;
// Gratitude and appreciation stated, not asked for: "I appreciated the tour", "I am grateful
// for your time". "I'd appreciate a yes or no" and "I would be grateful for an update" are
// requests, which the negative look-behind leaves out.
const APPRECIATION_RE =
  /(?<!\b(?:would|'d|’d|would really|'d really|’d really|would greatly|'d greatly|’d greatly|would so|would very much|'d very much|’d very much|would truly|'d truly|’d truly) )\b(?:appreciat(?:e|ed|ing)|(?:am|was|'m|’m|remain|feel|felt|so|very|truly|deeply|really|most) grateful (?:for|to)|gratitude (?:for|to)|appreciation (?:for|to))\b/gi;
// What an "appreciate" that asks for something is followed by.
const REQUEST_AFTER_RE =
  /^\s*(?:it\b|any\b|a (?:yes|no|response|reply|decision|call|quick|prompt|timely)|an? (?:update|answer)|hearing\b|your (?:response|reply|answer|decision|feedback)|if\b|knowing\b|being (?:kept|told|informed))/i;

export const gratitude: Rule<'gratitude'> = {
  id: 'gratitude',
  kinds: ALL_KINDS,
  severity: fixed('error'),
  english: true,
  title: 'Thank them',
  why: 'Every message after an interview should thank the reader for their time or consideration.',
  passMessage: 'You thank the reader.',
  check({ a }) {
    const thanked = (r: { start: number; end: number }) => pass(`You thank them: ${quoteAround(a.body, r.start, r.end)}.`);
    const thanks = matchRanges(a, THANKS_FOR_RE)[0];
    if (thanks) return thanked(thanks);
    for (const r of matchRanges(a, APPRECIATION_RE)) {
      if (!REQUEST_AFTER_RE.test(a.body.slice(r.end, r.end + 40))) return thanked(r);
    }
    // A closing line that thanks for something ("Thank you for your time,", "Thank you again,")
    // still thanks; "Thanks," alone does not.
    const close = a.segments.signOff?.text ?? '';
    THANKS_FOR_RE.lastIndex = 0;
    if (THANKS_FOR_RE.test(close)) return pass(`You thank them in your closing: “${close}”.`);
    return fail('There is no word of thanks. Thank them for their time, the conversation or their consideration.');
  },
};
