/**
 * Timing helpers shared by the benchmark scripts: a measured series of runs with a
 * warm-up, a minimum run count and a time budget, summarised as median, p99 and mean.
 */

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function summarise(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const sum = sorted.reduce((a, b) => a + b, 0);
  return {
    runs: sorted.length,
    median: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    mean: sum / sorted.length,
    min: sorted[0],
    max: sorted[sorted.length - 1],
  };
}

/**
 * Times `fn` (sync or async). `warmup` runs are discarded, and warm-up goes on until
 * `warmupMs` have passed too (a function with many parts takes thousands of runs before the
 * JIT has optimised all of them); then it runs at least
 * `minRuns` times and keeps going up to `maxRuns` while the measured time stays under
 * `budgetMs`. If even `minRuns` would blow `hardLimitMs`, it stops early and says so
 * (`capped: true`), so a pathological reference cannot hang the benchmark.
 */
export async function measure(fn, { warmup = 5, warmupMs = 0, minRuns = 30, maxRuns = 1000, budgetMs = 2000, hardLimitMs = 60_000 } = {}) {
  const started = performance.now();
  for (let i = 0; i < warmup || performance.now() - started < warmupMs; i++) {
    await fn();
    if (performance.now() - started > hardLimitMs / 2) break;
  }
  if (typeof globalThis.gc === 'function') globalThis.gc();
  const samples = [];
  let spent = 0;
  let capped = false;
  while (samples.length < maxRuns) {
    const t0 = performance.now();
    await fn();
    const dt = performance.now() - t0;
    samples.push(dt);
    spent += dt;
    if (samples.length >= minRuns && spent >= budgetMs) break;
    if (samples.length < minRuns && performance.now() - started > hardLimitMs) {
      capped = true;
      break;
    }
  }
  return { ...summarise(samples), capped, totalMs: performance.now() - started };
}

/** Milliseconds for a table: three significant figures, no exponent. */
export function ms(value) {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (value >= 100) return value.toFixed(0);
  if (value >= 10) return value.toFixed(1);
  if (value >= 1) return value.toFixed(2);
  return value.toFixed(3);
}
