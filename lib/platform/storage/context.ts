/**
 * What the guideline checker needs from the notes, and the log of follow-ups sent.
 * Called from the background (the content scripts ask it through messages).
 */
import type { CheckContext, Kind } from '@/lib/core/guidelines/types';
import { bareAddress, findCompanyForRecipients, newId } from '@/lib/core/notes/records';
import { interviewersAddressed } from '@/lib/core/notes/thanks';
import type { CompanyRecord, Profile, SentFollowUp } from '@/lib/core/notes/types';
import { notesStore, type NotesStore } from './store';

export interface RecipientLike {
  name?: string;
  address: string;
}

/**
 * The engine's context for a draft to `recipients`: the company whose domains or whose
 * interviewers' addresses match, its sent follow-ups, and the user's profile. Without a
 * matching company the context still carries the profile; undefined when nothing is saved
 * that could help.
 */
export async function loadCheckContextFor(recipients: RecipientLike[], now: Date, store: NotesStore = notesStore()): Promise<CheckContext | undefined> {
  const [companies, profile] = await Promise.all([store.listCompanies(), store.getProfile()]);
  return contextFrom(companies, profile, recipients, now);
}

function contextFrom(companies: CompanyRecord[], profile: Profile, recipients: RecipientLike[], now: Date): CheckContext | undefined {
  const company = findCompanyForRecipients(companies, recipients);
  const hasProfile = Object.values(profile).some((x) => typeof x === 'string' && x.trim() !== '');
  if (!company) return hasProfile ? { now, profile } : undefined;
  return hasProfile ? { company, now, sentFollowUps: company.followUps, profile } : { company, now, sentFollowUps: company.followUps };
}

/**
 * `loadCheckContextFor` for the background's checker, which runs on every keystroke: the
 * companies and the profile are read (and validated) once, then kept until the store reports
 * a change to them, instead of reading the whole storage area per check. A store that
 * cannot report changes is read every time.
 */
export function checkContextLoader(
  store: NotesStore = notesStore(),
  signal: AbortSignal = new AbortController().signal,
): (recipients: RecipientLike[], now: Date) => Promise<CheckContext | undefined> {
  if (!store.watchable) return (recipients, now) => loadCheckContextFor(recipients, now, store);
  let snapshot: Promise<{ companies: CompanyRecord[]; profile: Profile }> | null = null;
  store.watch((change) => {
    if (change.companies.length || change.profile || change.meta) snapshot = null;
  }, signal);
  return async (recipients, now) => {
    const current = (snapshot ??= Promise.all([store.listCompanies(), store.getProfile()]).then(([companies, profile]) => ({ companies, profile })));
    try {
      const { companies, profile } = await current;
      return contextFrom(companies, profile, recipients, now);
    } catch (error) {
      if (snapshot === current) snapshot = null;
      throw error;
    }
  };
}

export interface SentMessage {
  kind: Kind;
  sentAt: Date | string;
  to: RecipientLike[];
  subject: string;
  bodyText: string;
}

/** How much of a body is kept: enough to compare two messages. */
export const KEPT_BODY_CHARS = 4000;

/**
 * Logs a sent message on the company its recipients match. Returns what was logged, or
 * undefined when no saved company matches (nothing is written). A second report of the
 * same message (same subject and recipients within two minutes) is not logged twice.
 */
export async function recordSentFollowUp(sent: SentMessage, store: NotesStore = notesStore()): Promise<{ companyId: string; followUp: SentFollowUp } | undefined> {
  const companies = await store.listCompanies();
  const company = findCompanyForRecipients(companies, sent.to);
  if (!company) return undefined;
  const sentAt = typeof sent.sentAt === 'string' ? new Date(sent.sentAt) : sent.sentAt;
  if (Number.isNaN(sentAt.getTime())) throw new Error('recordSentFollowUp: sentAt is not a date');
  const followUp: SentFollowUp = {
    id: newId('f'),
    kind: sent.kind,
    sentAt: sentAt.toISOString(),
    to: sent.to.map((r) => bareAddress(r.address)),
    subject: sent.subject,
    bodyText: sent.bodyText.slice(0, KEPT_BODY_CHARS),
  };
  let logged: SentFollowUp = followUp;
  await store.updateCompany(company.id, (record) => {
    // Which interviewers it reached, so that a thank-you is tracked per person met.
    const reached = interviewersAddressed(record, followUp.to);
    const entry: SentFollowUp = reached.length ? { ...followUp, interviewerIds: reached } : followUp;
    const twin = record.followUps.find((f) => f.subject === followUp.subject && f.to.join(',') === followUp.to.join(',') && Math.abs(Date.parse(f.sentAt) - sentAt.getTime()) < 2 * 60_000);
    if (twin) {
      logged = twin;
      return record;
    }
    logged = entry;
    return { ...record, followUps: [...record.followUps, entry].sort((a, b) => a.sentAt.localeCompare(b.sentAt)) };
  });
  return { companyId: company.id, followUp: logged };
}
