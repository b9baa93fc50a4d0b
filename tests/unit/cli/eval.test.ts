/** `npm run eval`: agreement with hand labels is counted right, and the gates catch a drop. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateCorpus, formatCorpus, gateFailures, SHARED_GATES } from '@/lib/app/cli/eval';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'afterview-eval-'));
  await writeFile(
    join(dir, 'good.txt'),
    'Subject: Thank you – Data Analyst interview\nTo: Dana Reyes <dana@harbor.example>\n\nDear Dana,\n\nThank you for your time today.\n\nBest regards,\nSam Lee\nsam@example.com\n',
  );
  await writeFile(join(dir, 'bare.txt'), '\nthx for the chat\n');
  await writeFile(
    join(dir, 'labels.json'),
    JSON.stringify({
      'good.txt': { kind: 'thank-you', rules: { gratitude: 'pass', 'sign-off': 'pass', salutation: 'fail', placeholders: 'either' } },
      'bare.txt': { kind: 'note', rules: { gratitude: 'pass', salutation: 'fail' } },
    }),
  );
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('eval', () => {
  it('counts agreements per rule, leaves "either" unscored and names the files behind each miss', async () => {
    const r = await evaluateCorpus(dir, undefined, 'tiny');
    expect(r.files).toBe(2);
    expect(r.scored).toBe(5);
    // The good email greets Dana by name: its (wrong) "fail" label for salutation is the one disagreement.
    expect(r.rules['salutation']).toMatchObject({ agree: 1, scored: 2, missedFails: ['good.txt'], falseFails: [] });
    expect(r.rules['gratitude']).toMatchObject({ agree: 2, scored: 2 });
    expect(r.rules['placeholders']).toBeUndefined();
    expect(r.agree).toBe(4);
    expect(formatCorpus(r)).toContain('| `salutation` | 1/2 (50.0%) | good.txt | — |');
  });

  it('reports every gate a corpus misses, and none when it meets them', async () => {
    const r = await evaluateCorpus(dir, undefined, 'tiny');
    const misses = gateFailures(r, SHARED_GATES);
    expect(misses).toContain('tiny: overall 80.0% is under 97.0%');
    expect(misses).toContain('tiny: salutation 50.0% is under 90.0%');
    expect(gateFailures(r, { overall: 0.8, perRule: 0.5, kind: 0 })).toEqual([]);
  });
});
