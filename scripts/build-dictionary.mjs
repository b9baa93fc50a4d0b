#!/usr/bin/env node
/**
 * Expands the Hunspell en_US dictionary (the dictionary-en package) into the flat word
 * list that the extension ships and loads at run time: public/dictionaries/en.txt, one
 * word per line, sorted. The dictionary's licence is copied beside it, since the list
 * is a derived work of the same data.
 *
 * Run before `wxt build` / `wxt` (see the npm scripts); it takes well under a second.
 * Usage: node scripts/build-dictionary.mjs [--out DIR]
 */
import { mkdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag === -1 ? join(root, 'public', 'dictionaries') : resolve(process.argv[outFlag + 1] ?? '.');

// The package only exports its JavaScript entry; the data files sit beside it.
const dictionaryDir = dirname(createRequire(import.meta.url).resolve('dictionary-en'));
const { expandHunspell } = await tsImport('../lib/core/guidelines/spelling/hunspell.ts', import.meta.url);

const started = performance.now();
const [aff, dic] = await Promise.all([readFile(join(dictionaryDir, 'index.aff'), 'utf8'), readFile(join(dictionaryDir, 'index.dic'), 'utf8')]);
const words = expandHunspell(aff, dic);
const text = words.join('\n') + '\n';

await mkdir(outDir, { recursive: true });
const target = join(outDir, 'en.txt');
// Leave the file untouched when nothing changed, so watchers do not rebuild for nothing.
const previous = await readFile(target, 'utf8').catch(() => '');
if (previous !== text) await writeFile(target, text);
await copyFile(join(dictionaryDir, 'license'), join(outDir, 'en-LICENSE.txt'));

const ms = (performance.now() - started).toFixed(0);
console.log(`dictionary: ${words.length} words, ${(text.length / 1024).toFixed(0)} KiB -> ${relative(root, target)}` + `${previous === text ? ' (unchanged)' : ''} in ${ms} ms`);
