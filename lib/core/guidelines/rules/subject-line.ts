import { contentStems } from '../analysis';
import { fail, fixed, pass, type Rule } from '../rule';
import { stem } from '../text/stem';
import { words, type Token } from '../text/tokens';
import type { Kind } from '../types';
import { fold, signatureName } from './shared/people';

// Nouns that name a job ("analyst", "hygienist", "sous chef"). Bare "role", "position" or
// "job" are not on the list: "Following up on the position" does not say which one.
const ROLE_WORDS = new Set(
  (
    'analyst engineer developer designer manager director coordinator specialist assistant associate consultant ' +
    'intern internship lead officer administrator architect scientist accountant nurse teacher technician ' +
    'technologist representative rep advisor adviser writer editor producer planner strategist marketer recruiter ' +
    'researcher programmer supervisor executive head president counsel attorney lawyer solicitor barrister ' +
    'paralegal clerk therapist pharmacist physician clinician surgeon dentist hygienist optometrist psychologist ' +
    'counselor counsellor instructor professor lecturer tutor educator librarian curator archivist chef cook baker ' +
    'barista bartender server waiter waitress host hostess cashier teller driver courier operator mechanic ' +
    'electrician plumber welder carpenter machinist fitter installer inspector estimator surveyor agent broker ' +
    'banker trader underwriter actuary economist statistician auditor controller bookkeeper buyer merchandiser ' +
    'fellowship fellow apprentice apprenticeship trainee graduate owner partner principal dean registrar ' +
    'receptionist secretary dispatcher scheduler worker caregiver aide attendant steward stewardess paramedic ' +
    'midwife dietitian dietician nutritionist veterinarian vet photographer videographer illustrator animator ' +
    'copywriter journalist reporter translator interpreter investigator generalist handler foreman superintendent ' +
    'chemist biologist physicist geologist coach trainer stylist pilot firefighter guard chief'
  ).split(' '),
);
// Job titles usually written as capitals ("RN", "VP", "CFO"): counted only in capitals.
const ROLE_ACRONYMS = new Set('RN LPN LVN CNA NP PA EMT VP SVP EVP AVP CEO CFO COO CTO CIO CMO CPO CRO CHRO CISO SDR BDR AE CSM PM TPM QA SRE DBA MD DPT PT OT SLP'.split(' '));

// Words that say why the email is written, alone or with the next word ("following up").
const PURPOSE_WORDS = new Set(
  (
    'thank thanks thanking thankful grateful gratitude appreciation appreciate appreciated appreciating ' +
    'follow-up followup follow-ups followups update updates news status withdraw withdrawing withdrawal withdrawn ' +
    'check-in inquiry enquiry ' +
    // Something brought along, which is the point of an update or a second follow-up.
    'article write-up writeup proposal portfolio offer'
  ).split(' '),
);
const PURPOSE_PAIRS = new Map<string, Set<string>>([
  ['follow', new Set(['up', 'on'])],
  ['following', new Set(['up', 'on'])],
  ['followed', new Set(['up'])],
  ['circling', new Set(['back'])],
  ['circle', new Set(['back'])],
  ['checking', new Set(['in', 'on'])],
  ['check', new Set(['in', 'on'])],
  ['touching', new Set(['base'])],
  ['touch', new Set(['base'])],
  ['enjoyed', new Set(['our', 'meeting', 'speaking', 'talking', 'the'])],
  ['great', new Set(['meeting', 'speaking', 'talking', 'chatting', 'connecting', 'to'])],
  ['pleasure', new Set(['meeting', 'speaking', 'talking'])],
  ['still', new Set(['interested'])],
  ['nice', new Set(['meeting', 'speaking', 'talking', 'to'])],
  ['case', new Set(['study'])],
  ['writing', new Set(['sample'])],
]);

// Words for "a job" that name one only with a qualifier before them: "the teaching post",
// "Year 5 teaching post", "nursing position"; but not "the position" or "your open role".
const GENERIC_JOB = new Set(['role', 'position', 'post', 'job', 'opening', 'vacancy', 'placement']);
const NOT_QUALIFIER = new Set(
  ('the a an this that my your our their his her its open new current available advertised posted same ' + 'of for on about to in at with and or from re').split(' '),
);

function qualifiedJob(ws: Token[]): boolean {
  for (let i = 1; i < ws.length; i++) {
    if (!GENERIC_JOB.has(ws[i]!.lower)) continue;
    const before = ws[i - 1]!.lower;
    if (!NOT_QUALIFIER.has(before) && !PURPOSE_WORDS.has(before) && !PURPOSE_PAIRS.has(before) && /^\p{L}/u.test(before)) return true;
  }
  return false;
}

