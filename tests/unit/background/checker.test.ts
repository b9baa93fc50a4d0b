import { describe, expect, it } from 'vitest';
import { createChecker } from '@/lib/app/background/checker';
import { createComposeRegistry } from '@/lib/app/background/compose-registry';
import { summarise } from '@/lib/app/background/compose-services';
import type { CheckResult, Draft, Speller } from '@/lib/core/guidelines';
import { ruleById } from '@/lib/core/guidelines/rules';
import { markFixes } from '@/lib/platform/messaging/protocol';

const draft: Draft = {
  subject: 'Thank you – Data Analyst interview',
  to: [{ name: 'Lena Park', address: 'lena.park@harbor.example' }],
  cc: [],
  bodyText: 'Dear Lena,\n\nThank you for your time yesterday. I enjoyed our talk about the quarterly forecast rebuild.\n\nBest regards,\nJordan Lee\njordan@example.com',
};

const speller = (known: string[]): Speller => {
  const set = new Set(known);
  return { correct: (w) => set.has(w.toLowerCase()) || /^[A-Z]/.test(w) };
};

describe('createChecker', () => {
  it('loads the speller once, however many drafts it checks', async () => {
    let loads = 0;
    const checker = createChecker({ loadSpeller: async () => (loads++, speller([])) });
    await Promise.all([checker.check(draft), checker.check(draft), checker.check(draft)]);
    expect(loads).toBe(1);
  });

  it('still answers when the dictionary cannot be loaded', async () => {
    const checker = createChecker({ loadSpeller: () => Promise.reject(new Error('missing file')) });
    const result = await checker.check({ ...draft, bodyText: draft.bodyText.replace('about the', 'about the the') });
    expect(result.findings.find((f) => f.rule === 'spelling')?.status).toBe('fail');
  });

  it('counts the words of the personal dictionary as spelled right', async () => {
    const words = 'dear lena thank you for your time yesterday i enjoyed our talk about the quarterly forecast rebuild best regards'.split(' ');
    const typo = { ...draft, bodyText: draft.bodyText.replace('forecast', 'forecastr') };
    const plain = createChecker({ loadSpeller: async () => speller(words) });
    expect((await plain.check(typo)).findings.find((f) => f.rule === 'spelling')?.status).toBe('fail');
    const personal = createChecker({ loadSpeller: async () => speller(words), loadDictionary: async () => ['forecastr'] });
    expect((await personal.check(typo)).findings.find((f) => f.rule === 'spelling')?.status).toBe('pass');
    const broken = createChecker({ loadSpeller: async () => speller(words), loadDictionary: () => Promise.reject(new Error('storage gone')) });
    expect((await broken.check(typo)).findings.find((f) => f.rule === 'spelling')?.status).toBe('fail');
  });

  it('passes the notes context for the recipients to the engine, and a forced kind', async () => {
    const checker = createChecker({
      loadSpeller: async () => speller([]),
      now: () => new Date('2026-03-04T10:00:00Z'),
      loadContext: async () => ({
        company: {
          id: 'c1',
          name: 'Harbor',
          domains: ['harbor.example'],
          stage: 'interviewing',
          updatedAt: '2026-03-01T00:00:00Z',
          followUps: [],
          interviews: [{ id: 'i1', at: '2026-03-03T15:00:00Z', interviewers: [{ id: 'p1', name: 'Lena Parke' }], topics: [], challenges: [], wishISaid: [], ideas: [], news: [] }],
        },
      }),
    });
    const result = await checker.check(draft, 'thank-you');
    expect(result.kindSource).toBe('forced');
    // The notes spell her name "Parke": with the context the name check runs; without, it would be n/a.
    expect(result.findings.find((f) => f.rule === 'timing')?.status).toBe('pass');
    expect(result.findings.find((f) => f.rule === 'name-accuracy')?.status).not.toBe('n/a');
  });

  it('summarises a result as score, counts, where the failing findings are in the body and what their cards say', async () => {
    const checker = createChecker({ loadSpeller: async () => speller([]) });
    const checked = { ...draft, subject: '', bodyText: `${draft.bodyText}\n\nThank you for the the chat.` };
    const result = await checker.check(checked);
    const summary = summarise(result);
    expect(Object.keys(summary).sort()).toEqual(['details', 'errors', 'kind', 'marks', 'score', 'tips', 'top', 'warnings']);
    const spelling = result.findings.find((f) => f.rule === 'spelling')!;
    expect(summary.details.spelling).toEqual({ title: ruleById('spelling')!.title, why: ruleById('spelling')!.why, message: spelling.message });
    // The headline is the first must-fix in rulebook order, by its title.
    const firstError = result.findings.find((f) => f.status === 'fail' && f.severity === 'error')!;
    expect(summary.top).toEqual({ severity: 'error', title: ruleById(firstError.rule)!.title });
    // A word the dictionary does not know is tagged, for "Add to my dictionary" on its card.
    for (const m of summary.marks)
      expect(
        Object.keys(m)
          .filter((k) => k !== 'tag')
          .sort(),
      ).toEqual(['end', 'rule', 'severity', 'start']);
    for (const m of summary.marks.filter((x) => x.tag)) expect([m.rule, m.tag]).toEqual(['spelling', 'unknown-word']);
    // Fixes come only with the checked draft's text.
    expect(summarise(result, checked).marks.find((m) => checked.bodyText.slice(m.start, m.end) === 'the the')?.fixes).toEqual([{ label: 'Remove the repeated word', replacement: 'the' }]);
    const doubled = summary.marks.find((m) => checked.bodyText.slice(m.start, m.end) === 'the the');
    expect(doubled).toMatchObject({ rule: 'spelling', severity: 'error' });
    // Every body range of every failing finding, and nothing else.
    const expected = result.findings.filter((f) => f.status === 'fail').flatMap((f) => f.ranges.filter((r) => r.field === 'body').map((r) => `${f.rule} ${r.start}-${r.end}`));
    expect(summary.marks.map((m) => `${m.rule} ${m.start}-${m.end}`)).toEqual(expected);
    expect(summary.errors).toBeGreaterThan(0);
  });
});

