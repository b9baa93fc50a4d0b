import { describe, expect, it } from 'vitest';
import { company, draft, finding, GOOD_THANK_YOU, helen, NOW_AFTER_INTERVIEW, priya, tomas } from '../helpers';

const notes = { company: company(), now: NOW_AFTER_INTERVIEW };
const r = (p: { name: string; email?: string }) => ({ name: p.name, address: p.email! });

const FOLLOW_UP = `Dear Priya,

Thank you again for our conversation on 10 November. You mentioned a decision by the 20th, so I wanted to ask whether there is any news on the Product Analyst role. I remain keen to help with the churn dashboard redesign.

Best regards,
Jordan Avery`;

describe('recipient-choice', () => {
  it('is n/a without notes', () => {
    expect(finding('recipient-choice', draft(GOOD_THANK_YOU)).status).toBe('n/a');
  });

  it('passes a thank-you to one interviewer, with a recruiter in Cc', () => {
    const d = draft(GOOD_THANK_YOU, { cc: [{ name: 'Sam Ortiz', address: 'sam.ortiz@lumenworks.com' }] });
    expect(finding('recipient-choice', d, notes, { kind: 'thank-you' }).status).toBe('pass');
  });

  it('fails one thank-you sent to the whole panel, whatever the case of the addresses', () => {
    const d = draft(GOOD_THANK_YOU, { to: [r(priya)], cc: [{ name: 'Tomás Ekwueme', address: 'Tomas.Ekwueme@Lumenworks.com' }, r(helen)] });
    const f = finding('recipient-choice', d, notes, { kind: 'thank-you' });
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/Priya Raman, Tomás Ekwueme and Helen Castellanos/);
    expect(f.message).toMatch(/separate/);
  });

  it('passes a follow-up to the lead interviewer', () => {
    expect(finding('recipient-choice', draft(FOLLOW_UP), notes, { kind: 'follow-up' }).status).toBe('pass');
  });

  it('fails a follow-up sent to someone other than the lead, naming the lead', () => {
    const d = draft(FOLLOW_UP.replace('Priya', 'Tomás'), { to: [r(tomas)] });
    const f = finding('recipient-choice', d, notes, { kind: 'follow-up' });
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/Priya Raman/);
    expect(f.message).toMatch(/priya\.raman@lumenworks\.com/);
  });

  it('fails a follow-up that only copies the lead', () => {
    const d = draft(FOLLOW_UP, { to: [{ name: 'Lumenworks Careers', address: 'careers@lumenworks.com' }], cc: [r(priya)] });
    const f = finding('recipient-choice', d, notes, { kind: 'follow-up' });
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/only copied/);
  });

  it('sends a second follow-up to the most senior interviewer', () => {
    const body = FOLLOW_UP.replace('Priya', 'Helen');
    expect(finding('recipient-choice', draft(body, { to: [r(helen)] }), notes, { kind: 'second-follow-up' }).status).toBe('pass');
    const f = finding('recipient-choice', draft(body, { to: [r(priya)] }), notes, { kind: 'second-follow-up' });
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/Helen Castellanos, the most senior/);
  });

  it('is n/a for a follow-up when nobody is marked lead', () => {
    const unmarked = company({ interviews: [{ ...company().interviews[0]!, interviewers: [{ ...priya, lead: false }, tomas] }] });
    const f = finding('recipient-choice', draft(FOLLOW_UP), { company: unmarked, now: NOW_AFTER_INTERVIEW }, { kind: 'follow-up' });
    expect(f.status).toBe('n/a');
    expect(f.message).toMatch(/lead/);
  });
});
