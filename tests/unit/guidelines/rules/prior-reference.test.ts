import { describe, expect, it } from 'vitest';
import type { SentFollowUp } from '@/lib/notes/types';
import { company, draft, finding } from '../helpers';

const opts = { kind: 'second-follow-up' as const };
const to = { to: [{ name: 'Helen Castellanos', address: 'helen.castellanos@lumenworks.com' }], subject: 'Product Analyst role' };

describe('prior-reference', () => {
  it.each([
    'I am following up on my email of 23 November about the Product Analyst role.',
    'As I wrote last week, I remain keen on the Product Analyst role.',
    'I reached out on the 23rd to ask about the Product Analyst role and wanted to try once more.',
    'I am checking back in about the Product Analyst role, since my previous message may have been buried.',
    'I emailed you on Monday and am writing again in case it slipped through.',
  ])('passes: %s', (opening) => {
    const body = `Dear Helen,\n\n${opening} Since then I have finished a small study of churn cohorts that I would be glad to share.\n\nBest regards,\nJordan Avery`;
    expect(finding('prior-reference', draft(body, to), undefined, opts).status).toBe('pass');
  });

  it('fails a second follow-up that reads as if it were the first, naming the date of the logged one', () => {
    const body = `Dear Helen,\n\nI am writing to ask about the Product Analyst role. I have finished a small study of churn cohorts that I would be glad to share.\n\nBest regards,\nJordan Avery`;
    const first: SentFollowUp = { id: 'f', kind: 'follow-up', sentAt: '2026-11-23T09:00:00Z', to: ['priya.raman@lumenworks.com'], subject: 'x', bodyText: 'x' };
    const f = finding('prior-reference', draft(body, to), { company: company({ followUps: [first] }), now: '2026-12-02T09:00:00Z' }, opts);
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.message).toMatch(/23 November/);
  });

  it('does not apply to a first follow-up', () => {
    const body = `Dear Priya,\n\nI am writing to ask about the Product Analyst role.\n\nBest regards,\nJordan`;
    expect(finding('prior-reference', draft(body), undefined, { kind: 'follow-up' }).status).toBe('n/a');
  });
});
