/** Builders for realistic drafts and notes used across the rule tests. */
import type { CompanyRecord, Interview, Interviewer } from '@/lib/core/notes/types';
import { checkDraft, type CheckContext, type CheckOptions, type Draft, type Finding, type RuleId } from '@/lib/core/guidelines';

export function draft(bodyText: string, extra: Partial<Draft> = {}): Draft {
  return {
    subject: 'Thank you for the product analyst interview',
    to: [{ name: 'Priya Raman', address: 'priya.raman@lumenworks.com' }],
    cc: [],
    bodyText,
    ...extra,
  };
}

/** The finding of one rule after a full check. */
export function finding(rule: RuleId, d: Draft, context?: CheckContext, options?: CheckOptions): Finding {
  const f = checkDraft(d, context, options).findings.find((x) => x.rule === rule);
  if (!f) throw new Error(`no finding for ${rule}`);
  return f;
}

export const priya: Interviewer = {
  id: 'iv-priya',
  name: 'Priya Raman',
  title: 'Director of Analytics',
  email: 'priya.raman@lumenworks.com',
  lead: true,
};
export const tomas: Interviewer = {
  id: 'iv-tomas',
  name: 'Tomás Ekwueme',
  title: 'Senior Data Engineer',
  email: 'tomas.ekwueme@lumenworks.com',
};
export const helen: Interviewer = {
  id: 'iv-helen',
  name: 'Helen Castellanos',
  title: 'VP of Product',
  email: 'helen.castellanos@lumenworks.com',
  mostSenior: true,
};

export function interview(over: Partial<Interview> = {}): Interview {
  return {
    id: 'int-1',
    at: '2026-11-10T14:00:00Z',
    format: 'video',
    decisionDate: '2026-11-20',
    interviewers: [priya, tomas, helen],
    topics: ['churn dashboard redesign', 'quarterly pricing experiments'],
    challenges: ['reconciling billing data across two warehouses'],
    wishISaid: ['my experience running A/B tests with small samples'],
    ideas: ['an article on sequential testing'],
    news: [],
    ...over,
  };
}

export function company(over: Partial<CompanyRecord> = {}): CompanyRecord {
  return {
    id: 'co-lumen',
    name: 'Lumenworks',
    domains: ['lumenworks.com'],
    role: 'Product Analyst',
    stage: 'interviewing',
    interviews: [interview()],
    followUps: [],
    updatedAt: '2026-11-10T18:00:00Z',
    ...over,
  };
}

/** A strong thank-you for Priya, the day after the interview. */
export const GOOD_THANK_YOU = `Dear Priya,

Thank you for taking the time to talk with me yesterday about the Product Analyst role. I enjoyed hearing how your team is approaching the churn dashboard redesign, and the problem of reconciling billing data across two warehouses stayed with me afterwards.

At Fernhill Logistics I rebuilt our revenue reporting on top of two mismatched billing systems, which cut the monthly close from nine days to four. I would bring the same patience with messy data to your reconciliation work, so your analysts can trust the numbers they present.

I am excited about the chance to join Lumenworks and help the pricing experiments move faster. Please let me know if I can share anything else; I look forward to hearing about the next steps.

Best regards,
Jordan Avery
jordan.avery@example.net
(555) 014-2290`;

export const NOW_AFTER_INTERVIEW = '2026-11-11T09:30:00Z';