// A template slot left in the subject ("[Job Title]", "(position)", "%ROLE%"): read as filled in
// when it stands for the role or for the sender's name, as a careful reader would.
const SLOT_RE = /[[({<%]([^\])}>%\n]{1,40})[\])}>%]/g;
const ROLE_SLOT_RE = /\b(?:job|role|position|title)\b/i;
const NAME_SLOT_RE = /\b(?:your|my|candidate'?s?)\s?(?:full\s?)?name\b/i;

const EXAMPLES: Record<Kind, (role: string) => string> = {
  'thank-you': (r) => `Thank you – ${r} interview`,
  note: (r) => `Thank you – ${r} interview`,
  'follow-up': (r) => `Following up – ${r} interview`,
  'second-follow-up': (r) => `Following up – ${r} application`,
  update: (r) => `Update on my ${r} application`,
  withdrawal: (r) => `Withdrawing my application – ${r}`,
};

// Reply and forward prefixes ("Re:", "FW[2]:") and the tags some mail systems add ("[EXTERNAL]").
// Sticky and bounded: each match starts where the last one ended, so the whole strip is linear.
const PREFIX_RE = /\s{0,20}(?:\[[^\]\n]{1,20}\]|(?:re|fw|fwd|aw|wg|tr|sv|vs)\s{0,3}(?:\[\d{1,4}\])?\s{0,3}:)/iy;

/** The subject without reply prefixes and mail tags, trimmed. */
export function stripPrefixes(raw: string): string {
  let at = 0;
  for (;;) {
    PREFIX_RE.lastIndex = at;
    if (!PREFIX_RE.exec(raw)) break;
    at = PREFIX_RE.lastIndex;
  }
  return raw.slice(at).trim();
}

function namesPurpose(ws: Token[]): boolean {
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!.lower;
    if (PURPOSE_WORDS.has(w)) return true;
    const next = PURPOSE_PAIRS.get(w);
    if (next && i + 1 < ws.length && next.has(ws[i + 1]!.lower)) return true;
  }
  return false;
}

export const subjectLine: Rule<'subject-line'> = {
  id: 'subject-line',
  kinds: ['thank-you', 'follow-up', 'second-follow-up', 'update', 'withdrawal'],
  severity: fixed('warning'),
  english: false,
  title: 'Write a clear subject',
  why: 'A subject that names the purpose and the role gets the email opened and found again later.',
  passMessage: 'The subject says what the email is about.',
  check({ draft, a, ctx, kind }) {
    const raw = draft.subject;
    const stripped = stripPrefixes(raw);
    const whole = { field: 'subject' as const, start: 0, end: raw.length };
    const role = ctx.company?.role?.trim() || 'Marketing Coordinator';
    const example = `"${EXAMPLES[kind](role)}"`;
    if (!stripped) return fail(`The subject is empty. Name the purpose and the role, such as ${example}.`, raw ? [whole] : [], 'error');
    // Vagueness is judged on English wording only; an empty subject is wrong in any language.
    if (a.language === 'other') return pass();
    const ws = a.subjectWords;
    const shown = stripped.length > 80 ? `${stripped.slice(0, 77)}…` : stripped;

    const stems = new Set(ws.map((w) => stem(w.lower)));
    const roleStems = contentStems(ctx.company?.role ?? '');
    let roleNamed =
      (roleStems.length > 0 && roleStems.filter((s) => stems.has(s)).length >= Math.ceil(roleStems.length / 2)) ||
      ws.some((w) => ROLE_WORDS.has(w.lower) || ROLE_ACRONYMS.has(w.text)) ||
      qualifiedJob(ws);

    // The sender's name, from the profile, the From line or the signature; written with a capital.
    const names = new Set<string>();
    for (const n of [ctx.profile?.name, draft.from?.name, signatureName(a)]) for (const w of words(n ?? '')) if (w.lower.length > 1) names.add(fold(w.text));
    let nameNamed = ws.some((w) => /^\p{Lu}/u.test(w.text) && names.has(fold(w.text)));

    if (!roleNamed || !nameNamed) {
      SLOT_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = SLOT_RE.exec(stripped))) {
        if (ROLE_SLOT_RE.test(m[1]!)) roleNamed = true;
        else if (NAME_SLOT_RE.test(m[1]!)) nameNamed = true;
        else SLOT_RE.lastIndex = m.index + 1;
      }
    }

    const purpose = namesPurpose(ws);
    const who = roleNamed || nameNamed;
    if (purpose && who) return pass(`Your subject “${shown}” names the purpose and ${roleNamed ? 'the role' : 'you'}.`);
    if (purpose) return fail(`“${shown}” says why you write but not for which role. Add the role or your name, such as ${example}.`, [whole]);
    if (who) return fail(`“${shown}” names ${roleNamed ? 'the role' : 'you'} but not why you write. Add the purpose, such as ${example}.`, [whole]);
    return fail(`“${shown}” does not say what the email is about. Name the purpose and the role, such as ${example}.`, [whole]);
  },
};
