import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/lib/guidelines';
import { company, draft, GOOD_THANK_YOU } from './helpers';

const kindOf = (body: string, subject: string, context?: Parameters<typeof checkDraft>[1]) =>
  checkDraft(draft(body, { subject }), context).kind;

const FOLLOW_UP = `Dear Priya,

I hope your week is going well. When we met on November 10 you mentioned the team hoped to decide by the 20th, so I wanted to follow up on the status of my application for the Product Analyst role.

I remain very interested in helping with the churn dashboard work, and I would be glad to share anything else that would help your decision.

Thank you for your consideration,
Jordan Avery
jordan.avery@example.net`;

const SECOND_FOLLOW_UP = `Hi Helen,

I am following up again on my note of November 23 about the Product Analyst position. Since then I finished a small analysis of public churn benchmarks for subscription tools, which I have attached in case it is useful to your team.

I am still keen on the role and happy to talk whenever suits you. Thank you for your time.

Kind regards,
Jordan Avery
(555) 014-2290`;

const UPDATE = `Dear Priya,

I wanted to let you know that I have received another offer, with an answer due next Friday. Lumenworks remains my first choice, and I would be grateful to know whether a decision on the Product Analyst role is likely before then.

Thank you for your time and for keeping me informed.

Best regards,
Jordan Avery
jordan.avery@example.net`;

const WITHDRAWAL = `Dear Priya,

Thank you for the time you and the team spent with me over the past weeks. After careful thought I have accepted a position elsewhere and would like to withdraw my application for the Product Analyst role.

I enjoyed learning about your pricing work and hope our paths cross again. I wish you and the team every success.

Kind regards,
Jordan Avery
jordan.avery@example.net`;

const NOTE = `Dear Tomás,

Thank you for walking me through the warehouse data model today. Your story about the midnight billing reconciliation made the work feel real, and I left excited about the role.

Warmly,
Jordan`;

describe('kind detection', () => {
  it('recognises each kind from its words', () => {
    expect(kindOf(GOOD_THANK_YOU, 'Thank you for the Product Analyst interview')).toBe('thank-you');
    expect(kindOf(FOLLOW_UP, 'Following up on the Product Analyst role')).toBe('follow-up');
    expect(kindOf(SECOND_FOLLOW_UP, 'Product Analyst role: a new analysis')).toBe('second-follow-up');
    expect(kindOf(UPDATE, 'An update on my search')).toBe('update');
    expect(kindOf(WITHDRAWAL, 'Withdrawing my application')).toBe('withdrawal');
    expect(kindOf(NOTE, '')).toBe('note');
  });

  it('uses the dates: asking about the decision three weeks after the interview is a follow-up', () => {
    const body = `Dear Priya,\n\nThank you again for meeting with me about the Product Analyst role. I am still very interested and wondered whether there is any news on the hiring timeline.\n\nBest regards,\nJordan Avery\njordan.avery@example.net`;
    expect(kindOf(body, 'Product Analyst role', { company: company(), now: '2026-12-01T10:00:00Z' })).toBe('follow-up');
  });

  it('counts a follow-up after a logged follow-up as the second one', () => {
    const notes = company({
      followUps: [{ id: 'f1', kind: 'follow-up', sentAt: '2026-11-23T09:00:00Z', to: ['priya.raman@lumenworks.com'], subject: 'Following up', bodyText: 'Following up on the Product Analyst role.' }],
    });
    expect(kindOf(FOLLOW_UP, 'Following up on the Product Analyst role', { company: notes, now: '2026-12-02T10:00:00Z' })).toBe('second-follow-up');
  });
});
