// Every part of the notes the search page claims to look in, found by a word that is only there,
// and the snippet and ordering rules a user reads in the results.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchCompanies, searchMatches } from '@/lib/core/notes/search';
import type { CompanyRecord } from '@/lib/core/notes/types';
import { sampleCompany } from '../storage/helpers';

/** A company whose every part holds its own word, so a search for that word can name the part. */
function richCompany(): CompanyRecord {
  const base = sampleCompany();
  const interview = base.interviews[0]!;
  return sampleCompany({
    role: 'Quartermaster',
    stage: 'offer',
    notes: 'first line\nparking behind the depot',
    domains: ['zebrafreight.io'],
    interviews: [
      {
        ...interview,
        at: '2031-07-09T10:00:00.000Z',
        format: 'onsite',
        interviewers: [{ id: 'p-9', name: 'Odile Brand', title: 'Harbourmaster', email: 'odile@quaymail.test' }],
        topics: ['tidal charts'],
        challenges: ['ferry backlog'],
        wishISaid: ['my lighthouse project'],
        ideas: ['https://example.org/anchorage'],
        news: ['opened a Lisbon office'],
      },
    ],
    followUps: [{ id: 'f-1', kind: 'thank-you', sentAt: '2031-07-09T18:00:00Z', to: ['odile@quaymail.test'], subject: 'Thank you, Odile', bodyText: 'Hello\nabout the gangway idea' }],
  });
}

const FIELD_WORDS: [string, string, string][] = [
  // [query, field shown, item shown]
  ['lumen', 'name', 'Lumen Freight'],
  ['quartermaster', 'role', 'Quartermaster'],
  ['offer', 'stage', 'offer'],
  ['depot', 'notes', 'parking behind the depot'],
  ['zebrafreight', 'email domains', 'zebrafreight.io'],
  ['tidal', 'topics', 'tidal charts'],
  ['ferry', 'challenges', 'ferry backlog'],
  ['lighthouse', 'what you wish you had said', 'my lighthouse project'],
  ['anchorage', 'ideas to send', 'https://example.org/anchorage'],
  ['lisbon', 'news', 'opened a Lisbon office'],
  ['harbourmaster', 'interviewers', 'Odile Brand, Harbourmaster, odile@quaymail.test'],
  ['gangway', 'follow-ups sent', 'about the gangway idea'],
  ['2031', 'interview dates', '2031-07-09'],
  ['onsite', 'interview format', 'onsite'],
];

describe('every part of the notes is searched', () => {
  const company = richCompany();
  const index = buildSearchIndex([company, sampleCompany({ id: 'c-other', name: 'Other', domains: ['other.test'], interviews: [] })]);

  it.each(FIELD_WORDS)('"%s" finds the company and names its %s', (query, field, text) => {
    expect(searchCompanies(index, query)).toEqual(['c-lumen']);
    expect(searchMatches(company, query)).toEqual([{ field, text }]);
  });

  it('names an interviewer by the details they have, without empty commas', () => {
    const c = sampleCompany({ interviews: [{ ...sampleCompany().interviews[0]!, interviewers: [{ id: 'p-3', name: 'Ines Kahl' }] }] });
    expect(searchMatches(c, 'ines')).toEqual([{ field: 'interviewers', text: 'Ines Kahl' }]);
    expect(buildSearchIndex([c]).postings.has('undefined')).toBe(false);
  });

  it('shows a matched item of up to 60 characters whole, and cuts a longer one to 59 and an ellipsis', () => {
    const sixty = `keyword ${'x'.repeat(52)}`;
    const long = `${sixty}y`;
    expect(searchMatches(sampleCompany({ notes: `  ${sixty}  ` }), 'keyword')).toEqual([{ field: 'notes', text: sixty }]);
    expect(searchMatches(sampleCompany({ notes: long }), 'keyword')).toEqual([{ field: 'notes', text: `${long.slice(0, 59)}…` }]);
  });
});

describe('ranking and matching', () => {
  const companies = [
    sampleCompany({ id: 'c-a', name: 'Harbor Tools', domains: ['a.test'], interviews: [], notes: 'crane rental' }),
    sampleCompany({ id: 'c-b', name: 'Crane Works', domains: ['b.test'], interviews: [], notes: 'harbor depot' }),
    sampleCompany({ id: 'c-c', name: 'Depot', domains: ['c.test'], interviews: [], notes: 'crane harbor' }),
  ];
  const index = buildSearchIndex(companies);

  it('puts first the companies whose name holds any word of the query', () => {
    expect(searchCompanies(index, 'crane harbor')).toEqual(['c-a', 'c-b', 'c-c']);
    expect(searchCompanies(index, 'harbor crane')).toEqual(['c-a', 'c-b', 'c-c']);
    expect(searchCompanies(index, 'depot harbor')).toEqual(['c-c', 'c-b']);
  });

  it('needs all three words of a three-word query', () => {
    expect(searchCompanies(index, 'crane harbor depot')).toEqual(['c-b', 'c-c']);
    expect(searchCompanies(index, 'crane harbor rental')).toEqual(['c-a']);
  });

  it('folds accents only where there are some, and finds the same companies after a rebuild that reuses unchanged words', () => {
    const accented = sampleCompany({ id: 'c-e', name: 'Café Zoë', domains: ['e.test'], interviews: [] });
    const first = buildSearchIndex([...companies, accented]);
    expect(searchCompanies(first, 'zoe cafe')).toEqual(['c-e']);
    const edited = { ...companies[0]!, notes: 'forklift', updatedAt: '2026-03-05T00:00:00.000Z' };
    const second = buildSearchIndex([edited, ...companies.slice(1), accented], first);
    expect(searchCompanies(second, 'forklift')).toEqual(['c-a']);
    expect(searchCompanies(second, 'rental')).toEqual([]);
    expect(searchCompanies(second, 'zoe')).toEqual(['c-e']);
  });
});
