/** What a user sees after picking a fix: the draft's text with the fix applied. */
import { fixesFor, type Fix } from '@/lib/core/guidelines/fixes';
import type { Draft, RuleId } from '@/lib/core/guidelines';
import { draft, finding } from '../helpers';

export function applied(text: string, fix: Fix): string {
  return text.slice(0, fix.range.start) + fix.replacement + text.slice(fix.range.end);
}

/** Every fix the engine's finding of `rule` offers on this body (the dictionary-free check). */
export function fixesOn(rule: RuleId, body: string, extra: Partial<Draft> = {}): Fix[] {
  const d = draft(body, extra);
  return fixesFor(finding(rule, d, undefined, { kind: 'thank-you' }), d);
}

/** Each fix as "label -> the text it leaves". */
export const outcomes = (body: string, fixes: Fix[]) => fixes.map((f) => `${f.label} -> ${applied(body, f)}`);