describe('fixes in the summary', () => {
  it('offers the same fixes on both underlines of words two checks mark', async () => {
    // "thx" is unknown to the dictionary (spelling) and a texting word (casual language).
    const checker = createChecker({ loadSpeller: async () => speller(['thank', 'you', 'for', 'the', 'chat', 'again', 'dear', 'ms', 'raman', 'best', 'regards', 'sam']) });
    const checked = { ...draft, subject: 'Thank you', bodyText: 'Dear Ms Raman,\n\nThank you for the chat, thx again.\n\nBest regards,\nSam' };
    const summary = summarise(await checker.check(checked), checked);
    const thx = summary.marks.filter((m) => checked.bodyText.slice(m.start, m.end) === 'thx');
    expect(thx.map((m) => m.rule).sort()).toEqual(['casual-language', 'spelling']);
    for (const m of thx)
      expect(markFixes(m)).toEqual([
        { label: 'Replace with “thanks”', replacement: 'thanks' },
        { label: 'Replace with “thank you”', replacement: 'thank you' },
      ]);
  });

  it('refuses malformed or too many fixes instead of writing them into the email', () => {
    const mark = { rule: 'spelling' as const, severity: 'error' as const, start: 0, end: 3 };
    const fix = { label: 'Replace with “thanks”', replacement: 'thanks' };
    expect(markFixes({ ...mark, fixes: [fix] })).toEqual([fix]);
    expect(markFixes(mark)).toEqual([]);
    expect(markFixes({ ...mark, fixes: [fix, fix, fix, fix] })).toEqual([]);
    expect(markFixes({ ...mark, fixes: [{ label: 'x', replacement: 5 }] as never })).toEqual([]);
    expect(markFixes({ ...mark, fixes: [{ label: 'x', replacement: 'y'.repeat(301) }] })).toEqual([]);
  });
});

describe('compose registry', () => {
  const result: CheckResult = { kind: 'thank-you', kindSource: 'detected', score: 90, findings: [], language: 'en' };
  it('keeps the focused compose for the sidebar and forgets closed ones and closed tabs', () => {
    const registry = createComposeRegistry();
    registry.update({ tabId: 1, composeId: 'a', site: 'gmail', draft, result, settingsVersion: 0 }, false);
    expect(registry.focused()?.composeId).toBe('a');
    registry.update({ tabId: 1, composeId: 'b', site: 'gmail', draft, result, settingsVersion: 0 }, true);
    registry.update({ tabId: 1, composeId: 'a', site: 'gmail', draft, result, settingsVersion: 0 }, false);
    expect(registry.focused()?.composeId).toBe('b');
    registry.remove(1, 'b');
    expect(registry.focused()).toBeNull();
    registry.update({ tabId: 2, composeId: 'c', site: 'outlook', draft, result, settingsVersion: 0 }, true);
    registry.removeTab(2);
    expect(registry.get(2, 'c')).toBeNull();
    expect(registry.get(1, 'a')?.composeId).toBe('a');
  });
});
