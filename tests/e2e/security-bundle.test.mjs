// What ships: both built extensions (.output/chrome-mv3, .output/firefox-mv2) are scanned
// file by file. No code from strings (eval, new Function, string timers), no string HTML
// sinks (innerHTML/outerHTML assignment, insertAdjacentHTML, document.write,
// createContextualFragment), no remote scripts, and no network request to anything but
// the extension itself. Runs after `npm run build` in `npm test`; a missing build fails.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe } from 'node:test';
import { test } from './support/test.mjs';
import { CHROME_BUILD, FIREFOX_BUILD } from './support/browsers.mjs';

const BUILDS = { chrome: CHROME_BUILD, firefox: FIREFOX_BUILD };

const FORBIDDEN = [
  { what: 'eval', re: /(?:^|[^\w$.])eval\s*\(/g },
  { what: 'new Function', re: /\bnew\s+Function\s*\(/g },
  { what: 'Function constructor call', re: /(?:^|[^\w$.])Function\s*\(\s*["'`]/g },
  { what: 'string timer', re: /\bset(?:Timeout|Interval)\s*\(\s*["'`]/g },
  { what: 'innerHTML/outerHTML assignment', re: /(?:\.|\[\s*["'`])(?:inner|outer)HTML["'`]?\s*\]?\s*(?:\+|\|\||&&|\?\?)?=(?!=)/g },
  { what: 'insertAdjacentHTML', re: /insertAdjacentHTML/g },
  { what: 'document.write', re: /\bdocument\s*\.\s*write(?:ln)?\s*\(/g },
  { what: 'createContextualFragment', re: /createContextualFragment/g },
  { what: 'srcdoc assignment', re: /\.srcdoc\s*=(?!=)/g },
  { what: 'remote import()', re: /\bimport\s*\(\s*["'`](?:https?:)?\/\//g },
  { what: 'importScripts', re: /\bimportScripts\s*\(/g },
  { what: 'XMLHttpRequest', re: /\bXMLHttpRequest\b/g },
  { what: 'WebSocket', re: /\bWebSocket\s*\(/g },
  { what: 'EventSource', re: /\bEventSource\s*\(/g },
  { what: 'sendBeacon', re: /\bsendBeacon\b/g },
];

/**
 * The URL literals a bundle may hold: XML namespaces (never fetched) and the webmail match
 * patterns (the hosts the content script runs on; never fetched either).
 */
const ALLOWED_URLS = [
  /^http:\/\/www\.w3\.org\/(1999\/xhtml|2000\/svg|1998\/Math\/MathML|1999\/xlink|XML\/1998\/namespace|2000\/xmlns\/?)$/,
  /^https:\/\/(mail\.google\.com|outlook\.(live|office|office365)\.com|outlook\.cloud\.microsoft)\/\*$/,
];

/**
 * The only `fetch(` calls allowed, each with the reason it stays inside the extension:
 * Vite's modulepreload polyfill fetches the extension page's own `<link rel=modulepreload>`
 * chunks; the speller reads the packaged dictionary and refuses any URL that is not the
 * extension's own (the guard's message must be in the same file).
 */
const ALLOWED_FETCHES = [
  { why: 'modulepreload polyfill (own chunks)', fetch: /fetch\(\w+\.href,\w+\)/, near: /modulepreload/ },
  { why: 'packaged dictionary, guarded', fetch: /fetch\(\w+,\{credentials:"omit"\}\)/, near: /must be loaded from the extension package/ },
];

function filesOf(dir, exts) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesOf(full, exts));
    else if (exts.some((e) => entry.name.endsWith(e))) out.push(full);
  }
  return out;
}

const context = (text, index) => text.slice(Math.max(0, index - 60), index + 60).replace(/\s+/g, ' ');

for (const [name, dir] of Object.entries(BUILDS)) {
  describe(`the shipped ${name} bundle`, () => {
    const exists = fs.existsSync(path.join(dir, 'manifest.json'));
    const js = exists ? filesOf(dir, ['.js', '.mjs']) : [];
    const html = exists ? filesOf(dir, ['.html']) : [];

    test('the build is there (run `npm run build` first)', () => {
      assert.ok(exists, `no build at ${dir}: run \`npm run build\``);
      assert.ok(js.length >= 3, `only ${js.length} script files in ${dir}`);
      assert.ok(
        js.some((f) => f.includes('content-scripts')),
        'the content script is among the files scanned',
      );
    });

    test('no code from strings and no string HTML sinks', () => {
      assert.ok(exists, `no build at ${dir}`);
      const found = [];
      for (const file of js) {
        const text = fs.readFileSync(file, 'utf8');
        for (const { what, re } of FORBIDDEN) for (const hit of text.matchAll(re)) found.push(`${path.relative(dir, file)}: ${what}: …${context(text, hit.index)}…`);
      }
      assert.deepEqual(found, []);
    });

    test('no remote scripts and no request to anything but the extension', () => {
      assert.ok(exists, `no build at ${dir}`);
      const found = [];
      let fetches = 0;
      for (const file of js) {
        const text = fs.readFileSync(file, 'utf8');
        for (const hit of text.matchAll(/https?:\/\/[^"'`\s)\\]+/g)) if (!ALLOWED_URLS.some((re) => re.test(hit[0]))) found.push(`${path.relative(dir, file)}: URL ${hit[0]}`);
        for (const hit of text.matchAll(/(?:^|[^\w$.])fetch\s*\(/g)) {
          fetches++;
          const at = text.slice(hit.index, hit.index + 60);
          const allowed = ALLOWED_FETCHES.find((a) => a.fetch.test(at) && a.near.test(text));
          if (!allowed) found.push(`${path.relative(dir, file)}: fetch not known to stay inside the extension: …${context(text, hit.index)}…`);
        }
      }
      for (const file of html) {
        const text = fs.readFileSync(file, 'utf8');
        for (const hit of text.matchAll(/<script\b[^>]*>/gi)) {
          const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(hit[0])?.[1];
          if (src && /^(?:[a-z]+:)?\/\//i.test(src)) found.push(`${path.relative(dir, file)}: remote script ${src}`);
          if (!src) found.push(`${path.relative(dir, file)}: inline script (the extension CSP forbids it)`);
        }
        for (const hit of text.matchAll(/<link\b[^>]*\bhref\s*=\s*["']?((?:[a-z]+:)?\/\/[^"'\s>]+)/gi)) found.push(`${path.relative(dir, file)}: remote resource ${hit[1]}`);
      }
      assert.deepEqual(found, []);
      assert.ok(fetches >= 1, 'the scan sees the dictionary fetch, so it would see others');
    });

    test('the manifest allows no remote code', () => {
      assert.ok(exists, `no build at ${dir}`);
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
      const csp = manifest.content_security_policy;
      const policies = typeof csp === 'string' ? [csp] : Object.values(csp ?? {});
      for (const policy of policies) assert.doesNotMatch(policy, /https?:|'unsafe-eval'|'unsafe-inline'|\*/, `manifest CSP: ${policy}`);
      assert.equal(manifest.externally_connectable, undefined, 'no web page may message the extension');
      assert.deepEqual(manifest.web_accessible_resources ?? [], [], 'no extension file is exposed to web pages');
    });
  });
}
