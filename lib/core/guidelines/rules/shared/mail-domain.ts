/**
 * Whether a recipient's mail domain can name the employer. The providers come from the one
 * list the whole extension uses (`lib/core/notes/hosts-data.ts`): "lumenworks" in
 * priya@lumenworks.com names the company, "gmail" in priya@gmail.com does not.
 */
import { isPersonalMailDomain } from '@/lib/core/notes/hosts-data';

// Reserved for documentation (RFC 2606): letters written as examples use them, and they name nobody.
const EXAMPLE_DOMAINS = new Set(['example.com', 'example.net', 'example.org']);

// Rules ask about the same few recipients on every check: remember the answers (bounded).
const answers = new Map<string, boolean>();

/** False for a personal-mail domain (gmail.com, yahoo.co.uk, eu.proton.me) and for the example domains. */
export function domainNamesEmployer(domain: string): boolean {
  const d = domain.trim().toLowerCase();
  let answer = answers.get(d);
  if (answer === undefined) {
    answer = d !== '' && !EXAMPLE_DOMAINS.has(d) && !isPersonalMailDomain(d);
    if (answers.size > 1_000) answers.clear();
    answers.set(d, answer);
  }
  return answer;
}
