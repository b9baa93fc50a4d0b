// Edges of the record helpers: what they trim, refuse, keep and match.
import { describe, expect, it } from 'vitest';
import {
  appendToNotes,
  applyQuickCapture,
  createCompanyRecord,
  createInterviewer,
  domainOf,
  findCompanyForHost,
  findCompanyForRecipients,
  normalizeDomain,
  repairImportedCompany,
  uniqueDomains,
} from '@/lib/core/notes/records';
import type { CompanyRecord, Interview } from '@/lib/core/notes/types';
import { sampleCompany } from '../storage/helpers';

const NOW = new Date('2026-03-04T18:00:00Z');

function interview(id: string, at: string, overrides: Partial<Interview> = {}): Interview {
  return { id, at, interviewers: [], topics: [], challenges: [], wishISaid: [], ideas: [], news: [], ...overrides };
}

describe('a new company record', () => {
  it('trims the name, role and notes, and leaves out a blank role or notes', () => {
    const padded = createCompanyRecord({ name: '  Lumen  ', role: ' Backend Engineer ', notes: '\n Met at a meetup. \n' }, NOW);
    expect(padded.name).toBe('Lumen');
    expect(padded.role).toBe('Backend Engineer');
    expect(padded.notes).toBe('Met at a meetup.');
    const blank = createCompanyRecord({ name: 'Lumen', role: '   ', notes: ' \n ' }, NOW);
    expect('role' in blank).toBe(false);
    expect('notes' in blank).toBe(false);
  });

  it('a new interviewer has a trimmed name and address, and no address when it is blank', () => {
    const p = createInterviewer('  Priya Raman ', ' priya@lumen.io ');
    expect(p.name).toBe('Priya Raman');
    expect(p.email).toBe('priya@lumen.io');
    expect('email' in createInterviewer('Priya', '   ')).toBe(false);
  });
});

describe('domains', () => {
  it('an address ending in several dots still gives its domain', () => {
    expect(domainOf('priya@lumen.io..')).toBe('lumen.io');
  });

  it('text around a domain is not a domain', () => {
    expect(normalizeDomain('acme corp.com')).toBe('');
    expect(normalizeDomain('lumen.io, acme.com')).toBe('');
  });

  it('uniqueDomains drops empty, bare-suffix and repeated domains', () => {
    expect(uniqueDomains(['', 'Lumen.io', 'co.uk', 'https://www.lumen.io/jobs', 'not a domain', 'acme.test'])).toEqual(['lumen.io', 'acme.test']);
  });
});

describe('repairing an imported company', () => {
  it('counts a dropped bare suffix as a repair, and keeps the usable domains', () => {
    const record = sampleCompany({ domains: ['lumenfreight.io', 'com'] });
    const out = repairImportedCompany(record);
    expect(out.repaired).toBe(true);
    expect(out.record.domains).toEqual(['lumenfreight.io']);
  });

  it('gives an unusable id the same fresh id every time (FNV-1a of the old id, 8 hex digits)', () => {
    // Pinned values: a re-import after an update must name the company the same way.
    expect(repairImportedCompany(sampleCompany({ id: 'new' })).record.id).toBe('c-imported-28999611');
    expect(repairImportedCompany(sampleCompany({ id: 'a b' })).record.id).toBe('c-imported-10a3f9f2');
    // A hash below 0x10000000 keeps its leading zero.
    expect(repairImportedCompany(sampleCompany({ id: 'old id 20' })).record.id).toBe('c-imported-0928fbd7');
  });
});

describe('matching a company', () => {
  it('a host matches a company through any one of its domains, and a company with none matches no host', () => {
    const none = sampleCompany({ id: 'c-none', domains: [] });
    const two = sampleCompany({ id: 'c-two', domains: ['lumen.io', 'lumenfreight.io'] });
    expect(findCompanyForHost([none, two], 'careers.lumenfreight.io')?.id).toBe('c-two');
    expect(findCompanyForHost([none], 'careers.lumenfreight.io')).toBeUndefined();
  });

  it('a recipient typed without an @ does not match an interviewer saved without one', () => {
    const company = sampleCompany({
      domains: [],
      interviews: [interview('i-1', '2026-03-04T15:00:00.000Z', { interviewers: [{ id: 'p-1', name: 'Priya', email: 'priya' }] })],
    });
    expect(findCompanyForRecipients([company], [{ address: 'Priya' }])).toBeUndefined();
    expect(findCompanyForRecipients([company], [{ address: 'priya' }])).toBeUndefined();
  });
});

describe('a quick note', () => {
  const base: CompanyRecord = sampleCompany({
    interviews: [
      interview('i-late', '2026-03-10T15:00:00.000Z', {
        interviewers: [
          { id: 'p-1', name: 'Priya' },
          { id: 'p-2', name: 'Sam' },
        ],
      }),
      interview('i-early', '2026-03-01T15:00:00.000Z'),
      interview('i-mid', '2026-03-05T15:00:00.000Z'),
    ],
  });

  it('without a date joins the latest interview by date, wherever it is in the list', () => {
    const r = applyQuickCapture(base, { kind: 'topic', text: 'pricing' }, NOW);
    expect(r.interviews.map((iv) => iv.topics)).toEqual([['pricing'], [], []]);
  });

  it('trims the text, and a blank note adds nothing', () => {
    expect(applyQuickCapture(base, { kind: 'idea', text: '  send the article  ' }, NOW).interviews[0]!.ideas).toEqual(['send the article']);
    expect(applyQuickCapture(base, { kind: 'idea', text: '   ' }, NOW).interviews[0]!.ideas).toEqual([]);
  });

  it('a padded name finds the interviewer already saved, who gains the trimmed address, and only them', () => {
    const r = applyQuickCapture(base, { interviewerName: '  priya ', interviewerEmail: ' priya@lumen.io ', kind: 'topic', text: 'x' }, NOW);
    expect(r.interviews[0]!.interviewers).toEqual([
      { id: 'p-1', name: 'Priya', email: 'priya@lumen.io' },
      { id: 'p-2', name: 'Sam' },
    ]);
  });

  it('an address without a name adds no interviewer and does not throw', () => {
    const r = applyQuickCapture(base, { interviewerEmail: 'priya@lumen.io', kind: 'topic', text: 'x' }, NOW);
    expect(r.interviews[0]!.interviewers).toEqual(base.interviews[0]!.interviewers);
  });
});

describe('appending to the notes', () => {
  it('trims the snippet and the old notes, and blank old notes are replaced', () => {
    expect(appendToNotes(sampleCompany({ notes: 'Old.\n' }), ' New. ', 'lumen.io').notes).toBe('Old.\n\nNew.\n(from lumen.io)');
    expect(appendToNotes(sampleCompany({ notes: '  \n ' }), ' New. ').notes).toBe('New.');
  });
});
