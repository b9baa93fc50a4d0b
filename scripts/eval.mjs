#!/usr/bin/env node
/**
 * `npm run eval`: the checker against hand-labelled emails. Runs every shared corpus
 * (each `../shared/corpus/<set>/` beside the project when it is there, else the dated copy in
 * tests/corpus/shared/), the project's own cases in tests/corpus/own/ and the blind set in
 * tests/corpus/blind/ (reported, never gated or tuned against), prints
 * per-rule agreement with the files behind each miss and the kind confusion matrix, and
 * rewrites the `eval:after` section of docs/fidelity.md.
 *
 * Usage: node scripts/eval.mjs [--gate] [--no-write] [--section NAME]
 *   --gate       exit 1 when a corpus misses its gates (each shared set: 97% overall,
 *                90% per rule, 95% kind; own cases: every label)
 *   --no-write   print only
 *   --section    the docs/fidelity.md section to write (default "after")
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { writeSection } from '../bench/lib/doc.mjs';
import { machine } from '../bench/lib/machine.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const load = (path) => tsImport(join(root, path), import.meta.url);

const { evaluateCorpus, corpusDirs, formatCorpus, gateFailures, SHARED_GATES } = await load('lib/app/cli/eval.ts');
const { loadSpellerNode } = await load('lib/platform/spelling/load-node.ts');

const sibling = process.env.AFTERVIEW_CORPUS ?? resolve(root, '..', 'shared', 'corpus');
const sharedRoot = existsSync(sibling) ? sibling : join(root, 'tests', 'corpus', 'shared');
const shared = await corpusDirs(sharedRoot);
if (shared.length === 0) {
  console.error(`eval: no labelled corpus under ${sharedRoot}`);
  process.exit(2);
}
const own = await corpusDirs(join(root, 'tests', 'corpus', 'own'));
// Written blind to the checker and never tuned against: measured and reported, not gated.
const blind = await corpusDirs(join(root, 'tests', 'corpus', 'blind'));
const OWN_GATES = { overall: 1, perRule: 1, kind: 1 };

const speller = await loadSpellerNode();
const reports = [];
const failures = [];
for (const dir of shared) {
  const r = await evaluateCorpus(dir, speller);
  reports.push(r);
  failures.push(...gateFailures(r, SHARED_GATES));
}
for (const dir of own) {
  const r = await evaluateCorpus(dir, speller, `own cases (${relative(root, dir)})`);
  reports.push(r);
  failures.push(...gateFailures(r, OWN_GATES));
}
for (const dir of blind) reports.push(await evaluateCorpus(dir, speller, `blind set (${relative(root, dir)}), measured only`));

const m = machine();
const body = [
  `Run on ${new Date().toISOString().slice(0, 10)} with \`npm run eval\` (Node ${m.node}); corpora from \`${relative(root, sharedRoot) || sharedRoot}\`.`,
  'Each file is checked as `afterview check --json --kind <labelled kind>` checks it; `either` labels are not scored; a rule that reports `n/a` where a label says pass or fail counts as a disagreement. Kind is detected without `--kind`.',
  '',
  ...reports.map((r) => `${formatCorpus(r)}\n`),
  failures.length ? `Gates missed:\n\n${failures.map((f) => `- ${f}`).join('\n')}` : 'Every gate is met.',
].join('\n');

console.log(body);
const FIDELITY_HEADER = `# Fidelity: does the checker agree with careful editors?

Written by \`npm run eval\` (scripts/eval.mjs); \`npm test\` runs it with \`--gate\`. The labelled
sets and their conventions are described in the README beside each corpus.
`;
if (!flag('--no-write')) await writeSection(join(root, 'docs', 'fidelity.md'), `eval:${option('--section') ?? 'after'}`, body, FIDELITY_HEADER);
if (flag('--gate') && failures.length) {
  console.error(`\neval: ${failures.length} gate(s) missed`);
  process.exit(1);
}
