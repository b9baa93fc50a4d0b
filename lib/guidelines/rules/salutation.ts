import { bodyRange } from '../analysis';
import { ALL_KINDS, fail, fixed, pass, type Rule } from '../rule';

const OPENER_RE = /^(?:dear|hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening|day))\b/i;
// What may follow the opener without naming anyone.
const GENERIC_TAILS = new Set([
  '', 'there', 'all', 'everyone', 'everybody', 'team', 'folks', 'friends', 'colleagues', 'sir', 'madam', 'sir or madam',
  'sir/madam', 'sirs', 'madam or sir', 'hiring manager', 'hiring managers', 'hiring team', 'hiring committee', 'recruiter',
  'recruiters', 'recruiting team', 'recruitment team', 'talent team', 'talent acquisition team', 'search committee',
  'selection committee', 'interview team', 'interview panel', 'panel', 'interviewer', 'interviewers', 'manager',
  'hr', 'hr team', 'human resources', 'human resources team', 'people team', 'hiring', 'the team', 'to you', 'again',
  'mr', 'ms', 'mrs', 'dr', 'mx',
]);
const WHOLE_GENERIC_RE = /^(?:to whom it may concern|whom it may concern|to the hiring (?:manager|team|committee))\b/i;

// Display names of shared mailboxes, not of a person.
const MAILBOX_RE = /\b(?:careers?|jobs?|recruit\w*|hr|talent|team|hiring|info|no-?reply|admin|office|people|staffing|applications?)\b/i;

// A name alone, closed by a comma, colon, dash or exclamation mark.
const BARE_NAME_RE = /^\p{Lu}[\p{L}\p{M}.'’ ]{0,36}\s?[,:!—–-]$/u;

const NOT_A_NAME_RE = /^(?:thanks?|thank you|many thanks|great|congratulations|sorry|hope|just|quick|update|re|fwd?)\b/i;

function tailOf(greeting: string): string {
  return greeting
    .replace(OPENER_RE, '')
    .replace(/[,:!.—–-]+\s*$/, '')
    .replace(/^(?:the|my|our)\s+/i, '')
    .replace(/[.]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

export const salutation: Rule = {
  id: 'salutation',
  kinds: ALL_KINDS,
  severity: fixed('warning'),
  english: false,
  title: 'Greet them by name',
  why: 'Opening with the reader\'s name shows the letter was written for them and not sent to a list.',
  passMessage: 'You open by greeting the reader by name.',
  check({ a, draft, ctx }) {
    const g = a.segments.greeting;
    if (!g) {
      // "Priya —" or "Ms. Raman:" on a line of its own is a greeting the segmenter may miss.
      const nl = a.body.indexOf('\n');
      const firstLine = a.body.slice(0, nl < 0 ? Math.min(a.body.length, 200) : Math.min(nl, 200)).trim();
      if (firstLine.length <= 40 && BARE_NAME_RE.test(firstLine) && !NOT_A_NAME_RE.test(firstLine) && firstLine.split(/\s+/).length <= 4) return pass(`You open with "${firstLine}".`);
      const first = a.words[0];
      return fail(
        'The letter has no greeting. Open with the reader\'s name, such as "Dear Ms. Okafor," or "Hi Dana,".',
        first ? [bodyRange({ start: first.start, end: first.end })] : [],
        'error',
      );
    }
    const text = g.text.trim();
    const generic = WHOLE_GENERIC_RE.test(text) || (OPENER_RE.test(text) && GENERIC_TAILS.has(tailOf(text)));
    if (!generic) return pass(`You open with "${text}".`);
    // Generic is a problem only when we know whom to address.
    const names = [
      ...draft.to.map((r) => r.name?.trim()).filter((n): n is string => !!n && !n.includes('@') && /\p{L}/u.test(n) && !MAILBOX_RE.test(n)),
      ...ctx.interviewers.map((p) => p.name),
    ];
    const toAddress = new Set(draft.to.map((r) => r.address.toLowerCase()));
    const match = ctx.interviewers.find((p) => p.email && toAddress.has(p.email.toLowerCase()));
    const name = match?.name ?? names[0];
    if (!name) return pass(`"${text}" is generic, but no name is known for this reader; use their name if you can find it.`);
    return fail(`"${text}" could be addressed to anyone. Greet ${name} by name instead.`, [bodyRange(g)]);
  },
};
