import { describe, expect, it } from 'vitest';
import { company, draft, finding, GOOD_THANK_YOU, NOW_AFTER_INTERVIEW } from '../helpers';

const MAIN = `Thank you for the interview on Wednesday for the Customer Success Manager role. Your plan to move the mid-market accounts onto quarterly business reviews sounds like exactly the work I enjoy, and I would be glad to help your team roll it out.

Kind regards,
Yusuf Demir
yusuf.demir@example.com`;

const check = (greeting: string, extra = {}, context = {}) =>
  finding('salutation', draft(greeting ? `${greeting}\n\n${MAIN}` : MAIN, { subject: 'Thank you – Customer Success Manager interview', ...extra }), context, {
    kind: 'thank-you',
  });

const nobody = { to: [{ address: 'careers@brightpath.io' }] };

describe('salutation', () => {
  it('passes the reference letter', () => {
    expect(finding('salutation', draft(GOOD_THANK_YOU), undefined, { kind: 'thank-you' }).status).toBe('pass');
  });

  it.each(['Dear Ms. Okafor,', 'Hi Dana,', 'Hello Mr. Lindqvist,', 'Dear Dr. Chen:', 'Good morning Priya,', 'Dana,'])('passes a greeting with a name: %s', (g) => {
    expect(check(g).status).toBe('pass');
  });

  it('is an error when there is no greeting, and points at the first words', () => {
    const f = check('');
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/no greeting/);
    expect(MAIN.slice(f.ranges[0]!.start, f.ranges[0]!.end)).toBe('Thank');
  });

  it.each(['Hello,', 'To whom it may concern,', 'Dear Sir or Madam,', 'Dear Hiring Manager,', 'Hi there,'])('warns on a generic greeting when the recipient has a name: %s', (g) => {
    const f = check(g, { to: [{ name: 'Dana Whitaker', address: 'dana@brightpath.io' }] });
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('Dana Whitaker');
    expect(f.ranges).toEqual([{ field: 'body', start: 0, end: g.length }]);
  });

  it('warns on a generic greeting when the notes name the interviewer', () => {
    const f = check('Dear Hiring Manager,', nobody, { company: company(), now: NOW_AFTER_INTERVIEW });
    expect(f.status).toBe('fail');
    expect(f.message).toContain('Priya Raman');
  });

  it('fails a generic greeting even when no name is known, and asks for one', () => {
    const f = check('Dear Hiring Manager,', nobody);
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/anyone/);
  });

  it('does not offer a shared mailbox display name as the person to greet', () => {
    const f = check('Dear Hiring Team,', { to: [{ name: 'Brightpath Careers', address: 'careers@brightpath.io' }] });
    expect(f.status).toBe('fail');
    expect(f.message).not.toContain('Brightpath Careers');
  });

  it.each([
    'Hello,',
    'Hi there,',
    'Good morning,',
    'Dear Sir or Madam,',
    'Dear Sir/Madam,',
    'To whom it may concern:',
    'Dear Hiring Team,',
    'Dear Selection Committee Members,',
    'Hi Brightpath team,',
    'Greetings,',
  ])('fails a greeting that names nobody: %s', (g) => {
    expect(check(g, nobody).status).toBe('fail');
  });

  it.each(['hey Marcus!!', 'Hey Jake,', 'Hi Dana', 'Dear Mr. Fontaine', 'Dear Dr. Ames:', 'Mr. Finch —', 'Dear Ms. Okafor and team,', 'Dear [Interviewer Name],', 'Hi Dana and Owen,'])(
    'passes a greeting that names someone, casual or not, whatever the punctuation: %s',
    (g) => {
      expect(check(g, nobody).status).toBe('pass');
    },
  );

  it.each([
    'Rita, thank you for the interview on Wednesday and for the tour of the support floor.',
    'Marcus — thanks for the interview on Wednesday and for the tour.',
    'Good afternoon Mrs. Jensen I hope the week is going well.',
  ])('passes a greeting that shares its line with the first sentence: %s', (line) => {
    const f = finding('salutation', draft(`${line}\n\n${MAIN}`, { ...nobody }), undefined, { kind: 'thank-you' });
    expect(f.status).toBe('pass');
  });

  it('does not take an opener and a whole sentence for a named greeting', () => {
    const body = `Hello, I wanted to thank you for the interview on Wednesday.\n\n${MAIN}`;
    const f = finding('salutation', draft(body, { ...nobody }), undefined, { kind: 'thank-you' });
    expect(f.status).toBe('fail');
    expect(f.message).toContain('“Hello,”');
  });

  it('finds the greeting of a printed letter under the sender, date and recipient blocks', () => {
    const body = `Yusuf Demir\n18 Mill Lane\nLeeds LS6 2AB\n07700 900418\n\n12 March 2026\n\nMs. Dana Whitaker\nHead of Customer Success\nBrightpath Ltd\n4 Wharf Street\nLeeds LS1 4AP\n\nDear Ms. Whitaker:\n\n${MAIN}`;
    const f = finding('salutation', draft(body), undefined, { kind: 'thank-you' });
    expect(f.status).toBe('pass');
    expect(f.message).toContain('Dear Ms. Whitaker:');
  });

  it('finds no greeting in a first line that is already the text', () => {
    const f = finding('salutation', draft(`Thank you so much for meeting with me today!\n\n${MAIN}`), undefined, { kind: 'thank-you' });
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('error');
  });

  it('accepts a name alone on the first line, closed by a dash', () => {
    expect(check('Dana —').status).toBe('pass');
  });
});
