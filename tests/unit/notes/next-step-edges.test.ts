import { describe, expect, it } from 'vitest';
import { nextStep, nextStepEvent } from '@/lib/core/notes/next-step';
import { namesInWords } from '@/lib/core/notes/thanks';
import type { CompanyRecord, Interview, Interviewer, SentFollowUp } from '@/lib/core/notes/types';
import { sampleCompany } from '../storage/helpers';

const sent = (kind: SentFollowUp['kind'], sentAt: string, to: string[] = []): SentFollowUp => ({ id: `f-${kind}-${sentAt}`, kind, sentAt, to, subject: '', bodyText: '' });
const at = (s: string) => new Date(s);
const c = sampleCompany(); // interview 2026-03-04T15:00Z with Priya Raman and Tomás Ibarra, decision date 2026-03-14
const iv0 = c.interviews[0]!;
const withInterviewers = (interviewers: Interviewer[], extra: Partial<CompanyRecord> = {}): CompanyRecord => ({ ...c, interviews: [{ ...iv0, interviewers }], ...extra });
const person = (id: string, name: string, email?: string): Interviewer => ({ id, name, ...(email ? { email } : {}) });

describe('closed applications', () => {
  const now = at('2026-03-05T00:00:00Z');
  it('an offer says so, a rejection or a withdrawal says closed, and none has a step', () => {
    expect(nextStep({ ...c, stage: 'offer' }, now)).toEqual({ kind: 'none', label: 'Offer received' });
    expect(nextStep({ ...c, stage: 'rejected' }, now)).toEqual({ kind: 'none', label: 'Closed' });
    expect(nextStep({ ...c, stage: 'withdrawn' }, now)).toEqual({ kind: 'none', label: 'Closed' });
  });
});

describe('which interview counts', () => {
  it('an interview starting right now counts as held: the thank-you is next', () => {
    expect(nextStep(c, at('2026-03-04T15:00:00.000Z'))).toMatchObject({ kind: 'thank-you', due: at('2026-03-05T15:00:00Z') });
  });

  it('the latest interview held decides, whatever order they were saved in', () => {
    const first: Interview = { ...iv0, id: 'i-0', at: '2026-02-20T10:00:00.000Z' };
    const r: CompanyRecord = { ...c, interviews: [iv0, first] };
    expect(nextStep(r, at('2026-03-04T18:00:00Z'))).toMatchObject({ kind: 'thank-you', due: at('2026-03-05T15:00:00Z') });
    expect(nextStep({ ...c, interviews: [first, iv0] }, at('2026-03-04T18:00:00Z')).due).toEqual(at('2026-03-05T15:00:00Z'));
  });

  it('with only future interviews, the earliest valid one is shown as coming up', () => {
    const r: CompanyRecord = {
      ...c,
      interviews: [
        { ...iv0, id: 'bad', at: 'not a date' },
        { ...iv0, id: 'late', at: '2026-03-20T10:00:00.000Z' },
        { ...iv0, id: 'soon', at: '2026-03-10T10:00:00.000Z' },
      ],
    };
    expect(nextStep(r, at('2026-03-01T00:00:00Z'))).toEqual({ kind: 'interview', label: 'Interview coming up', due: at('2026-03-10T10:00:00Z') });
  });

  it('without any interview, asks for one', () => {
    expect(nextStep({ ...c, interviews: [] }, at('2026-03-05T00:00:00Z'))).toEqual({ kind: 'none', label: 'Add an interview to plan follow-ups' });
  });

  it('a thank-you sent before the latest interview does not cover it; one logged at its start does', () => {
    const second: Interview = { ...iv0, id: 'i-2', at: '2026-03-10T15:00:00.000Z', interviewers: [] };
    const r: CompanyRecord = { ...c, interviews: [iv0, second], followUps: [sent('thank-you', '2026-03-04T20:00:00.000Z')] };
    expect(nextStep(r, at('2026-03-10T18:00:00Z'))).toMatchObject({ kind: 'thank-you', due: at('2026-03-11T15:00:00Z') });
    const loggedAtStart: CompanyRecord = { ...r, followUps: [sent('thank-you', '2026-03-10T15:00:00.000Z')] };
    expect(nextStep(loggedAtStart, at('2026-03-10T18:00:00Z')).kind).toBe('follow-up');
  });
});

