/**
 * The placeholder engine: fills `{{name}}` markers from the notes, always as text.
 *
 * A value is never parsed as markup. `fillTemplate` returns the filled text and its
 * pieces (`segments`); `toHtmlNodes` builds DOM nodes from those pieces with
 * `createElement` and `createTextNode` only, so a note that holds `<img onerror=...>`
 * arrives in the compose as those characters. Unfilled placeholders stay visible as
 * `{{name}}` (the `placeholders` rule then flags them) and are listed in `unfilled`.
 */
import { resolveContext } from '@/lib/core/guidelines/context';
import type { Recipient } from '@/lib/core/guidelines/types';
import { isBareDate } from '@/lib/core/notes/schedule';
import type { CompanyRecord, Interview, Interviewer, Profile } from '@/lib/core/notes/types';
import { PHRASE_SLOTS, asPhrase } from './slots';
import type { FilledTemplate, PlaceholderName, PlaceholderValues, Segment } from './types';

// `{{ name }}`: a bounded run without braces or line breaks, so matching stays linear.
const MARKER_RE = /\{\{\s*([^{}\n]{1,60}?)\s*\}\}/g;
/** Longer values are cut: a placeholder stands for a phrase, not a page. */
export const MAX_VALUE_CHARS = 500;

/** A value as it goes into the text: one line, trimmed, bounded; undefined when blank. */
export function cleanValue(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const one = value.replace(/\s+/g, ' ').trim();
  if (!one) return undefined;
  return one.length > MAX_VALUE_CHARS ? `${one.slice(0, MAX_VALUE_CHARS - 1).trimEnd()}…` : one;
}

function valueOf(values: PlaceholderValues, name: string): string | undefined {
  return Object.hasOwn(values, name) ? cleanValue(values[name]) : undefined;
}

/** Splits `text` into literal pieces and placeholders, with values put in. */
export function fillText(text: string, values: PlaceholderValues): { text: string; segments: Segment[]; unfilled: string[] } {
  const segments: Segment[] = [];
  const unfilled: string[] = [];
  let out = '';
  let last = 0;
  const literal = (s: string) => {
    if (!s) return;
    const prev = segments[segments.length - 1];
    if (prev && 'text' in prev) prev.text += s;
    else segments.push({ text: s });
    out += s;
  };
  MARKER_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = MARKER_RE.exec(text))) {
    literal(text.slice(last, m.index));
    last = m.index + m[0].length;
    const name = m[1]!.trim();
    const value = valueOf(values, name);
    if (value !== undefined) {
      segments.push({ placeholder: name, value });
      out += value;
    } else {
      segments.push({ placeholder: name });
      out += `{{${name}}}`;
      if (!unfilled.includes(name)) unfilled.push(name);
    }
  }
  literal(text.slice(last));
  return { text: out, segments, unfilled };
}

/** Fills a template's subject and body. Pure; values are text and nothing in them is interpreted. */
export function fillTemplate(template: { subject: string; body: string }, values: PlaceholderValues): FilledTemplate {
  const subject = fillText(template.subject.replace(/[\r\n]+/g, ' '), values);
  const body = fillText(template.body.replace(/\r\n?/g, '\n'), values);
  const unfilled = [...subject.unfilled];
  for (const name of body.unfilled) if (!unfilled.includes(name)) unfilled.push(name);
  return { subject: subject.text, text: body.text, segments: body.segments, subjectSegments: subject.segments, unfilled };
}

/** The filled body as plain text, lines separated by `\n`. */
export function toPlainText(filled: Pick<FilledTemplate, 'segments'>): string {
  return filled.segments.map((s) => ('text' in s ? s.text : (s.value ?? `{{${s.placeholder}}}`))).join('');
}

export interface HtmlOptions {
  /** `div` (default): one `<div>` per paragraph and an empty `<div><br></div>` between, as webmail editors write; `p`: one `<p>` per paragraph. */
  block?: 'div' | 'p';
  /** Wrap each unfilled placeholder in `<mark data-placeholder="name">` (for a preview). */
  markUnfilled?: boolean;
}

type Piece = { text: string; unfilled?: string };

/**
 * The filled body as DOM nodes built with `createElement`/`createTextNode` only:
 * paragraphs (separated by blank lines) become blocks, single line breaks `<br>`.
 */
