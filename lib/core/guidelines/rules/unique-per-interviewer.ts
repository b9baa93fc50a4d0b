import { bodyRange } from '../analysis';
import { parseDate } from '../context';
import { fail, fixed, notApplicable, pass, type Rule } from '../rule';
import { jaccard, ngramSet, sharedSpans } from '../text/ngrams';
import { segment } from '../text/segments';
import { words } from '../text/tokens';
import { address, allRecipients } from './shared/people';

/** Similarity at which a letter counts as a copy of an earlier one. */
export const COPY_THRESHOLD = 0.5;
const N = 3;
/** Bounds that keep the comparison fast on huge input. */
const MAX_WORDS = 20_000;
const MAX_PRIOR_CHARS = 60_000;
const MAX_PRIORS = 30;

// The logged letters do not change while the user types: their n-grams are kept (a few dozen at most).
const cache = new Map<string, Set<string>>();

/** The 3-grams of a logged letter's own text (its greeting, signature and quoted thread left out). */
function priorGrams(bodyText: string): Set<string> {
  const body = bodyText.slice(0, MAX_PRIOR_CHARS);
  let grams = cache.get(body);
  if (!grams) {
    const seg = segment(body);
    grams = ngramSet(
      words(body, seg.main.start, seg.main.end).map((t) => t.lower),
      N,
    );
    if (cache.size >= 64) cache.clear();
    cache.set(body, grams);
  }
  return grams;
}

export const uniquePerInterviewer: Rule<'unique-per-interviewer'> = {
  id: 'unique-per-interviewer',
  kinds: ['thank-you', 'note'],
  severity: fixed('warning'),
  english: false,
  title: 'Write each interviewer their own letter',
  why: 'Interviewers often compare the letters they receive, and identical ones look like a form letter.',
  passMessage: 'This letter is different from the ones you sent the other interviewers.',
  check({ draft, a, ctx }) {
    if (!ctx.company) return notApplicable('Save this company in your notes and log your thank-yous to compare letters between interviewers.');
    const mine = new Set(allRecipients(draft).map(address).filter(Boolean));
    const priors = ctx.sentFollowUps
      .filter((f) => (f.kind === 'thank-you' || f.kind === 'note') && typeof f.bodyText === 'string')
      .filter((f) => {
        const to = (Array.isArray(f.to) ? f.to : []).map((x) => String(x).trim().toLowerCase());
        return !to.some((x) => mine.has(x));
      })
      .slice(-MAX_PRIORS);
    if (priors.length === 0) {
      return notApplicable('No thank-you to another interviewer at this company is logged yet, so there is nothing to compare with.');
    }
    const tokens = a.words.length > MAX_WORDS ? a.words.slice(0, MAX_WORDS) : a.words;
    const current = ngramSet(
      tokens.map((t) => t.lower),
      N,
    );
    let best = { score: 0, grams: new Set<string>(), prior: priors[0]! };
    for (const prior of priors) {
      const grams = priorGrams(prior.bodyText);
      const score = jaccard(current, grams);
      if (score > best.score) best = { score, grams, prior };
    }
    if (best.score < COPY_THRESHOLD) return pass();
    const to = (Array.isArray(best.prior.to) ? best.prior.to : []).map((x) => String(x).trim().toLowerCase());
    const person = ctx.interviewers.find((p) => p.email && to.includes(p.email.toLowerCase()));
    const whom = person?.name ?? to[0] ?? 'another interviewer';
    const when = parseDate(best.prior.sentAt)?.toISOString().slice(0, 10);
    return fail(
      `This is ${Math.round(best.score * 100)}% the same as the letter you sent ${whom}${when ? ` on ${when}` : ''}. Rewrite the shared passages around what you discussed with this interviewer.`,
      sharedSpans(tokens, best.grams, N).slice(0, 50).map(bodyRange),
    );
  },
};
