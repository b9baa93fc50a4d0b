/** Realistic notes for one company, used to fill and check every built-in template. */
import type { Recipient } from '@/lib/core/guidelines';
import type { CompanyRecord, Interviewer, Profile, SentFollowUp } from '@/lib/core/notes/types';

export const daniel: Interviewer = {
  id: 'p-daniel',
  name: 'Daniel Reyes',
  title: 'Head of Customer Success',
  email: 'daniel.reyes@harbourline.health',
  lead: true,
  preferredContact: 'email',
};
export const meiLing: Interviewer = {
  id: 'p-meiling',
  name: 'Mei-Ling Zhou',
  title: 'Senior Implementation Specialist',
  email: 'meiling.zhou@harbourline.health',
};
export const graham: Interviewer = {
  id: 'p-graham',
  name: 'Graham Whitfield',
  title: 'VP of Customer Experience',
  email: 'g.whitfield@harbourline.health',
  mostSenior: true,
};

export const PHONE_SCREEN_AT = '2026-03-03T16:00:00Z';
export const PANEL_AT = '2026-03-10T14:00:00Z';
export const DECISION_DATE = '2026-03-20';
export const FOLLOW_UP_AT = '2026-03-23T15:00:00Z';

export const profile: Profile = { name: 'Rafael Moreno', phone: '+1 415 555 0142', email: 'rafael.moreno@example.com' };

export const thankYouLog = (to: Interviewer, bodyText: string, sentAt = '2026-03-11T09:00:00Z'): SentFollowUp => ({
  id: `sent-ty-${to.id}`,
  kind: 'thank-you',
  sentAt,
  to: [to.email!],
  subject: 'Thank you – Customer Success Manager interview',
  bodyText,
});

export const followUpLog: SentFollowUp = {
  id: 'sent-fu-1',
  kind: 'follow-up',
  sentAt: FOLLOW_UP_AT,
  to: [daniel.email!],
  subject: 'Following up on the Customer Success Manager interview',
  bodyText: 'Dear Daniel,\n\nThank you again for the interview on 10 March. I wanted to ask whether there is any news on the timeline.\n\nBest regards,\nRafael Moreno',
};

export function harbourline(over: Partial<CompanyRecord> = {}): CompanyRecord {
  return {
    id: 'co-harbourline',
    name: 'Harbourline',
    domains: ['harbourline.health'],
    role: 'Customer Success Manager',
    stage: 'interviewing',
    notes: 'Referred by a former colleague. Hybrid, three days in the Oakland office.',
    interviews: [
      {
        id: 'iv-phone',
        at: PHONE_SCREEN_AT,
        format: 'phone',
        interviewers: [daniel],
        topics: ['renewal forecasting for hospital clients'],
        challenges: ['slow handoffs between sales and onboarding'],
        wishISaid: [],
        ideas: [],
        news: [],
      },
      {
        id: 'iv-panel',
        at: PANEL_AT,
        format: 'onsite',
        decisionDate: DECISION_DATE,
        interviewers: [daniel, meiLing, graham],
        topics: ['the new onboarding playbook for clinics', 'quarterly business reviews'],
        challenges: ['reducing churn among small practices'],
        wishISaid: ['my experience training support staff in Spanish and English'],
        ideas: ['an article on health scores for customer success teams'],
        news: ['I completed the Gainsight Administrator certification last week'],
      },
    ],
    followUps: [],
    updatedAt: '2026-03-10T18:00:00Z',
    ...over,
  };
}

export const recipient = (p: Interviewer): Recipient => ({ name: p.name, address: p.email! });

/** A second, different set of notes: other trade, bare noun-phrase topics, a video interview. */
export const okafor: Interviewer = { id: 'p-okafor', name: 'Chiamaka Okafor', title: 'Operations Director', email: 'c.okafor@tollgate-freight.com', lead: true, mostSenior: true };
export const lindqvist: Interviewer = { id: 'p-lindqvist', name: 'Erik Lindqvist', title: 'Senior Planner', email: 'erik.lindqvist@tollgate-freight.com' };
export const PLANNER_AT = '2026-05-12T09:30:00Z';

export function tollgate(over: Partial<CompanyRecord> = {}): CompanyRecord {
  return {
    id: 'co-tollgate',
    name: 'Tollgate Freight',
    domains: ['tollgate-freight.com'],
    role: 'Operations Analyst',
    stage: 'interviewing',
    interviews: [
      {
        id: 'iv-video',
        at: PLANNER_AT,
        format: 'video',
        decisionDate: '2026-05-22',
        interviewers: [okafor, lindqvist],
        topics: ['cross-dock scheduling', 'fuel cost dashboards'],
        challenges: ['late inbound trucks during peak season'],
        wishISaid: ['the routing model I built in Python at my last job'],
        ideas: ['a case study on dynamic dock appointments'],
        news: ['my team won the regional logistics innovation award'],
      },
    ],
    followUps: [],
    updatedAt: '2026-05-12T12:00:00Z',
    ...over,
  };
}

export const profile2: Profile = { name: 'Adaeze Nwosu', phone: '07700 900123', email: 'adaeze.nwosu@example.org' };
