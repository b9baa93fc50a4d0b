/**
 * Where a template slot lives in the notes, and how a value the user typed into the
 * sidebar's form is written back there when they ask ("Save to my notes"). Pure: the
 * functions return changed copies, and the storage module applies them to the latest saved
 * version. The place written is the one `valuesFromNotes` reads, so the slot shows the
 * saved value afterwards.
 */
import { resolveContext } from '@/lib/core/guidelines/context';
import type { Recipient } from '@/lib/core/guidelines/types';
import { createInterview, createInterviewer } from '@/lib/core/notes/records';
import type { CompanyRecord, Interview, Interviewer, Profile } from '@/lib/core/notes/types';
import { cleanValue, pickInterviewer, splitName } from './placeholders';

const LISTS = ['topics', 'challenges', 'wishISaid', 'ideas', 'news'] as const;
type ListField = (typeof LISTS)[number];

export type NoteHome =
  | { area: 'profile'; field: 'name' | 'phone' | 'email' }
  | { area: 'company'; field: 'name' | 'role' }
  | { area: 'interviewer'; field: 'firstName' | 'lastName' | 'name' | 'title' }
  | { area: 'interview'; list: ListField; index: 0 | 1 };

const HOMES: Record<string, NoteHome> = {
  'me.name': { area: 'profile', field: 'name' },
  'me.phone': { area: 'profile', field: 'phone' },
  'me.email': { area: 'profile', field: 'email' },
  company: { area: 'company', field: 'name' },
  role: { area: 'company', field: 'role' },
  'interviewer.firstName': { area: 'interviewer', field: 'firstName' },
  'interviewer.lastName': { area: 'interviewer', field: 'lastName' },
  'interviewer.name': { area: 'interviewer', field: 'name' },
  'interviewer.title': { area: 'interviewer', field: 'title' },
  topic: { area: 'interview', list: 'topics', index: 0 },
  topic2: { area: 'interview', list: 'topics', index: 1 },
  challenge: { area: 'interview', list: 'challenges', index: 0 },
  wish: { area: 'interview', list: 'wishISaid', index: 0 },
  idea: { area: 'interview', list: 'ideas', index: 0 },
  news: { area: 'interview', list: 'news', index: 0 },
};

/**
 * The note field a slot is read from, or null for a slot with no home in the notes: dates
 * worked out from the notes (the interview's day, the decision date) and a user template's
 * own free-text placeholders.
 */
export function noteHomeOf(slot: string): NoteHome | null {
  return Object.hasOwn(HOMES, slot) ? HOMES[slot]! : null;
}

/** Whether saving the slot needs a company (everything but the user's own details). */
export const needsCompany = (slot: string): boolean => {
  const home = noteHomeOf(slot);
  return home !== null && home.area !== 'profile';
};

export interface SlotEdit {
  slot: string;
  value: string;
}

export interface ApplyOptions {
  /** The moment of writing, as given to `valuesFromNotes`: it decides which interview is meant. */
  now: Date;
  /** The draft's recipients (To first), as given to `valuesFromNotes`: they decide which interviewer. */
  recipients?: readonly (Recipient | string)[];
}

const HONORIFIC_RE = /^(?:mr|mrs|ms|mx|miss|dr|prof|professor)\.?$/i;

/** A full name with its first name (or its last name) replaced; a title such as "Dr." stays. */
function withNamePart(name: string, part: 'first' | 'last', value: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length - 1 && HONORIFIC_RE.test(words[i]!)) i++;
  if (part === 'first') return [...words.slice(0, i), value, ...words.slice(i + 1)].join(' ');
  return [...words.slice(0, i + 1), value].join(' ');
}

const addressOf = (r: Recipient | string): string => (typeof r === 'string' ? r : (r.address ?? '')).trim();
const nameOf = (r: Recipient | string | undefined): string | undefined => (r && typeof r !== 'string' ? cleanValue(r.name) : undefined);

/**
 * Whom an interviewer slot is about: the saved person whose address the draft goes to;
 * else, when it goes to an address the notes do not hold, a new person there (the name
 * the notes gave was only a guess, the lead of the interview); else the person the slot
 * was read from.
 */
function whoIsMeant(ctx: ReturnType<typeof resolveContext>, interview: Interview, opts: ApplyOptions): { person: Interviewer } | { at?: Recipient | string } {
  const person = pickInterviewer(ctx.interviewers, interview, opts);
  const addresses = (opts.recipients ?? []).map((r) => addressOf(r).toLowerCase());
  if (person && typeof person.email === 'string' && addresses.includes(person.email.trim().toLowerCase())) return { person };
  const first = opts.recipients?.find((r) => addressOf(r).includes('@'));
  if (first) return { at: first };
  return person ? { person } : {};
}

