// The "My templates" page in real Chromium (production build): write a template with the
// rich-text editor from the keyboard and the toolbar, save it and find it again after a
// reload and in the sidebar; duplicate, delete and undo; export to a file and import files
// (a corrupted one changes nothing); hostile HTML pasted or stored never runs and is stored
// sanitised; a 1 MB paste is refused with a message; axe-core finds no violation in light
// and dark mode.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { tsImport } from 'tsx/esm/api';
import { launchChromium } from './support/browsers.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const { parseTemplatesFile, serializeTemplates } = await tsImport('../../lib/dom/templates/user-templates.ts', import.meta.url);

const TITLE = 'After the panel, my way';
const EDITOR = '#rte-area';

let chromium;
let page;

/** Every template in storage.local, by title. */
const stored = () =>
  chromium.worker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith('template:'))
      .map(([, v]) => v)
      .sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
  });

const notice = () => page.locator('.tm-notice').textContent();
const errorText = () => page.locator('.tm-error').textContent();
const editorHtml = () => page.locator(EDITOR).evaluate((el) => el.innerHTML);

async function openManager(target, colorScheme = 'light') {
  await target.emulateMedia({ colorScheme });
  await target.goto(chromium.extensionUrl('templates.html'));
  await target.locator('.tm-side h2').waitFor();
  // Anything that ever runs from template HTML calls this and is recorded.
  await target.evaluate(() => {
    window.__xssCalls = [];
    window.__xss = (id) => window.__xssCalls.push(id);
  });
}

/** Dispatches a paste of `data` (type → string) into the editor, as the browser does for Ctrl+V. */
async function paste(data) {
  await page.locator(EDITOR).focus();
  return page.evaluate(
    ({ selector, data }) => {
      const dt = new DataTransfer();
      for (const [type, value] of Object.entries(data)) dt.setData(type, value);
      const started = performance.now();
      document.querySelector(selector).dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
      return performance.now() - started;
    },
    { selector: EDITOR, data },
  );
}

