// Where the toolbar popup files a note, in real Chromium on the production build: opened
// over a meeting page it names no company and saves no domain; opened over a Gmail compose
// it files the note under the company the email is to, with the interviewer's address and
// the company's domain, and the sidebar then finds that company's notes for the compose.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { FIXTURE_PAGES, fixtureHtml, servePages, waitForScores } from './support/webmail.mjs';

const MEETING = 'https://us02web.zoom.us/j/123';

// The popup sees the address of the tab it was opened over through activeTab, which a click
// on the toolbar button grants and a test cannot give. A copy of the build that may read the
// meeting site's tabs stands in for that click; nothing else in the copy differs. (The Gmail
// tab needs no such help: the popup recognises it by the tab of the focused compose.)
const build = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-linking-build-'));
fs.cpSync(path.resolve(process.env.AFTERVIEW_CHROME_BUILD ?? '.output/chrome-mv3'), build, { recursive: true });
const manifestPath = path.join(build, 'manifest.json');
const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
manifest.host_permissions = [`${new URL(MEETING).origin}/*`];
fs.writeFileSync(manifestPath, JSON.stringify(manifest));
process.env.AFTERVIEW_CHROME_BUILD = build;
const { launchChromium } = await import('./support/browsers.mjs');
const { savedCompanies } = await import('./support/notes.mjs');

const GMAIL_BODY = '[g_editable="true"][contenteditable="true"]';
const fixture = FIXTURE_PAGES[1]; // two composes; the first is to Dana Reyes at northwind.example
const MEETING_HTML = '<!doctype html><html><head><title>Zoom Meeting</title></head><body><h1>Zoom</h1><p>Meeting ID 123</p></body></html>';

let chromium;
before(async () => {
  chromium = await launchChromium(servePages({ [fixture.url]: fixtureHtml(fixture.file), [MEETING]: MEETING_HTML }));
});
after(async () => {
  try {
    await chromium?.close();
  } finally {
    fs.rmSync(build, { recursive: true, force: true });
  }
});

/**
 * Opens the popup as the user would over `tab`: the extension reads the active tab of the
 * window, so the popup page is loaded while `tab` is the one in front.
 */
async function openPopupOver(tab) {
  const popup = await chromium.ctx.newPage();
  await tab.bringToFront();
  await popup.goto(chromium.extensionUrl('popup.html'));
  await popup.getByRole('button', { name: 'Save note' }).waitFor();
  // The suggestion is filled in once the store and the tab were read.
  await popup.locator('form[aria-busy="false"]').waitFor();
  return popup;
}

async function saveNote(popup, text) {
  await popup.getByLabel('Note', { exact: true }).fill(text);
  await popup.getByRole('button', { name: 'Save note' }).click();
  await popup.waitForFunction(() => /^Saved to /.test(document.querySelector('[role=status]')?.textContent ?? ''), undefined, { timeout: 15_000 });
  return popup.locator('[role=status]').textContent();
}

describe('Chromium: the popup files notes under the right company', () => {
  test('over a meeting page, no company is guessed and the meeting host is not saved as a domain', async () => {
    const meeting = await chromium.ctx.newPage();
    await meeting.goto(MEETING);
    const popup = await openPopupOver(meeting);
    assert.equal(await popup.getByLabel('Company').inputValue(), '');
    await popup.getByLabel('Company').fill('Lumen');
    assert.equal(await saveNote(popup, 'Their data platform'), 'Saved to Lumen.');
    const saved = await savedCompanies(popup);
    assert.deepEqual(
      saved.map((c) => [c.name, c.domains]),
      [['Lumen', []]],
    );
    await popup.close();
    await meeting.close();
  });

  test('over a Gmail compose, the note goes to the company the email is to, and the sidebar finds it', async () => {
    const mail = await chromium.ctx.newPage();
    await mail.goto(fixture.url);
    await waitForScores(mail, 2);
    await mail.click(GMAIL_BODY);
    const popup = await openPopupOver(mail);
    assert.equal(await popup.getByLabel('Company').inputValue(), 'Northwind');
    assert.equal(await popup.getByLabel('Interviewer').inputValue(), 'Dana Reyes');
    assert.equal(await saveNote(popup, 'the churn dashboard rebuild'), 'Saved to Northwind.');
    const northwind = (await savedCompanies(popup)).find((c) => c.name === 'Northwind');
    assert.deepEqual(northwind.domains, ['northwind.example']);
    assert.deepEqual(
      northwind.interviews.flatMap((iv) => iv.interviewers.map((p) => [p.name, p.email])),
      [['Dana Reyes', 'dana.reyes@northwind.example']],
    );
    await popup.close();

    // The sidebar, checking that compose, now knows the company: the templates use its notes.
    const panel = await chromium.ctx.newPage();
    await panel.goto(chromium.extensionUrl('sidepanel.html'));
    await panel.getByTestId('compose-name').waitFor();
    await panel.locator('.template-filters select').first().selectOption('thank-you');
    assert.match(await panel.locator('.template-filters select').nth(1).locator('option').first().textContent(), /^Northwind \(matched\)$/);
    await panel.locator('.template-choice').first().click();
    const preview = await panel.locator('.preview-body').textContent();
    assert.match(preview, /Dana/);
    assert.match(preview, /the churn dashboard rebuild/);
    await panel.close();
  });
});
