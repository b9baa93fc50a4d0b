// `test` for the real-browser suites: node:test's, with a timeout unless the test sets its
// own, so a hang fails that one test instead of stalling the run. (node's --test-timeout
// would time whole files when each file runs in its own process.) ESLint refuses `test`
// and `it` imported from node:test under tests/e2e.
import { test as nodeTest } from 'node:test';

/** Longer than any test takes on a busy 2-core machine, short enough for CI to move on. */
export const DEFAULT_TEST_TIMEOUT_MS = 180_000;

export function test(name, options, fn) {
  if (typeof options === 'function') return nodeTest(name, { timeout: DEFAULT_TEST_TIMEOUT_MS }, options);
  return nodeTest(name, { timeout: DEFAULT_TEST_TIMEOUT_MS, ...options }, fn);
}
