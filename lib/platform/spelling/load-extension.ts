/**
 * Loads the English spell checker inside the extension from the word list it ships
 * (`public/dictionaries/en.txt`, built by `scripts/build-dictionary.mjs`). The caller
 * passes the packaged file's address, e.g. `browser.runtime.getURL('/dictionaries/en.txt')`;
 * only extension-package addresses are accepted, so the dictionary can never come from
 * a web host. Each address is fetched once; later calls share the same speller.
 */
import type { Speller } from '@/lib/core/guidelines/types';
import { EXTRA_WORDS } from '@/lib/core/guidelines/spelling/extra-words';
import { createSpeller } from '@/lib/core/guidelines/spelling/speller';

/** URL schemes under which browsers serve an extension's own files. */
const PACKAGE_SCHEMES = new Set(['chrome-extension:', 'moz-extension:', 'safari-web-extension:', 'extension:']);

const loaded = new Map<string, Promise<Speller>>();

function packagedUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`The dictionary address must be absolute (use runtime.getURL): ${url}`);
  }
  if (!PACKAGE_SCHEMES.has(parsed.protocol)) {
    throw new Error(`The dictionary must be loaded from the extension package, not ${parsed.protocol}//${parsed.host}`);
  }
  return parsed;
}

async function load(url: URL): Promise<Speller> {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`Could not read the dictionary (${response.status}): ${url.href}`);
  return createSpeller(await response.text(), EXTRA_WORDS);
}

/** The speller built from the packaged word list at `url`, loaded on first use. */
export function loadSpellerFromUrl(url: string): Promise<Speller> {
  let parsed: URL;
  try {
    parsed = packagedUrl(url);
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
  let pending = loaded.get(parsed.href);
  if (!pending) {
    pending = load(parsed).catch((error: unknown) => {
      loaded.delete(parsed.href);
      throw error;
    });
    loaded.set(parsed.href, pending);
  }
  return pending;
}
