/**
 * Sizes of a built extension: every file raw and gzipped (node:zlib, level 9), and what
 * each entry point loads, read from the build's manifest.json and its HTML pages.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function fileSize(path) {
  const bytes = readFileSync(path);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The scripts and styles an extension page loads (`<script src>`, modulepreload, stylesheet). */
function pageAssets(html) {
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="\/?([^"]+)"/g)].map((m) => m[1]);
  return refs.filter((ref) => /\.(?:m?js|css)$/.test(ref));
}

/**
 * @returns {{ files: Map<string, {raw: number, gzip: number}>, entries: {name: string, files: string[], raw: number, gzip: number}[] }}
 */
export function buildSizes(buildDir) {
  const files = new Map(
    walk(buildDir)
      .map((path) => [relative(buildDir, path), fileSize(path)])
      .sort(([a], [b]) => a.localeCompare(b)),
  );
  const manifest = JSON.parse(readFileSync(join(buildDir, 'manifest.json'), 'utf8'));
  const entries = [];
  const add = (name, list) => {
    const known = list.filter((f) => files.has(f));
    const sum = (key) => known.reduce((total, f) => total + files.get(f)[key], 0);
    entries.push({ name, files: known, raw: sum('raw'), gzip: sum('gzip') });
  };
  for (const script of manifest.content_scripts ?? []) add(`content script (${script.js.join(', ')})`, [...script.js, ...(script.css ?? [])]);
  const background = manifest.background?.service_worker ? [manifest.background.service_worker] : (manifest.background?.scripts ?? []);
  if (background.length) add('background', background);
  for (const page of [...files.keys()].filter((f) => f.endsWith('.html'))) {
    add(page.replace(/\.html$/, ' page'), [page, ...pageAssets(readFileSync(join(buildDir, page), 'utf8'))]);
  }
  return { files, entries };
}

/** Kilobytes of 1,000 bytes, the unit of the budget. */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
