/**
 * Runtime validation of the stored interview notes (valibot schemas).
 *
 * The TypeScript interfaces in `./types.ts` stay the source of truth: every schema below
 * is checked at compile time against them (see the `Same<...>` assertions), so a change
 * to one without the other fails `tsc`.
 *
 * Parsing never evaluates anything: every string (HTML, script, `__proto__`) stays a
 * plain string, unknown keys are dropped, and no object is built by assigning
 * attacker-chosen keys onto an ordinary object.
 */
import * as v from 'valibot';
import { KINDS } from '@/lib/core/guidelines/types';
import type { CompanyRecord, Interview, Interviewer, Profile, SentFollowUp } from '@/lib/core/notes/types';

// ---------------------------------------------------------------------------------------
// Field schemas

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** A calendar date or date-time in ISO 8601 form that names a real moment. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE_RE.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (day > daysInMonth) return false;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)) return false;
  return !Number.isNaN(Date.parse(value.replace(' ', 'T')));
}

export const MSG = {
  string: 'expected a string',
  date: 'expected an ISO date',
  list: 'expected a list',
  object: 'expected an object',
  boolean: 'expected true or false',
  stringList: 'expected a list of strings',
} as const;

export const str = () => v.string(MSG.string);
export const isoDate = () => v.pipe(v.string(MSG.date), v.check(isIsoDate, MSG.date));
export const strList = () => v.array(v.string(MSG.stringList), MSG.stringList);
const oneOf = <const T extends readonly string[]>(options: T) => v.picklist(options, `expected one of ${options.map((o) => `"${o}"`).join(', ')}`);

export const STAGES = ['applied', 'interviewing', 'offer', 'rejected', 'withdrawn'] as const;
export const INTERVIEW_FORMATS = ['phone', 'video', 'onsite'] as const;
export const CONTACT_PREFERENCES = ['email', 'phone', 'linkedin', 'other'] as const;

export const InterviewerSchema = v.object(
  {
    id: str(),
    name: str(),
    title: v.optional(str()),
    email: v.optional(str()),
    lead: v.optional(v.boolean(MSG.boolean)),
    mostSenior: v.optional(v.boolean(MSG.boolean)),
    preferredContact: v.optional(oneOf(CONTACT_PREFERENCES)),
  },
  MSG.object,
);

export const InterviewSchema = v.object(
  {
    id: str(),
    at: isoDate(),
    format: v.optional(oneOf(INTERVIEW_FORMATS)),
    decisionDate: v.optional(isoDate()),
    interviewers: v.array(InterviewerSchema, MSG.list),
    topics: strList(),
    challenges: strList(),
    wishISaid: strList(),
    ideas: strList(),
    news: strList(),
  },
  MSG.object,
);

export const SentFollowUpSchema = v.object(
  {
    id: str(),
    kind: oneOf(KINDS),
    sentAt: isoDate(),
    to: strList(),
    interviewerIds: v.optional(strList()),
    subject: str(),
    bodyText: str(),
  },
  MSG.object,
);

export const CompanyRecordSchema = v.object(
  {
    id: str(),
    name: str(),
    domains: strList(),
    role: v.optional(str()),
    stage: oneOf(STAGES),
    notes: v.optional(str()),
    interviews: v.array(InterviewSchema, MSG.list),
    followUps: v.array(SentFollowUpSchema, MSG.list),
    lastReplyAt: v.optional(isoDate()),
    updatedAt: isoDate(),
  },
  MSG.object,
);

export const ProfileSchema = v.object(
  {
    name: v.optional(str()),
    phone: v.optional(str()),
    email: v.optional(str()),
  },
  MSG.object,
);

// Compile-time proof that the schemas and the interfaces describe the same shapes.
export type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const assertSame = <T extends true>(): T | undefined => undefined;
assertSame<Same<v.InferOutput<typeof InterviewerSchema>, Interviewer>>();
assertSame<Same<v.InferOutput<typeof InterviewSchema>, Interview>>();
assertSame<Same<v.InferOutput<typeof SentFollowUpSchema>, SentFollowUp>>();
assertSame<Same<v.InferOutput<typeof CompanyRecordSchema>, CompanyRecord>>();
assertSame<Same<v.InferOutput<typeof ProfileSchema>, Profile>>();
