/**
 * The guideline engine: judges a draft against every rule of the rulebook. Pure and
 * synchronous; it never throws, whatever the input.
 */
import { analyze } from './analysis';
import { resolveContext } from './context';
import { detectKind } from './kind';
import type { Outcome } from './rule';
import { RULES } from './rules';
import { scoreOf } from './score';
import { KINDS, type CheckContext, type CheckOptions, type CheckResult, type Draft, type Finding, type Kind, type Recipient } from './types';

const KIND_LABEL: Record<Kind, string> = {
  'thank-you': 'a thank-you email',
  note: 'a thank-you note',
  'follow-up': 'a follow-up',
  'second-follow-up': 'a second follow-up',
  update: 'an update',
  withdrawal: 'a withdrawal',
};

export const kindLabel = (kind: Kind): string => KIND_LABEL[kind];

const asText = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));

function asRecipients(v: unknown): Recipient[] {
  if (!Array.isArray(v)) return [];
  return v.filter((r): r is Record<string, unknown> => !!r && typeof r === 'object').map((r) => ({ address: asText(r.address), ...(r.name ? { name: asText(r.name) } : {}) }));
}

/** A well-formed copy of whatever the caller passed: missing or odd fields become empty. */
export function normaliseDraft(input: Partial<Draft> | null | undefined): Draft {
  const d = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const from = asRecipients([d.from])[0];
  return {
    subject: asText(d.subject).replace(/[\r\n]+/g, ' '),
    ...(from?.address ? { from } : {}),
    to: asRecipients(d.to),
    cc: asRecipients(d.cc),
    bodyText: asText(d.bodyText),
    ...(typeof d.bodyHtml === 'string' ? { bodyHtml: d.bodyHtml } : {}),
  };
}

export function checkDraft(input: Draft, context?: CheckContext, options: CheckOptions = {}): CheckResult {
  const draft = normaliseDraft(input);
  const a = analyze(draft);
  const ctx = resolveContext(context);
  const forced = options.kind && (KINDS as readonly string[]).includes(options.kind) ? options.kind : undefined;
  const kind = forced ?? detectKind(draft, a, ctx);
  const muted = new Set(options.muted ?? []);
  const findings: Finding[] = RULES.map((rule) => {
    const severity = rule.severity(kind);
    let outcome: Outcome;
    if (muted.has(rule.id)) outcome = { status: 'n/a', message: 'You turned this check off.' };
    else if (!rule.kinds.includes(kind)) outcome = { status: 'n/a', message: `Does not apply to ${KIND_LABEL[kind]}.` };
    else if (rule.english && a.language === 'other') outcome = { status: 'n/a', message: 'Checked only in English drafts; this one looks like another language.' };
    else {
      try {
        outcome = rule.check({ draft, kind, a, ctx, speller: options.speller });
      } catch (error) {
        // A rule bug must never break the page or the command line; say so honestly.
        outcome = { status: 'n/a', message: 'This check could not run on this draft.' };
        options.onRuleError?.(rule.id, error);
      }
    }
    return {
      rule: rule.id,
      status: outcome.status,
      severity: outcome.status === 'fail' && outcome.severity ? outcome.severity : severity,
      message: outcome.status === 'pass' ? (outcome.message ?? rule.passMessage) : outcome.message,
      ranges: outcome.status === 'fail' ? (outcome.ranges ?? []) : [],
    };
  });
  return { kind, kindSource: forced ? 'forced' : 'detected', score: scoreOf(findings), findings, language: a.language };
}
