/**
 * Building and changing company records: pure functions, no storage. The storage module
 * and the UI models call these inside their read-modify-write steps.
 */
import { isPersonalMailDomain } from '@/lib/core/notes/hosts-data';
import type { CompanyRecord, Interview, Interviewer, Stage } from '@/lib/core/notes/types';

export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** The lower-case domain of an email address (`"Priya <priya@Lumen.io>"` gives `lumen.io`). */
export function domainOf(address: string): string | undefined {
  const m = /@([^\s@<>"',;]+)/.exec(address);
  const domain = m?.[1]?.toLowerCase().replace(/\.+$/, '');
  return domain && domain.includes('.') ? domain : undefined;
}

/** The bare lower-case address inside `"Name <a@b.c>"` or `a@b.c`. */
export function bareAddress(address: string): string {
  const m = /<([^<>]+)>/.exec(address);
  return (m?.[1] ?? address).trim().toLowerCase();
}

/**
 * A domain as the user might type or paste it: `https://www.Lumen.io/jobs` gives
 * `lumen.io`; an address gives its domain. Returns '' when nothing usable is left.
 */
export function normalizeDomain(input: string): string {
  let s = input.trim().toLowerCase();
  if (s.includes('@')) return domainOf(s) ?? '';
  s = s
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/[/?#:].*$/, '')
    .replace(/^www\./, '')
    .replace(/\.+$/, '');
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(s) ? s : '';
}

const SECOND_LEVEL = /^(co|com|org|net|ac|gov|edu|ltd|plc)\.[a-z]{2}$/;

/** The part of a host a company registers: `careers.lumen.io` gives `lumen.io`, `jobs.acme.co.uk` gives `acme.co.uk`. */
export function baseDomain(host: string): string {
  const parts = normalizeDomain(host).split('.');
  if (parts.length < 2) return '';
  const take = parts.length > 2 && SECOND_LEVEL.test(parts.slice(-2).join('.')) ? 3 : 2;
  return parts.slice(-take).join('.');
}

/** A company name suggested by a site's host: `careers.lumen-freight.io` gives `Lumen Freight`. */
export function nameFromDomain(domain: string): string {
  const label = baseDomain(domain).split('.')[0];
  if (!label) return '';
  return label
    .split('-')
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}

export interface NewCompanyInput {
  name: string;
  domains?: string[];
  role?: string;
  stage?: Stage;
  notes?: string;
}

export function createCompanyRecord(input: NewCompanyInput, now: Date): CompanyRecord {
  const domains = uniqueDomains(input.domains ?? []);
  const record: CompanyRecord = {
    id: newId('c'),
    name: input.name.trim(),
    domains,
    stage: input.stage ?? 'interviewing',
    interviews: [],
    followUps: [],
    updatedAt: now.toISOString(),
  };
  if (input.role?.trim()) record.role = input.role.trim();
  if (input.notes?.trim()) record.notes = input.notes.trim();
  return record;
}

export function uniqueDomains(domains: readonly string[]): string[] {
  const out: string[] = [];
  for (const d of domains) {
    const n = normalizeDomain(d);
    if (n && !SECOND_LEVEL.test(n) && !out.includes(n)) out.push(n);
  }
  return out;
}

export function createInterview(at: Date | string): Interview {
  return {
    id: newId('i'),
    at: typeof at === 'string' ? at : at.toISOString(),
    interviewers: [],
    topics: [],
    challenges: [],
    wishISaid: [],
    ideas: [],
    news: [],
  };
}

export function createInterviewer(name: string, email?: string): Interviewer {
  const person: Interviewer = { id: newId('p'), name: name.trim() };
  if (email?.trim()) person.email = email.trim();
  return person;
}

/**
 * Whether a saved domain can name a company: normalised, with a registrable part. A bare
 * suffix ("com", "co.uk") would match every address under it.
 */
export function isCompanyDomain(domain: string): boolean {
  return normalizeDomain(domain) === domain && !SECOND_LEVEL.test(domain) && domain.includes('.');
}

/** Whether `domain` is `companyDomain` or one of its subdomains. */
function domainMatches(domain: string, companyDomain: string): boolean {
  if (!isCompanyDomain(companyDomain)) return false;
  return domain === companyDomain || domain.endsWith(`.${companyDomain}`);
}

/** Ids the pages and menus can carry: a word of letters, digits, `-` and `_`, never a reserved word. */
const COMPANY_ID_RE = /^[A-Za-z0-9_-]{1,120}$/;
const RESERVED_IDS = new Set(['new', 'parent']);
export const isUsableCompanyId = (id: string): boolean => COMPANY_ID_RE.test(id) && !RESERVED_IDS.has(id);

/** A fresh id that is the same for the same unusable one, so importing a file twice does not duplicate it. */
function stableId(old: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < old.length; i++) hash = Math.imul(hash ^ old.charCodeAt(i), 0x01000193) >>> 0;
  return `c-imported-${hash.toString(16).padStart(8, '0')}`;
}

/**
 * A company record from a backup, made safe to store: its domains normalised (a bare
 * suffix such as "com" dropped), and an id the pages cannot use ("", "new", odd
 * characters) replaced by a fresh one. Everything else is kept as it is.
 */
export function repairImportedCompany(record: CompanyRecord): { record: CompanyRecord; repaired: boolean } {
  const domains = uniqueDomains(record.domains).filter(isCompanyDomain);
  const id = isUsableCompanyId(record.id) ? record.id : stableId(record.id);
  const repaired = id !== record.id || domains.length !== record.domains.length || domains.some((d, i) => d !== record.domains[i]);
  return { record: repaired ? { ...record, id, domains } : record, repaired };
}

/**
 * The company the recipients write to: an interviewer's saved address wins, then a
 * company domain (public webmail domains never count). Ties go to the most recently
 * updated record.
 */
export function findCompanyForRecipients(companies: readonly CompanyRecord[], recipients: readonly { address: string }[]): CompanyRecord | undefined {
  const addresses = recipients.map((r) => bareAddress(r.address)).filter((a) => a.includes('@'));
  const domains = addresses.map((a) => domainOf(a)).filter((d): d is string => !!d && !isPersonalMailDomain(d));
  const newestFirst = [...companies].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  const byPerson = newestFirst.find((c) => c.interviews.some((iv) => iv.interviewers.some((p) => p.email && addresses.includes(bareAddress(p.email)))));
  if (byPerson) return byPerson;
  return newestFirst.find((c) => c.domains.some((cd) => domains.some((d) => domainMatches(d, cd.toLowerCase()))));
}

/** The company whose domains cover a site's host, if any. */
export function findCompanyForHost(companies: readonly CompanyRecord[], host: string): CompanyRecord | undefined {
  const domain = normalizeDomain(host);
  if (!domain) return undefined;
  return companies.find((c) => c.domains.some((cd) => domainMatches(domain, cd)));
}

export const QUICK_NOTE_KINDS = ['topic', 'challenge', 'wish', 'idea'] as const;
export type QuickNoteKind = (typeof QUICK_NOTE_KINDS)[number];

export const QUICK_NOTE_LABELS: Record<QuickNoteKind, string> = {
  topic: 'Topic we discussed',
  challenge: 'Challenge the team faces',
  wish: "What I wish I'd said",
  idea: 'Idea to send later',
};

const FIELD_OF: Record<QuickNoteKind, 'topics' | 'challenges' | 'wishISaid' | 'ideas'> = {
  topic: 'topics',
  challenge: 'challenges',
  wish: 'wishISaid',
  idea: 'ideas',
};

export interface QuickCapture {
  interviewerName?: string;
  interviewerEmail?: string;
  /** When the interview took place (ISO); without it the latest interview is used. */
  interviewAt?: string;
  kind: QuickNoteKind;
  text: string;
}

const sameDay = (a: string, b: string) => a.slice(0, 10) === b.slice(0, 10);

/**
 * Adds a quick note to a company, with its interviewer. Without a date it joins the latest
 * interview, so a note written days later does not start a second one; with a date it joins
 * the interview held that day, or starts one there. (A company with no interview yet gets
 * one, dated now when no date was given, to hold the note.)
 */
export function applyQuickCapture(record: CompanyRecord, capture: QuickCapture, now: Date): CompanyRecord {
  const interviews = [...record.interviews];
  let index = capture.interviewAt
    ? interviews.findIndex((iv) => sameDay(iv.at, capture.interviewAt!))
    : interviews.reduce((best, iv, i) => (best < 0 || iv.at > interviews[best]!.at ? i : best), -1);
  if (index < 0) {
    interviews.push(createInterview(capture.interviewAt ?? now.toISOString()));
    index = interviews.length - 1;
  }
  const interview = { ...interviews[index]! };
  const name = capture.interviewerName?.trim();
  const email = capture.interviewerEmail?.trim();
  const met = name ? interview.interviewers.find((p) => p.name.toLowerCase() === name.toLowerCase()) : undefined;
  if (name && !met) {
    interview.interviewers = [...interview.interviewers, createInterviewer(name, email)];
  } else if (met && email && !met.email) {
    // Someone saved by name only gains the address the user is now writing to.
    interview.interviewers = interview.interviewers.map((p) => (p === met ? { ...p, email } : p));
  }
  const text = capture.text.trim();
  if (text) {
    const field = FIELD_OF[capture.kind];
    interview[field] = [...interview[field], text];
  }
  interviews[index] = interview;
  return { ...record, interviews };
}

/** Appends a snippet (from the context menu) to a company's free notes. */
export function appendToNotes(record: CompanyRecord, text: string, source?: string): CompanyRecord {
  const snippet = source ? `${text.trim()}\n(from ${source})` : text.trim();
  const notes = record.notes?.trim() ? `${record.notes.trim()}\n\n${snippet}` : snippet;
  return { ...record, notes };
}
