// @vitest-environment node
/** The real `bin/afterview.mjs`, run with plain `node` as a user would. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../../bin/afterview.mjs', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/drafts/${name}`, import.meta.url));

function afterview(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // Run from another directory: the command must not depend on the working directory.
    execFile(process.execPath, [BIN, ...args], { cwd: '/', env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

describe('bin/afterview.mjs', () => {
  it('exits 2 with one line on stderr for a missing file', async () => {
    const { code, stdout, stderr } = await afterview(['check', '/no/such/draft.eml']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('afterview: /no/such/draft.eml: no such file\n');
  });

  it('exits 2 for a malformed message, without a stack trace', async () => {
    const { code, stderr } = await afterview(['check', fixture('malformed.eml')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^afterview: .*malformed\.eml: malformed message: [^\n]+\n$/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for a bad option', async () => {
    const { code, stderr } = await afterview(['check', '--colour', fixture('good-thank-you.txt')]);
    expect(code).toBe(2);
    expect(stderr).toBe('afterview: unknown option --colour (see --help)\n');
  });

  it('exits 0 for a good draft', async () => {
    const { code, stdout, stderr } = await afterview(['check', fixture('good-thank-you.txt')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('Kind: thank-you');
  });

  it('exits 1 for a misspelling and for a draft without thanks', async () => {
    const misspelled = await afterview(['check', fixture('misspelled.txt')]);
    expect(misspelled.code).toBe(1);
    expect(misspelled.stdout).toMatch(/ {2}Proofread +body \d+:\d+ {2}/);
    const thankless = await afterview(['check', '--json', fixture('no-thanks.txt')]);
    expect(thankless.code).toBe(1);
    const line = JSON.parse(thankless.stdout) as { findings: { rule: string; status: string }[] };
    expect(line.findings.find((f) => f.rule === 'gratitude')?.status).toBe('fail');
  });
});
