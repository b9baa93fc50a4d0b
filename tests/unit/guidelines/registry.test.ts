// @vitest-environment node
// The rule registry (lib/core/guidelines/rules/index.ts) and the one list of ids (RULE_IDS) agree.
// The record's type already makes a missing or extra rule a compile error; this also checks the
// values at run time, and that the ids are those of the rulebook: ../shared/guidelines.md beside
// the checkout when it exists, else the copy taken with the corpora (tests/corpus/README.md).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_IDS, RULES, ruleById, type RuleId } from '@/lib/core/guidelines';

const SHARED = new URL('../../../../shared/guidelines.md', import.meta.url);
const GUIDELINES = existsSync(SHARED) ? SHARED : new URL('../../../tests/corpus/shared/guidelines.md', import.meta.url);

/** The ids in the first column of the rulebook's "The rules" table, in order. */
function rulebookIds(markdown: string): string[] {
  const section = markdown.split(/^## The rules$/m)[1]?.split(/^#/m)[0] ?? '';
  return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]!);
}

describe('the rule registry', () => {
  it('holds one rule per id of RULE_IDS, in that order, each under its own id', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(new Set(RULES).size).toBe(RULE_IDS.length);
    for (const id of RULE_IDS) expect(ruleById(id)?.id).toBe(id);
  });

  it('knows no rule for a string that is not an id', () => {
    for (const id of ['__proto__', 'constructor', 'toString', 'no-such-rule']) expect(ruleById(id as RuleId)).toBeUndefined();
  });

  it('keeps the ids in a module without the rules: types.ts imports types only', () => {
    const source = readFileSync(new URL('../../../lib/core/guidelines/types.ts', import.meta.url), 'utf8');
    expect(source.match(/^import (?!type ).*$/gm) ?? []).toEqual([]);
  });

  it('has the ids of the rulebook, in its order', () => {
    expect(rulebookIds(readFileSync(GUIDELINES, 'utf8'))).toEqual([...RULE_IDS]);
  });
});
