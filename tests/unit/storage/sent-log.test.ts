/**
 * The log of sent follow-ups: one entry per message however many times a send is reported (the
 * content script retries a report the worker did not answer), and distinct messages kept apart.
 */
import { describe, expect, it } from 'vitest';
import { NotesStore, companyKey, loadCheckContextFor, recordSentFollowUp, KEY } from '@/lib/platform/storage';
import { memoryArea, sampleCompany } from './helpers';

const NOW = new Date('2026-03-05T09:00:00Z');
const store = () => new NotesStore({ area: memoryArea({ [companyKey('c-lumen')]: { rev: 1, record: sampleCompany() } }) });
const sent = { kind: 'follow-up' as const, sentAt: NOW, to: [{ address: 'priya@lumenfreight.io' }], subject: 'Following up', bodyText: 'Hello' };
const logged = async (s: NotesStore) => (await s.getCompany('c-lumen'))?.followUps ?? [];

describe('the sent log', () => {
  it('keeps apart messages with another subject, other recipients, or sent over two minutes apart', async () => {
    const s = store();
    await recordSentFollowUp(sent, s);
    await recordSentFollowUp({ ...sent, subject: 'Another question' }, s);
    await recordSentFollowUp({ ...sent, to: [{ address: 'priya@lumenfreight.io' }, { address: 'tomas@lumenfreight.io' }] }, s);
    await recordSentFollowUp({ ...sent, sentAt: new Date(NOW.getTime() + 2 * 60_000) }, s);
    await recordSentFollowUp({ ...sent, sentAt: new Date(NOW.getTime() + 119_000) }, s);
    const log = await logged(s);
    expect(log.map((f) => [f.subject, f.to.length, f.sentAt])).toEqual([
      ['Following up', 1, '2026-03-05T09:00:00.000Z'],
      ['Another question', 1, '2026-03-05T09:00:00.000Z'],
      ['Following up', 2, '2026-03-05T09:00:00.000Z'],
      ['Following up', 1, '2026-03-05T09:02:00.000Z'],
    ]);
  });

  it('orders the log by time whatever order the reports arrive in, and takes a date-time text', async () => {
    const s = store();
    await recordSentFollowUp({ ...sent, subject: 'later', sentAt: '2026-03-06T09:00:00Z' }, s);
    await recordSentFollowUp({ ...sent, subject: 'earlier', sentAt: '2026-03-04T09:00:00Z' }, s);
    expect((await logged(s)).map((f) => f.subject)).toEqual(['earlier', 'later']);
  });

  it('refuses a time that is no date, and writes nothing', async () => {
    const s = store();
    await expect(recordSentFollowUp({ ...sent, sentAt: 'next Tuesday' }, s)).rejects.toThrow('recordSentFollowUp: sentAt is not a date');
    expect(await logged(s)).toEqual([]);
  });

  it('gives the checks the profile only when some field of it is filled', async () => {
    const blank = new NotesStore({ area: memoryArea({ [KEY.profile]: { name: '  ' } }) });
    expect(await loadCheckContextFor([{ address: 'a@nowhere.example' }], NOW, blank)).toBeUndefined();
    const named = new NotesStore({ area: memoryArea({ [KEY.profile]: { name: 'Sam Lee' } }) });
    expect(await loadCheckContextFor([{ address: 'a@nowhere.example' }], NOW, named)).toEqual({ now: NOW, profile: { name: 'Sam Lee' } });
  });
});

describe('the sent log records which interviewers a message reached', () => {
  it('by their saved addresses, so a thank-you is tracked per person', async () => {
    const s = store();
    const to = [{ name: 'Priya', address: 'Priya@lumenfreight.io' }];
    const out = await recordSentFollowUp({ kind: 'thank-you', sentAt: new Date('2026-03-04T20:00:00Z'), to, subject: 'Thank you', bodyText: 'Thanks' }, s);
    expect(out?.followUp.interviewerIds).toEqual(['p-1']);
    expect((await logged(s))[0]?.interviewerIds).toEqual(['p-1']);
  });
});
