/**
 * The shape of the user's interview notes, as stored per company and as exported in a
 * backup. The guideline engine reads these records; it never writes them.
 * Dates are ISO 8601 strings so that records survive JSON round trips unchanged.
 */
import type { Kind } from '@/lib/core/guidelines/types';

export type Stage = 'applied' | 'interviewing' | 'offer' | 'rejected' | 'withdrawn';
export type InterviewFormat = 'phone' | 'video' | 'onsite';
export type ContactPreference = 'email' | 'phone' | 'linkedin' | 'other';

export interface Interviewer {
  id: string;
  name: string;
  title?: string;
  email?: string;
  /** The person who leads the hiring process for this role; follow-ups go to them. */
  lead?: boolean;
  /** The most senior person met; a second follow-up goes to them. */
  mostSenior?: boolean;
  preferredContact?: ContactPreference;
}

export interface Interview {
  id: string;
  /** When the interview took place (ISO date-time). */
  at: string;
  format?: InterviewFormat;
  /** The date by which they said they would decide (ISO date). */
  decisionDate?: string;
  interviewers: Interviewer[];
  topics: string[];
  /** Challenges the team said it faces. */
  challenges: string[];
  /** What the user wished they had said, or a concern the interviewers raised. */
  wishISaid: string[];
  /** Articles or links to send later. */
  ideas: string[];
  /** News since the interview (an award, another offer). */
  news: string[];
}

export interface SentFollowUp {
  id: string;
  kind: Kind;
  /** When it was sent (ISO date-time). */
  sentAt: string;
  /** Recipient addresses. */
  to: string[];
  /**
   * The interviewers it went to (ids from the interviews), when known: set from the saved
   * addresses when it is logged, or ticked on the notes page. A thank-you is owed to each.
   */
  interviewerIds?: string[];
  subject: string;
  /** Enough of the body to compare two messages (the first few thousand characters). */
  bodyText: string;
}

export interface CompanyRecord {
  id: string;
  name: string;
  /** Email domains of the company, such as `northwind.com`; used to match recipients. */
  domains: string[];
  role?: string;
  stage: Stage;
  notes?: string;
  interviews: Interview[];
  followUps: SentFollowUp[];
  /** The last time the company replied, if known (ISO date-time). */
  lastReplyAt?: string;
  updatedAt: string;
}

/** The user's own details, used in signatures and templates. */
export interface Profile {
  name?: string;
  phone?: string;
  email?: string;
}

/** The user's reminder settings, as stored (`reminders`) and as the planner reads them. */
export interface ReminderSettings {
  /** Reminders are off until the user turns them on. */
  enabled: boolean;
  /** Companies the user turned reminders off for. */
  mutedCompanies: string[];
  /** Reminder id to the moment it may fire again (ISO). */
  snoozed: Record<string, string>;
  /** Reminder id to when it fired (ISO): each reminder fires once. */
  fired: Record<string, string>;
}
