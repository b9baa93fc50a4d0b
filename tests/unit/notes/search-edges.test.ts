// Edges of search: which fields are searched, what a missing field adds (nothing), and the
// order and text of what is shown.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchCompanies, searchMatches } from '@/lib/core/notes/search';
import type { CompanyRecord } from '@/lib/core/notes/types';

/** A company with no optional field set: no role, notes, format, title or address. */
function bare(overrides: Partial<CompanyRecord> = {}): CompanyRecord {
  return {
    id: 'c-bare',
    name: 'Zoë Labs',
    domains: [],
    stage: 'applied',
    interviews: [
      {
        id: 'i-1',
        at: '2026-03-04T10:00:00.000Z',
        interviewers: [{ id: 'p-1', name: 'Ana' }],
        topics: [],
        challenges: [],
        wishISaid: [],
        ideas: [],
        news: [],
      },
    ],
    followUps: [],
    updatedAt: '2026-03-04T16:00:00.000Z',
    ...overrides,
  };
}

describe('what is searched', () => {
  it('a field that is not set adds no words: a word from nowhere in the notes finds nothing', () => {
    const company = bare();
    const index = buildSearchIndex([company]);
    for (const q of ['here', 'was']) {
      expect(searchCompanies(index, q), q).toEqual([]);
      expect(searchMatches(company, q), q).toEqual([]);
    }
    expect(searchCompanies(index, 'zoe')).toEqual(['c-bare']);
  });

  it('finds the role, the interview format and an interviewer title and address', () => {
    const company = bare({
      role: 'Platform Engineer',
      interviews: [{ ...bare().interviews[0]!, format: 'onsite', interviewers: [{ id: 'p-1', name: 'Ana', title: 'CTO', email: 'ana@zoelabs.io' }] }],
    });
    const index = buildSearchIndex([company]);
    for (const q of ['platform', 'onsite', 'cto', 'zoelabs']) expect(searchCompanies(index, q), q).toEqual(['c-bare']);
  });

  it('an interview is found by its day, not by its time of day', () => {
    const index = buildSearchIndex([bare()]);
    expect(searchCompanies(index, '2026-03-04')).toEqual(['c-bare']);
    expect(searchCompanies(index, '10:00')).toEqual([]);
  });

  it('a word two companies share finds both, name matches first', () => {
    const index = buildSearchIndex([
      bare({ id: 'c-acme', name: 'Acme', notes: 'Partner of Lumen.' }),
      bare({ id: 'c-lumen', name: 'Lumen' }),
      bare({ id: 'c-other', name: 'Other', notes: 'Partner too.' }),
    ]);
    expect(searchCompanies(index, 'lumen')).toEqual(['c-lumen', 'c-acme']);
    expect(searchCompanies(index, 'partner')).toEqual(['c-acme', 'c-other']);
  });
});

describe('what a match shows', () => {
  it('a follow-up matched by a recipient shows its recipients separated by commas', () => {
    const company = bare({
      followUps: [{ id: 'f-1', kind: 'thank-you', sentAt: '2026-03-05T09:00:00.000Z', to: ['ana@zoelabs.io', 'sam@zoelabs.io'], subject: 'Thanks', bodyText: 'Hi' }],
    });
    expect(searchMatches(company, 'sam')).toEqual([{ field: 'follow-ups sent', text: 'ana@zoelabs.io, sam@zoelabs.io' }]);
  });
});
