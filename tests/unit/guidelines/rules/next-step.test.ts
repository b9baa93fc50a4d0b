import { describe, expect, it } from 'vitest';
import { draft, finding, GOOD_THANK_YOU } from '../helpers';

const letter = (end: string) => `Dear Dr. Fenwick,

Thank you for the conversation about the Clinical Research Coordinator role and the enrolment problems on the asthma trial. I am excited about the chance to help your site reach its targets.

${end}

Sincerely,
Amara Obi
amara.obi@example.org`;

describe('next-step', () => {
  it('passes the reference letter', () => {
    expect(finding('next-step', draft(GOOD_THANK_YOU), undefined, { kind: 'thank-you' }).status).toBe('pass');
  });

  it.each([
    'I look forward to hearing from you.',
    'I am available for a further conversation any afternoon next week.',
    'Please do not hesitate to contact me if you need anything further.',
    'I would be happy to discuss how I would structure the screening log.',
    'I would welcome a next conversation with the team.',
  ])('passes a forward-looking close: %s', (end) => {
    expect(finding('next-step', draft(letter(end)), undefined, { kind: 'thank-you' }).status).toBe('pass');
  });

  it('fails, as a tip, a letter that simply stops', () => {
    const f = finding('next-step', draft(letter('It was a pleasure to meet the team.')), undefined, { kind: 'thank-you' });
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('tip');
    expect(f.message).toMatch(/hearing from them|talk again/);
  });

  it('does not apply to a note or a withdrawal', () => {
    expect(finding('next-step', draft(letter('It was a pleasure.')), undefined, { kind: 'note' }).status).toBe('n/a');
    expect(finding('next-step', draft(letter('It was a pleasure.')), undefined, { kind: 'withdrawal' }).status).toBe('n/a');
  });
});
