/**
 * docs/performance.md is shared by several benchmarks: each one owns the text between
 * its own `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->` markers and
 * rewrites only that, leaving the rest of the file (and other sections) alone.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

const HEADER = `# Performance

Measured figures for Afterview. Each section below is written by a benchmark script
(the markers show which); re-run the command named in a section to refresh it.
`;

/** `header` starts the file when it does not exist yet (docs/fidelity.md has its own). */
export async function writeSection(file, name, body, header = HEADER) {
  const start = `<!-- ${name.includes(':') ? name : `bench:${name}`}:start -->`;
  const end = `<!-- ${name.includes(':') ? name : `bench:${name}`}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  let text = await readFile(file, 'utf8').catch((error) => {
    if (error.code === 'ENOENT') return header;
    throw error;
  });
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from !== -1 && to > from) {
    text = text.slice(0, from) + block + text.slice(to + end.length);
  } else {
    text = `${text.trimEnd()}\n\n${block}\n`;
  }
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, text);
}
