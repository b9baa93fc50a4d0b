import { describe, expect, it } from 'vitest';
import type { SentFollowUp } from '@/lib/core/notes/types';
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

  it.each([
    'I wrote to Ms. Okafor on March 6 about the Product Analyst role, and I wanted to ask you too.',
    'When I followed up with Tomás, he said the review had been pushed back.',
    'I pinged Priya on the 4th but understand the team is stretched.',
    'Bumping this to the top of your inbox in case it got buried.',
    'Further to my note from last week, I remain keen on the role.',
    "I'm following up one last time about the Product Analyst role.",
  ])('passes an explicit reference outside the usual phrasings, quoting it: %s', (opening) => {
    const body = `Dear Helen,\n\n${opening} I remain very interested.\n\nBest regards,\nJordan Avery`;
    const f = finding('prior-reference', draft(body, to), undefined, opts);
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/“.+”/);
  });

  it('passes a reference that is only implied, and suggests naming the date', () => {
    const body = `Dear Helen,\n\nI hope you do not mind me reaching out again about the Product Analyst role.\n\nBest regards,\nJordan Avery`;
    const f = finding('prior-reference', draft(body, to), undefined, opts);
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/date/);
  });

  it('takes a subject that says it is writing once more as the reference', () => {
    const body = `Dear Helen,\n\nI remain very interested in the Product Analyst role and would be glad to talk.\n\nBest regards,\nJordan Avery`;
    expect(finding('prior-reference', draft(body, { ...to, subject: 'Following up once more – Product Analyst' }), undefined, opts).status).toBe('pass');
  });

  it.each([
    'As I mentioned in my interview, I have led two warehouse migrations.',
    'In my previous job I rebuilt the billing reports.',
    'I am writing to follow up on my application for the Product Analyst role.',
    'I sent my application on March 1 and interviewed on the 10th.',
  ])('does not take a mention of the interview, a past job or the application for the earlier message: %s', (opening) => {
    const body = `Dear Helen,\n\n${opening} I remain very interested.\n\nBest regards,\nJordan Avery`;
    expect(finding('prior-reference', draft(body, to), undefined, opts).status).toBe('fail');
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
