#!/usr/bin/env node
// `npm test`: every check the project has, in order, each named in the summary.
// Runs them all even when one fails, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const steps = [
  // Generates .wxt/ (types and tsconfig) even where npm skipped the postinstall script.
  ['prepare', 'npx', ['wxt', 'prepare']],
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  // One layout for the code (.prettierrc.json); `npm run format` rewrites what this flags.
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unit tests', 'npx', ['vitest', 'run']],
  // The checker against the hand-labelled corpora: each shared set >= 97% of labels, every rule >= 90%, kind >= 95%.
  ['checker fidelity (npm run eval)', 'node', ['scripts/eval.mjs', '--gate', '--no-write']],
  ['build (chrome, firefox)', 'npm', ['run', '--silent', 'build']],
  ['web-ext lint', 'npm', ['run', '--silent', 'lint:ext']],
];
// Real-browser suites join as they are written: every tests/e2e/*.test.mjs runs.
if (existsSync('tests/e2e')) {
  const suites = readdirSync('tests/e2e')
    .filter((f) => f.endsWith('.test.mjs'))
    .map((f) => `tests/e2e/${f}`);
  // Each test has a timeout (tests/e2e/support/test.mjs); a whole file, 20 minutes, so nothing stalls CI.
  if (suites.length) steps.push(['real-browser tests', 'node', ['--test', '--test-concurrency=1', '--test-timeout=1200000', ...suites]]);
}

const results = [];
for (const [name, cmd, args] of steps) {
  const started = Date.now();
  console.log(`\n── ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' } });
  results.push({ name, ok: r.status === 0, seconds: ((Date.now() - started) / 1000).toFixed(1) });
}
console.log('\n── summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'}  ${r.name} (${r.seconds} s)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
