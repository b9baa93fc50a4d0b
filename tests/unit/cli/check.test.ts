// @vitest-environment node
/** The `check` command run in-process: output formats, options and exit statuses. */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '@/lib/app/cli/main';
import { RULE_IDS } from '@/lib/core/guidelines/types';
import { serializeBackup } from '@/lib/core/notes/backup';
import type { CompanyRecord } from '@/lib/core/notes/types';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/drafts/${name}`, import.meta.url));
const NOTES = fixture('notes/lumen-freight.json');

interface JsonLine {
  file: string;
  kind: string;
  score: number;
  findings: { rule: string; status: string; severity: string; message: string; ranges: { field: string; start: number; end: number }[] }[];
}

async function cli(argv: string[], env: Record<string, string | undefined> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), env, isTTY: false });
  return { code, stdout, stderr };
}

async function checkJson(argv: string[]): Promise<{ code: number; lines: JsonLine[]; stderr: string }> {
  const { code, stdout, stderr } = await cli(['check', '--json', ...argv]);
  const lines = stdout
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as JsonLine);
  return { code, lines, stderr };
}

const finding = (line: JsonLine | undefined, rule: string) => line?.findings.find((f) => f.rule === rule);

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'afterview-check-'));
});

describe('afterview check --json', () => {
  it('prints one object per file listing all 26 rules, n/a ones included', async () => {
    const files = ['good-thank-you.txt', 'quoted-printable.eml', 'base64.eml', 'html-only.eml', 'multipart-alternative.eml', 'body-only.txt'].map(fixture);
    const { lines, stderr } = await checkJson(files);
    expect(stderr).toBe('');
    expect(lines).toHaveLength(files.length);
    for (const [i, line] of lines.entries()) {
      expect(line.file).toBe(files[i]);
      expect(Object.keys(line)).toEqual(['file', 'kind', 'score', 'findings']);
      expect(line.findings.map((f) => f.rule)).toEqual([...RULE_IDS]);
      expect(line.findings).toHaveLength(26);
      expect(line.findings.some((f) => f.status === 'n/a')).toBe(true);
      expect(line.score).toBeGreaterThanOrEqual(0);
      expect(line.score).toBeLessThanOrEqual(100);
    }
  });

  it('points a misspelling at its place in the body', async () => {
    const { code, lines } = await checkJson([fixture('misspelled.txt')]);
    expect(code).toBe(1);
    const spelling = finding(lines[0], 'spelling');
    expect(spelling?.status).toBe('fail');
    const range = spelling!.ranges.find((r) => r.field === 'body')!;
    const body = (await readFile(fixture('misspelled.txt'), 'utf8')).split('\n\n').slice(1).join('\n\n');
    expect(body.slice(range.start, range.end)).toBe('recieve');
  });

  it('forces the kind with --kind', async () => {
    const detected = await checkJson([fixture('good-thank-you.txt')]);
    expect(detected.lines[0]?.kind).toBe('thank-you');
    const forced = await checkJson(['--kind', 'withdrawal', fixture('good-thank-you.txt')]);
    expect(forced.lines[0]?.kind).toBe('withdrawal');
    expect(finding(forced.lines[0], 'door-open')?.status).not.toBe('n/a');
    expect(finding(detected.lines[0], 'door-open')?.status).toBe('n/a');
  });

  it('gives the context rules what they need with --notes', async () => {
    const without = await checkJson([fixture('good-thank-you.txt')]);
    expect(finding(without.lines[0], 'name-accuracy')?.status).toBe('n/a');
    expect(finding(without.lines[0], 'recipient-choice')?.status).toBe('n/a');

    const good = await checkJson(['--notes', NOTES, fixture('good-thank-you.txt')]);
    expect(finding(good.lines[0], 'name-accuracy')?.status).toBe('pass');
    expect(finding(good.lines[0], 'recipient-choice')?.status).not.toBe('n/a');
    expect(finding(good.lines[0], 'timing')?.status).toBe('pass');

    const wrong = await checkJson(['--notes', NOTES, fixture('wrong-name.txt')]);
    expect(finding(wrong.lines[0], 'name-accuracy')?.status).toBe('fail');
    expect(wrong.code).toBe(1);
  });

  it('takes the time from --now before the Date header', async () => {
    // The interview was on 3 March at 14:00; the draft is dated 18:40 the same day.
    const onTime = await checkJson(['--notes', NOTES, fixture('good-thank-you.txt')]);
    expect(finding(onTime.lines[0], 'timing')?.status).toBe('pass');
    const late = await checkJson(['--notes', NOTES, '--now', '2026-03-10T12:00:00Z', fixture('good-thank-you.txt')]);
    expect(finding(late.lines[0], 'timing')?.status).toBe('fail');
  });

  it('picks the company from a whole backup by the recipients’ domains', async () => {
    const lumen = JSON.parse(await readFile(NOTES, 'utf8')) as CompanyRecord;
    const other: CompanyRecord = { ...lumen, id: 'c-other', name: 'Quillbyte', domains: ['quillbyte.com'], interviews: [] };
    const backup = join(tmp, 'backup.json');
    await writeFile(backup, await serializeBackup({ companies: [other, lumen], profile: { name: 'Sam Ortiz', email: 'sam.ortiz@example.net' } }));
    const { code, lines, stderr } = await checkJson(['--notes', backup, fixture('good-thank-you.txt'), fixture('body-only.txt')]);
    expect(stderr).toBe('');
    // The headerless paste signs off with a phone number, so it is read as an emailed thank-you with no subject: a must-fix.
    expect(code).toBe(1);
    expect(finding(lines[0], 'name-accuracy')?.status).toBe('pass');
    // No recipients and two companies: no company, so the notes rules stay n/a.
    expect(finding(lines[1], 'recipient-choice')?.status).toBe('n/a');

    const human = await cli(['check', '--notes', backup, fixture('good-thank-you.txt'), fixture('body-only.txt')]);
    expect(human.stdout).toContain('Notes: Lumen Freight');
    expect(human.stdout).toContain('Notes: no saved company matches the recipients');
  });
});

describe('afterview check (for people)', () => {
  it('shows the file, kind, score and the failures grouped with positions', async () => {
    const { code, stdout } = await cli(['check', fixture('misspelled.txt')]);
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(fixture('misspelled.txt'));
    expect(lines[1]).toBe('Kind: thank-you email');
    expect(lines[2]).toMatch(/^Score: \d{1,3}\/100$/);
    expect(stdout).toMatch(/^Must fix\n(?: {2}.*\n)*? {2}Proofread +body 5:\d+ {2}.*recieve/m);
    expect(stdout).not.toContain('\u001b[');
  });

  it('says so when nothing fails, and separates files with a blank line', async () => {
    const { stdout } = await cli(['check', fixture('good-thank-you.txt'), fixture('base64.eml')]);
    expect(stdout).toMatch(/\n\n.*base64\.eml\n/);
    expect(stdout).not.toMatch(/Must fix/);
  });

  it('uses colour on a terminal unless NO_COLOR is set', async () => {
    const coloured: string[] = [];
    await run(['check', fixture('misspelled.txt')], { stdout: (s) => coloured.push(s), stderr: () => {}, env: {}, isTTY: true });
    expect(coloured.join('')).toContain('\u001b[31m');
    const plain: string[] = [];
    await run(['check', fixture('misspelled.txt')], { stdout: (s) => plain.push(s), stderr: () => {}, env: { NO_COLOR: '1' }, isTTY: true });
    expect(plain.join('')).not.toContain('\u001b[');
  });
});

describe('exit statuses', () => {
  it('is 0 without failed must-fix rules and 1 with one', async () => {
    expect((await cli(['check', fixture('good-thank-you.txt')])).code).toBe(0);
    expect((await cli(['check', fixture('misspelled.txt')])).code).toBe(1);
    expect((await cli(['check', fixture('no-thanks.txt')])).code).toBe(1);
    expect((await cli(['check', fixture('good-thank-you.txt'), fixture('no-thanks.txt')])).code).toBe(1);
  });

  it('is 2 for unusable input, with one line on stderr, after checking the other files', async () => {
    const missing = join(tmp, 'nope.eml');
    const { code, stdout, stderr } = await cli(['check', '--json', fixture('good-thank-you.txt'), missing, fixture('malformed.eml')]);
    expect(code).toBe(2);
    expect(stdout.trim().split('\n')).toHaveLength(1);
    expect(stderr).toBe(
      `afterview: ${missing}: no such file\nafterview: ${fixture('malformed.eml')}: malformed message: line 1 is not a header line ("Name: value") and no blank line comes before it\n`,
    );
  });

  it('is 2 for a bad option or a bad notes file, before checking anything', async () => {
    const bad = join(tmp, 'bad-notes.json');
    await writeFile(bad, '{"id": "x", "name": "N", "domains": ["a.io"], "stage": "applied",\n "interviews": [{"id": 1}]');
    const truncated = await cli(['check', '--notes', bad, fixture('good-thank-you.txt')]);
    expect(truncated).toEqual({ code: 2, stdout: '', stderr: `afterview: ${bad}: bad notes file: Not valid JSON: the text ends where "," or "}" was expected at line 2, column 27\n` });

    await writeFile(bad, '{"id": "x", "name": "N", "domains": ["a.io"], "stage": "applied", "interviews": [{"id": 1}], "followUps": [], "updatedAt": "2026-01-01"}');
    const wrongType = await cli(['check', '--notes', bad, fixture('good-thank-you.txt')]);
    expect(wrongType).toEqual({ code: 2, stdout: '', stderr: `afterview: ${bad}: bad notes file: interviews[0].id: expected a string\n` });

    const option = await cli(['check', '--kind', 'thanks', fixture('good-thank-you.txt')]);
    expect(option.code).toBe(2);
    expect(option.stdout).toBe('');
    expect(option.stderr).toMatch(/^afterview: unknown kind "thanks" for --kind; use one of [^\n]+\n$/);
  });

  it('prints the help on --help and exits 0', async () => {
    const { code, stdout } = await cli(['check', '--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: afterview check \[options\] FILE\.\.\./);
  });

  it('still checks, without misspellings, when the dictionary cannot load', async () => {
    let stderr = '';
    const code = await run(['check', fixture('good-thank-you.txt')], {
      stdout: () => {},
      stderr: (s) => (stderr += s),
      env: {},
      loadSpeller: () => Promise.reject(new Error('word list missing')),
    });
    expect(code).toBe(0);
    expect(stderr).toBe('afterview: warning: the spelling dictionary could not be loaded (word list missing); misspellings are not checked\n');
  });
});
