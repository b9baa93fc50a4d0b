import type { Interviewer } from '@/lib/core/notes/types';
import { fail, fixed, notApplicable, pass, type Rule, type RuleInput } from '../rule';
import { allRecipients, interviewersAmong, isPerson } from './shared/people';

const list = (people: readonly Interviewer[]) =>
  people.length <= 2
    ? people.map((p) => p.name).join(' and ')
    : `${people
        .slice(0, -1)
        .map((p) => p.name)
        .join(', ')} and ${people[people.length - 1]!.name}`;

function pick(ctx: RuleInput['ctx'], flag: 'lead' | 'mostSenior'): Interviewer | undefined {
  const current = Array.isArray(ctx.interview?.interviewers) ? ctx.interview.interviewers : [];
  return current.find((p) => p?.[flag] && p.name) ?? ctx.interviewers.find((p) => p[flag]);
}

export const recipientChoice: Rule<'recipient-choice'> = {
  id: 'recipient-choice',
  kinds: ['thank-you', 'note', 'follow-up', 'second-follow-up'],
  severity: fixed('warning'),
  english: false,
  title: 'Send it to the right person',
  why: 'Each interviewer deserves a letter of their own, and a follow-up belongs with the person who leads the hiring (a second one with the most senior person you met).',
  passMessage: 'It goes to the right person.',
  check({ draft, kind, ctx }) {
    if (!ctx.company || ctx.interviewers.length === 0) {
      return notApplicable('Save the interviewers in your notes to check who this should go to.');
    }
    const recipients = allRecipients(draft);
    if (recipients.length === 0) return notApplicable('Add a recipient to check who this goes to.');
    const among = interviewersAmong(recipients, ctx.interviewers);

    if (kind === 'thank-you' || kind === 'note') {
      if (among.length > 1) {
        return fail(`This one message goes to ${list(among)}. Write each interviewer a separate letter of their own.`);
      }
      return pass();
    }

    const flag = kind === 'follow-up' ? 'lead' : 'mostSenior';
    const who = kind === 'follow-up' ? 'who leads the hiring' : 'the most senior person you met';
    const target = pick(ctx, flag);
    if (!target) {
      return notApplicable(
        kind === 'follow-up' ? 'Mark the lead interviewer in your notes to check the recipient.' : 'Mark the most senior interviewer in your notes to check the recipient.',
      );
    }
    const others = among.filter((p) => p !== target && !isSame(p, target));
    if (draft.to.some((r) => isPerson(r, target))) {
      if (others.length) return fail(`Leave ${list(others)} off: this goes to ${target.name} alone, ${who}.`);
      return pass(`Addressed to ${target.name}, ${who}.`);
    }
    if (draft.cc.some((r) => isPerson(r, target))) {
      return fail(`${target.name}, ${who}, is only copied. Put ${target.name} in the To line${others.length ? ` and leave ${list(others)} off` : ''}.`);
    }
    const where = target.email ? ` (${target.email})` : '';
    return fail(`This does not go to ${target.name}, ${who}. Address it to ${target.name}${where}.`);
  },
};

function isSame(x: Interviewer, y: Interviewer): boolean {
  return (!!x.id && x.id === y.id) || (!!x.email && x.email.toLowerCase() === (y.email ?? '').toLowerCase());
}
