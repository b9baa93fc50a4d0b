#!/usr/bin/env node
/**
 * Summarises StrykerJS's JSON report (reports/mutation/mutation.json) per folder: mutants,
 * killed (and timed out), survived, without coverage, and the score, then rewrites the
 * `mutation` section of docs/reliability.md. The score is Stryker's: detected / valid
 * mutants, where a mutant no test even runs counts as undetected.
 * A run may cover some folders only (`MUTATE=lib/platform/storage`): each folder's latest figures are
 * kept in docs/mutation-results.json, so the table shows every folder with the date of its run.
 * A folder run in parts (MUTATE naming files) is summed from the parts' reports, given together:
 * node scripts/mutation-report.mjs part1/mutation.json part2/mutation.json. The parts must cover the
 * whole folder, since its row is replaced by what the given reports hold.
 * Usage: node scripts/mutation-report.mjs [--no-write] [report.json ...]
 */
import { readFile, writeFile } from 'node:fs/promises';
import { writeSection } from '../bench/lib/doc.mjs';
import { machine } from '../bench/lib/machine.mjs';

const given = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const reportFiles = given.length ? given : [new URL('../reports/mutation/mutation.json', import.meta.url)];
const report = { files: {} };
for (const file of reportFiles) Object.assign(report.files, JSON.parse(await readFile(file, 'utf8')).files);
const FOLDERS = ['lib/core/guidelines', 'lib/platform/messaging', 'lib/platform/storage', 'lib/core/notes', 'lib/dom/webmail'];
const rows = new Map();
const survivors = [];
for (const [path, file] of Object.entries(report.files)) {
  const rel = path.replace(/^.*?(lib\/)/, '$1');
  const folder = FOLDERS.find((f) => rel.startsWith(`${f}/`));
  if (!folder) continue;
  const row = rows.get(folder) ?? { mutants: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, invalid: 0 };
  for (const m of file.mutants) {
    row.mutants++;
    if (m.status === 'Killed') row.killed++;
    else if (m.status === 'Timeout') row.timeout++;
    else if (m.status === 'Survived') row.survived++;
    else if (m.status === 'NoCoverage') row.noCoverage++;
    // Static mutants (code run once, as a module loads) when the run ignores them (`--ignoreStatic`).
    else if (m.status === 'Ignored') row.ignored++;
    else row.invalid++;
    if (m.status === 'Survived' || m.status === 'NoCoverage')
      survivors.push(`${rel}:${m.location.start.line} ${m.mutatorName}${m.replacement ? ` → \`${String(m.replacement).replace(/\s+/g, ' ').slice(0, 60)}\`` : ''}`);
  }
  rows.set(folder, row);
}
const score = (r) => {
  const valid = r.mutants - r.invalid - (r.ignored ?? 0);
  return valid ? (100 * (r.killed + r.timeout)) / valid : 0;
};
const m = machine();
const RESULTS = new URL('../docs/mutation-results.json', import.meta.url);
const today = new Date().toISOString().slice(0, 10);
/** Folder -> { date, machine, row, survivors }: the latest run of each folder. */
const kept = JSON.parse(await readFile(RESULTS, 'utf8').catch(() => '{}'));
for (const [folder, row] of rows) kept[folder] = { date: today, machine: `${m.cpu}, ${m.cores} cores, Node ${m.node}`, row, survivors: survivors.filter((s) => s.startsWith(`${folder}/`)) };
const shown = FOLDERS.filter((f) => kept[f]);
const lines = [
  '## Mutation testing',
  '',
  'Run with `npm run mutation` (StrykerJS, vitest runner, per-test coverage; config in `stryker.config.mjs`),',
  'one folder at a time with `MUTATE=<folder> npm run mutation`. Score: killed or timed out, over valid mutants',
  '(compile errors and ignored mutants excluded). Ignored: static mutants, in code that runs once as a module loads',
  '(constants, schemas, selector tables), left out of runs made with `--ignoreStatic` (see below).',
  "Each folder's latest run, with its survivors, is kept in `docs/mutation-results.json`.",
  '',
  '| folder | run on | machine | mutants | ignored (static) | killed | timed out | survived | no coverage | score |',
  '|---|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ...shown.map((f) => {
    const { date, machine: where, row: r } = kept[f];
    return `| \`${f}\` | ${date} | ${where} | ${r.mutants} | ${r.ignored ?? 0} | ${r.killed} | ${r.timeout} | ${r.survived} | ${r.noCoverage} | **${score(r).toFixed(1)}%** |`;
  }),
  ...(FOLDERS.some((f) => !kept[f])
    ? [
        '',
        `Not run yet: ${FOLDERS.filter((f) => !kept[f])
          .map((f) => `\`${f}\``)
          .join(', ')}.`,
      ]
    : []),
  '',
  'The survivors are listed per folder in `docs/mutation-results.json`; the ones read and explained are below this section.',
];
const body = lines.join('\n');
console.log(body);
console.log(`\n${survivors.join('\n')}`);
if (!process.argv.includes('--no-write')) await writeFile(RESULTS, `${JSON.stringify(kept, null, 2)}\n`);
if (!process.argv.includes('--no-write')) await writeSection(new URL('../docs/reliability.md', import.meta.url).pathname, 'mutation:report', body);
