import { fail, fixed, pass, type Rule } from '../rule';
import { findNews } from './shared/news';

export const somethingNew: Rule<'something-new'> = {
  id: 'something-new',
  kinds: ['second-follow-up', 'update'],
  severity: fixed('warning'),
  english: true,
  title: 'Bring something new',
  why: 'A message that only asks again adds nothing; news, a result or a useful link gives them a reason to reply.',
  passMessage: 'You bring something new.',
  check({ a, ctx, kind }) {
    const news = findNews(a, ctx);
    if (news) return pass(`You bring something new (${news.what}).`);
    const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
    const saved = [...list(ctx.interview?.news), ...list(ctx.interview?.ideas)].filter((x): x is string => typeof x === 'string' && x.trim() !== '');
    const hint = saved.length ? ` Your notes suggest one: "${saved[0]!.trim().slice(0, 80)}".` : '';
    return fail(
      kind === 'update'
        ? `This update does not say what is new. State the news plainly: a result, an offer, an award or a link.${hint}`
        : `This only asks again. Add something new since your last message: a result, a relevant link or an idea for their problem.${hint}`,
    );
  },
};
