#!/usr/bin/env node
/**
 * Benchmarks the guideline engine (`checkDraft` with the English speller) on a
 * 250-word email, a 2,000-word text and a 1 MB text, next to two references run on the
 * same text: write-good, and a retext pipeline (readability, passive, repeated words,
 * spell). Also times the dictionary load. Prints a summary and rewrites the
 * `bench:engine` section of docs/performance.md.
 *
 * Usage: node scripts/bench-engine.mjs [--quick] [--no-write] [--engine PATH]
 *   --quick     fewer runs and smaller budgets (a smoke test; figures are not recorded)
 *   --no-write  print only, leave docs/performance.md alone
 *   --engine    a TypeScript or JavaScript module exporting checkDraft, loaded as it is
 *
 * By default the engine and the speller are measured as the extension ships them: bundled
 * and minified by esbuild (what Vite does in `wxt build`), not through tsx's loader, which
 * wraps every inner function in a naming helper that the build does not have. Other
 * TypeScript sources are loaded through tsx, so plain `node` runs this script.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { machine } from '../bench/lib/machine.mjs';
import { measure, ms } from '../bench/lib/stats.mjs';
import { writeSection } from '../bench/lib/doc.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => {
  const i = argv.indexOf(name);
  return i === -1 ? undefined : argv[i + 1];
};
const QUICK = flag('--quick');
const WRITE = !flag('--no-write') && !QUICK;
const ENGINE_OPTION = option('--engine');
const WORD_LIST = join(root, 'public', 'dictionaries', 'en.txt');
const ONE_MB = 1024 * 1024;
const NOW = '2026-03-05T10:00:00Z';

const fromRoot = (path) => pathToFileURL(join(root, path)).href;
const importTs = (path) => tsImport(path.startsWith('file:') ? path : fromRoot(path), import.meta.url);
const SHIPPED = join(root, '.bench-tmp', 'engine-shipped.mjs');

/** Bundles and minifies the engine and the speller as the extension build does; returns the module's path. */
async function buildShippedEngine() {
  const { build } = await import('esbuild');
  await build({
    stdin: {
      contents:
        "export { checkDraft } from './lib/core/guidelines/index.ts';\nexport { createSpeller } from './lib/core/guidelines/spelling/speller.ts';\nexport { EXTRA_WORDS } from './lib/core/guidelines/spelling/extra-words.ts';\n",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile: SHIPPED,
    logLevel: 'warning',
  });
  return SHIPPED;
}

/** The engine under test: `--engine` as given, else the shipped bundle. */
async function loadEngine(path) {
  return path === SHIPPED || !/\.[cm]?ts$/.test(path) ? import(pathToFileURL(path).href) : importTs(pathToFileURL(path).href);
}

// ---------------------------------------------------------------------------------
// Child mode: one cold dictionary load (and first check) in a fresh process.
if (flag('--child-cold-load')) {
  const { loadSpellerNode } = await importTs('lib/platform/spelling/load-node.ts');
  const email = await readFile(join(root, 'bench/inputs/email-250.txt'), 'utf8');
  let engine;
  try {
    engine = await loadEngine(resolve(ENGINE_OPTION));
  } catch {
    engine = undefined;
  }
  const t0 = performance.now();
  const speller = await loadSpellerNode();
  const load = performance.now() - t0;
  let firstCheck = null;
  if (engine?.checkDraft) {
    const t1 = performance.now();
    engine.checkDraft(emailDraft(email), { now: NOW }, { speller });
    firstCheck = performance.now() - t1;
  }
  process.stdout.write(JSON.stringify({ load, firstCheck }));
  process.exit(0);
}

// ---------------------------------------------------------------------------------
// Inputs

function emailDraft(bodyText) {
  return {
    subject: 'Thank you for the Senior Data Analyst interview',
    from: { name: 'Priya Raman', address: 'priya.raman@example.com' },
    to: [{ name: 'Ingrid Lindqvist', address: 'ingrid.lindqvist@harbourline.example' }],
    cc: [],
    bodyText,
  };
}

function longDraft(bodyText) {
  return {
    subject: 'Following up on the Product Operations Manager role',
    from: { name: 'Daniel Okoro', address: 'daniel.okoro@example.net' },
    to: [{ name: 'Femi Adeyemi', address: 'femi.adeyemi@tidewater.example' }],
    cc: [],
    bodyText,
  };
}

/**
 * Exactly 1,048,576 characters built from the 2,000-word text: each copy puts its
 * messages in a different order, so the text does not repeat with a short period.
 */
function oneMegabyte(base) {
  const messages = base.trim().split(/\n\n(?=Dear |Subject: )/);
  const parts = [];
  let length = 0;
  for (let copy = 0; length < ONE_MB; copy++) {
    for (let i = 0; i < messages.length && length < ONE_MB; i++) {
      // Rotated by the copy number, and reversed in every other copy.
      const turn = (i + copy) % messages.length;
      const message = messages[copy % 2 ? messages.length - 1 - turn : turn];
      parts.push(message);
      length += message.length + 2;
    }
  }
  let text = parts.join('\n\n');
  // Cut at the last space before the limit so no word is split, then pad to size.
  const cut = text.lastIndexOf(' ', ONE_MB);
  text = text.slice(0, cut);
  return text + '\n'.repeat(ONE_MB - text.length);
}

// ---------------------------------------------------------------------------------
// Main

const info = machine();
const log = (...args) => console.log(...args);
log(`bench:engine on ${info.cpu}, ${info.cores} cores, ${info.ramGiB} GiB, Node ${info.node}${QUICK ? ' (quick)' : ''}`);

if (!existsSync(WORD_LIST)) {
  log('word list missing: running scripts/build-dictionary.mjs');
  const r = spawnSync(process.execPath, [join(root, 'scripts/build-dictionary.mjs')], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const { words } = await importTs('lib/core/guidelines/text/tokens.ts');
const { createSpeller } = await importTs('lib/core/guidelines/spelling/speller.ts');
const { expandHunspell } = await importTs('lib/core/guidelines/spelling/hunspell.ts');
const { EXTRA_WORDS } = await importTs('lib/core/guidelines/spelling/extra-words.ts');
const { loadSpellerNode } = await importTs('lib/platform/spelling/load-node.ts');
const ENGINE = ENGINE_OPTION ? resolve(root, ENGINE_OPTION) : await buildShippedEngine();
let engine;
try {
  engine = await loadEngine(ENGINE);
} catch (error) {
  console.error(`cannot load the engine from ${relative(root, ENGINE)}: ${error.message}`);
  process.exit(1);
}
if (typeof engine.checkDraft !== 'function') {
  console.error(`${relative(root, ENGINE)} does not export checkDraft`);
  process.exit(1);
}

const email = await readFile(join(root, 'bench/inputs/email-250.txt'), 'utf8');
const long = await readFile(join(root, 'bench/inputs/text-2000.txt'), 'utf8');
const huge = oneMegabyte(long);
await mkdir(join(root, '.bench-tmp'), { recursive: true });
await writeFile(join(root, '.bench-tmp', 'text-1mb.txt'), huge);

const inputs = [
  { id: 'email-250', label: '250-word email', draft: emailDraft(email) },
  { id: 'text-2000', label: '2,000-word text', draft: longDraft(long) },
  { id: 'text-1mb', label: '1 MB text', draft: longDraft(huge) },
];
for (const input of inputs) {
  input.chars = input.draft.bodyText.length;
  input.words = words(input.draft.bodyText).length;
}

// --- dictionary ----------------------------------------------------------------------
log('\ndictionary load');
const dictionary = {};
{
  const children = QUICK ? 2 : 7;
  const cold = [];
  const first = [];
  for (let i = 0; i < children; i++) {
    const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child-cold-load', '--engine', ENGINE], {
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`cold-load child failed: ${r.stderr}`);
    const out = JSON.parse(r.stdout);
    cold.push(out.load);
    if (out.firstCheck !== null) first.push(out.firstCheck);
  }
  const sort = (a) => [...a].sort((x, y) => x - y);
  const med = (a) => sort(a)[Math.floor((a.length - 1) / 2)];
  dictionary.cold = { median: med(cold), max: Math.max(...cold), runs: cold.length };
  dictionary.firstCheck = first.length ? { median: med(first), max: Math.max(...first), runs: first.length } : undefined;

  const listText = await readFile(WORD_LIST, 'utf8');
  dictionary.words = listText.split('\n').filter(Boolean).length;
  dictionary.kib = Buffer.byteLength(listText) / 1024;
  dictionary.warm = await measure(async () => createSpeller(await readFile(WORD_LIST, 'utf8'), EXTRA_WORDS), {
    warmup: 2,
    minRuns: QUICK ? 3 : 15,
    maxRuns: QUICK ? 3 : 15,
    budgetMs: 0,
  });

  const { default: dictionaryEn } = await import('dictionary-en');
  const { default: nspell } = await import('nspell');
  const decoder = new TextDecoder();
  dictionary.nspell = await measure(() => nspell(dictionaryEn), { warmup: 1, minRuns: QUICK ? 2 : 7, maxRuns: QUICK ? 2 : 7, budgetMs: 0 });
  dictionary.expand = await measure(() => createSpeller(expandHunspell(decoder.decode(dictionaryEn.aff), decoder.decode(dictionaryEn.dic)), EXTRA_WORDS), {
    warmup: 1,
    minRuns: QUICK ? 2 : 7,
    maxRuns: QUICK ? 2 : 7,
    budgetMs: 0,
  });
  log(`  word list, fresh process: median ${ms(dictionary.cold.median)} ms, worst ${ms(dictionary.cold.max)} ms (${children} processes)`);
  log(`  word list, warm process:  median ${ms(dictionary.warm.median)} ms`);
  log(`  nspell + dictionary-en:   median ${ms(dictionary.nspell.median)} ms`);
  log(`  expand .aff/.dic in memory: median ${ms(dictionary.expand.median)} ms`);
  if (dictionary.firstCheck) log(`  first check of the email after a cold load: median ${ms(dictionary.firstCheck.median)} ms`);
}

// The speller of the engine under test: the shipped bundle's own when it carries one.
const speller = engine.createSpeller ? engine.createSpeller(await readFile(WORD_LIST, 'utf8'), engine.EXTRA_WORDS) : await loadSpellerNode();

// --- the engine and the references ---------------------------------------------------
const { default: writeGood } = await import('write-good');
const { retext } = await import('retext');
const { default: retextEnglish } = await import('retext-english');
const { default: retextReadability } = await import('retext-readability');
const { default: retextPassive } = await import('retext-passive');
const { default: retextRepeatedWords } = await import('retext-repeated-words');
const { default: retextSpell } = await import('retext-spell');
const { default: dictionaryEn } = await import('dictionary-en');
const processor = retext().use(retextEnglish).use(retextReadability).use(retextPassive).use(retextRepeatedWords).use(retextSpell, { dictionary: dictionaryEn }).freeze();

/** Run settings per input size: the 1 MB text gets fewer, longer runs. */
function plan(id, which) {
  const big = id === 'text-1mb';
  if (QUICK) return { warmup: 1, minRuns: 3, maxRuns: big ? 3 : 50, budgetMs: 200, hardLimitMs: 20_000 };
  if (which === 'retext' && big) {
    // nspell's suggestions make retext very slow on 1 MB: a few runs within a budget.
    return { warmup: 1, minRuns: 5, maxRuns: 5, budgetMs: 0, hardLimitMs: 90_000 };
  }
  if (big) return { warmup: 3, minRuns: 30, maxRuns: 30, budgetMs: 0, hardLimitMs: 120_000 };
  // Warm-up long enough for the JIT to settle on every function (thousands of runs for the
  // engine's 28 rules, each called once per check): the same for the engine and both
  // references, so each is timed at its steady state rather than while it is being compiled.
  return { warmup: 20, warmupMs: 2000, minRuns: 30, maxRuns: 3000, budgetMs: id === 'email-250' ? 2000 : 3000, hardLimitMs: 60_000 };
}

const results = {};
for (const input of inputs) {
  log(`\n${input.label}: ${input.chars.toLocaleString('en')} characters, ${input.words.toLocaleString('en')} words`);
  const r = (results[input.id] = {});
  const context = { now: NOW };
  const sample = engine.checkDraft(input.draft, context, { speller });
  const spelling = sample.findings.find((f) => f.rule === 'spelling');
  r.spelling = spelling ? `${spelling.status}, ${spelling.ranges.length} ranges` : 'no spelling finding';
  log(`  engine says: kind ${sample.kind}, score ${sample.score}, spelling ${r.spelling}`);

  r.engine = await measure(() => engine.checkDraft(input.draft, context, { speller }), plan(input.id, 'engine'));
  log(`  engine with spelling:    median ${ms(r.engine.median)} ms, p99 ${ms(r.engine.p99)} ms (${r.engine.runs} runs)`);
  r.bare = await measure(() => engine.checkDraft(input.draft, context, {}), plan(input.id, 'engine'));
  log(`  engine without speller:  median ${ms(r.bare.median)} ms, p99 ${ms(r.bare.p99)} ms (${r.bare.runs} runs)`);
  r.writeGood = await measure(() => writeGood(input.draft.bodyText), plan(input.id, 'write-good'));
  log(`  write-good:              median ${ms(r.writeGood.median)} ms, p99 ${ms(r.writeGood.p99)} ms (${r.writeGood.runs} runs)`);
  r.retext = await measure(() => processor.process(input.draft.bodyText), plan(input.id, 'retext'));
  log(`  retext pipeline:         median ${ms(r.retext.median)} ms, p99 ${ms(r.retext.p99)} ms (${r.retext.runs} runs${r.retext.capped ? ', capped by time' : ''})`);
}

// --- targets ---------------------------------------------------------------------------
const email250 = results['email-250'];
const speedUp = email250.writeGood.median / email250.engine.median;
const targets = [
  ['250-word email, median with spelling', '< 1 ms', `${ms(email250.engine.median)} ms`, email250.engine.median < 1],
  ['250-word email vs write-good (median)', '≥ 3× faster', `${speedUp.toFixed(1)}× faster`, speedUp >= 3],
  [
    '250-word email vs the retext pipeline (median)',
    '≥ 10× faster',
    `${(email250.retext.median / email250.engine.median).toFixed(1)}× faster`,
    email250.retext.median / email250.engine.median >= 10,
  ],
  ['2,000-word text, median with spelling', '< 10 ms', `${ms(results['text-2000'].engine.median)} ms`, results['text-2000'].engine.median < 10],
  ['1 MB text, median with spelling', '< 1 s', `${ms(results['text-1mb'].engine.median)} ms`, results['text-1mb'].engine.median < 1000],
  ['dictionary load in a fresh process, median', '< 150 ms', `${ms(dictionary.cold.median)} ms (worst ${ms(dictionary.cold.max)} ms)`, dictionary.cold.median < 150],
];
log('\ntargets');
for (const [what, goal, got, ok] of targets) log(`  ${ok ? 'met   ' : 'MISSED'} ${what}: ${got} (target ${goal})`);

// --- the record ------------------------------------------------------------------------
if (WRITE) {
  const runs = (s) => `${s.runs}${s.capped ? ' (capped)' : ''}`;
  const date = new Date().toISOString().slice(0, 10);
  const rows = inputs.map((input) => {
    const r = results[input.id];
    return `| ${input.label} | ${input.chars.toLocaleString('en')} / ${input.words.toLocaleString('en')} | **${ms(r.engine.median)}** / ${ms(r.engine.p99)} (${runs(r.engine)}) | ${ms(r.bare.median)} / ${ms(r.bare.p99)} | ${ms(r.writeGood.median)} / ${ms(r.writeGood.p99)} (${runs(r.writeGood)}) | ${ms(r.retext.median)} / ${ms(r.retext.p99)} (${runs(r.retext)}) | ${(r.writeGood.median / r.engine.median).toFixed(1)}× |`;
  });
  const missed = targets.filter((t) => !t[3]);
  const notes = await readFile(join(root, 'bench/engine-notes.md'), 'utf8').catch(() => '');
  const body = `
## Engine

Measured on ${date} with \`npm run bench\` (which runs \`node scripts/bench-engine.mjs\`).
Machine: ${info.cpu}, ${info.cores} cores, ${info.ramGiB} GiB RAM, Node ${info.node}, ${info.os}.

### Targets

| target | goal | measured | |
|---|---|---|---|
${targets.map(([what, goal, got, ok]) => `| ${what} | ${goal} | ${got} | ${ok ? 'met' : '**missed**'} |`).join('\n')}

${missed.length ? `Missed: ${missed.map((t) => t[0]).join('; ')}. See the notes below.` : 'Every target is met.'}

### Checking a draft

Times in milliseconds, median / p99, with the number of timed runs after warm-up.
"Engine" is \`checkDraft(draft, { now }, { speller })\` from \`lib/core/guidelines/index.ts\` (bundled as shipped) with the
English speller loaded; "without speller" is the same call with no speller (the
\`spelling\` rule then checks only doubled words and case). write-good and the retext
pipeline (retext-english, retext-readability, retext-passive, retext-repeated-words,
retext-spell with dictionary-en) run on the same body text.

| input | characters / words | engine | engine without speller | write-good | retext pipeline | write-good ÷ engine |
|---|---|---|---|---|---|---|
${rows.join('\n')}

### Dictionary

| how the speller is built | time (ms) |
|---|---|
| Afterview word list (\`public/dictionaries/en.txt\`, ${dictionary.words.toLocaleString('en')} words, ${dictionary.kib.toFixed(0)} KiB) in a fresh Node process: read + build | median ${ms(dictionary.cold.median)}, worst ${ms(dictionary.cold.max)} of ${dictionary.cold.runs} processes |
| the same, repeated in a warm process | median ${ms(dictionary.warm.median)} |
| nspell with dictionary-en (reference; what retext-spell does) | median ${ms(dictionary.nspell.median)} |
| expanding the Hunspell .aff/.dic in memory (the Node fallback when the list was not generated) | median ${ms(dictionary.expand.median)} |
${dictionary.firstCheck ? `| first \`checkDraft\` of the 250-word email right after the cold load (cold JIT, empty speller cache) | median ${ms(dictionary.firstCheck.median)}, worst ${ms(dictionary.firstCheck.max)} |\n` : ''}
### How it was measured

- The engine and its speller are bundled and minified with esbuild, as \`wxt build\` ships
  them in the background worker (\`.bench-tmp/engine-shipped.mjs\`); write-good and retext run
  from their npm packages.
- Each series starts with warm-up runs that are not counted (on the 250-word and
  2,000-word inputs at least 20 runs and 2 s, on the 1 MB text 3 runs; the same for the
  engine and the references, so each is timed once the JIT has settled); the 250-word and 2,000-word
  inputs then run for about 2-3 s (at least 30 runs), the 1 MB text exactly 30 runs
  (retext: 5 runs, because one run takes seconds). Times come from \`performance.now()\`.
- The speller caches its answers, so after warm-up every word of the input is answered
  from the cache; the cold figure above shows the very first check.
- The 1 MB text is the 2,000-word text repeated with its messages in a different order
  in each copy, cut to exactly 1,048,576 characters (it is written to
  \`.bench-tmp/text-1mb.txt\`).
${notes.trim() ? `\n### Notes\n\n${notes.trim()}\n` : ''}`;
  await writeSection(join(root, 'docs', 'performance.md'), 'engine', body);
  log('\nwrote docs/performance.md (bench:engine section)');
}
