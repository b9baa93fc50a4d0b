import { describe, expect, it } from 'vitest';
import { company, draft, finding, GOOD_THANK_YOU } from '../helpers';

const check = (subject: string, kind: 'thank-you' | 'follow-up' | 'note' | 'withdrawal' = 'thank-you', context = {}) =>
  finding('subject-line', draft(GOOD_THANK_YOU, { subject }), context, { kind });

describe('subject-line', () => {
  it.each([
    'Thank you for the product analyst interview',
    'Thank you – Senior Accountant interview',
    'Following up: Marketing Coordinator application',
    'Re: Interview schedule for the Paralegal role',
    'Update on my application – Jordan Avery',
  ])('passes a subject that names the purpose and the role or name: %s', (subject) => {
    expect(check(subject, 'thank-you', { profile: { name: 'Jordan Avery' } }).status).toBe('pass');
  });

  it('passes a short subject that names the saved role', () => {
    expect(check('Product Analyst', 'follow-up', { company: company() }).status).toBe('pass');
  });

  it('is an error when the subject is empty', () => {
    const f = check('   ');
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('error');
    expect(f.message).toMatch(/empty/);
  });

  it('treats a bare "Re:" as empty', () => {
    expect(check('Re: ').severity).toBe('error');
  });

  it.each(['Hi', 'Interview', 'Question', 'Checking in', 'Following up!', 'Thanks'])('warns on a vague subject: %s', (subject) => {
    const f = check(subject, 'follow-up');
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain(`"${subject}"`);
    expect(f.ranges[0]).toEqual({ field: 'subject', start: 0, end: subject.length });
  });

  it('warns on two words with no role', () => {
    expect(check('Quick thanks', 'thank-you').status).toBe('fail');
  });

  it('does not apply to a handwritten note', () => {
    expect(check('', 'note').status).toBe('n/a');
  });

  it('sees through reply prefixes and mail tags, and suggests a subject for the kind', () => {
    const f = check('[EXTERNAL] RE: Thanks', 'follow-up', { company: company() });
    expect(f.status).toBe('fail');
    expect(f.message).toContain('"Following up – Product Analyst interview"');
  });
});
