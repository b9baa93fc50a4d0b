import type { Finding, Severity } from './types';

/** What a failed finding of each severity costs, per the rulebook. */
export const PENALTY: Record<Severity, number> = { error: 15, warning: 6, tip: 2 };

/** 100 less the penalties of the failed findings, never below 0. */
export function scoreOf(findings: readonly Finding[]): number {
  let score = 100;
  for (const f of findings) if (f.status === 'fail') score -= PENALTY[f.severity];
  return Math.max(0, score);
}
