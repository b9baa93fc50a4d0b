import { describe, expect, it } from 'vitest';
import type { SentFollowUp } from '@/lib/core/notes/types';
import { company, draft, finding, GOOD_THANK_YOU, NOW_AFTER_INTERVIEW } from '../helpers';

const TO_TOMAS = `Dear Tomás,

Thank you for taking the time to talk with me yesterday about the Product Analyst role. I enjoyed hearing how your team is approaching the churn dashboard redesign, and the problem of reconciling billing data across two warehouses stayed with me afterwards.

At Fernhill Logistics I rebuilt our revenue reporting on top of two mismatched billing systems, which cut the monthly close from nine days to four. I would bring the same patience with messy data to your reconciliation work, so your analysts can trust the numbers they present.

I am excited about the chance to join Lumenworks. I look forward to hearing about the next steps.

Best regards,
Jordan Avery
jordan.avery@example.net
(555) 014-2290`;

const FRESH = `Dear Priya,

Thank you for the conversation yesterday. Your question about how I would rank the quarterly pricing experiments made me think hard about where the churn dashboard gets its numbers.

In my last role I set up a weekly check that compared invoice totals between our two billing stores; it caught a currency bug within a month. A check like that could give your analysts early warning while the warehouses are reconciled.

I would be glad to join Lumenworks, and I look forward to hearing from you.

Best regards,
Jordan Avery
jordan.avery@example.net`;

const logged = (to: string, bodyText: string, kind: SentFollowUp['kind'] = 'thank-you'): SentFollowUp => ({
  id: `f-${to}`,
  kind,
  sentAt: '2026-11-10T20:00:00Z',
  to: [to],
  subject: 'Thank you',
  bodyText,
});

const ctx = (followUps: SentFollowUp[]) => ({ company: company({ followUps }), now: NOW_AFTER_INTERVIEW });

describe('unique-per-interviewer', () => {
  it('is n/a without notes, and when no letter to another interviewer is logged', () => {
    expect(finding('unique-per-interviewer', draft(GOOD_THANK_YOU)).status).toBe('n/a');
    expect(finding('unique-per-interviewer', draft(GOOD_THANK_YOU), ctx([])).status).toBe('n/a');
    // A letter logged to Priya herself is not "another interviewer".
    expect(finding('unique-per-interviewer', draft(GOOD_THANK_YOU), ctx([logged('Priya.Raman@lumenworks.com', GOOD_THANK_YOU)])).status).toBe('n/a');
  });

  it('passes a letter written afresh for this interviewer', () => {
    const f = finding('unique-per-interviewer', draft(FRESH), ctx([logged('tomas.ekwueme@lumenworks.com', TO_TOMAS)]));
    expect(f.status).toBe('pass');
  });

  it('fails a near-copy of the letter sent to another interviewer, and marks the copied passages', () => {
    const f = finding('unique-per-interviewer', draft(GOOD_THANK_YOU), ctx([logged('tomas.ekwueme@lumenworks.com', TO_TOMAS)]));
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/Tomás Ekwueme/);
    expect(f.message).toMatch(/\d+% the same/);
    const marked = f.ranges.map((r) => GOOD_THANK_YOU.slice(r.start, r.end)).join(' | ');
    expect(marked).toMatch(/reconciling billing data across two warehouses/);
    // The sentence written only for Priya is not marked.
    expect(marked).not.toMatch(/help the pricing experiments move faster/);
  });

  it('compares with logged notes too', () => {
    const f = finding('unique-per-interviewer', draft(GOOD_THANK_YOU), ctx([logged('helen.castellanos@lumenworks.com', TO_TOMAS, 'note')]));
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/Helen Castellanos/);
  });
});
