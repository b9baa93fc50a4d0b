import { matchRanges } from '../analysis';
import { fail, fixed, pass, type Rule } from '../rule';
import { EARLIER_PATTERNS, earlierReference } from './shared/earlier-message';

const quote = (s: string): string => `“${s.trim().replace(/\s+/g, ' ').slice(0, 60)}”`;

export const priorReference: Rule<'prior-reference'> = {
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
    for (const { strength, re } of EARLIER_PATTERNS) {
      const hit = matchRanges(a, re, span)[0];
      if (!hit) continue;
      const words = quote(a.body.slice(hit.start, hit.end));
      return strength === 'explicit'
        ? pass(`You point back to your earlier message (${words}).`)
        : pass(`You hint that you wrote before (${words}). Naming the date of that email would help them find it.`);
    }
    // A subject can say it too: "Following up once more", "Second follow-up".
    const inSubject = earlierReference(a.subject.slice(0, 500));
    if (inSubject?.strength === 'explicit') return pass(`Your subject points back to your earlier message (${quote(inSubject.match)}).`);
    const last = [...ctx.sentFollowUps].reverse().find((f) => f.kind === 'follow-up' || f.kind === 'second-follow-up');
    const when = last ? new Date(last.sentAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' }) : '';
    return fail(`Nothing here points back to your earlier message. Open by mentioning it, e.g. "I wrote ${when ? `on ${when}` : 'last week'} about the role".`);
  },
};
