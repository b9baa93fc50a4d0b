import { describe, expect, it } from 'vitest';
import { mergeCompany } from '@/lib/core/notes/merge';
import type { CompanyRecord, Interview, SentFollowUp } from '@/lib/core/notes/types';
import { sampleCompany } from '../storage/helpers';

const sent = (id: string, sentAt: string, subject = ''): SentFollowUp => ({ id, kind: 'thank-you', sentAt, to: [], subject, bodyText: '' });
const saved = sampleCompany({ updatedAt: '2026-03-05T10:00:00.000Z' });
const iv = saved.interviews[0]!;
const second: Interview = { ...iv, id: 'i-2', at: '2026-03-10T15:00:00.000Z', interviewers: [{ id: 'p-9', name: 'Lee Chen' }] };

describe('merging a backup into the saved company', () => {
  it('the copy updated last wins a shared interview and the company fields; the date is the later one', () => {
    const savedBoth: CompanyRecord = { ...saved, interviews: [iv, second] };
    const newer: CompanyRecord = { ...savedBoth, role: 'Staff Engineer', updatedAt: '2026-03-06T10:00:00.000Z', interviews: [{ ...iv, format: 'onsite' }, second] };
    const m = mergeCompany(savedBoth, newer);
    expect(m.role).toBe('Staff Engineer');
    expect(m.updatedAt).toBe('2026-03-06T10:00:00.000Z');
    expect(m.interviews.map((x) => [x.id, x.format])).toEqual([
      ['i-1', 'onsite'],
      ['i-2', 'video'],
    ]);
    // The backup older than what is saved changes nothing shared.
    const m2 = mergeCompany(newer, savedBoth);
    expect(m2.role).toBe('Staff Engineer');
    expect(m2.updatedAt).toBe('2026-03-06T10:00:00.000Z');
    expect(m2.interviews.map((x) => x.format)).toEqual(['onsite', 'video']);
  });

  it('on a tie the saved copy is kept', () => {
    const same = { ...saved, role: 'Other role' };
    expect(mergeCompany(saved, same).role).toBe('Backend Engineer');
  });

  it('interviewers are joined per interview: each interview keeps its own, and the newer side names a shared one', () => {
    const savedBoth: CompanyRecord = { ...saved, interviews: [iv, second] };
    const newer: CompanyRecord = {
      ...savedBoth,
      updatedAt: '2026-03-06T10:00:00.000Z',
      interviews: [
        { ...iv, interviewers: [{ ...iv.interviewers[0]!, name: 'Priya R. Raman' }] },
        { ...second, interviewers: [{ id: 'p-10', name: 'Ana Silva' }] },
      ],
    };
    const m = mergeCompany(savedBoth, newer);
    expect(m.interviews.map((x) => x.interviewers.map((p) => p.name))).toEqual([
      ['Priya R. Raman', 'Tomás Ibarra'],
      ['Ana Silva', 'Lee Chen'],
    ]);
  });

  it('follow-ups from both are kept, in the order they were sent, the newer copy winning a shared one', () => {
    const a: CompanyRecord = { ...saved, followUps: [sent('f-2', '2026-03-06T09:00:00.000Z'), sent('f-1', '2026-03-04T20:00:00.000Z', 'old')] };
    const b: CompanyRecord = { ...saved, updatedAt: '2026-03-07T10:00:00.000Z', followUps: [sent('f-1', '2026-03-04T20:00:00.000Z', 'new'), sent('f-0', '2026-03-04T18:00:00.000Z')] };
    const m = mergeCompany(a, b);
    expect(m.followUps.map((f) => [f.id, f.subject])).toEqual([
      ['f-0', ''],
      ['f-1', 'new'],
      ['f-2', ''],
    ]);
  });
});
