/** The shape every rule in `rules/` has. A rule is a pure function of its input. */
import type { Analysis } from './analysis';
import type { ResolvedContext } from './context';
import type { Draft, Kind, RuleId, Severity, Speller, TextRange } from './types';

export interface RuleInput {
  draft: Draft;
  kind: Kind;
  a: Analysis;
  ctx: ResolvedContext;
  speller?: Speller;
}

export type Outcome = { status: 'pass'; message?: string } | { status: 'fail'; message: string; ranges?: TextRange[]; severity?: Severity } | { status: 'n/a'; message: string };

/** A rule of the rulebook; `K` is its id, so the registry in `rules/index.ts` can check each entry's key. */
export interface Rule<K extends RuleId = RuleId> {
  id: K;
  /** The kinds the rule applies to; `n/a` for the others. */
  kinds: readonly Kind[];
  /** The severity of a failure for a kind (a failing outcome may raise it, e.g. past a hard limit). */
  severity: (kind: Kind) => Severity;
  /** True when the rule reads English wording: `n/a` for drafts in other languages. */
  english: boolean;
  /** A few words naming the guideline, shown next to findings ("Thank them"). */
  title: string;
  /** Why the guideline matters, in one sentence of our own. */
  why: string;
  /** What a pass means, in a short sentence. */
  passMessage: string;
  check(input: RuleInput): Outcome;
}

export const ALL_KINDS = ['thank-you', 'note', 'follow-up', 'second-follow-up', 'update', 'withdrawal'] as const satisfies readonly Kind[];

export const fixed = (severity: Severity) => (): Severity => severity;

export const pass = (message?: string): Outcome => ({ status: 'pass', message });
export const fail = (message: string, ranges: TextRange[] = [], severity?: Severity): Outcome => ({
  status: 'fail',
  message,
  ranges,
  severity,
});
export const notApplicable = (message: string): Outcome => ({ status: 'n/a', message });