describe('their reply', () => {
  it('a reply after the last email sent ends the chase, whatever order the log is in', () => {
    const r: CompanyRecord = { ...c, followUps: [sent('follow-up', '2026-03-16T09:00:00.000Z'), sent('thank-you', '2026-03-04T20:00:00.000Z')], lastReplyAt: '2026-03-10T10:00:00.000Z' };
    // The reply came before the follow-up: it answered the thank-you, so the follow-up still wants one.
    expect(nextStep(r, at('2026-03-17T00:00:00Z'))).toMatchObject({ kind: 'second-follow-up', label: 'Send a second follow-up', due: at('2026-03-23T09:00:00Z') });
    expect(nextStep({ ...r, lastReplyAt: '2026-03-17T10:00:00.000Z' }, at('2026-03-18T00:00:00Z'))).toEqual({ kind: 'none', label: 'They replied' });
  });

  it('a reply stamped with the same moment as the email does not count as an answer to it', () => {
    const r: CompanyRecord = { ...c, followUps: [sent('thank-you', '2026-03-04T20:00:00.000Z'), sent('follow-up', '2026-03-16T09:00:00.000Z')], lastReplyAt: '2026-03-16T09:00:00.000Z' };
    expect(nextStep(r, at('2026-03-17T00:00:00Z')).kind).toBe('second-follow-up');
  });

  it('a reply with nothing sent yet leaves the thank-you to do', () => {
    expect(nextStep({ ...c, lastReplyAt: '2026-03-04T19:00:00.000Z' }, at('2026-03-04T20:00:00Z')).kind).toBe('thank-you');
  });
});

describe('thank-yous when interviewers have no names', () => {
  const now = at('2026-03-05T09:00:00Z');
  const nameless = withInterviewers([person('p-x', '  ')]);

  it('one thank-you to the company is owed, with no one named', () => {
    expect(nextStep(nameless, now)).toMatchObject({ kind: 'thank-you', label: 'Send a thank-you', owedTo: [], due: at('2026-03-05T15:00:00Z') });
    expect(nextStep(withInterviewers([]), now)).toMatchObject({ kind: 'thank-you', label: 'Send a thank-you', owedTo: [] });
  });

  it('a thank-you email or a card settles it; a follow-up does not', () => {
    expect(nextStep({ ...nameless, followUps: [sent('thank-you', '2026-03-04T20:00:00.000Z')] }, now).kind).toBe('follow-up');
    expect(nextStep({ ...nameless, followUps: [sent('note', '2026-03-04T20:00:00.000Z')] }, now).kind).toBe('follow-up');
    expect(nextStep({ ...nameless, followUps: [sent('follow-up', '2026-03-04T20:00:00.000Z')] }, now).kind).toBe('thank-you');
  });
});