export function toHtmlNodes(doc: Document, filled: Pick<FilledTemplate, 'segments'>, options: HtmlOptions = {}): DocumentFragment {
  const block = options.block ?? 'div';
  // Lines of pieces; a value never holds a line break (see `cleanValue`), literal text may.
  const lines: Piece[][] = [[]];
  for (const s of filled.segments) {
    if ('text' in s) {
      const parts = s.text.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) lines.push([]);
        if (part) lines[lines.length - 1]!.push({ text: part });
      });
    } else if (s.value !== undefined) lines[lines.length - 1]!.push({ text: s.value });
    else lines[lines.length - 1]!.push({ text: `{{${s.placeholder}}}`, unfilled: s.placeholder });
  }
  const blank = (line: Piece[]) => line.every((p) => !p.text.trim());
  // Paragraphs: runs of non-blank lines.
  const paragraphs: Piece[][][] = [];
  let current: Piece[][] = [];
  for (const line of lines) {
    if (blank(line)) {
      if (current.length) paragraphs.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) paragraphs.push(current);

  const fragment = doc.createDocumentFragment();
  paragraphs.forEach((para, pi) => {
    if (pi > 0 && block === 'div') {
      const spacer = doc.createElement('div');
      spacer.appendChild(doc.createElement('br'));
      fragment.appendChild(spacer);
    }
    const el = doc.createElement(block);
    para.forEach((line, li) => {
      if (li > 0) el.appendChild(doc.createElement('br'));
      for (const piece of line) {
        if (piece.unfilled !== undefined && options.markUnfilled) {
          const mark = doc.createElement('mark');
          mark.setAttribute('data-placeholder', piece.unfilled);
          mark.appendChild(doc.createTextNode(piece.text));
          el.appendChild(mark);
        } else el.appendChild(doc.createTextNode(piece.text));
      }
    });
    fragment.appendChild(el);
  });
  return fragment;
}

/**
 * Fills placeholders inside the text nodes of already-sanitised nodes (a user template's
 * rich text), in place. Values change only text nodes' data, so they stay text. A
 * placeholder split across formatting (`{{com<b>pany</b>}}`) is not recognised.
 */
export function fillNodes(root: Node, values: PlaceholderValues): { unfilled: string[] } {
  const unfilled: string[] = [];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const t of texts) {
    if (!t.data.includes('{{')) continue;
    const filled = fillText(t.data, values);
    if (filled.text !== t.data) t.data = filled.text;
    for (const name of filled.unfilled) if (!unfilled.includes(name)) unfilled.push(name);
  }
  return { unfilled };
}

// ---------------------------------------------------------------------------------------
// Values from the notes

export interface ValuesOptions {
  /** Pick this interviewer (by id) rather than matching recipients. */
  interviewerId?: string;
  /** The moment of writing: decides which interview is meant and how its day is named. */
  now: Date;
  /** The draft's recipients (To first): the interviewer whose address matches is addressed. */
  recipients?: readonly (Recipient | string)[];
  /** Time zone for days and dates (default: the browser's). */
  timeZone?: string;
}

const HONORIFIC_RE = /^(?:mr|mrs|ms|mx|miss|dr|prof|professor)\.?$/i;

/** First and last name from a full name ("Dr. Tomás Ekwueme" -> Tomás, Ekwueme). */
export function splitName(name: string): { first?: string; last?: string } {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  while (parts.length > 1 && HONORIFIC_RE.test(parts[0]!)) parts.shift();
  if (!parts.length) return {};
  return { first: parts[0], last: parts.length > 1 ? parts.slice(1).join(' ') : undefined };
}

const addressOf = (r: Recipient | string): string => (typeof r === 'string' ? r : (r.address ?? '')).trim().toLowerCase();

/**
 * The interviewer a letter is for: the one chosen by id, else the first recipient whose
 * address is saved for an interviewer, else the lead of the interview (then of any
 * interview), else the only interviewer of the interview.
 */
export function pickInterviewer(
  interviewers: readonly Interviewer[],
  interview: Interview | undefined,
  opts: { interviewerId?: string; recipients?: readonly (Recipient | string)[] },
): Interviewer | undefined {
  if (opts.interviewerId) {
    const byId = interviewers.find((p) => p.id === opts.interviewerId);
    if (byId) return byId;
  }
  for (const r of opts.recipients ?? []) {
    const a = addressOf(r);
    if (!a) continue;
    const match = interviewers.find((p) => typeof p.email === 'string' && p.email.trim().toLowerCase() === a);
    if (match) return match;
  }
  const current = Array.isArray(interview?.interviewers) ? interview.interviewers.filter((p) => p?.name) : [];
  return current.find((p) => p.lead) ?? interviewers.find((p) => p.lead) ?? (current.length === 1 ? current[0] : undefined);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Year, month and day of a moment in a time zone. */
function calendarDay(d: Date, timeZone: string | undefined): { y: number; m: number; d: number } {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(d);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: get('year'), m: get('month'), d: get('day') };
}

function parse(value: string | undefined): { date: Date; bare: boolean } | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : { date, bare: isBareDate(value) };
}

