/**
 * The shape of a template and of the placeholders it may hold. Plain data only: the
 * template library never touches storage or the network, and builds DOM only when asked.
 */
import type { Kind } from '@/lib/core/guidelines/types';

/** A built-in template: plain text, paragraphs separated by a blank line, placeholders in `{{...}}`. */
export interface Template {
  id: string;
  kind: Kind;
  /** A short name for the list ("After a phone screen"). */
  title: string;
  /** When to use it, in one line. */
  situation: string;
  subject: string;
  body: string;
}

/** Every placeholder the engine knows, with a label the sidebar can show when asking for a value. */
export const PLACEHOLDERS = {
  'interviewer.firstName': 'Interviewer’s first name',
  'interviewer.lastName': 'Interviewer’s last name',
  'interviewer.name': 'Interviewer’s full name',
  'interviewer.title': 'Interviewer’s job title',
  company: 'Company',
  role: 'Role',
  topic: 'A topic you discussed',
  topic2: 'Another topic you discussed',
  challenge: 'A challenge the team faces',
  wish: 'Something you wish you had said',
  idea: 'An article or idea to pass on',
  news: 'News since the interview',
  'me.name': 'Your name',
  'me.phone': 'Your phone number',
  'me.email': 'Your email address',
  'interview.day': 'Day of the interview',
  'interview.date': 'Date of the interview',
  decisionDate: 'Date they said they would decide by',
  'lastFollowUp.date': 'Date of your last follow-up',
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;
export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];

export const isPlaceholderName = (name: string): name is PlaceholderName => Object.hasOwn(PLACEHOLDERS, name);

/** Values for placeholders; a missing or blank value leaves the placeholder unfilled. */
export type PlaceholderValues = Partial<Record<string, string | undefined>>;

/** A piece of filled text: literal template text, or a placeholder with its value (none when unfilled). */
export type Segment = { text: string } | { placeholder: string; value?: string };

export interface FilledTemplate {
  /** The subject with values put in; unfilled placeholders stay as `{{name}}`. */
  subject: string;
  /** The body as plain text, likewise. */
  text: string;
  /** The body, piece by piece, for rendering with text nodes and marking placeholders. */
  segments: Segment[];
  subjectSegments: Segment[];
  /** Placeholders left unfilled (subject and body), each once, in order of appearance. */
  unfilled: string[];
}
