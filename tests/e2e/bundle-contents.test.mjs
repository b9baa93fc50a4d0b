// What each context ships, read from both builds: the worker holds no webmail adapter and no
// HTML sanitiser (it never touches a page's DOM), and the quick-capture popup loads neither the
// templates code nor an adapter. The markers are strings those modules cannot ship without: a
// selector each adapter is built on, and DOMPurify's own name. Runs after `npm run build`.
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
};

/** The text of every script an entry point loads. */
function scriptsOf(dir, entryName) {
  const entry = buildSizes(dir).entries.find((e) => e.name === entryName);
  assert.ok(entry, `the build has a ${entryName}`);
  return entry.files.filter((f) => f.endsWith('.js')).map((f) => ({ file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

const holding = (scripts, marker) => scripts.filter((s) => s.text.includes(marker)).map((s) => s.file);

for (const [browser, dir] of Object.entries({ chrome: CHROME_BUILD, firefox: FIREFOX_BUILD })) {
  describe(`${browser} build: what each context carries`, () => {
    test('the markers are real: the content script holds both adapters and the templates page DOMPurify', () => {
      const content = buildSizes(dir).entries.find((e) => e.name.startsWith('content script'));
      const contentScripts = content.files.filter((f) => f.endsWith('.js')).map((f) => ({ file: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
      assert.ok(holding(contentScripts, MARKERS['the Gmail adapter']).length, 'Gmail marker in the content script');
      assert.ok(holding(contentScripts, MARKERS['the Outlook adapter']).length, 'Outlook marker in the content script');
      assert.ok(holding(scriptsOf(dir, 'templates page'), MARKERS.DOMPurify).length, 'DOMPurify marker on the templates page');
    });

    test('the background worker holds no adapter and no DOMPurify', () => {
      const scripts = scriptsOf(dir, 'background');
      for (const what of ['the Gmail adapter', 'the Outlook adapter', 'DOMPurify']) assert.deepEqual(holding(scripts, MARKERS[what]), [], `${what} in the worker`);
    });

    test('the popup loads no templates code, no adapter and no DOMPurify', () => {
      const scripts = scriptsOf(dir, 'popup page');
      for (const what of Object.keys(MARKERS)) assert.deepEqual(holding(scripts, MARKERS[what]), [], `${what} in the popup`);
    });
  });
}