/** "3 March", with the year when it is not the year of `now` ("3 March 2025"). Bare dates are read as calendar dates. */
export function formatDate(value: string | undefined, now: Date, timeZone?: string): string | undefined {
  const p = parse(value);
  if (!p) return undefined;
  const tz = p.bare ? 'UTC' : timeZone;
  const sameYear = calendarDay(p.date, tz).y === calendarDay(now, timeZone).y;
  return new Intl.DateTimeFormat('en-GB', { timeZone: tz, day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) }).format(p.date);
}

/**
 * How a letter names the day of the interview, to follow "on": the weekday ("Tuesday")
 * when it was within the past six days, else the date ("3 March"). Undefined when the
 * date is missing or in the future.
 */
export function interviewDay(at: string | undefined, now: Date, timeZone?: string): string | undefined {
  const p = parse(at);
  if (!p) return undefined;
  const tz = p.bare ? 'UTC' : timeZone;
  const a = calendarDay(p.date, tz);
  const b = calendarDay(now, timeZone);
  const days = Math.round((Date.UTC(b.y, b.m - 1, b.d) - Date.UTC(a.y, a.m - 1, a.d)) / DAY_MS);
  if (days < 0) return undefined;
  if (days <= 6) return new Intl.DateTimeFormat('en-GB', { timeZone: tz, weekday: 'long' }).format(p.date);
  return formatDate(at, now, timeZone);
}

const firstOf = (lists: unknown[]): string | undefined => {
  for (const list of lists) {
    for (const item of Array.isArray(list) ? list : []) if (cleanValue(item)) return cleanValue(item);
  }
  return undefined;
};

/**
 * Placeholder values from a company's notes and the user's profile. The interview meant is
 * the latest held before `now` (as the checker decides); topics and the rest come from it,
 * or from the most recent earlier interview that has some.
 */
export function valuesFromNotes(company: CompanyRecord | undefined, profile: Profile | undefined, opts: ValuesOptions): Partial<Record<PlaceholderName, string>> {
  const ctx = resolveContext({ company, now: opts.now });
  const out: Partial<Record<PlaceholderName, string>> = {};
  const set = (name: PlaceholderName, value: unknown) => {
    const v = cleanValue(value);
    // A note goes mid-sentence: "The churn dashboard." is read as "the churn dashboard".
    const phrased = v !== undefined && PHRASE_SLOTS.has(name) ? cleanValue(asPhrase(v)) : v;
    if (phrased !== undefined) out[name] = phrased;
  };
  const iv = ctx.interview;
  const person = pickInterviewer(ctx.interviewers, iv, opts);
  if (person) {
    const { first, last } = splitName(person.name);
    set('interviewer.firstName', first);
    set('interviewer.lastName', last);
    set('interviewer.name', person.name);
    set('interviewer.title', person.title);
  }
  set('company', company?.name);
  set('role', company?.role);
  // The interview first, then earlier ones, latest first.
  const interviews = (Array.isArray(company?.interviews) ? company.interviews : [])
    // Only interviews already held: a planned one has no topics or decision date to speak of yet.
    .filter((x) => x && x !== iv && (parse(x.at)?.date.getTime() ?? Infinity) <= opts.now.getTime())
    .sort((x, y) => (parse(y.at)?.date.getTime() ?? 0) - (parse(x.at)?.date.getTime() ?? 0));
  const ordered = iv ? [iv, ...interviews] : interviews;
  const withTopics = ordered.find((x) => Array.isArray(x.topics) && x.topics.some((t) => cleanValue(t)));
  const topics = (withTopics?.topics ?? []).map(cleanValue).filter((t): t is string => !!t);
  set('topic', topics[0]);
  set('topic2', topics[1]);
  set('challenge', firstOf(ordered.map((x) => x.challenges)));
  set('wish', firstOf(ordered.map((x) => x.wishISaid)));
  set('idea', firstOf(ordered.map((x) => x.ideas)));
  set('news', firstOf(ordered.map((x) => x.news)));
  set('me.name', profile?.name);
  set('me.phone', profile?.phone);
  set('me.email', profile?.email);
  set('interview.day', interviewDay(iv?.at, opts.now, opts.timeZone));
  set('interview.date', formatDate(iv?.at, opts.now, opts.timeZone));
  const decision = ordered.find((x) => parse(x.decisionDate))?.decisionDate;
  set('decisionDate', formatDate(decision, opts.now, opts.timeZone));
  const last = [...ctx.sentFollowUps].reverse().find((f) => (f.kind === 'follow-up' || f.kind === 'second-follow-up') && parse(f.sentAt)!.date <= opts.now);
  set('lastFollowUp.date', formatDate(last?.sentAt, opts.now, opts.timeZone));
  return out;
}
