import { describe, expect, it } from 'vitest';
import { draft, finding, GOOD_THANK_YOU } from '../helpers';

const letter = (middle: string) => `Dear Mr. Castell,

Thank you for meeting me about the Fleet Operations Manager role and for explaining the plan to electrify the delivery vans by 2028.

${middle}

I look forward to hearing from you.

Kind regards,
Nadia Rossi
nadia.rossi@example.com`;

const check = (body: string, kind: 'thank-you' | 'follow-up' | 'note' = 'thank-you') =>
  finding('resume-restating', draft(body, { subject: 'Thank you – Fleet Operations Manager interview' }), undefined, { kind });

describe('resume-restating', () => {
  it('passes the reference letter', () => {
    expect(check(GOOD_THANK_YOU).status).toBe('pass');
  });

  it('passes a short list of matching experience (five items at most)', () => {
    const body = letter(`A few things I would bring to the transition:
- charging schedules for 120 vans at Rapidé
- a driver-training programme for EV range planning
- supplier talks that cut our lease costs by 9%
- a telematics dashboard the depot leads still use
- a safety record with no lost-time incidents in three years`);
    expect(check(body).status).toBe('pass');
  });

  it('passes two or three duty sentences', () => {
    const body = letter('I have 8 years of experience in fleet operations. At Rapidé I was responsible for 120 vans across four depots. That is why the electrification plan excites me.');
    expect(check(body).status).toBe('pass');
  });

  it('fails a list of more than five bullet items and underlines each one', () => {
    const items = ['- Route planning', '- Budgeting', '- Vendor management', '- Safety audits', '- Hiring drivers', '- Training'];
    const body = letter(`My skills include:\n${items.join('\n')}`);
    const f = check(body);
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('6 bullet points');
    expect(f.ranges.map((r) => body.slice(r.start, r.end))).toEqual(items);
  });

  it('counts numbered lists too', () => {
    const body = letter(['1. Routes', '2. Budgets', '3. Vendors', '4. Safety', '5. Hiring', '6. Training'].join('\n'));
    expect(check(body, 'follow-up').status).toBe('fail');
  });

  it('fails more than three sentences that walk through past duties', () => {
    const body = letter(
      'I have 12 years of experience in logistics. I was responsible for a team of 40 drivers. My duties included route planning and budgeting. I managed vendor contracts worth $4 million. I also served as the depot safety officer.',
    );
    const f = check(body);
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/5 sentences/);
    expect(body.slice(f.ranges[0]!.start, f.ranges[0]!.end)).toBe('I have 12 years of experience in logistics.');
  });

  it('does not apply to a handwritten note', () => {
    expect(check(letter('- a\n- b\n- c\n- d\n- e\n- f'), 'note').status).toBe('n/a');
  });
});
