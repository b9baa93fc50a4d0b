/**
 * Search across every note: each company's text is folded (lower case, accents removed)
 * once into an index, then a query matches the companies containing every word of it.
 * Companies whose name matches come first.
 */
import type { CompanyRecord } from '@/lib/notes/types';

export interface SearchEntry {
  id: string;
  name: string;
  text: string;
}

export type SearchIndex = readonly SearchEntry[];

export function fold(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function companyText(c: CompanyRecord): string {
  const parts: string[] = [c.name, c.role ?? '', c.stage, c.notes ?? '', ...c.domains];
  for (const iv of c.interviews) {
    parts.push(iv.at.slice(0, 10), iv.format ?? '', ...iv.topics, ...iv.challenges, ...iv.wishISaid, ...iv.ideas, ...iv.news);
    for (const p of iv.interviewers) parts.push(p.name, p.title ?? '', p.email ?? '');
  }
  for (const f of c.followUps) parts.push(f.subject, f.bodyText, ...f.to);
  return fold(parts.filter(Boolean).join('\n'));
}

export function buildSearchIndex(companies: readonly CompanyRecord[]): SearchIndex {
  return companies.map((c) => ({ id: c.id, name: fold(c.name), text: companyText(c) }));
}

/** The ids of the companies matching every word of `query`, name matches first; all when empty. */
export function searchCompanies(index: SearchIndex, query: string): string[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return index.map((e) => e.id);
  const byName: string[] = [];
  const byText: string[] = [];
  for (const entry of index) {
    if (!words.every((w) => entry.text.includes(w))) continue;
    (words.some((w) => entry.name.includes(w)) ? byName : byText).push(entry.id);
  }
  return [...byName, ...byText];
}
