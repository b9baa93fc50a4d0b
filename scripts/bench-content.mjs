#!/usr/bin/env node
/**
 * What the content script costs, measured on the production build in headless Debian
 * Chromium: bundle sizes (both builds), keystroke-to-score latency on a 300-word draft,
 * the cost of our mutation handling under heavy DOM churn and while idle, and the heap it
 * adds to a tab. Prints a summary and rewrites the `bench:content` section of
 * docs/performance.md. A benchmark only: nothing here is a test with time limits.
 *
 * Usage: node scripts/bench-content.mjs [--quick] [--no-write] [--no-build]
 *   --quick     fewer keystrokes and batches (a smoke test; figures are not recorded)
 *   --no-write  print only, leave docs/performance.md alone
 *   --no-build  use .output as it is, even if the sources are newer
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSizes, fileSize, kB } from '../bench/lib/bundle.mjs';
import { byFunction, contentReport, describeCalls, mib, total, worstLongTask } from '../bench/lib/content-report.mjs';
import { writeSection } from '../bench/lib/doc.mjs';
import { churn, fillBody, installKeyProbe, referenceObserver, seedInbox, startLongTasks, takeLongTasks } from '../bench/lib/page-probes.mjs';
import { ms, percentile, summarise } from '../bench/lib/stats.mjs';
import { callsWhere, longTasksWith, startTrace } from '../bench/lib/trace.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root); // the e2e helpers resolve .output and tests/fixtures from the working directory
const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const WRITE = !argv.includes('--no-write') && !QUICK;
const KEYS = QUICK ? 40 : 300;
const WARMUP_KEYS = 20;
const BATCHES = QUICK ? 20 : 100;
const PER_BATCH = 100;
const BATCH_INTERVAL = 20;
const IDLE_MS = QUICK ? 1000 : 5000;
const GOAL = { gzip: 60_000, p95: 50, perBatch: 0.05, longTask: 50, heap: 10 * 1024 * 1024 };

const FIXTURE = 'gmail/gmail-floating-peoplekit-en.html';
const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';
// The same page at an address the content script does not run on: the heap baseline.
const PLAIN_URL = 'https://mail.example.test/mail/u/0/';
const BODY = '[g_editable="true"][contenteditable="true"]';
const GMAIL_ROOT_HINT = `div.M9, ${BODY}`; // the Gmail adapter's rootHint, for the reference observer
const DRAFT = readFileSync(join(root, 'bench/inputs/thank-you-300.txt'), 'utf8');
const DRAFT_WORDS = DRAFT.split(/\s+/).filter(Boolean).length;
const CARET_AFTER = 'pipeline'; // Backspace there makes a misspelling, "e" removes it

const log = (...args) => console.log(...args);
const sleep = (t) => new Promise((r) => setTimeout(r, t));

// ---------------------------------------------------------------------------------
// The build

function newestSource() {
  const newest = (path) => {
    if (!existsSync(path)) return 0;
    const stat = statSync(path);
    return stat.isDirectory() ? Math.max(0, ...readdirSync(path).map((n) => newest(join(path, n)))) : stat.mtimeMs;
  };
  return Math.max(...['entrypoints', 'lib', 'components', 'public', 'wxt.config.ts', 'package.json'].map((p) => newest(join(root, p))));
}

const builtAt = (dir) => (existsSync(join(dir, 'manifest.json')) ? statSync(join(dir, 'manifest.json')).mtimeMs : 0);
if (!argv.includes('--no-build') && Math.min(builtAt('.output/chrome-mv3'), builtAt('.output/firefox-mv2')) < newestSource()) {
  log('build missing or older than the sources: npm run build');
  const r = spawnSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

// ---------------------------------------------------------------------------------
// 1. Bundle sizes

const builds = Object.fromEntries(['chrome-mv3', 'firefox-mv2'].map((b) => [b, buildSizes(join(root, '.output', b))]));
const dictionary = fileSize(join(root, '.output/chrome-mv3/dictionaries/en.txt'));
const contentEntry = (b) => builds[b].entries.find((e) => e.name.startsWith('content script'));
for (const [name, { entries }] of Object.entries(builds)) {
  log(`${name}: ${entries.map((e) => `${e.name} ${kB(e.gzip)} gzip`).join('; ')}`);
}

// ---------------------------------------------------------------------------------
// Chromium with the extension, serving the fixture at both addresses

const loadBefore = os.loadavg()[0];
const { launchChromium } = await import('../tests/e2e/support/browsers.mjs');
const { fixtureHtml, placeCaret, servePages, waitForScores, waitInPage } = await import('../tests/e2e/support/webmail.mjs');
const html = fixtureHtml(FIXTURE);
const chromium = await launchChromium(servePages({ [GMAIL_URL]: html, [PLAIN_URL]: html }));
const ourScripts = `chrome-extension://${chromium.extensionId}/`;

/** Waits until the first compose's badge shows a settled score (the same for 300 ms). */
async function settledScore(page) {
  let last = null;
  for (let same = 0; same < 3;) {
    await sleep(100);
    const shown = await page.evaluate(() => document.querySelector('afterview-score')?.shadowRoot?.querySelector('.score')?.textContent ?? null);
    same = shown === last ? same + 1 : 0;
    last = shown;
  }
  return last;
}

