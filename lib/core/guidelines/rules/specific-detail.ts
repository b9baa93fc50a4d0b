import { bodyRange, mentions } from '../analysis';
import { fail, pass, type Rule } from '../rule';
import type { Kind } from '../types';
import { concreteReferences, roleStems, slotRanges } from './shared/references';

export { concreteReferences, roleStems } from './shared/references';

const severityOf = (kind: Kind) => (kind === 'follow-up' ? 'warning' : 'error');

export const specificDetail: Rule<'specific-detail'> = {
  id: 'specific-detail',
  kinds: ['thank-you', 'note', 'follow-up'],
  severity: severityOf,
  english: true,
  title: 'Name something specific',
  why: "A detail from the conversation proves the letter was written for this interview and brings it back to the reader's mind.",
  passMessage: 'You refer to something specific from the interview.',
  check({ a, ctx, kind, draft }) {
    const iv = ctx.interview;
    const saved = [...(iv?.topics ?? []), ...(iv?.challenges ?? [])].filter((x) => typeof x === 'string' && x.trim());
    if (saved.length > 0) {
      for (const phrase of saved) {
        if (mentions(a, phrase)) return pass(`You mention "${phrase}" from your notes.`);
      }
      const examples = saved
        .slice(0, 2)
        .map((s) => `"${s}"`)
        .join(' or ');
      return fail(`Nothing from your notes on this interview is mentioned. Bring in a topic you discussed, such as ${examples}.`, [], severityOf(kind));
    }
    const addresses = [...draft.to, ...draft.cc].map((r) => r.address).filter((x) => typeof x === 'string' && x.includes('@'));
    const slots = slotRanges(a.body, a.main.start, a.main.end);
    const refs = concreteReferences(a.body, a.words, roleStems(ctx.company?.role, ctx.company?.name, addresses), { slots });
    if (refs.found.length > 0) return pass();
    return fail(
      refs.vague.length
        ? `"${a.body.slice(refs.vague[0]!.start, refs.vague[0]!.end)}" could follow any interview. Name a topic, project or remark from your conversation instead, such as "our talk about the warehouse migration".`
        : 'The letter could have been sent after any interview. Name one topic, project or remark from your conversation, such as "our talk about the warehouse migration".',
      refs.vague.map(bodyRange),
      severityOf(kind),
    );
  },
};
