/**
 * When each post-interview email is due: the one place both the notes page (next step,
 * reminders, calendar) and the guideline engine's `timing` rule read it from, so the two
 * never disagree.
 *
 * A bare date ("2026-12-01", as a date field saves it) is a calendar day in the user's time
 * zone: "they will decide by 1 December" has passed once 1 December is over where the user
 * is, not at midnight in London. A date-time ("2026-12-01T15:00:00Z") is that moment.
 * Pure: the time zone is the runtime's unless one is given.
 */

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
/** A thank-you email within this many hours is on time. */
export const THANK_YOU_HOURS = 24;
/** Past this many hours a thank-you email is late. */
export const THANK_YOU_LATE_HOURS = 48;
/** A handwritten or printed note may take this many days. */
export const NOTE_DAYS = 5;
/** Without a saved decision date, a follow-up waits this many days after the interview. */
export const DEFAULT_WAIT_DAYS = 7;
/** A second follow-up waits this many days after the first. */
export const SECOND_FOLLOW_UP_DAYS = 7;

const BARE_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isBareDate(value: string): boolean {
  return BARE_DATE_RE.test(value.trim());
}

/** How far `timeZone` is ahead of UTC at `t`, in milliseconds. */
function offsetAt(t: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(t));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(t / 1000) * 1000;
}

/** The first moment of a calendar day (month 1-12) in `timeZone`, or in the runtime's zone. */
export function startOfCalendarDay(year: number, month: number, day: number, timeZone?: string): Date {
  if (!timeZone) return new Date(year, month - 1, day);
  const wall = Date.UTC(year, month - 1, day);
  // Two passes settle a day that starts near a daylight-saving change.
  let t = wall - offsetAt(wall, timeZone);
  t = wall - offsetAt(t, timeZone);
  return new Date(t);
}

/**
 * When a promised decision date has passed: for a bare date, the end of that day in the
 * user's time zone (the start of the next); for a date-time, that moment.
 */
export function decisionPassedAt(value: string | undefined, timeZone?: string): Date | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const bare = BARE_DATE_RE.exec(value.trim());
  if (bare) return startOfCalendarDay(Number(bare[1]), Number(bare[2]), Number(bare[3]) + 1, timeZone);
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** The thank-you email is due this long after the interview. */
export const thankYouDue = (interviewAt: Date) => new Date(interviewAt.getTime() + THANK_YOU_HOURS * HOUR_MS);

/** The calendar day after a bare date ("2026-12-01" gives "2026-12-02"). */
export function dayAfter(day: string): string {
  const [y, m, d] = day.trim().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * The first follow-up: once the decision date has passed, else a week after the interview.
 * `day` is set when the decision date is a bare date: the calendar day the follow-up is due.
 */
export function followUpDue(interviewAt: Date, decisionDate: string | undefined, timeZone?: string): { due: Date; promised: boolean; day?: string } {
  const decision = decisionPassedAt(decisionDate, timeZone);
  if (!decision) return { due: new Date(interviewAt.getTime() + DEFAULT_WAIT_DAYS * DAY_MS), promised: false };
  return isBareDate(decisionDate!) ? { due: decision, promised: true, day: dayAfter(decisionDate!) } : { due: decision, promised: true };
}

/** The second follow-up: a week after the first. */
export const secondFollowUpDue = (firstAt: Date) => new Date(firstAt.getTime() + SECOND_FOLLOW_UP_DAYS * DAY_MS);
