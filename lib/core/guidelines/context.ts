/** Turns the caller's optional context into what the context rules need, with defaults. */
import type { CompanyRecord, Interview, Interviewer, Profile, SentFollowUp } from '@/lib/core/notes/types';
import type { CheckContext } from './types';

export interface ResolvedContext {
  now: Date;
  company?: CompanyRecord;
  /** The interview this draft is about: the latest one held before `now`. */
  interview?: Interview;
  /** Everyone interviewed at the company, across interviews, without duplicates. */
  interviewers: Interviewer[];
  /** Follow-ups already sent to this company, oldest first. */
  sentFollowUps: SentFollowUp[];
  profile?: Profile;
}

export function parseDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string' || !value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function resolveContext(context: CheckContext | undefined): ResolvedContext {
  const now = parseDate(context?.now) ?? new Date();
  const company = context?.company && typeof context.company === 'object' ? context.company : undefined;
  const interviews = Array.isArray(company?.interviews) ? company.interviews : [];
  const held = interviews
    .map((iv) => ({ iv, at: parseDate(iv?.at) }))
    .filter((x): x is { iv: Interview; at: Date } => x.at !== undefined)
    .sort((x, y) => x.at.getTime() - y.at.getTime());
  const before = held.filter((x) => x.at.getTime() <= now.getTime());
  const interview = (before[before.length - 1] ?? held[held.length - 1])?.iv;
  const seen = new Set<string>();
  const interviewers: Interviewer[] = [];
  for (const iv of interviews) {
    for (const p of Array.isArray(iv?.interviewers) ? iv.interviewers : []) {
      const key = (p?.email || p?.name || '').toLowerCase();
      if (!p?.name || seen.has(key)) continue;
      seen.add(key);
      interviewers.push(p);
    }
  }
  const sent = context?.sentFollowUps ?? company?.followUps ?? [];
  const sentFollowUps = (Array.isArray(sent) ? sent : []).filter((f) => parseDate(f?.sentAt)).sort((x, y) => parseDate(x.sentAt)!.getTime() - parseDate(y.sentAt)!.getTime());
  return { now, company, interview, interviewers, sentFollowUps, profile: context?.profile };
}

export const DAY_MS = 24 * 60 * 60 * 1000;
