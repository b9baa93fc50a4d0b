/**
 * The guideline engine's public types. Everything here is plain data: the engine never
 * touches the DOM, storage or the network.
 */
import type { CompanyRecord, Profile, SentFollowUp } from '@/lib/core/notes/types';

export const KINDS = ['thank-you', 'note', 'follow-up', 'second-follow-up', 'update', 'withdrawal'] as const;
export type Kind = (typeof KINDS)[number];

export type Severity = 'error' | 'warning' | 'tip';
export type Status = 'pass' | 'fail' | 'n/a';

export interface Recipient {
  name?: string;
  address: string;
}

/** A draft as the webmail adapters and the `check` command read it. */
export interface Draft {
  subject: string;
  from?: Recipient;
  to: Recipient[];
  cc: Recipient[];
  /** The body as plain text, as the user sees it (line breaks as `\n`). */
  bodyText: string;
  bodyHtml?: string;
}

/** What the engine may know beyond the draft. Every part is optional. */
export interface CheckContext {
  /** The company record matched by the recipients' addresses. */
  company?: CompanyRecord;
  /** The moment of checking; defaults to the current time. */
  now?: Date | string;
  /** Follow-ups already sent; defaults to `company.followUps`. */
  sentFollowUps?: SentFollowUp[];
  /** The user's own name, phone and email. */
  profile?: Profile;
}

export interface CheckOptions {
  /** Force a kind instead of detecting it. */
  kind?: Kind;
  /** A loaded spell checker; without one, `spelling` still checks doubled words and case. */
  speller?: Speller;
  /** Rule ids the user muted: reported as `n/a` and not scored. */
  muted?: readonly string[];
  /**
   * Told when a rule throws. The finding still says "could not run" (the page and the
   * command line never break); tests pass a collector so that a throwing rule fails them.
   */
  onRuleError?: (rule: RuleId, error: unknown) => void;
}

export interface TextRange {
  field: 'subject' | 'body';
  /** Offsets into `draft.subject` or `draft.bodyText` (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  /** What this range is, where a fix depends on it: a word the dictionary does not know can be added to the user's. */
  tag?: 'unknown-word';
}

export interface Finding {
  rule: RuleId;
  status: Status;
  severity: Severity;
  message: string;
  ranges: TextRange[];
}

export interface CheckResult {
  kind: Kind;
  /** How the kind was decided. */
  kindSource: 'forced' | 'detected';
  score: number;
  findings: Finding[];
  /** The language the body appears to be in: English wording rules are `n/a` otherwise. */
  language: 'en' | 'other' | 'unknown';
}

/** A spell checker: `correct` answers for one word as written (with its case). */
/**
 * The notes' values a placeholder can be filled with from the card: the interviewer's full,
 * first or last name, the company, the role. A literal list, like `RULE_IDS`, for the messages.
 */
export const NOTE_SLOTS = ['interviewer', 'interviewer-first', 'interviewer-last', 'company', 'role'] as const;
export type NoteSlot = (typeof NOTE_SLOTS)[number];

export interface Speller {
  correct(word: string): boolean;
  /** Up to `limit` words the writer probably meant by a word `correct` rejects, likeliest first (none if the speller cannot say). */
  suggest?(word: string, limit: number): string[];
}

export const RULE_IDS = [
  'gratitude',
  'specific-detail',
  'value-recap',
  'enthusiasm',
  'next-step',
  'sign-off',
  'contact-info',
  'subject-line',
  'length',
  'placeholders',
  'salutation',
  'name-accuracy',
  'needy-tone',
  'casual-language',
  'spelling',
  'resume-restating',
  'self-focus',
  'sentence-length',
  'timing',
  'follow-up-frequency',
  'recipient-choice',
  'unique-per-interviewer',
  'prior-reference',
  'something-new',
  'address-concern',
  'door-open',
] as const;
export type RuleId = (typeof RULE_IDS)[number];
