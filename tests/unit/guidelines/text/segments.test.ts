import { describe, expect, it } from 'vitest';
import { findQuoteStart, segment } from '@/lib/guidelines/text/segments';

const slice = (text: string, s?: { start: number; end: number }) => (s ? text.slice(s.start, s.end) : undefined);

describe('segment', () => {
  it('separates greeting, main text, sign-off and signature', () => {
    const body = `Dear Mr. Lindqvist,\n\nThank you for showing me around the plant on Tuesday.\nThe tour of the packaging line was the highlight.\n\nKind regards,\nAmara Osei\n+44 20 7946 0321`;
    const s = segment(body);
    expect(s.greeting?.text).toBe('Dear Mr. Lindqvist,');
    expect(slice(body, s.main)).toBe('Thank you for showing me around the plant on Tuesday.\nThe tour of the packaging line was the highlight.');
    expect(s.signOff?.text).toBe('Kind regards,');
    expect(slice(body, s.signature)).toBe('Amara Osei\n+44 20 7946 0321');
  });

  it('splits a greeting that shares its line with the first sentence', () => {
    const body = 'Hi Dana, thanks again for the call this morning.\n\nBest,\nLee';
    const s = segment(body);
    expect(s.greeting?.text).toBe('Hi Dana,');
    expect(slice(body, s.main)?.trim()).toBe('thanks again for the call this morning.');
    expect(s.signOff?.text).toBe('Best,');
  });

  it('recognises a bare name as the greeting', () => {
    const s = segment('Marisol,\n\nI appreciated the time you gave me today.\n\nSincerely,\nKeiko');
    expect(s.greeting?.text).toBe('Marisol,');
  });

  it.each(['Ms. Raman:', 'Priya —', 'Dana!'])('recognises a bare name greeting ending in punctuation other than a comma: %s', (opener) => {
    const s = segment(`${opener}\n\nThank you for the interview yesterday.\n\nSincerely,\nJordan`);
    expect(s.greeting?.text).toBe(opener);
  });

  it('takes a name written in lowercase under the closing as the signature, not as text', () => {
    const body = 'Dear Ms. Raman,\n\nThank you for the interview yesterday.\n\nSincerely,\njordan\n555-123-4567';
    const s = segment(body);
    expect(s.signOff?.text).toBe('Sincerely,');
    expect(slice(body, s.signature)).toBe('jordan\n555-123-4567');
    expect(slice(body, s.main)).toBe('Thank you for the interview yesterday.');
  });

  it('keeps a closing sentence in the text when no signature follows it', () => {
    const body = 'Hello Sam,\n\nIt was good to meet the team.\nThank you again for your time.';
    const s = segment(body);
    expect(s.signOff).toBeUndefined();
    expect(slice(body, s.main)).toContain('Thank you again for your time.');
  });

  it('finds a trailing name and phone block as a signature even without a closing', () => {
    const body = 'Dear Ms. Huang,\n\nI enjoyed our conversation about the audit backlog.\n\nRafael Ortiz\n555-0142';
    const s = segment(body);
    expect(slice(body, s.signature)).toBe('Rafael Ortiz\n555-0142');
    expect(slice(body, s.main)?.trim()).toBe('I enjoyed our conversation about the audit backlog.');
  });

  it('treats the "-- " delimiter as the start of the signature', () => {
    const body = 'Hi Ana,\n\nThanks for the walkthrough.\n\nRegards,\n-- \nBo Lindgren\nbo@example.org';
    const s = segment(body);
    expect(slice(body, s.signature)).toContain('Bo Lindgren');
  });

  it('leaves out quoted history after "On ... wrote:"', () => {
    const body = `Hi Grace,\n\nFollowing up on my note from last week.\n\nBest regards,\nNoor\n\nOn Mon, Nov 16, 2026 at 9:14 AM Grace Kim <grace@orbit.io> wrote:\n> Thanks Noor, we will be in touch.`;
    const s = segment(body);
    expect(slice(body, s.quoted)).toMatch(/^On Mon, Nov 16/);
    expect(s.signOff?.text).toBe('Best regards,');
    expect(slice(body, s.main)).not.toContain('we will be in touch');
  });

  it('leaves out quoted history wrapped over two lines and Outlook headers', () => {
    expect(findQuoteStart('Thanks!\n\nOn Tue, 3 Nov 2026 at 10:02, Dana Lee <dana@x.com>\nwrote:\n> hi')).toBe(9);
    const outlook = 'See you soon.\n\n________________________________\nFrom: Dana Lee <dana@x.com>\nSent: Tuesday\n';
    expect(findQuoteStart(outlook)).toBe(15);
    const headers = 'Noted.\nFrom: Dana Lee\nSent: Tuesday, 3 November\nTo: me';
    expect(findQuoteStart(headers)).toBe(7);
  });

  it('recognises German and Spanish quote headers', () => {
    expect(findQuoteStart('Danke!\nAm 3. Nov. 2026 um 10:00 schrieb Jana Weber <jana@x.de>:\n> Hallo')).toBe(7);
    expect(findQuoteStart('Gracias.\nEl mar, 3 nov 2026 a las 10:00, Luis <l@x.es> escribió:\n> Hola')).toBe(9);
  });

  it('handles an empty body and a body of blank lines', () => {
    expect(segment('').main).toEqual({ start: 0, end: 0 });
    expect(segment('\n\n  \n').main).toEqual({ start: 0, end: 0 });
  });
});