async function openDraft(url, { scored }) {
  const page = await chromium.ctx.newPage();
  await page.goto(url);
  if (scored) await waitForScores(page, 2);
  await page.evaluate(fillBody, { selector: BODY, text: DRAFT });
  if (scored) await settledScore(page);
  return page;
}

// ---------------------------------------------------------------------------------
// 4. Heap per tab (first, on fresh processes): with the content script vs without

async function heapUsed(page) {
  const cdp = await chromium.ctx.newCDPSession(page);
  const samples = [];
  for (let i = 0; i < 5; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
    await sleep(100);
    samples.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
  }
  await cdp.detach();
  return percentile(
    [...samples].sort((a, b) => a - b),
    50,
  );
}

const heap = {};
{
  const withExtension = await openDraft(GMAIL_URL, { scored: true });
  heap.with = await heapUsed(withExtension);
  await withExtension.close();
  const without = await openDraft(PLAIN_URL, { scored: false });
  if (await without.evaluate(() => document.querySelector('afterview-score') !== null)) throw new Error('the baseline page has our badge');
  heap.without = await heapUsed(without);
  await without.close();
  heap.added = heap.with - heap.without;
  log(`heap: ${mib(heap.with)} with the content script, ${mib(heap.without)} without: ${mib(heap.added)} added`);
}

// ---------------------------------------------------------------------------------
// 2. Keystroke to updated score

const page = await openDraft(GMAIL_URL, { scored: true });
const startScore = await page.evaluate(installKeyProbe, BODY);
if (!(await placeCaret(page, BODY, CARET_AFTER))) throw new Error(`"${CARET_AFTER}" not found in the draft`);
await sleep(300); // the focus change asks for one more check; let it land
const latencies = [];
const viaListener = [];
// A letter typed inside a word is judged only after a pause (lib/app/content/edit-pacing.ts): timed apart.
const pausedLatencies = [];
const values = new Set();
let missed = 0;
await page.evaluate(startLongTasks);
for (let i = 0; i < WARMUP_KEYS + KEYS; i++) {
  await page.evaluate(() => window.__afterviewKeyProbe.arm());
  // Backspace makes "pipelin" (a misspelling, checked at once); "e" puts the word back (checked at the pause).
  const deleting = i % 2 === 0;
  await page.keyboard.press(deleting ? 'Backspace' : 'e');
  const result = await page.evaluate((t) => window.__afterviewKeyProbe.result(t), 2000);
  if (!result) missed += 1;
  else if (i >= WARMUP_KEYS) {
    if (deleting) {
      latencies.push(result.fromEvent);
      viaListener.push(result.fromListener);
    } else pausedLatencies.push(result.fromEvent);
    values.add(result.value);
  }
  await sleep(30 + (i % 5) * 10); // 30-70 ms between keys, a fast typist's pace
}
const typingLongTasks = await page.evaluate(takeLongTasks);
const keystrokes = {
  ...summarise(latencies),
  p95: percentile(
    [...latencies].sort((a, b) => a - b),
    95,
  ),
  listener: summarise(viaListener),
  paused: {
    ...summarise(pausedLatencies),
    p95: percentile(
      [...pausedLatencies].sort((a, b) => a - b),
      95,
    ),
  },
};
log(
  `keystroke → score (${keystrokes.runs} deletions, ${missed} keys without a change, shown ${[...values].join(' / ')}): median ${ms(keystrokes.median)} ms, p95 ${ms(keystrokes.p95)} ms, p99 ${ms(keystrokes.p99)} ms, max ${ms(keystrokes.max)} ms`,
);
log(`letter in a word → score after the pause (${keystrokes.paused.runs} keys): median ${ms(keystrokes.paused.median)} ms, p95 ${ms(keystrokes.paused.p95)} ms`);

// ---------------------------------------------------------------------------------
// 3. Mutation churn in the inbox list beside the compose, then idle

async function traced(what, test = (data) => data.url.startsWith(ourScripts), on = page) {
  const cdp = await chromium.ctx.newCDPSession(on);
  const stop = await startTrace(cdp);
  await sleep(200); // starting the trace is work of its own: keep it out of the long-task count
  await on.evaluate(startLongTasks);
  const result = await what();
  const longTasks = await on.evaluate(takeLongTasks);
  const events = await stop();
  await cdp.detach();
  const calls = callsWhere(events, test);
  return { result, calls, longTasks, tracedLong: longTasksWith(events, calls) };
}

