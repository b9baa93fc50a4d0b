import { matchRanges } from '../analysis';
import { fail, fixed, pass, type Rule } from '../rule';

// Ways of pointing back at an earlier message. Flat alternations: linear time.
const PRIOR_PATTERNS: RegExp[] = [
  /\bmy (?:previous|earlier|last|prior|first|initial|recent) (?:e-?mail|message|note|letter|follow-up|follow up|thank-you|thank you|reply|response)\b/gi,
  /\bmy (?:e-?mail|message|note|letter|follow-up) (?:of|from|dated|on|sent|last)\b/gi,
  /\b(?:following|follow) up (?:again|once more|one more time|a second time|on my)\b/gi,
  /\b(?:writing|reaching out|getting in touch|checking in|touching base|circling back|following up|write|reach out|check in) (?:to you )?(?:again|once more|once again|one more time|a second time)\b/gi,
  /\bas i (?:wrote|mentioned|said|noted|shared|explained|indicated) (?:last|on|earlier|previously|before|in my|a week|two weeks|a few days|recently)\b/gi,
  /\bi (?:wrote|reached out|emailed|e-mailed|followed up|got in touch|sent (?:you )?(?:a|an|my) (?:note|e-?mail|message|letter)|contacted you)(?: to you| you)? (?:last|on|a week|two weeks|a few days|a couple|earlier|previously|recently|about|regarding|after)\b/gi,
  /\b(?:checking|circling|touching) (?:back|base again)\b/gi,
  /\b(?:last|earlier) (?:week|month)(?:,)? i (?:wrote|reached out|emailed|sent|followed up|asked)\b/gi,
  /\bwrote to you (?:on|last|earlier|a week|two weeks|previously|before)\b/gi,
];

export const priorReference: Rule = {
  id: 'prior-reference',
  kinds: ['second-follow-up'],
  severity: fixed('warning'),
  english: true,
  title: 'Mention your earlier message',
  why: 'A second follow-up that points back to the first reminds a busy reader of the thread without making them search for it.',
  passMessage: 'You refer to your earlier message.',
  check({ a, ctx }) {
    const start = a.segments.greeting?.start ?? a.main.start;
    const span = { start, end: Math.min(a.main.end, start + 100_000) };
    for (const re of PRIOR_PATTERNS) {
      if (matchRanges(a, re, span).length) return pass();
    }
    const last = [...ctx.sentFollowUps].reverse().find((f) => f.kind === 'follow-up' || f.kind === 'second-follow-up');
    const when = last ? new Date(last.sentAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }) : '';
    return fail(
      `Nothing here points back to your earlier message. Open by mentioning it, e.g. "I wrote ${when ? `on ${when}` : 'last week'} about the role".`,
    );
  },
};
