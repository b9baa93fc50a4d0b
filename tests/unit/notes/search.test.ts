import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchCompanies, searchMatches } from '@/lib/core/notes/search';
import { sampleCompany } from '../storage/helpers';

describe('search across all notes', () => {
  const companies = [
    sampleCompany(),
    sampleCompany({ id: 'c-north', name: 'Northwind', domains: ['northwind.com'], notes: 'They use Lumen dashboards.', interviews: [] }),
    sampleCompany({ id: 'c-acme', name: 'Acme', domains: ['acme.test'], interviews: [], role: 'Data Engineer' }),
  ];
  const index = buildSearchIndex(companies);

  it('finds interviewers, topics and challenges, ignoring case and accents', () => {
    expect(searchCompanies(index, 'tomas')).toEqual(['c-lumen']);
    expect(searchCompanies(index, 'NIGHTLY batch')).toEqual(['c-lumen']);
    expect(searchCompanies(index, 'data engineer')).toEqual(['c-acme']);
  });

  it('needs every word, and lists name matches first', () => {
    expect(searchCompanies(index, 'lumen')).toEqual(['c-lumen', 'c-north']);
    expect(searchCompanies(index, 'lumen acme')).toEqual([]);
  });

  it('an empty query lists everything', () => {
    expect(searchCompanies(index, '  ')).toEqual(['c-lumen', 'c-north', 'c-acme']);
  });
});

describe('what a search matched', () => {
  it('names the parts of the notes a query matched, with the item that matched', () => {
    const c = sampleCompany();
    expect(searchMatches(c, 'batch')).toEqual([{ field: 'challenges', text: 'slow nightly batch jobs' }]);
    expect(searchMatches(c, 'priya route').map((m) => m.field)).toEqual(['topics', 'interviewers']);
    expect(searchMatches(c, 'tomas')[0]).toEqual({ field: 'interviewers', text: 'Tomás Ibarra, VP Engineering, tomas.ibarra@gmail.com' });
    expect(searchMatches(c, '   ')).toEqual([]);
  });
});
