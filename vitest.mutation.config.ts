// The unit tests a mutation run uses (stryker.config.mjs): every unit test except the cases that
// feed hundreds of kilobytes to the checker and the HTML-to-text converter. Those guard speed and
// not-hanging, which a mutant rarely changes, and at 20 to 25 s a run they would be repeated for
// each of the thousands of mutants in lib/core/guidelines and lib/dom/webmail. `npm test` still runs them.
// tests/mutation/setup.ts stops property tests at their first failing case.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

export default mergeConfig(
  base,
  defineConfig({
    test: { setupFiles: ['tests/mutation/setup.ts'], exclude: ['tests/unit/guidelines/robustness.test.ts', 'tests/unit/cli/html-to-text-scale.test.ts', '**/node_modules/**'] },
  }),
);