/** The index of the n-th entry that is not blank (what `valuesFromNotes` counts), or -1. */
function nthFilled(list: readonly string[], n: number): number {
  let seen = -1;
  for (let i = 0; i < list.length; i++) if (cleanValue(list[i]) !== undefined && ++seen === n) return i;
  return -1;
}

/**
 * The company record with the edited slots written into it: the interviewer the letter is
 * for (in every interview they took part in), the interview entry the slot was read from,
 * else the interview the draft is about (a company without one gets one, dated now, as a
 * quick note from the popup does). Slots that live elsewhere, and blank values, are left
 * out. The record passed in is not changed.
 */
export function applySlotEdits(record: CompanyRecord, edits: readonly SlotEdit[], opts: ApplyOptions): CompanyRecord {
  const next = structuredClone(record);
  for (const edit of edits) {
    const value = cleanValue(edit.value);
    const home = noteHomeOf(edit.slot);
    if (value === undefined || !home || home.area === 'profile') continue;
    if (home.area === 'company') {
      next[home.field] = value;
      continue;
    }
    const ctx = resolveContext({ company: next, now: opts.now });
    const interview = ctx.interview ?? createInterview(opts.now);
    if (home.area === 'interviewer') writeInterviewer(next, interview, whoIsMeant(ctx, interview, opts), home.field, value);
    else writeListEntry(next, interview, home.list, home.index, value, opts.now);
    // A new interview is kept only when it holds what was written.
    const holds = interview.interviewers.length > 0 || LISTS.some((list) => interview[list].length > 0);
    if (!ctx.interview && holds) next.interviews.push(interview);
  }
  return next;
}

function writeInterviewer(record: CompanyRecord, interview: Interview, meant: ReturnType<typeof whoIsMeant>, field: 'firstName' | 'lastName' | 'name' | 'title', value: string) {
  if (!('person' in meant)) {
    // Someone the notes do not know yet: saved at the address written to, the rest of the name from the compose.
    const shown = nameOf(meant.at);
    const parts = shown ? splitName(shown) : {};
    const name = field === 'name' ? value : field === 'title' ? shown : [field === 'firstName' ? value : parts.first, field === 'lastName' ? value : parts.last].filter(Boolean).join(' ');
    if (!name) return;
    const added = createInterviewer(name, meant.at ? addressOf(meant.at) : undefined);
    if (field === 'title') added.title = value;
    interview.interviewers.push(added);
    return;
  }
  const { person } = meant;
  const change = (p: Interviewer): Interviewer => {
    if (field === 'title') return { ...p, title: value };
    if (field === 'name') return { ...p, name: value };
    const { first } = splitName(p.name);
    // A single name is a first name: a last name goes after it.
    return { ...p, name: first === undefined ? value : withNamePart(p.name, field === 'firstName' ? 'first' : 'last', value) };
  };
  // The same person in every interview they took part in, so the notes agree with themselves.
  for (const iv of record.interviews) iv.interviewers = iv.interviewers.map((p) => (p.id === person.id ? change(p) : p));
}

function writeListEntry(record: CompanyRecord, current: Interview, list: ListField, index: 0 | 1, value: string, now: Date) {
  // The interviews `valuesFromNotes` reads from, in its order: the current one, then earlier ones, latest first.
  const at = (x: Interview) => new Date(x.at).getTime();
  const earlier = record.interviews.filter((x) => x !== current && (Number.isNaN(at(x)) ? Infinity : at(x)) <= now.getTime()).sort((x, y) => (at(y) || 0) - (at(x) || 0));
  const ordered = [current, ...earlier];
  // Topics come as a pair from one interview; the other lists from the first interview with an entry.
  const source = ordered.find((x) => Array.isArray(x[list]) && nthFilled(x[list], 0) >= 0);
  if (!source) {
    current[list] = [...(current[list] ?? []), value];
    return;
  }
  const i = nthFilled(source[list], index);
  if (i >= 0) source[list] = source[list].map((entry, j) => (j === i ? value : entry));
  else source[list] = [...source[list], value];
}

/**
 * Whether the edits change the record. They do not when the notes already hold the value as
 * typed, or when a job title is for someone the notes cannot name yet (nobody at the address
 * written to, and no name shown for it in the compose).
 */
export function changesRecord(record: CompanyRecord, edits: readonly SlotEdit[], opts: ApplyOptions): boolean {
  const { updatedAt: _a, ...before } = record;
  const { updatedAt: _b, ...after } = applySlotEdits(record, edits, opts);
  return JSON.stringify(before) !== JSON.stringify(after);
}

/** The profile with the edited slots of the user's own details written into it. */
export function applyProfileEdits(profile: Profile, edits: readonly SlotEdit[]): Profile {
  const next: Profile = { ...profile };
  for (const edit of edits) {
    const value = cleanValue(edit.value);
    const home = noteHomeOf(edit.slot);
    if (value !== undefined && home?.area === 'profile') next[home.field] = value;
  }
  return next;
}
