import { describe, expect, it } from 'vitest';
import { nextStep } from '@/lib/core/notes/next-step';
import type { CompanyRecord, SentFollowUp } from '@/lib/core/notes/types';
import { sampleCompany } from '../storage/helpers';

const sent = (kind: SentFollowUp['kind'], sentAt: string): SentFollowUp => ({ id: `f-${kind}-${sentAt}`, kind, sentAt, to: [], subject: '', bodyText: '' });
const at = (s: string) => new Date(s);

describe('next step and its due date', () => {
  const c = sampleCompany(); // interview 2026-03-04T15:00Z, decision date 2026-03-14

  it('a thank-you is due a day after the interview', () => {
    expect(nextStep(c, at('2026-03-04T18:00:00Z'))).toMatchObject({ kind: 'thank-you', due: at('2026-03-05T15:00:00Z') });
  });

  it('after the thank-you, a follow-up is due once the promised decision date has passed', () => {
    const r: CompanyRecord = { ...c, followUps: [sent('thank-you', '2026-03-04T20:00:00Z')] };
    // The decision date (2026-03-14) lasts until midnight where the user is.
    expect(nextStep(r, at('2026-03-06T00:00:00Z'))).toMatchObject({ kind: 'follow-up', due: new Date(2026, 2, 15) });
  });

  it('without a decision date, a follow-up is due a week after the interview', () => {
    const iv = { ...c.interviews[0]! };
    delete iv.decisionDate;
    const r: CompanyRecord = { ...c, interviews: [iv], followUps: [sent('thank-you', '2026-03-04T20:00:00Z')] };
    expect(nextStep(r, at('2026-03-06T00:00:00Z'))).toMatchObject({ kind: 'follow-up', due: at('2026-03-11T15:00:00Z') });
  });

  it('a second follow-up is due a week after the first, unless they replied', () => {
    const r: CompanyRecord = { ...c, followUps: [sent('thank-you', '2026-03-04T20:00:00Z'), sent('follow-up', '2026-03-16T09:00:00Z')] };
    expect(nextStep(r, at('2026-03-17T00:00:00Z'))).toMatchObject({ kind: 'second-follow-up', due: at('2026-03-23T09:00:00Z') });
    expect(nextStep({ ...r, lastReplyAt: '2026-03-18T10:00:00Z' }, at('2026-03-19T00:00:00Z')).kind).toBe('none');
  });

  it('closed applications and companies without interviews have no due step', () => {
    expect(nextStep({ ...c, stage: 'rejected' }, at('2026-03-05T00:00:00Z')).due).toBeUndefined();
    expect(nextStep({ ...c, interviews: [] }, at('2026-03-05T00:00:00Z')).label).toMatch(/Add an interview/);
    expect(nextStep(c, at('2026-03-01T00:00:00Z'))).toMatchObject({ kind: 'interview', due: at('2026-03-04T15:00:00Z') });
  });

  it('the reminder id changes when the due date changes', () => {
    const a = nextStep(c, at('2026-03-04T18:00:00Z')).reminderId;
    const b = nextStep({ ...c, interviews: [{ ...c.interviews[0]!, at: '2026-03-05T15:00:00.000Z' }] }, at('2026-03-05T18:00:00Z')).reminderId;
    expect(a).toMatch(/^c-lumen:thank-you:/);
    expect(a).not.toBe(b);
  });
});

describe('a thank-you per interviewer met', () => {
  const c = sampleCompany(); // Priya Raman (priya@lumenfreight.io) and Tomás Ibarra (tomas.ibarra@gmail.com)
  const thanks = (to: string[], interviewerIds?: string[]): SentFollowUp => ({ ...sent('thank-you', '2026-03-04T20:00:00Z'), to, ...(interviewerIds ? { interviewerIds } : {}) });
  const now = at('2026-03-05T09:00:00Z');

  it('before any thank-you, says who is owed one', () => {
    expect(nextStep(c, now)).toMatchObject({ kind: 'thank-you', label: 'Send a thank-you to Priya Raman and Tomás Ibarra', owedTo: ['Priya Raman', 'Tomás Ibarra'] });
  });

  it('a thank-you to Priya leaves Tomás owed one, by address or by the names the log records', () => {
    expect(nextStep({ ...c, followUps: [thanks(['priya@lumenfreight.io'])] }, now)).toMatchObject({
      kind: 'thank-you',
      label: 'Send a thank-you to Tomás Ibarra (1 already thanked)',
      owedTo: ['Tomás Ibarra'],
      due: at('2026-03-05T15:00:00Z'),
    });
    expect(nextStep({ ...c, followUps: [thanks(['someone@else.example'], ['p-2'])] }, now).owedTo).toEqual(['Priya Raman']);
    // Sent to the recruiter only: both are still owed one.
    expect(nextStep({ ...c, followUps: [thanks(['talent@lumenfreight.io'])] }, now).owedTo).toEqual(['Priya Raman', 'Tomás Ibarra']);
  });

  it('once each was thanked (or a hand-logged thank-you names no one), the follow-up is next', () => {
    expect(nextStep({ ...c, followUps: [thanks(['priya@lumenfreight.io']), thanks(['Tomas.Ibarra@gmail.com'])] }, now).kind).toBe('follow-up');
    expect(nextStep({ ...c, followUps: [thanks([])] }, now).kind).toBe('follow-up');
  });
});
