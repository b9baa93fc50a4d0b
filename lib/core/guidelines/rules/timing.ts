import { DAY_MS, parseDate } from '../context';
import { ALL_KINDS, fail, fixed, notApplicable, pass, type Rule } from '../rule';
// The due dates are shared with the notes page's next step (one schedule, one meaning of a bare date).
import { decisionPassedAt, NOTE_DAYS, DEFAULT_WAIT_DAYS, SECOND_FOLLOW_UP_DAYS, THANK_YOU_HOURS, THANK_YOU_LATE_HOURS } from '@/lib/core/notes/schedule';
export { NOTE_DAYS, DEFAULT_WAIT_DAYS, SECOND_FOLLOW_UP_DAYS, THANK_YOU_HOURS, THANK_YOU_LATE_HOURS };

const HOUR_MS = 60 * 60 * 1000;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

function ago(ms: number): string {
  const hours = Math.floor(ms / HOUR_MS);
  if (hours < 48) return plural(Math.max(hours, 0), 'hour');
  return plural(Math.floor(ms / DAY_MS), 'day');
}

const day = (d: Date) => d.toISOString().slice(0, 10);

export const timing: Rule<'timing'> = {
  id: 'timing',
  kinds: ALL_KINDS,
  severity: fixed('warning'),
  english: false,
  title: 'Send it at the right time',
  why: 'When a message arrives shapes how it reads: advisers differ on thank-yous (most say within a day, some say wait a few days, and recruiters often read speed as interest), so we hold emails to a day and allow notes a few days, while a follow-up before their decision date reads as impatience.',
  passMessage: 'The timing is right.',
  check({ kind, ctx }) {
    const now = ctx.now.getTime();
    if (kind === 'second-follow-up') {
      const prev = [...ctx.sentFollowUps].reverse().find((f) => f.kind === 'follow-up' || f.kind === 'second-follow-up');
      const at = prev ? parseDate(prev.sentAt) : undefined;
      if (!at) return notApplicable('Log your first follow-up in your notes to check when a second one is due.');
      const days = (now - at.getTime()) / DAY_MS;
      if (days >= SECOND_FOLLOW_UP_DAYS) return pass(`Your last follow-up went ${ago(now - at.getTime())} ago; writing again is reasonable.`);
      const due = new Date(at.getTime() + SECOND_FOLLOW_UP_DAYS * DAY_MS);
      return fail(`Your last follow-up went only ${ago(now - at.getTime())} ago. Wait until ${day(due)}, a week after it, before writing again.`);
    }

    const interviewAt = parseDate(ctx.interview?.at);
    if (!interviewAt) return notApplicable('Save the interview date in your notes to check the timing.');
    const since = now - interviewAt.getTime();
    if (since < 0) return notApplicable(`The saved interview (${day(interviewAt)}) is still ahead; check the date in your notes.`);

    switch (kind) {
      case 'thank-you': {
        const hours = since / HOUR_MS;
        if (hours <= THANK_YOU_HOURS) return pass('Sent within a day of the interview, while it is fresh in their minds.');
        if (hours <= THANK_YOU_LATE_HOURS) return pass(`It has been ${ago(since)} since the interview: a little past the usual day, so send it today.`);
        return fail(`The interview was ${ago(since)} ago; thank-you emails are best sent within a day. Send it now, or turn it into a short note or a follow-up.`);
      }
      case 'note': {
        const days = since / DAY_MS;
        if (days <= NOTE_DAYS) return pass('A card or printed note may take a few days; this one is on time.');
        return fail(`The interview was ${ago(since)} ago, past the few days a note can take. Send a short email instead, today.`);
      }
      case 'follow-up': {
        const decision = typeof ctx.interview?.decisionDate === 'string' ? decisionPassedAt(ctx.interview.decisionDate) : undefined;
        if (decision) {
          if (now >= decision.getTime()) return pass('Their decision date has passed, so asking now is fair.');
          return fail(`They said they would decide by ${ctx.interview!.decisionDate!.trim().slice(0, 10)}. Wait until that date has passed before asking about the decision.`);
        }
        const days = since / DAY_MS;
        if (days >= DEFAULT_WAIT_DAYS) return pass(`No decision date is saved, and ${ago(since)} have passed since the interview.`);
        return fail(`It has been only ${ago(since)} since the interview and no decision date is saved. Give them about a week, or save the date they gave you.`);
      }
      case 'update':
        return pass('News can be sent whenever it happens.');
      case 'withdrawal':
        return pass('Withdrawing as soon as you decide is the considerate choice.');
      default:
        return pass();
    }
  },
};
