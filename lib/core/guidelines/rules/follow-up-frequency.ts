import { parseDate } from '../context';
import { fail, fixed, notApplicable, pass, type Rule } from '../rule';
import { findNews } from './shared/news';

const COUNTED = new Set(['follow-up', 'second-follow-up', 'update']);
/** Follow-ups already sent since their last reply that are fine; one more makes three. */
export const MAX_UNANSWERED = 2;

export const followUpFrequency: Rule<'follow-up-frequency'> = {
  id: 'follow-up-frequency',
  kinds: ['follow-up', 'second-follow-up', 'update'],
  severity: fixed('warning'),
  english: false,
  title: 'Do not over-follow-up',
  why: 'Writing again and again without a reply comes across as pushy and can cost you the offer.',
  passMessage: 'You are not writing too often.',
  check({ a, ctx }) {
    if (!ctx.company) return notApplicable('Save this company in your notes and log what you send to check how often you write.');
    const since = parseDate(ctx.company.lastReplyAt)?.getTime() ?? -Infinity;
    const now = ctx.now.getTime();
    const sent = ctx.sentFollowUps.filter((f) => {
      const at = parseDate(f.sentAt)?.getTime();
      return at !== undefined && COUNTED.has(f.kind) && at > since && at <= now;
    });
    const reply = Number.isFinite(since) ? 'since their last reply' : 'without a reply';
    if (sent.length < MAX_UNANSWERED) {
      return pass(sent.length ? `You have sent ${sent.length} follow-up ${reply}; one more is fine.` : undefined);
    }
    const news = findNews(a, ctx);
    if (news) return pass(`This would be message ${sent.length + 1} ${reply}, but it brings something new, which justifies it.`);
    return fail(`You have already sent ${sent.length} follow-ups ${reply}. Wait for an answer, or write again only with real news such as a result, an offer or a useful link.`);
  },
};
