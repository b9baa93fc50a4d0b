/**
 * What the popup suggests from the tab it was opened on: on a webmail tab with an email
 * being written, the company and the person that email is to; elsewhere the company the
 * site's host names, unless the host names none (webmail, search, meetings, job boards).
 * Pure: the browser side only reports the host and the recipients.
 */
import { isNeutralHost, isPersonalMailDomain } from '@/lib/core/notes/hosts-data';
import { bareAddress, baseDomain, domainOf, findCompanyForHost, findCompanyForRecipients, nameFromDomain } from '@/lib/core/notes/records';
import type { CompanyRecord } from '@/lib/core/notes/types';

export interface ActiveSite {
  host: string;
  /** The recipients (To, then Cc) of the email being written in that tab, if one is. */
  recipients?: readonly { name?: string; address: string }[];
}

export interface CaptureGuess {
  /** The company name to fill in ('' when nothing can be told). */
  company: string;
  /** A domain to save with the company ('' for none: never a personal-mail domain). */
  domain: string;
  interviewerName: string;
  interviewerEmail: string;
}

const NOTHING: CaptureGuess = { company: '', domain: '', interviewerName: '', interviewerEmail: '' };

function fromRecipients(companies: readonly CompanyRecord[], recipients: NonNullable<ActiveSite['recipients']>): CaptureGuess {
  const people = recipients.map((r) => ({ name: r.name?.trim() ?? '', address: bareAddress(r.address) })).filter((r) => domainOf(r.address));
  // The interviewer is the first person at a company; someone at gmail.com only when nobody is.
  const person = people.find((p) => !isPersonalMailDomain(domainOf(p.address)!)) ?? people[0];
  if (!person) return NOTHING;
  const mailDomain = domainOf(person.address)!;
  const domain = isPersonalMailDomain(mailDomain) ? '' : mailDomain;
  const known = findCompanyForRecipients(companies, [person]);
  return {
    company: known?.name ?? (domain ? nameFromDomain(domain) : ''),
    domain,
    interviewerName: person.name || person.address,
    interviewerEmail: person.address,
  };
}

export function guessCapture(companies: readonly CompanyRecord[], site: ActiveSite | undefined): CaptureGuess {
  if (!site) return NOTHING;
  if (site.recipients?.length) return fromRecipients(companies, site.recipients);
  if (!site.host || isNeutralHost(site.host)) return NOTHING;
  const known = findCompanyForHost(companies, site.host);
  if (known) return { ...NOTHING, company: known.name };
  return { ...NOTHING, company: nameFromDomain(site.host), domain: baseDomain(site.host) };
}
