// The calendar file for next steps, read back the way a calendar reads it (RFC 5545).
import { describe, expect, it } from 'vitest';
import { calendarFile, escapeText, foldLine } from '@/lib/core/notes/ics';
import { nextStep, nextStepEvent } from '@/lib/core/notes/next-step';
import type { SentFollowUp } from '@/lib/core/notes/types';
import { sampleCompany } from '../storage/helpers';

const STAMP = new Date('2026-03-05T09:00:00Z');
const octets = (s: string) => new TextEncoder().encode(s).length;

/** Unfolds content lines and splits each into name (with parameters) and value. */
function parse(text: string): [string, string][] {
  return text
    .split('\r\n')
    .reduce<string[]>((lines, l) => (l.startsWith(' ') ? [...lines.slice(0, -1), lines[lines.length - 1] + l.slice(1)] : [...lines, l]), [])
    .filter(Boolean)
    .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1)]);
}
const unescape = (v: string) => v.replace(/\\(n|N|\\|;|,)/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('calendar files', () => {
  it('every line ends in CRLF and holds at most 75 octets, folded between characters', () => {
    const title = 'Écrire à Zoë: ' + '日本語のメモ'.repeat(12) + ' and a long tail of plain words to fold';
    const text = calendarFile([{ uid: 'u1', title, start: new Date('2026-03-06T15:00:00Z') }], STAMP);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(text).toMatch(/\r\n /); // it was folded
    expect(unescape(new Map(parse(text)).get('SUMMARY')!)).toBe(title);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
    const text = calendarFile([{ uid: 'u2', title: 'Follow up; Lumen, Inc.', description: 'Line one\nC:\\notes', day: '2026-03-15' }], STAMP);
    const props = new Map(parse(text));
    expect(props.get('SUMMARY')).toBe('Follow up\\; Lumen\\, Inc.');
    expect(unescape(props.get('DESCRIPTION')!)).toBe('Line one\nC:\\notes');
  });

  it('a calendar of events with UID and DTSTAMP; a bare date is an all-day event, a moment a timed one in UTC', () => {
    const c = sampleCompany(); // decision date 2026-03-14
    const thanks: SentFollowUp = { id: 'f1', kind: 'thank-you', sentAt: '2026-03-04T20:00:00Z', to: [], subject: '', bodyText: '' };
    const followUp = nextStepEvent(c, nextStep({ ...c, followUps: [thanks] }, STAMP))!;
    const thankYou = nextStepEvent(c, nextStep(c, STAMP))!;
    const props = parse(calendarFile([followUp, thankYou], STAMP));
    const names = props.map(([n]) => n);
    expect(names.slice(0, 5)).toEqual(['BEGIN', 'VERSION', 'PRODID', 'CALSCALE', 'METHOD']);
    expect(names.filter((n) => n === 'BEGIN').length).toBe(3);
    expect(props.filter(([n]) => n === 'UID').map(([, v]) => v)).toEqual([
      expect.stringMatching(/^c-lumen:follow-up:.*@afterview$/),
      expect.stringMatching(/^c-lumen:thank-you:.*@afterview$/),
    ]);
    expect(props.filter(([n]) => n === 'DTSTAMP').map(([, v]) => v)).toEqual(['20260305T090000Z', '20260305T090000Z']);
    // The day after the decision date, all day; the thank-you at its due moment.
    expect(props).toContainEqual(['DTSTART;VALUE=DATE', '20260315']);
    expect(props).toContainEqual(['DTEND;VALUE=DATE', '20260316']);
    expect(props).toContainEqual(['DTSTART', '20260305T150000Z']);
    expect(props.at(-1)).toEqual(['END', 'VCALENDAR']);
  });

  it('a timed event lasts its minutes, 15 by default, and leaves the time free', () => {
    const start = new Date('2026-03-06T15:00:00Z');
    const text = calendarFile(
      [
        { uid: 'u3', title: 'Call', start },
        { uid: 'u4', title: 'Call', start, minutes: 45 },
      ],
      STAMP,
    );
    const events = text
      .split('BEGIN:VEVENT\r\n')
      .slice(1)
      .map((event) => parse(`BEGIN:VEVENT\r\n${event}`));
    expect(events[0]).toEqual([
      ['BEGIN', 'VEVENT'],
      ['UID', 'u3'],
      ['DTSTAMP', '20260305T090000Z'],
      ['DTSTART', '20260306T150000Z'],
      ['DTEND', '20260306T151500Z'],
      ['SUMMARY', 'Call'],
      ['TRANSP', 'TRANSPARENT'],
      ['END', 'VEVENT'],
    ]);
    expect(events[1]).toContainEqual(['DTEND', '20260306T154500Z']);
  });

  it('a day that is not a calendar date falls back to the start, and an event with neither is refused', () => {
    const start = new Date('2026-03-06T15:00:00Z');
    for (const day of ['2026-03-15x', 'x2026-03-15', '15/03/2026']) {
      const props = parse(calendarFile([{ uid: 'u5', title: 'Call', day, start }], STAMP));
      expect(props, day).toContainEqual(['DTSTART', '20260306T150000Z']);
    }
    expect(() => calendarFile([{ uid: 'u6', title: 'Call', day: 'soon', start: new Date('not a date') }], STAMP)).toThrow('A calendar event needs a day or a start: u6');
    expect(() => calendarFile([{ uid: 'u7', title: 'Call' }], STAMP)).toThrow('A calendar event needs a day or a start: u7');
  });

  it('nothing due gives no event', () => {
    const c = sampleCompany({ stage: 'offer' });
    expect(nextStepEvent(c, nextStep(c, STAMP))).toBeUndefined();
  });
});
