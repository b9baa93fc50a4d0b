/** Merging a company from a backup into the one already saved (import in "merge" mode). */
import type { CompanyRecord } from '@/lib/core/notes/types';

function unionById<T extends { id: string }>(mine: readonly T[], theirs: readonly T[], theirsWin: boolean): T[] {
  const out = [...mine];
  for (const item of theirs) {
    const i = out.findIndex((x) => x.id === item.id);
    if (i < 0) out.push(item);
    else if (theirsWin) out[i] = item;
  }
  return out;
}

function unionStrings(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/**
 * Nothing saved is dropped: interviews, interviewers and follow-ups are joined by id, and
 * where both sides hold the same item, or for the company's own fields, the side updated
 * last wins.
 */
export function mergeCompany(saved: CompanyRecord, incoming: CompanyRecord): CompanyRecord {
  const incomingNewer = incoming.updatedAt > saved.updatedAt;
  const base = incomingNewer ? incoming : saved;
  const other = incomingNewer ? saved : incoming;
  const interviews = unionById(saved.interviews, incoming.interviews, incomingNewer).map((iv) => {
    const twin = (incomingNewer ? saved : incoming).interviews.find((x) => x.id === iv.id);
    return twin ? { ...iv, interviewers: unionById(iv.interviewers, twin.interviewers, false) } : iv;
  });
  const merged: CompanyRecord = {
    ...base,
    domains: unionStrings(base.domains, other.domains),
    interviews,
    followUps: unionById(saved.followUps, incoming.followUps, incomingNewer).sort((a, b) => a.sentAt.localeCompare(b.sentAt)),
    // updatedAt is base's: base is the side updated last (or the saved one on a tie).
  };
  return merged;
}
