import { createHash } from 'node:crypto';
// Mutation testing (`npm run mutation`, not part of `npm test`): StrykerJS changes the code
// of the folders below one small edit at a time and runs the unit tests that cover each
// change; a mutant that no test notices ("survived") is a behaviour nothing guards.
// `MUTATE=lib/platform/storage npm run mutation` limits a run to one folder; MUTATE may also name
// files (`MUTATE=lib/core/notes/json-text.ts,lib/core/notes/backup.ts`), so a large folder can run in
// parts, each with its own report (Stryker writes one only when a run ends).
// The message fuzz test sends 100,000 messages per name; per mutant, 2,000 still reach every branch.
process.env.AFTERVIEW_FUZZ_RUNS ??= '2000';
// Its runner uses worker threads, where a test cannot switch the time zone (tests/unit/notes/schedule.test.ts).
process.env.AFTERVIEW_MUTATION = '1';
const folders = (process.env.MUTATE ?? 'lib/core/guidelines,lib/platform/messaging,lib/platform/storage,lib/core/notes,lib/dom/webmail').split(',');

/** A file name for the run's incremental record: the folders' names, or a digest when they are many files. */
function incrementalName(list) {
  const name = list.join('+').replaceAll('/', '-');
  return name.length <= 120 ? name : `parts-${createHash('sha256').update(name).digest('hex').slice(0, 16)}`;
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  // The 1 MB robustness cases are left out of mutation runs (vitest.mutation.config.ts says why).
  vitest: { configFile: 'vitest.mutation.config.ts' },
  coverageAnalysis: 'perTest',
  // A static mutant (in code that runs once, as a module loads: constants, valibot schemas,
  // selector tables) cannot be switched on per test, so Stryker reloads every related test file
  // for each one: on this 2-core machine they were 17% of lib/platform/storage's mutants and
  // 82% of its run time (hours). They are left out and counted apart in docs/reliability.md;
  // the tests of those tables and schemas run in `npm test` as ever.
  ignoreStatic: true,
  mutate: folders.flatMap((f) => (f.endsWith('.ts') ? [f] : [`${f}/**/*.ts`, `!${f}/**/*.d.ts`])),
  // .wxt (the generated tsconfig the project's extends) must be copied into the sandbox, and
  // docs/permissions.md, which the site registry's tests read.
  ignorePatterns: ['.output', 'reports', 'docs', '!docs/permissions.md', '.bench-tmp'],
  concurrency: 2,
  // A mutant that loops forever is cut off 5 s past the tests' own time (it counts as detected).
  timeoutMS: 5_000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  // A re-run of one folder tests again only the mutants whose code or tests changed.
  incremental: true,
  incrementalFile: `reports/stryker-incremental-${incrementalName(folders)}.json`,
  cleanTempDir: 'always',
};
