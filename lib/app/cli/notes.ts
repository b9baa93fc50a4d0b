/**
 * The `--notes` file: a single company record or a whole backup, and the choice of the
 * company a draft is about.
 */
import type { Recipient } from '@/lib/core/guidelines/types';
import { MAX_BACKUP_BYTES, parseCompanyRecordFile } from '@/lib/core/notes/backup';
import type { CompanyRecord, Profile } from '@/lib/core/notes/types';
import { InputError, decodeText, readBounded } from './read-draft';

export interface Notes {
  companies: CompanyRecord[];
  profile?: Profile;
}

export async function readNotesFile(path: string): Promise<Notes> {
  const bytes = await readBounded(path, MAX_BACKUP_BYTES, 'notes');
  const result = await parseCompanyRecordFile(decodeText(bytes, path));
  if (!result.ok) throw new InputError(`${path}: bad notes file: ${result.error.replace(/\.$/, '')}`);
  return result.profile ? { companies: result.companies, profile: result.profile } : { companies: result.companies };
}

const domainOf = (address: string): string => {
  const at = address.lastIndexOf('@');
  return at === -1
    ? ''
    : address
        .slice(at + 1)
        .trim()
        .toLowerCase()
        .replace(/\.$/, '');
};

/** True when the address's domain is the company domain or one of its subdomains. */
function matchesDomain(addressDomain: string, companyDomain: string): boolean {
  const d = companyDomain.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
  if (!d || !addressDomain) return false;
  return addressDomain === d || addressDomain.endsWith(`.${d}`);
}

/**
 * The company whose domains match the recipients' domains: the one matching the most
 * recipients, ties going to the one that matches the earliest recipient (To before Cc).
 * Without any match, the only company when there is exactly one.
 */
export function pickCompany(companies: readonly CompanyRecord[], recipients: readonly Recipient[]): CompanyRecord | undefined {
  let best: CompanyRecord | undefined;
  let bestCount = 0;
  let bestFirst = Infinity;
  const domains = recipients.map((r) => domainOf(r.address));
  for (const company of companies) {
    let count = 0;
    let first = Infinity;
    domains.forEach((d, index) => {
      if (company.domains.some((cd) => matchesDomain(d, cd))) {
        count++;
        first = Math.min(first, index);
      }
    });
    if (count > bestCount || (count > 0 && count === bestCount && first < bestFirst)) {
      best = company;
      bestCount = count;
      bestFirst = first;
    }
  }
  if (best) return best;
  return companies.length === 1 ? companies[0] : undefined;
}
