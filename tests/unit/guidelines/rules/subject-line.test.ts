import { describe, expect, it } from 'vitest';
import { company, draft, finding, GOOD_THANK_YOU } from '../helpers';

type K = 'thank-you' | 'follow-up' | 'note' | 'withdrawal' | 'update';
const check = (subject: string, kind: K = 'thank-you', context = {}, extra = {}) => finding('subject-line', draft(GOOD_THANK_YOU, { subject, ...extra }), context, { kind });

describe('subject-line', () => {
  it.each([
    'Thank you for the product analyst interview',
    'Thank you – Senior Accountant interview',
    'Following up: Marketing Coordinator application',
    'Update on my application – Jordan Avery',
    'Circling back on the Dental Hygienist opening',
    'Checking on my candidacy – Registered Dietitian',
    'Withdrawal from the Sous Chef search',
    'Status of my application – Front Desk Receptionist',
    'Thank you for the interview – RN, Cardiac Unit',
    'Re: Thanks for coming in – Account Executive',
    'Thank you – Year 5 teaching post',
    'Marketing Coordinator role: a short case study',
    'An article for the Growth Analyst team',
    'Great to meet you – Payroll Specialist interview',
    'Still interested in the Line Cook opening',
  ])('passes a subject that names the purpose and the role or name: %s', (subject) => {
    expect(check(subject, 'thank-you', { profile: { name: 'Jordan Avery' } }).status).toBe('pass');
  });

  it('quotes the subject that passed', () => {
    expect(check('Thank you – Senior Accountant interview').message).toContain('“Thank you – Senior Accountant interview”');
  });

  it('passes a purpose with the saved role, even when the role uses no job noun', () => {
    const notes = { company: company({ role: 'Growth Marketing' }) };
    expect(check('Following up – Growth Marketing', 'follow-up', notes).status).toBe('pass');
  });

  it.each([
    ['the From line', {}, { from: { name: 'Jordan Avery', address: 'jordan@example.net' } }],
    ['the profile', { profile: { name: 'Jordan Avery' } }, {}],
    ['the signature', {}, {}],
  ])('counts the candidate’s name taken from %s', (_, context, extra) => {
    expect(check('Thank you from Jordan Avery', 'thank-you', context, extra).status).toBe('pass');
  });

  it('does not count an unknown capitalised name as the candidate’s', () => {
    expect(check('Thank you, Priya', 'thank-you').status).toBe('fail');
  });

  it.each([
    'Thank you for your time',
    'Thanks so much!!!',
    'Following up on my interview',
    'Sorry to bother you - following up',
    'Quick update',
    'Thank you and following up',
    'Following up on the position',
    'Following up on your open role',
  ])('fails a subject that gives the purpose but neither role nor name: %s', (subject) => {
    const f = check(subject, 'follow-up', {}, { from: { name: 'Jordan Avery', address: 'jordan@example.net' } });
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/not for which role/);
  });

  it.each(['Re: Interview confirmation – Clinical Social Worker', 'Re: Staff Accountant', 'Senior Accountant position', 'Product Analyst', 'Apprentice Electrician interview'])(
    'fails a subject that names the role but not the purpose: %s',
    (subject) => {
      const f = check(subject, 'follow-up', { company: company() });
      expect(f.status).toBe('fail');
      expect(f.message).toMatch(/not why you write/);
    },
  );

  it('is an error when the subject is empty', () => {
    const f = check('   ');
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/empty/);
  });

  it('treats a bare "Re:" as empty', () => {
    expect(check('Re: ').severity).toBe('error');
  });

  it.each(['Hi', 'Interview', 'Question', 'My application', 'not interested anymore'])('warns on a vague subject: %s', (subject) => {
    const f = check(subject, 'follow-up');
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain(`“${subject}”`);
    expect(f.ranges[0]).toEqual({ field: 'subject', start: 0, end: subject.length });
  });

  it('reads a role slot left in the subject as filled in, but not a slot for the interviewer', () => {
    expect(check('Thank You – [Job Title] Interview').status).toBe('pass');
    expect(check('Thank you for the (position) interview').status).toBe('pass');
    expect(check('Thank you, %FIRSTNAME%!').status).toBe('fail');
  });

  it('does not apply to a handwritten note', () => {
    expect(check('', 'note').status).toBe('n/a');
  });

  it('sees through reply prefixes and mail tags, and suggests a subject for the kind', () => {
    const f = check('[EXTERNAL] RE: Fwd[2]: Thanks', 'follow-up', { company: company() });
    expect(f.status).toBe('fail');
    expect(f.message).toContain('"Following up – Product Analyst interview"');
  });

  it.each([
    ['spaces', `Thank you${' '.repeat(100_000)}x`],
    ['dashes and spaces', `Thank you${' -'.repeat(50_000)}x`],
    ['reply prefixes', `${'Re: '.repeat(25_000)}x`],
    ['open brackets', '(%['.repeat(33_000)],
  ])('checks a 100,000-character subject of %s without hanging', (_, subject) => {
    const f = check(subject, 'thank-you');
    expect(f.status).toBe('fail');
    expect(f.message.length).toBeLessThan(400);
  });
});
