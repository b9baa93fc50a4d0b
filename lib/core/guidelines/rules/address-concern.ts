import { mentions } from '../analysis';
import { fail, fixed, notApplicable, pass, type Rule } from '../rule';

export const addressConcern: Rule<'address-concern'> = {
  id: 'address-concern',
  kinds: ['thank-you', 'follow-up'],
  severity: fixed('tip'),
  english: true,
  title: 'Say what you left out',
  why: 'A follow-up is the chance to add the point you missed in the interview or to answer a doubt they raised.',
  passMessage: 'You take up something from your notes that you wished you had said.',
  check({ a, ctx }) {
    const items = (Array.isArray(ctx.interview?.wishISaid) ? ctx.interview.wishISaid : []).filter((x): x is string => typeof x === 'string' && x.trim() !== '');
    if (items.length === 0) {
      return notApplicable('Note what you wished you had said, or a concern they raised, and this check will look for it.');
    }
    for (const item of items) {
      if (mentions(a, item)) return pass(`You take up "${item.trim().slice(0, 80)}".`);
    }
    return fail(`Your notes say you wished you had mentioned "${items[0]!.trim().slice(0, 80)}". A sentence on it here would round out your case.`);
  },
};
