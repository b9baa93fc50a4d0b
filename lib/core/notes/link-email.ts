/**
 * Linking an email to a company from the sidebar, when its recipients match no saved company.
 * What gets saved is what lets the next email to them match: the company's mail domain, or,
 * for someone writing from a personal address (gmail.com and the like), that address on the
 * latest interview. Pure: the caller stores the result.
 */
import { isPersonalMailDomain } from './hosts-data';
import { applyQuickCapture, bareAddress, baseDomain, domainOf, isCompanyDomain, nameFromDomain } from './records';
import type { CompanyRecord } from './types';

export interface LinkRecipient {
  address: string;
  name?: string;
}

export interface LinkPlan {
  /** The company domain to save ("lumenworks.com" for dana@careers.lumenworks.com), if any recipient has one. */
  domain?: string;
  /** Recipients at personal addresses, saved as interviewers with their address. */
  people: { name: string; email: string }[];
}

/** What linking these recipients would save; empty when none has a usable address. */
export function linkPlan(recipients: readonly LinkRecipient[]): LinkPlan {
  const people: LinkPlan['people'] = [];
  let domain: string | undefined;
  for (const r of recipients) {
    const email = bareAddress(r.address);
    const d = domainOf(email);
    if (!d) continue;
    if (isPersonalMailDomain(d)) {
      if (!people.some((p) => p.email === email)) people.push({ name: r.name?.trim() || email, email });
      continue;
    }
    const base = baseDomain(d);
    if (!domain && base && isCompanyDomain(base)) domain = base;
  }
  return { ...(domain ? { domain } : {}), people };
}

export const planIsEmpty = (plan: LinkPlan): boolean => !plan.domain && plan.people.length === 0;

/** A name for a new company: from the company domain ("Lumenworks"), or nothing to suggest. */
export const suggestedCompanyName = (plan: LinkPlan): string => (plan.domain ? nameFromDomain(plan.domain) : '');

/** The company with the plan applied: its domain added once, each person on the latest interview. */
export function applyLink(record: CompanyRecord, plan: LinkPlan, now: Date): CompanyRecord {
  let next = record;
  if (plan.domain && !next.domains.includes(plan.domain)) next = { ...next, domains: [...next.domains, plan.domain] };
  for (const p of plan.people) next = applyQuickCapture(next, { interviewerName: p.name, interviewerEmail: p.email, kind: 'topic', text: '' }, now);
  return next;
}
