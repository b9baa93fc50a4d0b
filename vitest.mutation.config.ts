// The unit tests a mutation run uses (stryker.config.mjs): every unit test except the cases that
// feed hundreds of kilobytes to the checker and the HTML-to-text converter. Those guard speed and
// not-hanging, which a mutant rarely changes, and at 20 to 25 s a run they would be repeated for
// each of the thousands of mutants in lib/core/guidelines and lib/dom/webmail. `npm test` still runs them.
// tests/mutation/setup.ts stops property tests at their first failing case.
// MUTATION_TESTS (comma-separated globs) narrows the run to a folder's own tests: the engine runs
// under the UI's tests too (sidebar, content, popup), and loading each of those files again for
// every guidelines mutant made a part of that folder an estimated 30 hours. A mutant those tests
// would kill but the folder's own tests miss then counts as surviving, so the score can only be lower.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

const config = mergeConfig(
  base,
  defineConfig({
    test: { setupFiles: ['tests/mutation/setup.ts'], exclude: ['tests/unit/guidelines/robustness.test.ts', 'tests/unit/cli/html-to-text-scale.test.ts', '**/node_modules/**'] },
  }),
);
const only = process.env.MUTATION_TESTS?.split(',').filter(Boolean);
if (only?.length) {
  config.test!.include = only;
  // A narrowed run also shares one environment and module cache between its files: a new happy-dom
  // window and transform per file were most of a mutant's time. The guidelines' own tests pass that
  // way (all 719, 15 s against 4 min); the whole suite does not (a popup test needs a fresh module).
  config.test!.isolate = false;
}

export default config;