async function axeViolations(target) {
  await target.evaluate(AXE_SOURCE);
  return target.evaluate(async () => {
    const result = await globalThis.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

before(async () => {
  chromium = await launchChromium();
  page = await chromium.ctx.newPage();
  await openManager(page);
  await page.getByTestId('no-templates').waitFor();
});
after(async () => chromium?.close());

describe('Chromium: the templates page', () => {
  test('writes a template with bold text and a placeholder from the keyboard and the toolbar; it is saved and reopens as saved', async () => {
    await page.getByRole('button', { name: 'New blank template' }).click();
    await page.getByLabel('Title').fill(TITLE);
    await page.getByLabel('Kind of message').selectOption('thank-you');
    await page.getByLabel('Subject').fill('Thank you for today');
    await page.getByRole('textbox', { name: 'Text of the email' }).click();
    await page.keyboard.type('Hello ');
    await page.getByLabel('Placeholder', { exact: true }).selectOption('interviewer.firstName');
    await page.getByRole('button', { name: 'Insert placeholder' }).click();
    await page.keyboard.type(', thank you for a ');
    await page.getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.type('great');
    await page.getByRole('button', { name: 'Bold' }).click();
    await page.keyboard.type(' conversation.');
    assert.match(await page.locator('.tm-state').textContent(), /Unsaved changes/);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() => document.querySelector('.tm-notice').textContent.startsWith('Saved'));
    assert.equal(await notice(), `Saved “${TITLE}”.`);

    const [saved] = await stored();
    assert.equal(saved.title, TITLE);
    assert.equal(saved.subject, 'Thank you for today');
    assert.match(saved.bodyHtml, /<b>great<\/b>/);
    assert.match(saved.bodyHtml, /Hello \{\{interviewer\.firstName\}\}, thank you for a /);

    await openManager(page);
    await page.locator('.tm-item').first().waitFor();
    assert.match(await page.locator('.tm-item').first().textContent(), /After the panel, my way.*thank-you email · updated/);
    await page.locator('.tm-open').first().click();
    assert.equal(await page.getByLabel('Title').inputValue(), TITLE);
    assert.match(await editorHtml(), /<b>great<\/b>/);
    assert.match(await page.locator(EDITOR).textContent(), /\{\{interviewer\.firstName\}\}/);
  });

  test('a copy of a built-in is named “… (copy)” and opens with nothing on the console', async () => {
    // A fresh page: the sanitiser checks itself once per page, on the first copy opened.
    const fresh = await chromium.ctx.newPage();
    const messages = [];
    fresh.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    await openManager(fresh);
    await fresh.locator('#tm-builtin').selectOption('thank-you-panel');
    await fresh.getByRole('button', { name: 'Copy', exact: true }).click();
    assert.equal(await fresh.getByLabel('Title').inputValue(), 'Thank-you after a panel or on-site interview (copy)');
    await fresh.getByRole('textbox', { name: 'Text of the email' }).waitFor();
    assert.match(await fresh.getByRole('textbox', { name: 'Text of the email' }).textContent(), /Dear \{\{interviewer\.firstName\}\}/);
    // What the page logs arrives asynchronously: the body read above comes after the copy's sanitising.
    await fresh.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
    assert.deepEqual(messages, [], 'nothing logged when the copy opens');
    await fresh.close();
  });

  test('works from the keyboard alone: select a word, reach Italic with Shift+Tab, save with Ctrl+S', async () => {
    await page.locator(EDITOR).focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Warmly');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    let onItalic = false;
    for (let i = 0; i < 15 && !onItalic; i++) {
      await page.keyboard.press('Shift+Tab');
      onItalic = await page.evaluate(() => document.activeElement?.textContent === 'Italic');
    }
    assert.ok(onItalic, 'the Italic button is reachable with Shift+Tab from the text');
    await page.keyboard.press('Enter');
    assert.match(await editorHtml(), /<i>Warmly<\/i>/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'rte-area', 'the focus is back in the text');
    await page.keyboard.press('Control+s');
    await page.waitForFunction(() => document.querySelector('.tm-state').textContent === 'All changes saved');
    assert.match((await stored())[0].bodyHtml, /<i>Warmly<\/i>/);
  });

  test('a link must be a web or email address', async () => {
    await page.locator(EDITOR).focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Control+Shift+ArrowLeft');
    await page.getByRole('button', { name: 'Link' }).click();
    const url = page.getByLabel('Link address');
    await url.fill('javascript:__xss(10)');
    await url.press('Enter');
    assert.match(await page.locator('#rte-link-error').textContent(), /only open web pages/);
    assert.doesNotMatch(await editorHtml(), /<a /);
    await url.fill('https://example.com/portfolio');
    await page.getByRole('button', { name: 'Add link' }).click();
    assert.match(await editorHtml(), /<a href="https:\/\/example\.com\/portfolio">(<i>)?Warmly/);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() => document.querySelector('.tm-state').textContent === 'All changes saved');
  });

  test('hostile HTML pasted into the editor never runs and is stored sanitised', async () => {
    await page.locator(EDITOR).focus();
    await page.keyboard.press('Control+End');
    await paste({
      'text/html': '<img src=x onerror=__xss(1)><a href="javascript:__xss(2)">x</a><svg onload=__xss(3)></svg><p style="color:red" onclick="__xss(4)">pasted</p>',
      'text/plain': 'x pasted',
    });
    const html = await editorHtml();
    assert.match(html, /pasted/);
    assert.doesNotMatch(html, /<img|onerror|javascript:|<svg|onclick|style=/i);
    await page.locator(EDITOR).locator('a').last().click();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForFunction(() => document.querySelector('.tm-state').textContent === 'All changes saved');
    const [saved] = await stored();
    assert.match(saved.bodyHtml, /pasted/);
    assert.doesNotMatch(saved.bodyHtml, /<img|onerror|javascript:|<svg|onclick|style=/i);
    assert.deepEqual(await page.evaluate(() => window.__xssCalls), []);
  });

  test('a hostile body written straight into storage shows as harmless formatting', async () => {
    await chromium.worker.evaluate(() =>
      chrome.storage.local.set({
        'template:t-hostile': {
          id: 't-hostile',
          kind: 'note',
          title: 'Zz hostile',
          subject: 's',
          createdAt: '2026-03-01T10:00:00.000Z',
          updatedAt: '2026-03-01T10:00:00.000Z',
          bodyHtml: '<p>hi<img src=x onerror=__xss(5)><iframe srcdoc="<script>parent.__xss(6)</script>"></iframe><a href="javascript:__xss(7)">go</a></p>',
        },
      }),
    );
    await page.locator('.tm-item[data-id="t-hostile"] .tm-open').click();
    await page.waitForFunction(() => document.querySelector('#rte-area').textContent.includes('hi'));
    assert.doesNotMatch(await editorHtml(), /<img|<iframe|javascript:/i);
    await page.locator(EDITOR).locator('a').click();
    await page.waitForTimeout(200);
    assert.deepEqual(await page.evaluate(() => window.__xssCalls), []);
    await page.getByRole('button', { name: 'Delete “Zz hostile”' }).click();
    // The undo offer sits under the title, as on the notes page.
    assert.equal(await page.locator('.tm-top + .tm-notice + .tm-error + .tm-undo-region .tm-undo').textContent(), 'Deleted “Zz hostile”. Undo');
  });

  test('a 1 MB paste is refused with a message and the page stays responsive', async () => {
    await page.locator('.tm-open').first().click();
    // The template opens into the editor after the click: read it once it is there.
    await page.waitForFunction(() => document.querySelector('#rte-area').textContent.trim().length > 0);
    const before = await editorHtml();
    const ms = await paste({ 'text/html': `<p>${'lorem ipsum '.repeat(90_000)}</p>`, 'text/plain': 'lorem ipsum '.repeat(90_000) });
    assert.ok(ms < 2000, `the paste was handled in ${Math.round(ms)} ms`);
    assert.match(await errorText(), /too much to paste/);
    assert.equal(await editorHtml(), before);
    await paste({ 'text/plain': 'x'.repeat(1_000_000) });
    assert.match(await errorText(), /too much to paste/);
    assert.equal(await editorHtml(), before);
    assert.match(await page.locator('.tm-state').textContent(), /All changes saved/);
  });

  test('duplicates, deletes and undoes the delete', async () => {
    await page.getByRole('button', { name: `Duplicate “${TITLE}”` }).click();
    await page.waitForFunction(() => document.querySelectorAll('.tm-item').length === 2);
    assert.equal(await page.getByLabel('Title').inputValue(), `${TITLE} (copy)`);
    let all = await stored();
    assert.deepEqual(
      all.map((t) => t.title),
      [TITLE, `${TITLE} (copy)`],
    );
    assert.equal(all[1].bodyHtml, all[0].bodyHtml);

    await page.getByRole('button', { name: `Delete “${TITLE} (copy)”` }).click();
    // The offer of the last delete replaces the one before.
    await page.waitForFunction(() => document.querySelector('.tm-toast')?.textContent.includes('(copy)'));
    assert.match(await page.locator('.tm-toast').textContent(), /Deleted “After the panel, my way \(copy\)”/);
    assert.equal((await stored()).length, 1);
    await page.locator('.tm-toast').getByRole('button', { name: 'Undo' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.tm-item').length === 2);
    all = await stored();
    assert.deepEqual(
      all.map((t) => t.title),
      [TITLE, `${TITLE} (copy)`],
    );
    assert.equal(await page.locator('.tm-toast').count(), 0);
  });

  test('exports every template to a file that reads back with parseTemplatesFile', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export to a file' }).click()]);
    assert.match(download.suggestedFilename(), /^afterview-templates-\d{4}-\d{2}-\d{2}\.json$/);
    const text = fs.readFileSync(await download.path(), 'utf8');
    const parsed = parseTemplatesFile(text);
    assert.ok(parsed.ok, parsed.error);
    const saved = await stored();
    assert.deepEqual(parsed.templates.map((t) => t.id).sort(), saved.map((t) => t.id).sort());
    assert.deepEqual(
      JSON.parse(text)
        .templates.map((t) => t.bodyHtml)
        .sort(),
      saved.map((t) => t.bodyHtml).sort(),
    );
    assert.match(await notice(), /Exported 2 templates/);
  });

  test('imports: a corrupted file changes nothing and names the problem; a good file is added', async () => {
    const before = await stored();
    const good = serializeTemplates([
      {
        id: 't-imported',
        kind: 'follow-up',
        title: 'Imported follow-up',
        subject: 'Checking in',
        bodyHtml: '<p>Hi {{interviewer.firstName}}</p>',
        createdAt: '2026-03-01T10:00:00.000Z',
        updatedAt: '2026-03-01T10:00:00.000Z',
      },
    ]);
    const corrupted = good.replace('"kind": "follow-up"', '"kind": 7');
    await page.locator('#tm-import-file').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(corrupted) });
    await page.waitForFunction(() => document.querySelector('.tm-error').textContent.includes('not imported'));
    assert.match(await errorText(), /templates\[0\]\.kind/);
    await page.locator('#tm-import-file').setInputFiles({ name: 'cut.json', mimeType: 'application/json', buffer: Buffer.from(good.slice(0, 120)) });
    await page.waitForFunction(() => /line \d+/i.test(document.querySelector('.tm-error').textContent));
    assert.deepEqual(await stored(), before);
    assert.equal(await page.locator('.tm-item').count(), 2);

    await page.locator('#tm-import-file').setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(good) });
    await page.waitForFunction(() => document.querySelector('.tm-notice').textContent.startsWith('Imported'));
    assert.equal(await notice(), 'Imported: added 1, updated 0.');
    assert.equal(await errorText(), '');
    assert.equal((await stored()).length, 3);
    assert.equal(await page.locator('.tm-item').count(), 3);
  });

  test('the new template shows in the sidebar’s template list, and the sidebar opens this page', async () => {
    const panel = await chromium.ctx.newPage();
    await panel.goto(chromium.extensionUrl('sidepanel.html'));
    await panel.locator('.template-filters select').first().selectOption('all');
    await panel.locator('.template-title', { hasText: TITLE }).first().waitFor();
    assert.ok((await panel.locator('.template-title').allTextContents()).includes(TITLE));
    const [opened] = await Promise.all([chromium.ctx.waitForEvent('page'), panel.getByRole('button', { name: 'Manage my templates' }).click()]);
    await opened.waitForURL(/\/templates\.html$/);
    await opened.close();
    await panel.close();
  });

  test('axe-core finds no violation, light and dark, with the list, the editor, the link form and the undo offer', async () => {
    for (const scheme of ['light', 'dark']) {
      const view = await chromium.ctx.newPage();
      await openManager(view, scheme);
      await view.locator('.tm-item').first().waitFor();
      assert.deepEqual(await axeViolations(view), [], `${scheme}, nothing open`);
      await view.locator('.tm-open').first().click();
      await view.getByRole('button', { name: 'Link' }).click();
      await view.getByLabel('Link address').fill('ftp://x');
      await view.getByRole('button', { name: 'Add link' }).click();
      await view.locator('#rte-link-error').waitFor();
      assert.deepEqual(await axeViolations(view), [], `${scheme}, editor open`);
      await view.getByRole('button', { name: 'Delete “Imported follow-up”' }).click();
      await view.locator('.tm-toast').waitFor();
      assert.deepEqual(await axeViolations(view), [], `${scheme}, undo offer`);
      await view.locator('.tm-toast').getByRole('button', { name: 'Undo' }).click();
      await view.waitForFunction(() => document.querySelectorAll('.tm-item').length === 3);
      await view.close();
    }
  });
});
