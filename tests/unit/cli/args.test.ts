// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { UsageError, parseArgs } from '@/lib/app/cli/args';
import { COLOURS, PLAIN, formatHuman, locate, pickStyle, toJsonLine } from '@/lib/app/cli/format';
import { pickCompany } from '@/lib/app/cli/notes';
import { RULE_IDS, type CheckResult, type Draft } from '@/lib/core/guidelines/types';
import type { CompanyRecord } from '@/lib/core/notes/types';

describe('parseArgs', () => {
  it('reads files and options in either form', () => {
    expect(parseArgs(['check', 'a.eml', '--kind', 'follow-up', '--notes=n.json', '--now', '2026-03-16', '--json', 'b.txt'])).toEqual({
      command: 'check',
      files: ['a.eml', 'b.txt'],
      kind: 'follow-up',
      notes: 'n.json',
      now: new Date('2026-03-16T00:00:00Z'),
      json: true,
    });
    expect(parseArgs(['check', '--', '--odd-name.txt'])).toEqual({ command: 'check', files: ['--odd-name.txt'], json: false });
  });

  it('answers --help anywhere before "--"', () => {
    expect(parseArgs(['--help'])).toEqual({ command: 'help' });
    expect(parseArgs(['check', 'a.txt', '-h'])).toEqual({ command: 'help' });
    expect(parseArgs(['help'])).toEqual({ command: 'help' });
    expect(parseArgs(['check', '--', '--help'])).toEqual({ command: 'check', files: ['--help'], json: false });
  });

  it('refuses bad command lines with a clear reason', () => {
    const cases: [string[], RegExp][] = [
      [[], /no command given/],
      [['lint', 'a.txt'], /unknown command "lint"/],
      [['check'], /no draft files given/],
      [['check', 'a.txt', '--kind', 'thanks'], /unknown kind "thanks" for --kind; use one of thank-you, note, follow-up/],
      [['check', 'a.txt', '--kind'], /--kind needs a value/],
      [['check', 'a.txt', '--notes', '--json'], /--notes needs a value/],
      [['check', 'a.txt', '--now', 'yesterday'], /--now expects an ISO date/],
      [['check', 'a.txt', '--now', '2026-02-30'], /--now expects an ISO date/],
      [['check', 'a.txt', '--verbose'], /unknown option --verbose/],
      [['check', 'a.txt', '--json=yes'], /--json takes no value/],
      [['check', '-'], /standard input is not supported/],
    ];
    for (const [argv, reason] of cases) {
      expect(() => parseArgs(argv), argv.join(' ')).toThrow(UsageError);
      expect(() => parseArgs(argv), argv.join(' ')).toThrow(reason);
    }
  });
});

function company(id: string, name: string, domains: string[]): CompanyRecord {
  return { id, name, domains, stage: 'interviewing', interviews: [], followUps: [], updatedAt: '2026-03-01' };
}

describe('pickCompany', () => {
  const lumen = company('1', 'Lumen Freight', ['lumenfreight.io']);
  const quill = company('2', 'Quillbyte', ['quillbyte.com', 'quillbyte.co.uk']);

  it('matches recipient domains, subdomains included, case-insensitively', () => {
    expect(pickCompany([lumen, quill], [{ address: 'ann@QuillByte.co.uk' }])).toBe(quill);
    expect(pickCompany([lumen, quill], [{ address: 'ann@mail.lumenfreight.io' }])).toBe(lumen);
    expect(pickCompany([lumen, quill], [{ address: 'ann@notlumenfreight.io' }])).toBeUndefined();
  });

  it('prefers the company matching most recipients, then the earliest one', () => {
    const recipients = [{ address: 'a@quillbyte.com' }, { address: 'b@lumenfreight.io' }, { address: 'c@lumenfreight.io' }];
    expect(pickCompany([quill, lumen], recipients)).toBe(lumen);
    expect(pickCompany([lumen, quill], [{ address: 'a@quillbyte.com' }, { address: 'b@lumenfreight.io' }])).toBe(quill);
  });

  it('falls back to the only company, and to none among several', () => {
    expect(pickCompany([lumen], [{ address: 'someone@gmail.com' }])).toBe(lumen);
    expect(pickCompany([lumen], [])).toBe(lumen);
    expect(pickCompany([lumen, quill], [{ address: 'someone@gmail.com' }])).toBeUndefined();
    expect(pickCompany([], [{ address: 'a@lumenfreight.io' }])).toBeUndefined();
  });
});

