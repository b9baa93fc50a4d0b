/**
 * Bundle sizes per entry point, before and now: what each context loads in both builds (raw and
 * gzip, from bench/lib/bundle.mjs), beside the figures docs/performance.md recorded at a
 * baseline commit (read from git history, not typed in). Writes the `bench:bundle` section.
 *
 *   node scripts/bench-bundle.mjs [--build-dir DIR] [--commit SHA] [--baseline SHA] [--no-write]
 *
 * Run after `npm run build`; --build-dir reads another build (say, of a clean export of main),
 * --commit names the commit it was built from. No timing: sizes only.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSizes, kB } from '../bench/lib/bundle.mjs';
import { writeSection } from '../bench/lib/doc.mjs';
import { machine } from '../bench/lib/machine.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const buildDir = resolve(option('--build-dir', join(root, '.output')));
const git = (...args) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const commit = option('--commit', git('rev-parse', 'HEAD')).slice(0, 7);
// A build of this checkout says so when its sources differ from the commit it names.
const dirty = !argv.includes('--build-dir') && git('status', '--porcelain', '--', 'lib', 'components', 'entrypoints', 'public', 'wxt.config.ts', 'package.json') !== '';
// The last record before the worker and the popup were cut down (issue 14 quotes its figures:
// a 198 kB worker, a popup that loads a 71.5 kB user-templates chunk).
const baseline = option('--baseline', '92a342c');
const BUILDS = ['chrome-mv3', 'firefox-mv2'];

/** kB figures of the baseline's tables: `| build | entry point | files | raw | **gzip** |` and `| file | raw | gzip | ... |`. */
function baselineFigures() {
  const text = git('show', `${baseline}:docs/performance.md`);
  const number = (cell) => Number(cell.replace(/[*\skB]/g, ''));
  const entries = new Map();
  const files = new Map();
  for (const line of text.split('\n')) {
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.length === 5 && BUILDS.includes(cells[0])) entries.set(`${cells[0]}|${cells[1]}`, { files: cells[2].split(', '), raw: number(cells[3]), gzip: number(cells[4]) });
    if (cells.length === 4 && /\.(?:js|css)$/.test(cells[0])) files.set(cells[0], { raw: number(cells[1]), gzip: number(cells[2]) });
  }
  const date = git('show', '-s', '--format=%cs', baseline);
  return { entries, files, date };
}

const before = baselineFigures();
const now = Object.fromEntries(BUILDS.map((b) => [b, buildSizes(join(buildDir, b))]));
const fmt = (f) => (f ? `${f.raw.toFixed(1)} kB / ${f.gzip.toFixed(1)} kB` : '(no such page)');
const delta = (a, b) => (a ? `${b.gzip - a.gzip >= 0 ? '+' : ''}${(b.gzip - a.gzip).toFixed(1)} kB` : '');

const rows = [];
for (const build of BUILDS) {
  for (const entry of now[build].entries) {
    const was = before.entries.get(`${build}|${entry.name}`);
    const is = { raw: entry.raw / 1000, gzip: entry.gzip / 1000 };
    rows.push(`| ${build} | ${entry.name} | ${fmt(was)} | ${kB(entry.raw)} / **${kB(entry.gzip)}** | ${delta(was, is)} |`);
  }
}

const popupBefore = before.entries.get('chrome-mv3|popup page');
const userTemplatesChunk = popupBefore?.files.find((f) => /user-templates-/.test(f));
const chunkBefore = userTemplatesChunk && before.files.get(userTemplatesChunk);
const popupNow = now['chrome-mv3'].entries.find((e) => e.name === 'popup page');
const m = machine();
const osName = (() => {
  try {
    return /^PRETTY_NAME="?([^"\n]+)/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? m.os;
  } catch {
    return m.os;
  }
})();

const body = `### Bundle sizes per entry point, before and now

Now: measured on ${new Date().toISOString().slice(0, 10)} with \`node scripts/bench-bundle.mjs\` (part of \`npm run bench\`) from a build (\`npm run build\`) of
main at ${commit}${dirty ? ' with uncommitted changes' : ''}. Before: the figures docs/performance.md recorded at ${baseline} (${before.date}), read
from git history. Machine: ${m.cpu}, ${m.cores} cores, Node ${m.node}, ${osName}. What an entry
point loads is its manifest script or its page's scripts, styles and modulepreload chunks
(\`bench/lib/bundle.mjs\`); kB of 1,000 bytes, gzip is node:zlib level 9. Sizes depend on the
build, not on the machine or its load.

| build | entry point | before raw / gzip | now raw / gzip | change, gzip |
|---|---|---|---|---|
${rows.join('\n')}

- Before, the popup (${fmt(popupBefore)}) loaded \`${userTemplatesChunk ?? '(none)'}\` (${fmt(chunkBefore)}), the
  user-template store and its sanitiser, DOMPurify. Now it loads ${
    popupNow
      ? popupNow.files
          .filter((f) => f.endsWith('.js'))
          .map((f) => `\`${f}\``)
          .join(', ')
      : '(no popup)'
  }, none of
  them templates code.
- The worker now holds no adapter and no DOMPurify, and the popup no templates chunk, no adapter and no
  DOMPurify: \`tests/e2e/bundle-contents.test.mjs\` asserts it on both builds, following every chunk a
  script imports. The worker is larger than at the baseline (when the storage index still re-exported
  the user-template store and its sanitiser; 376ae0a removed that): code added since, none of it an
  adapter or DOMPurify, as that test shows.
- New since the baseline: the welcome page.`;

if (argv.includes('--no-write')) console.log(body);
else {
  await writeSection(join(root, 'docs/performance.md'), 'bundle', body);
  console.log(`docs/performance.md: bench:bundle section written (${rows.length} rows)`);
}
