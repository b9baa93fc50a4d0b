/**
 * Thank-yous per interviewer: each person met is owed their own. A sent thank-you (or
 * card) covers the interviewers it went to: the ones the log names, else the ones whose
 * saved address it was sent to. A logged thank-you that says nothing about its recipients
 * (typed in by hand, no addresses) is taken to cover everyone, as before this was tracked.
 */
import type { CompanyRecord, Interview, Interviewer, SentFollowUp } from '@/lib/core/notes/types';

const isThanks = (f: SentFollowUp) => f.kind === 'thank-you' || f.kind === 'note';
const norm = (address: string) => address.trim().toLowerCase();

/** The interviewers of `record` whose saved address is among `to` (ids, each once). */
export function interviewersAddressed(record: CompanyRecord, to: readonly string[]): string[] {
  const wanted = new Set(to.map(norm));
  const ids = new Set<string>();
  for (const iv of record.interviews) for (const p of iv.interviewers) if (p.email && wanted.has(norm(p.email))) ids.add(p.id);
  return [...ids];
}

/** Whether `f` went to interviewer `p`. */
export function reached(f: SentFollowUp, p: Interviewer): boolean {
  if (f.interviewerIds) return f.interviewerIds.includes(p.id);
  if (p.email && f.to.some((a) => norm(a) === norm(p.email!))) return true;
  return f.to.length === 0;
}

/** The interviewers of `interview` still owed a thank-you, given the thank-yous sent since it. */
export function owedThankYou(interview: Interview, sentSince: readonly SentFollowUp[]): Interviewer[] {
  const thanks = sentSince.filter(isThanks);
  return interview.interviewers.filter((p) => p.name.trim() && !thanks.some((f) => reached(f, p)));
}

/** "Priya Raman", "Priya Raman and Tomás Ibarra", "Priya Raman, Tomás Ibarra and Lee Chen". */
export function namesInWords(people: readonly Interviewer[]): string {
  const names = people.map((p) => p.name.trim());
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
