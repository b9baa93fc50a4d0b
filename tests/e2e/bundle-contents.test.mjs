// What each context ships, read from both builds: the worker holds no webmail adapter and no
// HTML sanitiser (it never touches a page's DOM) and no backup import or export (only the notes
// page makes or reads backup files), and the quick-capture popup loads neither the
// templates code (built-in or the user's) nor an adapter. The markers are strings those modules
// cannot ship without: a selector each adapter is built on, DOMPurify's own name, a built-in
// template's words, the user-template store's import error and the backup format's name. Runs after `npm run build`.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe } from 'node:test';
import { test } from './support/test.mjs';
import { CHROME_BUILD, FIREFOX_BUILD } from './support/browsers.mjs';
import { buildSizes } from '../../bench/lib/bundle.mjs';

const MARKERS = {
  'the Gmail adapter': 'div.editable[contenteditable="true"]',
  'the Outlook adapter': 'div[id^="docking_InitVisiblePart_"]',
  DOMPurify: 'DOMPurify',
  'the built-in templates': 'interview.day',
  // lib/dom/templates/user-templates.ts (the user-templates chunk): its import file check.
  'the user templates': 'Not an Afterview templates file',
  // lib/core/notes/backup.ts: the format name every backup file carries (export and import).
  'the backup files': 'afterview-backup',
};

/** The chunks a built script imports: static (`from"./x.js"`, `import"./x.js"`) and dynamic (`import("./x.js")`). */
const IMPORT = /\b(?:from|import)\s*\(?\s*["'`]([^"'`]+\.m?js)["'`]/g;

/**
 * The text of every script an entry point loads: the scripts its manifest entry or HTML page
 * names, and every chunk those import, followed to the end (the page's modulepreload list
 * leaves out a chunk that is only imported dynamically).
 */
function scriptsOf(dir, entryName) {
  const entry = buildSizes(dir).entries.find((e) => e.name === entryName);
  assert.ok(entry, `the build has a ${entryName}`);
  const seen = new Map();
  const visit = (file) => {
    if (seen.has(file)) return;
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    seen.set(file, text);
    for (const [, ref] of text.matchAll(IMPORT)) {
      if (/^[a-z]+:/i.test(ref)) continue;
      const target = ref.startsWith('/') ? ref.slice(1) : path.posix.join(path.posix.dirname(file), ref);
      assert.ok(fs.existsSync(path.join(dir, target)), `${file} imports ${ref}, which the build does not have`);
      visit(target);
    }
  };
  for (const file of entry.files.filter((f) => /\.m?js$/.test(f))) visit(file);
  return [...seen].map(([file, text]) => ({ file, text }));
}

const holding = (scripts, marker) => scripts.filter((s) => s.text.includes(marker)).map((s) => s.file);

/** Which scripts hold each marker, all at once, so that a failure names every one that is there. */
function assertNone(scripts, whats, where) {
  const found = Object.fromEntries(whats.map((what) => [what, holding(scripts, MARKERS[what])]));
  assert.deepEqual(found, Object.fromEntries(whats.map((what) => [what, []])), `what ${where} should not hold`);
}

for (const [browser, dir] of Object.entries({ chrome: CHROME_BUILD, firefox: FIREFOX_BUILD })) {
  describe(`${browser} build: what each context carries`, () => {
    test('the markers are real: the content script holds both adapters and the templates page DOMPurify and the templates', () => {
      const content = buildSizes(dir).entries.find((e) => e.name.startsWith('content script'));
      const contentScripts = scriptsOf(dir, content.name);
      assert.ok(holding(contentScripts, MARKERS['the Gmail adapter']).length, 'Gmail marker in the content script');
      assert.ok(holding(contentScripts, MARKERS['the Outlook adapter']).length, 'Outlook marker in the content script');
      const templatesPage = scriptsOf(dir, 'templates page');
      for (const what of ['DOMPurify', 'the built-in templates', 'the user templates']) assert.ok(holding(templatesPage, MARKERS[what]).length, `${what} marker on the templates page`);
      assert.ok(holding(scriptsOf(dir, 'notes page'), MARKERS['the backup files']).length, 'backup marker on the notes page');
    });

    test('the background worker holds no adapter, no DOMPurify and no backup code', () => {
      const scripts = scriptsOf(dir, 'background');
      assertNone(scripts, ['the Gmail adapter', 'the Outlook adapter', 'DOMPurify', 'the backup files'], 'the worker');
    });

    test('the popup loads no templates code (no user-templates chunk), no adapter and no DOMPurify', () => {
      const scripts = scriptsOf(dir, 'popup page');
      assert.ok(
        scripts.some((s) => /^chunks\/popup-/.test(s.file)),
        `the popup's own chunk is among ${scripts.map((s) => s.file).join(', ')}`,
      );
      assertNone(scripts, ['the Gmail adapter', 'the Outlook adapter', 'DOMPurify', 'the built-in templates', 'the user templates'], 'the popup');
    });
  });
}