await page.evaluate(seedInbox, 60);
await sleep(500);
const CHURN = { batches: BATCHES, perBatch: PER_BATCH, interval: BATCH_INTERVAL };
const churned = await traced(() => page.evaluate(churn, CHURN));
if (churned.calls.length === 0) throw new Error('no content-script function call in the trace: the trace cannot show our cost');
const idle = await traced(() => sleep(IDLE_MS));

// The same churn against the reference observer, alone in an isolated world of its own.
const plain = await chromium.ctx.newPage();
await plain.goto(PLAIN_URL);
await plain.evaluate(seedInbox, 60);
{
  const cdp = await chromium.ctx.newCDPSession(plain);
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'afterview-bench-reference' });
  await cdp.send('Runtime.evaluate', { expression: `(${referenceObserver})(${JSON.stringify(GMAIL_ROOT_HINT)})`, contextId: executionContextId });
  await cdp.detach();
}
await sleep(500);
const reference = await traced(
  () => plain.evaluate(churn, CHURN),
  (data) => /^reference(Collect|Flush)$/.test(data.functionName),
  plain,
);
const churn$ = {
  records: churned.result.records,
  totalMs: total(churned.calls),
  perBatch: total(churned.calls) / BATCHES,
  maxCall: Math.max(...churned.calls.map((c) => c.cpu)),
  calls: churned.calls.length,
  medianBatch: byFunction(churned.calls).reduce((sum, f) => sum + f.median, 0),
};
const ref$ = { totalMs: total(reference.calls), perBatch: total(reference.calls) / BATCHES, medianBatch: byFunction(reference.calls).reduce((sum, f) => sum + f.median, 0) };
const badge = await waitInPage(page, () => document.querySelector('afterview-score')?.shadowRoot?.querySelector('button')?.getAttribute('data-status'));
log(
  `churn: ${churn$.records} mutation records in ${BATCHES} batches; our calls ${churn$.calls}, ${ms(churn$.totalMs)} ms in all, ${ms(churn$.perBatch)} ms per batch, longest call ${ms(churn$.maxCall)} ms; long tasks ${churned.longTasks.length}; badge ${badge}`,
);
log(`reference observer: ${ms(ref$.perBatch)} ms per batch (${describeCalls(reference.calls)}); ours: ${describeCalls(churned.calls)}`);
log(`trace tasks over 50 ms (wall, CPU, ours): churn ${JSON.stringify(churned.tracedLong)}, idle ${JSON.stringify(idle.tracedLong)}`);
log(`idle ${IDLE_MS} ms: our calls ${idle.calls.length} (${ms(total(idle.calls))} ms), long tasks ${idle.longTasks.length}`);
await chromium.close();

// ---------------------------------------------------------------------------------
// The record

const targets = [
  [
    'content script bundle, gzip (Chrome / Firefox build)',
    '< 60 kB',
    `${kB(contentEntry('chrome-mv3').gzip)} / ${kB(contentEntry('firefox-mv2').gzip)}`,
    Math.max(contentEntry('chrome-mv3').gzip, contentEntry('firefox-mv2').gzip) < GOAL.gzip,
  ],
  [`keystroke to updated score, ${DRAFT_WORDS}-word draft, p95 of ${keystrokes.runs} deletions`, '< 50 ms', `${ms(keystrokes.p95)} ms`, keystrokes.p95 < GOAL.p95 && missed === 0],
  [`our mutation handling per batch (${BATCHES} batches of ${PER_BATCH} mutations)`, '< 0.05 ms', `${ms(churn$.perBatch)} ms`, churn$.perBatch < GOAL.perBatch],
  ['tasks over 50 ms, under churn and while idle', 'none', `${worstLongTask(churned.longTasks)} / ${worstLongTask(idle.longTasks)}`, churned.longTasks.length + idle.longTasks.length === 0],
  ['JS heap the content script adds to a tab', '< 10 MB', mib(heap.added), heap.added < GOAL.heap],
];
for (const [what, goal, got, ok] of targets) log(`${ok ? 'met   ' : 'MISSED'} ${what}: ${got} (goal ${goal})`);

if (WRITE) {
  const settings = { FIXTURE, GMAIL_URL, PLAIN_URL, DRAFT_WORDS, WARMUP_KEYS, CARET_AFTER, BATCHES, PER_BATCH, BATCH_INTERVAL, IDLE_MS, GOAL };
  const load = { before: loadBefore, after: os.loadavg()[0], nice: os.getPriority() };
  const record = { load, builds, dictionary, targets, keystrokes, missed, values, startScore, typingLongTasks, churn$, churned, idle, reference, ref$, heap, settings };
  const body = contentReport(record);
  await writeSection(join(root, 'docs', 'performance.md'), 'content', body);
  log('wrote docs/performance.md (bench:content section)');
}
