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

  it.each(['Hello,', 'To whom it may concern,', 'Dear Sir or Madam,', 'Dear Hiring Manager,', 'Hi there,'])(
    'warns on a generic greeting when the recipient has a name: %s',
    (g) => {
      const f = check(g, { to: [{ name: 'Dana Whitaker', address: 'dana@brightpath.io' }] });
      expect(f.status).toBe('fail');
      expect(f.severity).toBe('warning');
      expect(f.message).toContain('Dana Whitaker');
      expect(f.ranges).toEqual([{ field: 'body', start: 0, end: g.length }]);
    },
  );

  it('warns on a generic greeting when the notes name the interviewer', () => {
    const f = check('Dear Hiring Manager,', nobody, { company: company(), now: NOW_AFTER_INTERVIEW });
    expect(f.status).toBe('fail');
    expect(f.message).toContain('Priya Raman');
  });

  it('accepts a generic greeting when no name is known, and says so', () => {
    const f = check('Dear Hiring Manager,', nobody);
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/generic/);
  });

  it('does not take a shared mailbox display name for a person', () => {
    expect(check('Dear Hiring Team,', { to: [{ name: 'Brightpath Careers', address: 'careers@brightpath.io' }] }).status).toBe('pass');
  });

  it('accepts a name alone on the first line, closed by a dash', () => {
    expect(check('Dana —').status).toBe('pass');
  });
});
