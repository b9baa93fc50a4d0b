/**
 * Search across every note. Each company's text is folded (lower case, accents removed)
 * and cut into words once; the index maps every distinct word to the companies using it.
 * A query matches the companies that contain, for every word typed, some word starting
 * with or containing it ("batc" finds "batch"). Only the vocabulary is scanned, not the
 * text, so a search stays fast however long the notes are. Companies whose name matches
 * come first.
 *
 * Rebuilding after a change reuses the words of every company that did not change (pass
 * the previous index).
 */
import type { CompanyRecord } from '@/lib/core/notes/types';

export interface SearchIndex {
  readonly ids: readonly string[];
  readonly names: readonly string[];
  /** Word to the positions (in `ids`) of the companies using it. */
  readonly postings: ReadonlyMap<string, readonly number[]>;
  /** `id|updatedAt` to that version's words, for reuse by the next build. */
  readonly words: ReadonlyMap<string, readonly string[]>;
}

const NON_ASCII_RE = /[^ -~\t\n\r]/;

export function fold(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII_RE.test(lower) ? lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : lower;
}

/** Anything but ASCII letters and digits, Latin-1 punctuation and general punctuation separates words. */
const SEPARATOR_RE = /[^a-z0-9\u00c0-\u1fff\u2070-\ud7ff\uf900-\uffef]+/;

export function words(text: string): string[] {
  return fold(text).split(SEPARATOR_RE).filter(Boolean);
}

function companyText(c: CompanyRecord): string {
  const parts: string[] = [c.name, c.role ?? '', c.stage, c.notes ?? '', ...c.domains];
  for (const iv of c.interviews) {
    parts.push(iv.at.slice(0, 10), iv.format ?? '', ...iv.topics, ...iv.challenges, ...iv.wishISaid, ...iv.ideas, ...iv.news);
    for (const p of iv.interviewers) parts.push(p.name, p.title ?? '', p.email ?? '');
  }
  for (const f of c.followUps) parts.push(f.subject, f.bodyText, ...f.to);
  return parts.join('\n');
}

export function buildSearchIndex(companies: readonly CompanyRecord[], previous?: SearchIndex): SearchIndex {
  const ids: string[] = [];
  const names: string[] = [];
  const postings = new Map<string, number[]>();
  const wordMap = new Map<string, readonly string[]>();
  companies.forEach((c, i) => {
    const key = `${c.id}|${c.updatedAt}`;
    const own = previous?.words.get(key) ?? [...new Set(words(companyText(c)))];
    wordMap.set(key, own);
    ids.push(c.id);
    names.push(fold(c.name));
    for (const w of own) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  return { ids, names, postings, words: wordMap };
}

/** The ids of the companies matching every word of `query`, name matches first; all when empty. */
export function searchCompanies(index: SearchIndex, query: string): string[] {
  const wanted = [...new Set(words(query))];
  if (wanted.length === 0) return [...index.ids];
  let matched: Uint8Array | undefined;
  for (const w of wanted) {
    const hit = new Uint8Array(index.ids.length);
    for (const [word, list] of index.postings) {
      if (!word.includes(w)) continue;
      for (const i of list) hit[i] = 1;
    }
    if (matched) for (let i = 0; i < hit.length; i++) matched[i]! &= hit[i]!;
    else matched = hit;
  }
  const byName: string[] = [];
  const byText: string[] = [];
  matched!.forEach((m, i) => {
    if (!m) return;
    (wanted.some((w) => index.names[i]!.includes(w)) ? byName : byText).push(index.ids[i]!);
  });
  return [...byName, ...byText];
}

/** Where a query matched in a company, to show beside the result. */
export interface SearchMatch {
  /** Which part of the notes, in words ("topics", "interviewers"). */
  field: string;
  /** The first item of that part that matched (a topic, a name), shortened. */
  text: string;
}

const SNIPPET_CHARS = 60;

function parts(c: CompanyRecord): [string, string[]][] {
  const ivs = c.interviews;
  const all = (pick: (iv: CompanyRecord['interviews'][number]) => readonly string[]) => ivs.flatMap((iv) => [...pick(iv)]);
  return [
    ['name', [c.name]],
    ['role', c.role ? [c.role] : []],
    ['stage', [c.stage]],
    ['notes', c.notes ? c.notes.split('\n') : []],
    ['email domains', c.domains],
    ['topics', all((iv) => iv.topics)],
    ['challenges', all((iv) => iv.challenges)],
    ['what you wish you had said', all((iv) => iv.wishISaid)],
    ['ideas to send', all((iv) => iv.ideas)],
    ['news', all((iv) => iv.news)],
    ['interviewers', all((iv) => iv.interviewers.map((p) => [p.name, p.title, p.email].filter(Boolean).join(', ')))],
    ['follow-ups sent', c.followUps.flatMap((f) => [f.subject, ...f.bodyText.split('\n'), f.to.join(', ')])],
    ['interview dates', all((iv) => [iv.at.slice(0, 10)])],
    ['interview format', all((iv) => (iv.format ? [iv.format] : []))],
  ];
}

/** The parts of `company` where a word of `query` matched, in the order the page shows them. */
export function searchMatches(company: CompanyRecord, query: string): SearchMatch[] {
  const wanted = [...new Set(words(query))];
  if (wanted.length === 0) return [];
  const out: SearchMatch[] = [];
  for (const [field, items] of parts(company)) {
    const hit = items.find((item) => words(item).some((w) => wanted.some((q) => w.includes(q))));
    if (hit === undefined) continue;
    const text = hit.trim();
    out.push({ field, text: text.length > SNIPPET_CHARS ? `${text.slice(0, SNIPPET_CHARS - 1)}…` : text });
  }
  return out;
}
