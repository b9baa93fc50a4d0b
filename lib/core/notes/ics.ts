/**
 * Calendar files (iCalendar, RFC 5545) for the next steps, so the user can put them in any
 * calendar. Written here rather than with a library: the notes page needs one kind of event,
 * and the rules that matter are few: lines end in CRLF and are folded at 75 octets (never
 * inside a UTF-8 character), text escapes \ ; , and line breaks, every event has a UID and
 * a DTSTAMP, and a day without a time is an all-day event (DTSTART;VALUE=DATE).
 */

export interface CalendarEvent {
  /** Stable for the same step, so importing the file again updates the event. */
  uid: string;
  title: string;
  description?: string;
  /** A calendar day ("2026-12-02"): an all-day event. */
  day?: string;
  /** A moment: a timed event of `minutes` (15 by default). */
  start?: Date;
  minutes?: number;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545, 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line so no line exceeds 75 octets; continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; each continuation 74 after its leading space.
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** 20261202T083000Z */
export function utcStamp(d: Date): string {
  return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** "2026-12-02" to 20261202, and the day after it (the exclusive end of an all-day event). */
function dateValue(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + plusDays));
  return `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}`;
}

function eventLines(e: CalendarEvent, stamp: Date): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(e.uid)}`, `DTSTAMP:${utcStamp(stamp)}`];
  if (e.day && /^\d{4}-\d{2}-\d{2}$/.test(e.day)) {
    lines.push(`DTSTART;VALUE=DATE:${dateValue(e.day)}`, `DTEND;VALUE=DATE:${dateValue(e.day, 1)}`);
  } else if (e.start && !Number.isNaN(e.start.getTime())) {
    lines.push(`DTSTART:${utcStamp(e.start)}`, `DTEND:${utcStamp(new Date(e.start.getTime() + (e.minutes ?? 15) * 60_000))}`);
  } else {
    throw new Error(`A calendar event needs a day or a start: ${e.uid}`);
  }
  lines.push(`SUMMARY:${escapeText(e.title)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

/** A whole .ics file holding `events`, stamped `stamp` (the moment it was made). */
export function calendarFile(events: readonly CalendarEvent[], stamp: Date): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Afterview//Interview notes//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flatMap((e) => eventLines(e, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
