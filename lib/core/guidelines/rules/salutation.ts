import { bodyRange } from '../analysis';
import { ALL_KINDS, fail, fixed, pass, type Rule } from '../rule';

const OPENER_RE =
  /^(?:dear|hi|hii|hello|hey|heya|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|hallo|hola|bonjour|buongiorno|ciao|liebe[rs]?|sehr geehrte[rs]?|estimad[oa]s?|querid[oa]s?|cher|chère|caro|cara|prezad[oa]s?|olá)(?![\p{L}\p{N}])/iu;
// Words that may follow the opener without naming anyone ("Dear Hiring Manager", "Hi there").
const GENERIC_WORDS = new Set(
  (
    'there all everyone everybody team folks friends guys colleagues sir madam sirs or and hiring manager managers committee ' +
    'recruiter recruiters recruiting recruitment talent acquisition search selection interview interviewing panel interviewer ' +
    'interviewers hr human resources people to you again both members member staff department board crew group of the ' +
    'mr ms mrs dr mx miss sir/madam madam/sir'
  ).split(' '),
);
// A group rather than a person, even after the company's name ("Dear Acme Hiring Team").
const GROUP_WORDS = new Set('team teams committee department staff panel members group board crew recruiters folks everyone all'.split(' '));

// Openings that address nobody at all.
const WHOLE_GENERIC_RE = /^(?:to whom it may concern|whom it may concern|to the hiring (?:manager|team|committee))(?![\p{L}])/iu;

// Display names of shared mailboxes, not of a person.
const MAILBOX_RE = /\b(?:careers?|jobs?|recruit\w*|hr|talent|team|hiring|info|no-?reply|admin|office|people|staffing|applications?)\b/i;

/** The words after the opener, without punctuation, titles' dots or a leading article. */
function tailOf(greeting: string): string {
  return greeting
    .replace(OPENER_RE, '')
    .replace(/^[\s,:!.—–-]+/, '')
    .replace(/[\s,:!.—–-]+$/, '')
    .replace(/^(?:the|my|our|dear)\s+/i, '')
    .replace(/[.]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Whether a greeting addresses nobody in particular ("Dear Hiring Manager,", "Hello,"). */
export function isGenericGreeting(text: string): boolean {
  const t = text.trim();
  if (WHOLE_GENERIC_RE.test(t)) return true;
  // A name alone ("Rita,") is never generic; an opener is, unless a name follows it.
  if (!OPENER_RE.test(t)) return false;
  const tail = tailOf(t);
  if (!tail) return true;
  const ws = tail.split(/[\s/]+/).filter(Boolean);
  if (ws.every((w) => GENERIC_WORDS.has(w))) return true;
  // "Hi Dana and team" names Dana; "Dear Northwind Hiring Team" names nobody.
  return GROUP_WORDS.has(ws[ws.length - 1]!) && !ws.includes('and') && !ws.includes('&');
}

export const salutation: Rule<'salutation'> = {
  id: 'salutation',
  kinds: ALL_KINDS,
  severity: fixed('warning'),
  english: false,
  title: 'Greet them by name',
  why: "Opening with the reader's name shows the letter was written for them and not sent to a list.",
  passMessage: 'You open by greeting the reader by name.',
  check({ a, draft, ctx }) {
    const g = a.segments.greeting;
    if (!g) {
      const first = a.words[0];
      return fail(
        'The letter has no greeting. Open with the reader\'s name, such as "Dear Ms. Okafor," or "Hi Dana,".',
        first ? [bodyRange({ start: first.start, end: first.end })] : [],
        'error',
      );
    }
    const text = g.text.trim();
    if (!isGenericGreeting(text)) return pass(`You open with “${text}”.`);
    // A generic opening fails; the message names the reader when we know who it is.
    const names = [
      ...draft.to.map((r) => r.name?.trim()).filter((n): n is string => !!n && !n.includes('@') && /\p{L}/u.test(n) && !MAILBOX_RE.test(n)),
      ...ctx.interviewers.map((p) => p.name),
    ];
    const toAddress = new Set(draft.to.map((r) => r.address.toLowerCase()));
    const match = ctx.interviewers.find((p) => p.email && toAddress.has(p.email.toLowerCase()));
    const name = match?.name ?? names[0];
    if (name) return fail(`“${text}” could be addressed to anyone. Greet ${name} by name instead.`, [bodyRange(g)]);
    return fail(`“${text}” could be addressed to anyone. Find the interviewer's name and greet them with it.`, [bodyRange(g)]);
  },
};
