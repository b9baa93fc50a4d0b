/**
 * Good letters in many styles must not raise a single error, and must score well:
 * a coach that cries wolf on good mail gets uninstalled.
 */
import { describe, expect, it } from 'vitest';
import { checkDraft } from '@/lib/core/guidelines';
import { loadSpellerNode } from '@/lib/platform/spelling/load-node';
import { GOOD_LETTERS } from './corpus/good-letters';

describe('good letters', async () => {
  const speller = await loadSpellerNode();
  for (const letter of GOOD_LETTERS) {
    it(`${letter.name}: detected as ${letter.kind}, no error, score at least 85`, () => {
      const result = checkDraft({ subject: letter.subject, to: letter.to, cc: [], bodyText: letter.body }, undefined, { speller });
      const failed = result.findings.filter((f) => f.status === 'fail');
      expect(result.kind).toBe(letter.kind);
      expect(failed.filter((f) => f.severity === 'error').map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
      expect(failed.filter((f) => f.severity === 'warning').map((f) => `${f.rule}: ${f.message}`)).toEqual([]);
      expect(result.score).toBeGreaterThanOrEqual(85);
    });
  }
});
