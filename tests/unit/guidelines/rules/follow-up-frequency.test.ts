import { describe, expect, it } from 'vitest';
import type { SentFollowUp } from '@/lib/core/notes/types';
import { company, draft, finding } from '../helpers';

const sent = (id: string, kind: SentFollowUp['kind'], sentAt: string): SentFollowUp => ({
  id,
  kind,
  sentAt,
  to: ['priya.raman@lumenworks.com'],
  subject: 'Product Analyst role',
  bodyText: 'Dear Priya, I wanted to ask whether there is any news on the Product Analyst role. Best regards, Jordan',
});

const NUDGE = `Dear Priya,

I wanted to check in again on the Product Analyst role. I remain very interested and would be glad to answer any further questions.

Best regards,
Jordan Avery
jordan.avery@example.net`;

const WITH_NEWS = `Dear Priya,

I wanted to check in again on the Product Analyst role, and to share some news: I have just completed the Google Advanced Data Analytics certificate, which covered the sequential testing we discussed.

Best regards,
Jordan Avery
jordan.avery@example.net`;

const NOW = '2026-12-10T09:00:00Z';
const two = [sent('a', 'follow-up', '2026-11-23T09:00:00Z'), sent('b', 'second-follow-up', '2026-12-01T09:00:00Z')];
const opts = { kind: 'second-follow-up' as const };

describe('follow-up-frequency', () => {
  it('is n/a without notes', () => {
    expect(finding('follow-up-frequency', draft(NUDGE), undefined, opts).status).toBe('n/a');
  });

  it('passes a first or second follow-up', () => {
    expect(finding('follow-up-frequency', draft(NUDGE), { company: company(), now: NOW }, opts).status).toBe('pass');
    const one = company({ followUps: [two[0]!] });
    expect(finding('follow-up-frequency', draft(NUDGE), { company: one, now: NOW }, opts).status).toBe('pass');
  });

  it('fails a third follow-up without a reply that brings nothing new', () => {
    const f = finding('follow-up-frequency', draft(NUDGE), { company: company({ followUps: two }), now: NOW }, opts);
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/2 follow-ups/);
  });

  it('lets a third message through when it brings news', () => {
    const f = finding('follow-up-frequency', draft(WITH_NEWS), { company: company({ followUps: two }), now: NOW }, opts);
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/new/);
  });

  it('lets a third message through when it reports an exam passed since the interview', () => {
    const body = `Dear Priya,\n\nI wanted to check in again on the Product Analyst role. On Saturday I passed the Tableau Desktop Specialist exam.\n\nBest regards,\nJordan Avery\njordan.avery@example.net`;
    expect(finding('follow-up-frequency', draft(body), { company: company({ followUps: two }), now: NOW }, opts).status).toBe('pass');
  });

  it('does not let a third message through for a résumé sent again', () => {
    const body = `Dear Priya,\n\nI wanted to check in again on the Product Analyst role. I have attached my resume once more.\n\nBest regards,\nJordan Avery\njordan.avery@example.net`;
    expect(finding('follow-up-frequency', draft(body), { company: company({ followUps: two }), now: NOW }, opts).status).toBe('fail');
  });

  it('counts only what was sent since their last reply, and not thank-yous', () => {
    const replied = company({ followUps: two, lastReplyAt: '2026-11-25T12:00:00Z' });
    expect(finding('follow-up-frequency', draft(NUDGE), { company: replied, now: NOW }, opts).status).toBe('pass');
    const thanks = company({ followUps: [sent('t', 'thank-you', '2026-11-11T09:00:00Z'), two[1]!] });
    expect(finding('follow-up-frequency', draft(NUDGE), { company: thanks, now: NOW }, opts).status).toBe('pass');
    const updates = company({ followUps: [...two, sent('u', 'update', '2026-12-05T09:00:00Z')] });
    const f = finding('follow-up-frequency', draft(NUDGE), { company: updates, now: NOW }, opts);
    expect(f.status).toBe('fail');
    expect(f.message).toMatch(/3 follow-ups/);
  });
});
