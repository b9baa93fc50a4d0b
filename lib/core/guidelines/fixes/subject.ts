/**
 * A suggested subject for a failing `subject-line` finding: why the email is written (from its
 * kind) and which role it is about, or who writes (the user's name). "Thank you – Data Analyst
 * interview", "Following up – Data Analyst interview, Sam Taylor". Made from the notes, so it is
 * offered in the sidebar only, never to the page; the subject is a plain input that no underline
 * can mark, so the sidebar is where it is fixed.
 */
import { stripPrefixes } from '../rules/subject-line';
import type { Finding, Kind } from '../types';
import type { Fix, FixDraft } from './types';

/** What the suggestion can name besides the purpose: the role (from the company's notes) and the user's own name (from their profile). */
export interface SubjectWho {
  role?: string;
  name?: string;
}

// The purpose, with the role ("Thank you – Data Analyst interview") and without it.
const PURPOSE: Record<Kind, { withRole: (role: string) => string; alone: string }> = {
  'thank-you': { withRole: (r) => `Thank you – ${r} interview`, alone: 'Thank you for the interview' },
  note: { withRole: (r) => `Thank you – ${r} interview`, alone: 'Thank you for the interview' },
  'follow-up': { withRole: (r) => `Following up – ${r} interview`, alone: 'Following up on my interview' },
  'second-follow-up': { withRole: (r) => `Following up – ${r} application`, alone: 'Following up on my application' },
  update: { withRole: (r) => `Update on my ${r} application`, alone: 'Update on my application' },
  withdrawal: { withRole: (r) => `Withdrawing my application – ${r}`, alone: 'Withdrawing my application' },
};

/** A role or a name longer than this is a note, not a title: it is left out of a subject. */
const MAX_PART = 60;

/** One line, trimmed; nothing when it would not read as a title or a name. */
function part(value: string | undefined): string {
  const clean = (value ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  return clean.length <= MAX_PART && /\p{L}/u.test(clean) ? clean : '';
}

/**
 * The subject to suggest for an email of this kind, or null when neither the role nor the
 * user's name is known (a purpose alone is what the check faults as vague).
 */
export function suggestedSubject(kind: Kind, who: SubjectWho): string | null {
  const role = part(who.role);
  const name = part(who.name);
  if (!role && !name) return null;
  const purpose = PURPOSE[kind];
  if (!role) return `${purpose.alone} – ${name}`;
  return name ? `${purpose.withRole(role)}, ${name}` : purpose.withRole(role);
}

export const SUBJECT_FIX_LABEL = 'Use the suggested subject';

/**
 * The fix for a failing `subject-line` finding: the whole subject (empty, or the user's vague
 * one) replaced by the suggestion, after the reply prefix it had ("Re:"), which keeps the thread.
 * None for other findings, or when the subject already reads so.
 */
export function subjectFix(finding: Finding, draft: FixDraft, kind: Kind, who: SubjectWho): Fix | null {
  if (finding.rule !== 'subject-line' || finding.status !== 'fail') return null;
  const suggestion = suggestedSubject(kind, who);
  if (!suggestion) return null;
  const raw = draft.subject;
  const rest = stripPrefixes(raw);
  const prefix = (rest ? raw.slice(0, raw.lastIndexOf(rest)) : raw).trim();
  const replacement = prefix ? `${prefix} ${suggestion}` : suggestion;
  if (replacement === raw.trim()) return null;
  return { label: SUBJECT_FIX_LABEL, range: { field: 'subject', start: 0, end: raw.length }, replacement };
}
