import { bodyRange } from '../analysis';
import { fail, fixed, pass, type Rule } from '../rule';
import { startsUpper } from '../text/tokens';
import type { Draft } from '../types';
import type { CompanyRecord } from '@/lib/core/notes/types';
import { domainNamesEmployer } from './shared/mail-domain';

const SELF = new Set(['i', 'me', 'my', 'myself', 'mine', "i'm", "i've", "i'd", "i'll"]);
const READER = new Set(['you', 'your', 'yours', 'yourself', 'yourselves', "you're", "you've", "you'd", "you'll", 'team', "team's", 'teams']);
/** Lower-cased word sequences that name the employer: the saved name and the recipients' domains. */
export function companyNames(draft: Draft, company?: CompanyRecord): string[][] {
  const names: string[][] = [];
  const add = (phrase: string) => {
    const parts = phrase
      .toLowerCase()
      .replace(/’/g, "'")
      .split(/[^\p{L}\p{N}'&-]+/u)
      .filter(Boolean);
    if (parts.length && !names.some((n) => n.join(' ') === parts.join(' '))) names.push(parts);
  };
  if (company && typeof company.name === 'string' && company.name.trim()) {
    add(company.name);
    // "Lumenworks Inc." is usually written "Lumenworks".
    const core = company.name.replace(/,?\s+(?:inc|ltd|llc|gmbh|plc|corp|co|corporation|limited|group|s\.?a|ag)\.?$/i, '');
    if (core !== company.name) add(core);
  }
  const domains = new Set<string>();
  for (const d of Array.isArray(company?.domains) ? company.domains : []) if (typeof d === 'string') domains.add(d.toLowerCase());
  for (const r of [...draft.to, ...draft.cc]) {
    const at = r.address.lastIndexOf('@');
    if (at >= 0) domains.add(r.address.slice(at + 1).toLowerCase());
  }
  for (const d of domains) {
    const labels = d.split('.').filter(Boolean);
    // The label before the public suffix: "careers.lumenworks.co.uk" -> "lumenworks".
    let i = labels.length - 2;
    while (i > 0 && labels[i]!.length <= 3 && ['co', 'com', 'org', 'net', 'ac', 'gov', 'edu'].includes(labels[i]!)) i--;
    const label = labels[Math.max(0, i)];
    if (label && label.length >= 3 && domainNamesEmployer(d)) add(label);
  }
  return names;
}

export const selfFocus: Rule<'self-focus'> = {
  id: 'self-focus',
  kinds: ['thank-you', 'follow-up', 'second-follow-up', 'update'],
  severity: fixed('tip'),
  english: true,
  title: 'Write about them too',
  why: 'Employers read for what you would do for them; a letter full of "I" reads as being only about you.',
  passMessage: 'The letter balances you and them.',
  check({ draft, a, ctx }) {
    // The balance over the first 20,000 words says all there is to say.
    const w = a.words.length > 20_000 ? a.words.slice(0, 20_000) : a.words;
    const names = companyNames(draft, ctx.company);
    // Mail domains often add to the name ("stonebridgegc.com" for Stonebridge): a capitalised
    // word that starts a domain label, with at most a short suffix after it, names the employer.
    const labels = names.filter((n) => n.length === 1 && n[0]!.length >= 6).map((n) => n[0]!);
    const namesEmployer = (t: { text: string; lower: string }): boolean => {
      if (!labels.length || t.lower.length < 4 || !startsUpper(t.text)) return false;
      const core = t.lower.replace(/'s$/, '');
      return labels.some((l) => l !== core && l.startsWith(core) && l.length - core.length <= 4);
    };
    // The last word of each name in the possessive ("Lumenworks's"), spelled once.
    const possessive = names.map((n) => `${n[n.length - 1]!}'s`);
    let self = 0;
    let reader = 0;
    const selfTokens = [];
    for (let i = 0; i < w.length; i++) {
      const lower = w[i]!.lower;
      if (SELF.has(lower)) {
        self++;
        if (selfTokens.length < 60) selfTokens.push(w[i]!);
        continue;
      }
      if (READER.has(lower) || namesEmployer(w[i]!)) {
        reader++;
        continue;
      }
      for (let ni = 0; ni < names.length; ni++) {
        const n = names[ni]!;
        const last = i + n.length - 1;
        if (last >= w.length) continue;
        let ok = true;
        for (let k = 0; k < n.length && ok; k++) {
          const t = w[i + k]!.lower;
          ok = t === n[k] || (k === n.length - 1 && t === possessive[ni]);
        }
        if (ok) {
          reader++;
          i = last;
          break;
        }
      }
    }
    if (self <= 12 || self <= 3 * reader) return pass();
    return fail(
      `"I", "me" and "my" appear ${self} times against ${reader} mentions of them ("you", "your", the team${names.length ? ` or ${names[0]!.join(' ').replace(/^./, (c) => c.toUpperCase())}` : ''}). Turn a few sentences toward what your work would mean for them.`,
      selfTokens.map(bodyRange),
    );
  },
};
