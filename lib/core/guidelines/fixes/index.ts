/**
 * The one-click fixes a failing finding offers, one list per rule family. Each fix replaces
 * exactly one of the finding's ranges; a rule without mechanical fixes offers none.
 */
import type { Finding, RuleId } from '../types';
import { casualWordFixes } from './casual-words';
import { closingFixes } from './closing';
import { spellingFixes } from './spelling';
import { textOf, type Fix, type FixDraft, type FixTools, type RangeFixer } from './types';

export type { Fix, FixDraft, FixTools } from './types';

const FIXERS: Partial<Record<RuleId, RangeFixer>> = {
  spelling: spellingFixes,
  'casual-language': casualWordFixes,
  'sign-off': closingFixes,
};

/** Every fix for a finding, range by range, in the finding's order; `tools` adds those that need the speller. */
export function fixesFor(finding: Finding, draft: FixDraft, tools: FixTools = {}): Fix[] {
  const fixer = FIXERS[finding.rule];
  if (!fixer || finding.status !== 'fail') return [];
  return finding.ranges.flatMap((range) => {
    const text = textOf(draft, range);
    // A fix that changes nothing is no fix.
    return text ? fixer(text, range, draft, finding, tools).filter((f) => f.replacement !== text) : [];
  });
}
