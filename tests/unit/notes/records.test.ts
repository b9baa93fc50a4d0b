import { describe, expect, it } from 'vitest';
import { applyQuickCapture, domainOf, findCompanyForHost, nameFromDomain, normalizeDomain } from '@/lib/core/notes/records';
import { mergeCompany } from '@/lib/core/notes/merge';
import { sampleCompany } from '../storage/helpers';

const NOW = new Date('2026-03-04T18:00:00Z');

describe('records', () => {
  it('reads domains from addresses, links and hosts', () => {
    expect(domainOf('Priya <priya@Lumen.IO>')).toBe('lumen.io');
    expect(normalizeDomain('https://www.careers.acme.test/jobs?id=1')).toBe('careers.acme.test');
    expect(normalizeDomain('not a domain')).toBe('');
    expect(nameFromDomain('jobs.lumen-freight.io')).toBe('Lumen Freight');
    expect(findCompanyForHost([sampleCompany()], 'careers.lumenfreight.io')?.id).toBe('c-lumen');
  });

  it('a quick note joins the interview held that day, with a new interviewer', () => {
    const r = applyQuickCapture(sampleCompany(), { interviewAt: '2026-03-04T09:00:00.000Z', interviewerName: 'Ana Diaz', kind: 'wish', text: 'My on-call story' }, NOW);
    expect(r.interviews).toHaveLength(1);
    expect(r.interviews[0]!.wishISaid).toEqual(['My on-call story']);
    expect(r.interviews[0]!.interviewers.map((p) => p.name)).toEqual(['Priya Raman', 'Tomás Ibarra', 'Ana Diaz']);
  });

  it('a quick note on another day starts a new interview, and a known interviewer is not added twice', () => {
    const r = applyQuickCapture(sampleCompany(), { interviewAt: '2026-03-10T14:00:00.000Z', interviewerName: 'priya raman', kind: 'idea', text: 'https://example.org/a' }, NOW);
    expect(r.interviews).toHaveLength(2);
    expect(r.interviews[1]).toMatchObject({ at: '2026-03-10T14:00:00.000Z', ideas: ['https://example.org/a'] });
    expect(r.interviews[1]!.interviewers.map((p) => p.name)).toEqual(['priya raman']);
  });

  it('an interviewer saved by name only gains the address of a later note, and a saved address is kept', () => {
    const base = sampleCompany();
    const iv = base.interviews[0]!;
    const nameOnly = { ...base, interviews: [{ ...iv, interviewers: [{ id: 'p-9', name: 'Ana Diaz' }, ...iv.interviewers] }] };
    const r = applyQuickCapture(nameOnly, { interviewAt: iv.at, interviewerName: 'ana diaz', interviewerEmail: 'ana@lumenfreight.io', kind: 'topic', text: '' }, NOW);
    expect(r.interviews[0]!.interviewers[0]).toMatchObject({ name: 'Ana Diaz', email: 'ana@lumenfreight.io' });
    const again = applyQuickCapture(base, { interviewAt: iv.at, interviewerName: 'Priya Raman', interviewerEmail: 'other@lumenfreight.io', kind: 'topic', text: '' }, NOW);
    expect(again.interviews[0]!.interviewers[0]!.email).toBe('priya@lumenfreight.io');
  });

  it('a note without a date, written days later, joins the latest interview and moves no date', () => {
    const base = sampleCompany();
    const later = { ...base, interviews: [...base.interviews, { ...base.interviews[0]!, id: 'iv-late', at: '2026-03-06T10:00:00.000Z', topics: [] }] };
    const r = applyQuickCapture(later, { kind: 'topic', text: 'Pairing culture' }, new Date('2026-03-12T09:00:00Z'));
    expect(r.interviews.map((iv) => iv.at)).toEqual(later.interviews.map((iv) => iv.at));
    expect(r.interviews[1]!.topics).toEqual(['Pairing culture']);
  });

  it('merging keeps both sides and the newer fields', () => {
    const saved = sampleCompany({ role: 'Old role', followUps: [{ id: 'f-1', kind: 'thank-you', sentAt: '2026-03-04T20:00:00Z', to: [], subject: 'a', bodyText: '' }] });
    const incoming = sampleCompany({
      role: 'New role',
      updatedAt: '2026-03-09T00:00:00.000Z',
      followUps: [{ id: 'f-2', kind: 'follow-up', sentAt: '2026-03-15T09:00:00Z', to: [], subject: 'b', bodyText: '' }],
    });
    const merged = mergeCompany(saved, incoming);
    expect(merged.role).toBe('New role');
    expect(merged.followUps.map((f) => f.id)).toEqual(['f-1', 'f-2']);
  });
});

describe('base domains', () => {
  it('keeps the registered part of a host', async () => {
    const { baseDomain } = await import('@/lib/core/notes/records');
    expect(baseDomain('careers.lumen-freight.io')).toBe('lumen-freight.io');
    expect(baseDomain('jobs.acme.co.uk')).toBe('acme.co.uk');
    expect(nameFromDomain('jobs.acme.co.uk')).toBe('Acme');
  });
});
