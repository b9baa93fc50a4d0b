import { describe, expect, it } from 'vitest';
import { draft, finding, GOOD_THANK_YOU } from '../helpers';

const check = (body: string, subject = 'Thank you – Store Manager interview') => finding('placeholders', draft(body, { subject }), undefined, { kind: 'thank-you' });

const letter = (middle: string) => `Dear Ms. Petrov,

Thank you for meeting with me about the Store Manager role. ${middle}

Best regards,
Ravi Menon
ravi.menon@example.com`;

const underlined = (body: string, f: { ranges: { start: number; end: number }[] }) => f.ranges.map((r) => body.slice(r.start, r.end));

describe('placeholders', () => {
  it('passes the reference letter', () => {
    expect(check(GOOD_THANK_YOU).status).toBe('pass');
  });

  it.each([
    ['a footnote number', 'Your sales grew 12% last year [1] and I would love to add to that.'],
    ['[sic] in a quotation', 'The sign read "Open Sundys" [sic], which made us both laugh.'],
    ['a Markdown link', 'My portfolio is at [ravimenon.dev](https://ravimenon.dev) if it helps.'],
    ['a link in angle brackets', 'The case study is at <https://ravimenon.dev/retail>.'],
    ['XXL inside a word', 'I liked the new XXL fitting rooms and the self-checkout trial.'],
    ['an em dash and a plain underscore line', 'The stockroom redesign — the one by the loading bay — impressed me.\n\n________'],
    ['ordinary asides in round brackets', 'The rota pilot (the one in Leeds) cut overtime (by about 9%) and my old team (LCSW, RN) liked it.'],
    ['a title in brackets after a name', 'Meeting Dana (the regional manager) and Lee (Req. 48213) was useful.'],
    ['acronyms and prices', 'At $1,200 per store, the POS and RFID upgrade paid for itself; our 20% margin held in Q4.'],
    ['an encoded link', 'My notes are at https://ravimenon.dev/caf%C3%A9%20study if useful.'],
    ['a percentage followed by a word', 'Sales rose 12% in spring and 15%, in summer.'],
    ['a letter X used as a name in a quotation', 'Malcolm X was the subject of the display by the door.'],
  ])('does not mistake %s for a template marker', (_, middle) => {
    expect(check(letter(middle)).status).toBe('pass');
  });

  it.each([
    ['[Company Name]', 'I am excited to join [Company Name].'],
    ['{{role}}', 'The {{role}} position is a great fit for me.'],
    ['{first_name}', 'Thank you again, {first_name}.'],
    ['<Interviewer Name>', 'It was a pleasure to meet <Interviewer Name> as well.'],
    ['XX', 'I could start on XX/XX if that suits you.'],
    ['Company Name', 'I would be proud to work for Company Name.'],
    ['____', 'I enjoyed our talk about ____ and the holiday rota.'],
    ['(position)', 'The (position) role sounds like a great fit.'],
    ['(name of company)', 'I would be proud to join (name of company).'],
    ["(Interviewer's Name)", "Please pass my thanks to (Interviewer's Name)."],
    ['%FIRSTNAME%', 'Thanks again, %FIRSTNAME%, for the tour.'],
    ['%COMPANY%', 'I want to grow with %COMPANY% next year.'],
    ['*|FNAME|*', 'It was good to meet you, *|FNAME|*.'],
    ['{insert', 'I enjoyed our talk about {insert a detail about something the interviewer said that stood out, such as a project, a number or a challenge the team faces this year}.'],
    ['(insert', 'I liked (insert one thing you discussed) the most.'],
    ['So-and-so', 'I also enjoyed meeting So-and-so from the stock team.'],
    ['Company X', 'At Company X, I ran the holiday rota for nine stores.'],
    ['XXXX', 'We met on XXXX at the flagship store.'],
    ['XXX', 'You can reach me at XXX-XXX-XXXX.'],
    ['<Company>', 'I am keen to join <Company> and its team.'],
    ['Mr. X', 'Please thank Mr. X for the tour.'],
  ])('fails on %s and underlines it', (marker, middle) => {
    const body = letter(middle);
    const f = check(body);
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('error');
    expect(underlined(body, f).join(' ')).toContain(marker);
    expect(f.message).toContain('template marker');
  });

  it('finds markers in the subject as well', () => {
    const f = check(letter('I enjoyed the tour.'), 'Thank you – [Job Title] interview');
    expect(f.status).toBe('fail');
    expect(f.ranges[0]).toEqual({ field: 'subject', start: 12, end: 23 });
  });

  it('underlines each marker of an unfilled template once', () => {
    const body = `Dear [Interviewer Name],\n\nThank you for speaking with me about the [Job Title] position at [Company Name].\n\nSincerely,\n[Your Name]\n[Your Phone Number]`;
    const f = check(body);
    expect(underlined(body, f)).toEqual(['[Interviewer Name]', '[Job Title]', '[Company Name]', '[Your Name]', '[Your Phone Number]']);
  });

  it('ignores the quoted thread below the letter', () => {
    const body = `${letter('I enjoyed the tour.')}\n\nOn Tue, 4 Mar 2026, Olga Petrov <olga@northmart.com> wrote:\n> Please confirm your availability for [date].`;
    expect(check(body).status).toBe('pass');
  });

  it('leaves ordinary prose about names alone ("your name came up")', () => {
    expect(check(letter('Your name came up when I asked about the job title for the new deputy role.')).status).toBe('pass');
  });

  it('ignores tags that mail systems add: "[EXTERNAL]" in the subject, "[image: ...]" in the body', () => {
    const body = `${letter('I enjoyed the tour.')}\n[image: Northmart logo]`;
    expect(check(body, '[EXTERNAL] Re: Thank you – Store Manager interview').status).toBe('pass');
  });
});
