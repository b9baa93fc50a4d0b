/**
 * The one-click fixes the sidebar offers on the focused draft's findings: the card's own (made
 * by `fixesFor` from the draft's words, the same for the sidebar's check as for the page's), and
 * for a failing subject a suggested one, which names the role or the user from the notes and so
 * goes to the sidebar only, never to the page.
 */
import { fixesFor, type Fix, type FixDraft, type FixTools } from '@/lib/core/guidelines/fixes';
import { subjectFix, type SubjectWho } from '@/lib/core/guidelines/fixes/subject';
import type { CheckResult, Finding } from '@/lib/core/guidelines/types';
import { MAX_FIXES_PER_MARK, type DraftFix } from '@/lib/platform/messaging/protocol';

/** Whether the sidebar needs the notes to offer its fixes (a failing subject), so they are read only then. */
export const needsNotes = (result: CheckResult): boolean => result.findings.some((f) => f.rule === 'subject-line' && f.status === 'fail');

export function draftFixes(result: CheckResult, draft: FixDraft, who: SubjectWho = {}, tools: FixTools = {}): DraftFix[] {
  const out: DraftFix[] = [];
  const failed = result.findings.filter((f) => f.status === 'fail');
  const keyOf = (fix: Fix) => `${fix.range.field}:${fix.range.start}:${fix.range.end}`;
  const all = failed.map((finding) => ({ finding, fixes: fixesFor(finding, draft, tools) }));
  // As on the card: the speller's guesses only where no check has a certain fix for the same words.
  const certain = new Set(all.flatMap(({ fixes }) => fixes.filter((f) => !f.guess).map(keyOf)));
  for (const { finding, fixes } of all) {
    // As on the card: a few per stretch of words, each replacement once.
    const perRange = new Map<string, DraftFix[]>();
    for (const fix of fixes) {
      const key = keyOf(fix);
      if (fix.guess && certain.has(key)) continue;
      const list = perRange.get(key) ?? [];
      if (list.length < MAX_FIXES_PER_MARK && !list.some((x) => x.replacement === fix.replacement)) list.push(asDraftFix(finding, fix));
      perRange.set(key, list);
    }
    out.push(...[...perRange.values()].flat());
    const subject = subjectFix(finding, draft, result.kind, who);
    if (subject) out.push(asDraftFix(finding, subject));
  }
  return out;
}

const asDraftFix = (finding: Finding, fix: { label: string; range: DraftFix['range']; replacement: string }): DraftFix => ({
  rule: finding.rule,
  range: { field: fix.range.field, start: fix.range.start, end: fix.range.end },
  label: fix.label,
  replacement: fix.replacement,
});
