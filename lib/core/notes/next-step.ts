/**
 * The next step for a company and when it is due: the thank-you a day after the
 * interview, a follow-up once the promised decision date has passed (or a week after the
 * interview when none was promised), a second follow-up a week after the first. The due
 * dates come from `./schedule`, which the engine's `timing` rule reads too.
 */
import { followUpDue, secondFollowUpDue, thankYouDue } from '@/lib/core/notes/schedule';
import { namesInWords, owedThankYou } from '@/lib/core/notes/thanks';
import type { CalendarEvent } from '@/lib/core/notes/ics';
import type { CompanyRecord, Interview } from '@/lib/core/notes/types';

export type NextStepKind = 'thank-you' | 'follow-up' | 'second-follow-up' | 'interview' | 'none';

export interface NextStep {
  kind: NextStepKind;
  /** What to do, in a few words. */
  label: string;
  due?: Date;
  /** When the step falls on a calendar day rather than at a moment (from a bare decision date). */
  dueDay?: string;
  /** For a thank-you: the interviewers still owed one. */
  owedTo?: string[];
  /** Identifies this reminder (company, step and due date) for snoozing and firing once. */
  reminderId?: string;
}

function step(record: CompanyRecord, kind: NextStepKind, label: string, due: Date): NextStep {
  return { kind, label, due, reminderId: `${record.id}:${kind}:${due.toISOString()}` };
}

/** The interview follow-ups are about: the latest one held before `now`. */
export function latestInterview(record: CompanyRecord, now: Date): Interview | undefined {
  let best: Interview | undefined;
  for (const iv of record.interviews) {
    const at = Date.parse(iv.at);
    if (Number.isNaN(at) || at > now.getTime()) continue;
    if (!best || at > Date.parse(best.at)) best = iv;
  }
  return best;
}

export function nextStep(record: CompanyRecord, now: Date): NextStep {
  if (record.stage === 'offer' || record.stage === 'rejected' || record.stage === 'withdrawn') {
    return { kind: 'none', label: record.stage === 'offer' ? 'Offer received' : 'Closed' };
  }
  const interview = latestInterview(record, now);
  if (!interview) {
    const upcoming = record.interviews
      .map((iv) => Date.parse(iv.at))
      .filter((t) => !Number.isNaN(t) && t > now.getTime())
      .sort((a, b) => a - b)[0];
    if (upcoming !== undefined) return { kind: 'interview', label: 'Interview coming up', due: new Date(upcoming) };
    return { kind: 'none', label: 'Add an interview to plan follow-ups' };
  }
  const heldAt = Date.parse(interview.at);
  const sent = record.followUps.filter((f) => Date.parse(f.sentAt) >= heldAt).sort((a, b) => a.sentAt.localeCompare(b.sentAt));
  const last = sent[sent.length - 1];
  if (last && record.lastReplyAt && Date.parse(record.lastReplyAt) > Date.parse(last.sentAt)) {
    return { kind: 'none', label: 'They replied' };
  }
  // A thank-you is owed to each interviewer met (or, with none saved, one to the company).
  const owed = owedThankYou(interview, sent);
  const anyThanks = sent.some((f) => f.kind === 'thank-you' || f.kind === 'note');
  if (owed.length > 0 || (!anyThanks && interview.interviewers.every((p) => !p.name.trim()))) {
    const thanked = interview.interviewers.filter((p) => p.name.trim()).length - owed.length;
    const label = owed.length === 0 ? 'Send a thank-you' : `Send a thank-you to ${namesInWords(owed)}${thanked > 0 ? ` (${thanked} already thanked)` : ''}`;
    return { ...step(record, 'thank-you', label, thankYouDue(new Date(heldAt))), owedTo: owed.map((p) => p.name.trim()) };
  }
  const followUps = sent.filter((f) => f.kind === 'follow-up' || f.kind === 'second-follow-up');
  if (followUps.length === 0) {
    const { due, promised, day } = followUpDue(new Date(heldAt), interview.decisionDate);
    const out = step(record, 'follow-up', promised ? 'Follow up once their decision date has passed' : 'Follow up on the decision', due);
    return day ? { ...out, dueDay: day } : out;
  }
  if (followUps.length === 1) {
    return step(record, 'second-follow-up', 'Send a second follow-up', secondFollowUpDue(new Date(followUps[0]!.sentAt)));
  }
  return { kind: 'none', label: 'Both follow-ups sent: wait for their reply' };
}

/** The next step as a calendar event, or undefined when nothing is due. */
export function nextStepEvent(record: CompanyRecord, s: NextStep): CalendarEvent | undefined {
  if (!s.due || !s.reminderId || s.kind === 'interview' || s.kind === 'none') return undefined;
  const where = record.role ? `${record.name} (${record.role})` : record.name;
  const event: CalendarEvent = {
    uid: `${s.reminderId}@afterview`,
    title: `${s.label}: ${record.name}`,
    description: `Afterview next step for ${where}: ${s.label}.`,
  };
  return s.dueDay ? { ...event, day: s.dueDay } : { ...event, start: s.due };
}