describe('output formatting', () => {
  const draft: Draft = { subject: 'Thanks', to: [], cc: [], bodyText: 'Dear Ann,\n\nI will recieve 😀 it.\r\nNext' };
  const result: CheckResult = {
    kind: 'thank-you',
    kindSource: 'detected',
    score: 77,
    language: 'en',
    findings: RULE_IDS.map((rule) => ({ rule, status: 'n/a' as const, severity: 'warning' as const, message: 'n/a', ranges: [] })).map((f) => {
      if (f.rule === 'spelling') {
        return { ...f, status: 'fail' as const, severity: 'error' as const, message: '"recieve" looks\nmisspelled.', ranges: [{ field: 'body' as const, start: 18, end: 25 }] };
      }
      if (f.rule === 'subject-line') {
        return { ...f, status: 'fail' as const, message: 'Too vague.', ranges: [{ field: 'subject' as const, start: 0, end: 6 }] };
      }
      if (f.rule === 'next-step') return { ...f, status: 'fail' as const, severity: 'tip' as const, message: 'Close forward.' };
      if (f.rule === 'gratitude') return { ...f, status: 'pass' as const, severity: 'error' as const, message: 'ok' };
      return f;
    }),
  };

  it('locates ranges as 1-based line and column', () => {
    expect(locate(draft, [{ field: 'body', start: 18, end: 25 }])).toBe('body 3:8');
    expect(locate(draft, [{ field: 'body', start: 34, end: 38 }])).toBe('body 4:1');
    expect(
      locate(draft, [
        { field: 'body', start: 30, end: 32 },
        { field: 'subject', start: 2, end: 3 },
      ]),
    ).toBe('subject 1:3');
    expect(locate(draft, [])).toBeUndefined();
  });

  it('groups the failed rules for people', () => {
    expect(formatHuman({ file: 'a.txt', draft, result }, PLAIN)).toBe(
      [
        'a.txt',
        'Kind: thank-you email',
        'Score: 77/100',
        'Must fix',
        '  Proofread               body 3:8     "recieve" looks misspelled.',
        'Should fix',
        '  Write a clear subject   subject 1:1  Too vague.',
        'Could add',
        '  Close with a next step               Close forward.',
      ].join('\n'),
    );
    expect(formatHuman({ file: 'a.txt', draft, result, company: null }, PLAIN)).toContain('Notes: no saved company matches the recipients');
    expect(formatHuman({ file: 'a.txt', draft, result }, COLOURS)).toContain('\u001b[31m');
  });

  it('names the other places a finding points at instead of counting them', () => {
    const body = 'Dear Ann,\n\nthx for teh call, lmk and c u soon.';
    const at = (word: string) => ({ field: 'body' as const, start: body.indexOf(word), end: body.indexOf(word) + word.length });
    const many = {
      ...result,
      findings: result.findings.map((f) =>
        f.rule === 'spelling' ? { ...f, message: 'Possible misspellings.', ranges: [at('thx'), at('teh'), at('lmk'), { ...at('c u'), end: at('c u').start + 1 }, at('soon')] } : f,
      ),
    };
    const text = formatHuman({ file: 'b.txt', draft: { ...draft, bodyText: body }, result: many }, PLAIN);
    expect(text).toContain('Possible misspellings. (also “teh”, “lmk”, “c” and 1 more)');
    expect(text).not.toMatch(/\(\+\d+ more\)/);
  });

  it('never calls an email a note', () => {
    expect(formatHuman({ file: 'a.txt', draft, result }, PLAIN)).toContain('Kind: thank-you email');
    expect(formatHuman({ file: 'a.txt', draft, result: { ...result, kind: 'note' } }, PLAIN)).toContain('Kind: thank-you note (card)');
  });

  it('writes every rule, in the rulebook order, as one JSON line', () => {
    const shuffled = { ...result, findings: [...result.findings].reverse() };
    const line = toJsonLine({ file: 'a.txt', draft, result: shuffled });
    expect(line).not.toContain('\n');
    const parsed = JSON.parse(line) as { file: string; kind: string; score: number; findings: { rule: string }[] };
    expect(Object.keys(parsed)).toEqual(['file', 'kind', 'score', 'findings']);
    expect(parsed.findings.map((f) => f.rule)).toEqual([...RULE_IDS]);
    expect(Object.keys(parsed.findings[0]!)).toEqual(['rule', 'status', 'severity', 'message', 'ranges']);
  });

  it('uses colour only on a terminal without NO_COLOR', () => {
    expect(pickStyle(true, {})).toBe(COLOURS);
    expect(pickStyle(true, { NO_COLOR: '1' })).toBe(PLAIN);
    expect(pickStyle(true, { NO_COLOR: '' })).toBe(PLAIN);
    expect(pickStyle(false, {})).toBe(PLAIN);
    expect(pickStyle(undefined, {})).toBe(PLAIN);
  });
});