describe('who is owed a thank-you', () => {
  const now = at('2026-03-05T09:00:00Z');
  const priya = person('p-1', 'Priya Raman', 'priya@lumenfreight.io');
  const tomas = person('p-2', ' Tomás Ibarra ', 'tomas.ibarra@gmail.com');

  it('names are shown trimmed, and a nameless interviewer is not counted as thanked', () => {
    const r = withInterviewers([priya, tomas, person('p-3', ' ')], { followUps: [sent('thank-you', '2026-03-04T20:00:00.000Z', ['priya@lumenfreight.io'])] });
    expect(nextStep(r, now)).toMatchObject({ label: 'Send a thank-you to Tomás Ibarra (1 already thanked)', owedTo: ['Tomás Ibarra'] });
  });

  it('a card counts as a thank-you; a follow-up to the same person does not', () => {
    const card = withInterviewers([priya, tomas], { followUps: [sent('note', '2026-03-04T20:00:00.000Z', ['priya@lumenfreight.io'])] });
    expect(nextStep(card, now).owedTo).toEqual(['Tomás Ibarra']);
    const followUp = withInterviewers([priya, tomas], { followUps: [sent('follow-up', '2026-03-04T20:00:00.000Z', ['priya@lumenfreight.io'])] });
    expect(nextStep(followUp, now).owedTo).toEqual(['Priya Raman', 'Tomás Ibarra']);
  });

  it('an address typed with other case or spaces still matches, and one match among several recipients is enough', () => {
    const r = withInterviewers([priya, tomas], { followUps: [sent('thank-you', '2026-03-04T20:00:00.000Z', [' PRIYA@LumenFreight.io ', 'talent@lumenfreight.io'])] });
    expect(nextStep(r, now).owedTo).toEqual(['Tomás Ibarra']);
  });

  it('three or more names read as a list', () => {
    const r = withInterviewers([priya, tomas, person('p-3', 'Lee Chen')]);
    expect(nextStep(r, now).label).toBe('Send a thank-you to Priya Raman, Tomás Ibarra and Lee Chen');
    expect(namesInWords([])).toBe('');
    expect(namesInWords([person('p-9', ' Ana ')])).toBe('Ana');
  });
});

describe('follow-ups', () => {
  const thanked = [sent('thank-you', '2026-03-04T20:00:00.000Z')];
  it('the label says whether a decision date was promised', () => {
    expect(nextStep({ ...c, followUps: thanked }, at('2026-03-06T00:00:00Z')).label).toBe('Follow up once their decision date has passed');
    const iv = { ...iv0 };
    delete iv.decisionDate;
    expect(nextStep({ ...c, interviews: [iv], followUps: thanked }, at('2026-03-06T00:00:00Z')).label).toBe('Follow up on the decision');
  });

  it('after both follow-ups, there is nothing to send but the wait', () => {
    const r: CompanyRecord = { ...c, followUps: [...thanked, sent('follow-up', '2026-03-16T09:00:00.000Z'), sent('second-follow-up', '2026-03-23T09:00:00.000Z')] };
    expect(nextStep(r, at('2026-03-24T00:00:00Z'))).toEqual({ kind: 'none', label: 'Both follow-ups sent: wait for their reply' });
  });
});

describe('the next step as a calendar event', () => {
  it('a thank-you becomes a timed event naming the company and role', () => {
    const s = nextStep(c, at('2026-03-04T18:00:00Z'));
    expect(nextStepEvent(c, s)).toEqual({
      uid: `${s.reminderId}@afterview`,
      title: 'Send a thank-you to Priya Raman and Tomás Ibarra: Lumen Freight',
      description: 'Afterview next step for Lumen Freight (Backend Engineer): Send a thank-you to Priya Raman and Tomás Ibarra.',
      start: at('2026-03-05T15:00:00Z'),
    });
    const noRole = { ...c };
    delete noRole.role;
    expect(nextStepEvent(noRole, s)?.description).toBe('Afterview next step for Lumen Freight: Send a thank-you to Priya Raman and Tomás Ibarra.');
  });

  it('a follow-up after a bare decision date is an all-day event on the day after', () => {
    const r: CompanyRecord = { ...c, followUps: [sent('thank-you', '2026-03-04T20:00:00.000Z')] };
    const ev = nextStepEvent(r, nextStep(r, at('2026-03-06T00:00:00Z')));
    expect(ev).toMatchObject({ day: '2026-03-15', title: 'Follow up once their decision date has passed: Lumen Freight' });
    expect(ev).not.toHaveProperty('start');
  });

  it('an upcoming interview, a closed application or a step without a reminder id gives no event', () => {
    expect(nextStepEvent(c, nextStep(c, at('2026-03-01T00:00:00Z')))).toBeUndefined();
    expect(nextStepEvent(c, nextStep({ ...c, stage: 'rejected' }, at('2026-03-05T00:00:00Z')))).toBeUndefined();
    expect(nextStepEvent(c, { kind: 'thank-you', label: 'Send a thank-you', due: at('2026-03-05T15:00:00Z') })).toBeUndefined();
  });
});
