import { matchRanges } from '../analysis';
import { fail, fixed, pass, type Rule } from '../rule';
import type { TextRange } from '../types';

// Warm wishes and hopes of staying in touch.
const WARM_PATTERNS: RegExp[] = [
  /\b(?:i |and )?wish (?:you|your team|the team|everyone|you all|all of you|[\p{Lu}][\p{L}'’-]{1,30}) (?:and (?:the|your) team )?(?:all the best|the (?:very )?best|well|every success|continued success|success|good luck|luck|the best of luck)\b/giu,
  /\b(?:all the (?:very )?best|best of luck|good luck|every success|continued success|much success|success) (?:to you|to your team|to the team|with|in|for|on|as)\b/gi,
  /\b(?:best|warm|good|kind) wishes (?:to|for|with)\b/gi,
  /\b(?:stay|keep|remain|be|get back) in (?:touch|contact)\b/gi,
  /\b(?:paths|our paths|our paths will) (?:cross|may cross|will cross)\b|\bcross paths\b/gi,
  /\b(?:stay|keep|remain|be) connected\b|\bconnect (?:with you )?on linkedin\b/gi,
  /\b(?:future|later) (?:opportunit(?:y|ies)|openings?|roles?|positions?|collaboration)\b/gi,
  /\b(?:work|working) (?:with|together with) (?:you|your team|the team) (?:in the future|someday|one day|down the road|later)\b/gi,
  /\b(?:hope|like|love|welcome the chance|glad) to (?:reconnect|work with you|keep in touch|stay in touch|hear from you in the future)\b/gi,
  /\b(?:in the future|down the road|another time|someday|one day),? (?:i|we|perhaps|maybe)\b/gi,
  /\bhope (?:the|your) (?:search|project|team|launch|hiring) (?:goes|go|is|will be|turns out)\b/gi,
  /\bin the future\b|\b(?:work|working|collaborate|collaborating) together\b|\bkeep me in mind\b|\b(?:meet|connect|speak|talk) again\b/gi,
  /\bfind (?:a|the) (?:great|strong|right|perfect|excellent|wonderful|ideal) (?:candidate|person|fit|hire)\b/gi,
];

// Negative reasons about the company. Each alternative is literal words: linear time.
const NEGATIVE_PATTERNS: RegExp[] = [
  /\b(?:the |your |this )?(?:salary|pay|compensation|offer|package|rate|budget|benefits)(?: you offered| offered| range| on offer)? (?:was|is|seemed|seems|felt|feels) (?:simply |just |far |much |way |frankly |quite |rather |a bit |too )*(?:too low|low|insulting|disappointing|uncompetitive|not competitive|below (?:market|my|what)|inadequate|unacceptable|not enough|insufficient|a joke)\b/gi,
  /\b(?:lowball(?:ed|ing)?|low-?ball(?:ed)?|underpaid|underpay)\b/gi,
  /\b(?:your |the |this )?(?:hiring |interview |recruiting |recruitment |application )?process (?:was|is|has been|seemed|felt) (?:very |quite |rather |frankly |extremely |really |a bit |somewhat |too )*(?:disorgani[sz]ed|chaotic|a mess|messy|unprofessional|frustrating|confusing|slow|long|disrespectful|poorly run|poorly organi[sz]ed|exhausting)\b/gi,
  /\bi (?:did not|didn't|do not|don't) (?:really |particularly )?(?:like|enjoy|care for|appreciate|feel comfortable with) (?:the|your|how|the way|some of)\b/gi,
  /\bi (?:disliked|hated|was (?:put off|turned off|unimpressed|disappointed|frustrated|concerned) (?:by|with))\b/gi,
  /\b(?:toxic|unprofessional|disrespectful|rude|disorgani[sz]ed|red flags?|ghosted|waste of (?:my )?time|a mess)\b/gi,
  /\b(?:culture|team|management|manager|leadership|environment|atmosphere|office) (?:is|was|seemed|seems|felt|feels) (?:not (?:a )?(?:great|good|healthy|welcoming|supportive)|toxic|cold|hostile|chaotic|unwelcoming|disorgani[sz]ed|dysfunctional)\b/gi,
  /\b(?:took|taking|takes) (?:far |way |much )?(?:too long|forever|ages)\b|\bnever (?:heard|got a reply|got an answer)\b/gi,
];

export const doorOpen: Rule<'door-open'> = {
  id: 'door-open',
  kinds: ['withdrawal'],
  severity: fixed('warning'),
  english: true,
  title: 'Leave the door open',
  why: 'People move between companies and remember how candidates left; a gracious withdrawal keeps future chances alive.',
  passMessage: 'You withdraw warmly and leave the door open.',
  check({ a }) {
    // A withdrawal is short; on huge input, the first 100,000 characters are plenty to judge.
    const span = { start: a.main.start, end: Math.min(a.main.end, a.main.start + 100_000) };
    const negative: TextRange[] = [];
    for (const re of NEGATIVE_PATTERNS) negative.push(...matchRanges(a, re, span));
    negative.sort((x, y) => x.start - y.start);
    const warm = WARM_PATTERNS.some((re) => matchRanges(a, re, span).length > 0);
    if (negative.length) {
      const first = a.body.slice(negative[0]!.start, negative[0]!.end);
      return fail(`"${first}" gives a negative reason about them. Leave it out: say only that you have decided to withdraw${warm ? '' : ', and wish them well'}.`, negative.slice(0, 20));
    }
    if (!warm) {
      return fail('The withdrawal ends cold. Wish them well with the search, or say you would be glad to stay in touch.');
    }
    return pass();
  },
};
