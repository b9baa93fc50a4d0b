/**
 * Loads the English spell checker in Node (the command line, tests, benchmarks). It
 * reads the word list that `scripts/build-dictionary.mjs` writes for the extension;
 * when that file has not been generated yet it expands the same Hunspell data from the
 * dictionary-en package in memory instead. Nothing is fetched from the network, and the
 * work is done once per process however many times this is called.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Speller } from '@/lib/core/guidelines/types';
import { EXTRA_WORDS } from '@/lib/core/guidelines/spelling/extra-words';
import { expandHunspell } from '@/lib/core/guidelines/spelling/hunspell';
import { createSpeller } from '@/lib/core/guidelines/spelling/speller';

/**
 * Where the build writes the list, found from this file's own location. (Built with
 * path functions rather than `new URL(..., import.meta.url)`, which Vite would rewrite
 * into an asset address.)
 */
export const GENERATED_WORD_LIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'public', 'dictionaries', 'en.txt');

let pending: Promise<Speller> | undefined;

async function wordListFromPackage(): Promise<string[]> {
  const { default: dictionary } = await import('dictionary-en');
  const decoder = new TextDecoder();
  return expandHunspell(decoder.decode(dictionary.aff), decoder.decode(dictionary.dic));
}

async function load(): Promise<Speller> {
  const list = await readFile(GENERATED_WORD_LIST, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return wordListFromPackage();
    throw error;
  });
  return createSpeller(list, EXTRA_WORDS);
}

/** The shared English speller; the first call loads it, later calls get the same one. */
export function loadSpellerNode(): Promise<Speller> {
  pending ??= load().catch((error: unknown) => {
    // Let a later call try again rather than keep a failure for the whole process.
    pending = undefined;
    throw error;
  });
  return pending;
}
