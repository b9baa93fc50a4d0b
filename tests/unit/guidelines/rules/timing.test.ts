import { describe, expect, it } from 'vitest';
import type { SentFollowUp } from '@/lib/core/notes/types';
import { company, draft, finding, GOOD_THANK_YOU, interview } from '../helpers';

// The saved interview is on 10 November 2026 at 14:00 UTC, decision promised by 20 November.
const FOLLOW_UP = `Dear Priya,

Thank you again for our conversation on 10 November about the Product Analyst role. You mentioned a decision by the 20th, so I wanted to ask whether there is any news. I remain very interested in helping your team with the churn dashboard redesign.

Best regards,
Jordan Avery
jordan.avery@example.net`;

const SECOND = `Dear Helen,

I wrote to Priya on 23 November about the Product Analyst role and wanted to follow up once more. Since then I finished a short analysis of pricing experiments with small samples, which I would be glad to share.

Best regards,
Jordan Avery
jordan.avery@example.net`;

const firstFollowUp: SentFollowUp = {
  id: 'fu-1',
  kind: 'follow-up',
  sentAt: '2026-11-23T10:00:00Z',
  to: ['priya.raman@lumenworks.com'],
  subject: 'Following up on the Product Analyst role',
  bodyText: FOLLOW_UP,
};

const at = (now: string, followUps: SentFollowUp[] = []) => ({ company: company({ followUps }), now });

describe('timing', () => {
  it('is n/a without a saved interview date', () => {
    const f = finding('timing', draft(GOOD_THANK_YOU), undefined, { kind: 'thank-you' });
    expect(f.status).toBe('n/a');
    expect(f.message).toMatch(/interview date/);
  });

  it('passes a thank-you sent the morning after', () => {
    expect(finding('timing', draft(GOOD_THANK_YOU), at('2026-11-11T09:30:00Z'), { kind: 'thank-you' }).status).toBe('pass');
  });

  it('lets a thank-you through at 30 hours, with a nudge', () => {
    const f = finding('timing', draft(GOOD_THANK_YOU), at('2026-11-11T20:00:00Z'), { kind: 'thank-you' });
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/30 hours/);
  });

  it('warns about a thank-you four days late', () => {
    const f = finding('timing', draft(GOOD_THANK_YOU), at('2026-11-14T15:00:00Z'), { kind: 'thank-you' });
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/4 days/);
  });

  it('allows a handwritten note a few days, not two weeks', () => {
    const note = `Dear Tomás,\n\nThank you for walking me through the warehouse pipeline. I enjoyed it and hope to work with you.\n\nWarm regards,\nJordan`;
    expect(finding('timing', draft(note), at('2026-11-14T15:00:00Z'), { kind: 'note' }).status).toBe('pass');
    const late = finding('timing', draft(note), at('2026-11-24T15:00:00Z'), { kind: 'note' });
    expect(late.status).toBe('fail');
    expect(late.message).toMatch(/14 days/);
  });

  it('explains both views on thank-you timing', async () => {
    const { timing } = await import('@/lib/core/guidelines/rules/timing');
    expect(timing.why).toMatch(/within a day/);
    expect(timing.why).toMatch(/few days/);
    expect(timing.why).toMatch(/interest/);
  });

  it('warns about a follow-up before the decision date, and passes after it', () => {
    const early = finding('timing', draft(FOLLOW_UP), at('2026-11-18T09:00:00Z'), { kind: 'follow-up' });
    expect(early.status).toBe('fail');
    expect(early.message).toMatch(/2026-11-20/);
    // The decision date is a calendar day where the user is, and lasts the whole of it: 16:00 local
    // time on the 20th (built in the run's own time zone, so the test holds under any TZ).
    expect(finding('timing', draft(FOLLOW_UP), at(new Date(2026, 10, 20, 16, 0).toISOString()), { kind: 'follow-up' }).status).toBe('fail');
    expect(finding('timing', draft(FOLLOW_UP), at(new Date(2026, 10, 20, 23, 59).toISOString()), { kind: 'follow-up' }).status).toBe('fail');
    expect(finding('timing', draft(FOLLOW_UP), at(new Date(2026, 10, 21, 0, 1).toISOString()), { kind: 'follow-up' }).status).toBe('pass');
    expect(finding('timing', draft(FOLLOW_UP), at('2026-11-23T09:00:00Z'), { kind: 'follow-up' }).status).toBe('pass');
  });

  it('waits about a week for a follow-up when no decision date is saved', () => {
    const noDate = (now: string) => ({ company: company({ interviews: [interview({ decisionDate: undefined })] }), now });
    expect(finding('timing', draft(FOLLOW_UP), noDate('2026-11-13T09:00:00Z'), { kind: 'follow-up' }).status).toBe('fail');
    expect(finding('timing', draft(FOLLOW_UP), noDate('2026-11-19T09:00:00Z'), { kind: 'follow-up' }).status).toBe('pass');
  });

  it('times a second follow-up from the logged first one', () => {
    const to = { to: [{ name: 'Helen Castellanos', address: 'helen.castellanos@lumenworks.com' }], subject: 'Product Analyst role: a further note' };
    expect(finding('timing', draft(SECOND, to), at('2026-11-27T09:00:00Z'), { kind: 'second-follow-up' }).status).toBe('n/a');
    const soon = finding('timing', draft(SECOND, to), at('2026-11-27T09:00:00Z', [firstFollowUp]), { kind: 'second-follow-up' });
    expect(soon.status).toBe('fail');
    expect(soon.message).toMatch(/2026-11-30/);
    expect(finding('timing', draft(SECOND, to), at('2026-12-01T09:00:00Z', [firstFollowUp]), { kind: 'second-follow-up' }).status).toBe('pass');
  });

  it('does not hold news or a withdrawal to a schedule', () => {
    const now = at('2026-11-12T09:00:00Z');
    expect(finding('timing', draft(GOOD_THANK_YOU), now, { kind: 'update' }).status).toBe('pass');
    expect(finding('timing', draft(GOOD_THANK_YOU), now, { kind: 'withdrawal' }).status).toBe('pass');
  });
});
