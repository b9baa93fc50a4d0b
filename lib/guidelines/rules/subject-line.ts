import { contentStems } from '../analysis';
import { fail, fixed, pass, type Rule } from '../rule';
import { stem } from '../text/stem';
import { words } from '../text/tokens';
import type { Kind } from '../types';

// Subjects that say nothing about the message, compared after lower-casing and trimming punctuation.
const VAGUE = new Set([
  'hi', 'hello', 'hey', 'hi there', 'hello there', 'greetings', 'interview', 'the interview', 'my interview', 'question',
  'a question', 'quick question', 'questions', 'checking in', 'just checking in', 'check in', 'check-in', 'follow up',
  'follow-up', 'following up', 'just following up', 'followup', 'update', 'an update', 'quick update', 'thanks', 'thank you',
  'thank you!', 'thanks!', 'note', 'a note', 'quick note', 'hello again', 'touching base', 'touch base', 'status', 'news',
  'me', 'important', 'urgent', 'fyi', 'application', 'my application', 'job', 'position', 'role', 'no subject', '(no subject)',
]);

// Words that name a role without notes ("analyst", "engineer", "position").
const ROLE_WORDS = new Set(
  (
    'role position job opening vacancy posting analyst engineer developer designer manager director coordinator ' +
    'specialist assistant associate consultant intern internship lead officer administrator architect scientist ' +
    'accountant nurse teacher technician representative rep advisor adviser writer editor producer planner ' +
    'strategist marketer recruiter researcher programmer supervisor executive head vp president counsel attorney ' +
    'paralegal clerk therapist pharmacist physician clinician instructor professor lecturer librarian curator ' +
    'chef cook barista cashier driver operator mechanic electrician carpenter agent buyer controller auditor ' +
    'fellowship fellow apprentice apprenticeship trainee graduate owner partner principal officer'
  ).split(' '),
);

// Words that state the purpose of the email.
const PURPOSE = new Set(
  (
    'thank thanks thanking grateful gratitude appreciation appreciate follow following followup follow-up update ' +
    'updates news status checking check withdraw withdrawing withdrawal application candidacy interview interviews ' +
    'interviewing conversation meeting chat call visit offer decision next steps reference references article ' +
    'recap summary note' 
  ).split(/\s+/),
);

const EXAMPLES: Record<Kind, (role: string) => string> = {
  'thank-you': (r) => `Thank you – ${r} interview`,
  note: (r) => `Thank you – ${r} interview`,
  'follow-up': (r) => `Following up – ${r} interview`,
  'second-follow-up': (r) => `Following up – ${r} application`,
  update: (r) => `Update on my ${r} application`,
  withdrawal: (r) => `Withdrawing my application – ${r}`,
};

export const subjectLine: Rule = {
  id: 'subject-line',
  kinds: ['thank-you', 'follow-up', 'second-follow-up', 'update', 'withdrawal'],
  severity: fixed('warning'),
  english: false,
  title: 'Write a clear subject',
  why: 'A subject that names the purpose and the role gets the email opened and found again later.',
  passMessage: 'The subject says what the email is about.',
  check({ draft, a, ctx, kind }) {
    const raw = draft.subject;
    // Reply and forward prefixes say nothing of the content.
    // So are the tags some mail systems add ("[EXTERNAL]").
    const stripped = raw.replace(/^(?:\s*(?:\[[^\]\n]{1,20}\]|(?:re|fw|fwd|aw|wg|tr|sv|vs)\s*(?:\[\d+\])?\s*:)\s*)+/i, '').trim();
    const whole = { field: 'subject' as const, start: 0, end: raw.length };
    const role = ctx.company?.role?.trim() || 'Marketing Coordinator';
    const example = `"${EXAMPLES[kind](role)}"`;
    if (!stripped) return fail(`The subject is empty. Name the purpose and the role, such as ${example}.`, raw ? [whole] : [], 'error');
    // Vagueness is judged on English wording only; an empty subject is wrong in any language.
    if (a.language === 'other') return pass();
    const norm = stripped.toLowerCase().replace(/[\s.!?,:;…-]+$/, '').replace(/\s+/g, ' ');
    if (VAGUE.has(norm)) return fail(`"${stripped}" does not say what the email is about. Name the purpose and the role, such as ${example}.`, [whole]);
    const ws = a.subjectWords;
    const stems = new Set(ws.map((w) => stem(w.lower)));
    const roleStems = contentStems(ctx.company?.role ?? '');
    const roleNamed =
      (roleStems.length > 0 && roleStems.filter((s) => stems.has(s)).length >= Math.ceil(roleStems.length / 2)) ||
      ws.some((w) => ROLE_WORDS.has(w.lower));
    const names = new Set<string>();
    for (const n of [ctx.profile?.name, draft.from?.name]) for (const w of words(n ?? '')) if (w.lower.length > 1) names.add(w.lower);
    const nameNamed = ws.some((w) => names.has(w.lower));
    if (ws.length < 3 && !roleNamed && !nameNamed)
      return fail(`"${stripped}" is too short to say what the email is about. Name the purpose and the role, such as ${example}.`, [whole]);
    if (!roleNamed && !nameNamed && !ws.some((w) => PURPOSE.has(w.lower)))
      return fail(`"${stripped}" does not say what the email is about. Name the purpose and the role, such as ${example}.`, [whole]);
    return pass();
  },
};
