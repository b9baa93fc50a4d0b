// Issue 13 in real Firefox ESR, on the same Gmail and Outlook compose fixtures as the
// Chromium suite (tests/e2e/support/template-insert.mjs holds the scenario): one signature,
// the subject applied, blanks selected in turn with Alt+J, one Ctrl+Z undoes the insertion.
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchFirefox, openFirefoxExtensionPage } from './support/browsers.mjs';
import { insertWithBlanksScenario, replaceDraftScenario } from './support/template-insert.mjs';
import { FIXTURE_PAGES, fixtureHtml, northwindNotes, serveInFirefox, servePages, waitForScores } from './support/webmail.mjs';

const GMAIL = FIXTURE_PAGES[1];
const OUTLOOK = FIXTURE_PAGES[6];
const serve = servePages({ [GMAIL.url]: fixtureHtml(GMAIL.file), [OUTLOOK.url]: fixtureHtml(OUTLOOK.file) });

let firefox;
let panel;
before(async () => {
  firefox = await launchFirefox();
  panel = await openFirefoxExtensionPage(firefox.browser, 'sidepanel.html');
  await panel.evaluate((notes) => browser.storage.local.set(notes), northwindNotes());
});
after(async () => firefox?.close());

/** Puppeteer presses chords key by key. */
const chord = (page, modifier, key) => async () => {
  await page.keyboard.down(modifier);
  await page.keyboard.press(key);
  await page.keyboard.up(modifier);
};
const keysFor = (page) => ({ selectAll: chord(page, 'Control', 'KeyA'), nextBlank: chord(page, 'Alt', 'KeyJ'), undo: chord(page, 'Control', 'KeyZ') });

for (const [site, fixture, count] of [
  ['gmail', GMAIL, 2],
  ['outlook', OUTLOOK, 1],
]) {
  describe(`Firefox, ${site}: inserting a template`, () => {
    let mail;
    before(async () => {
      mail = await firefox.browser.newPage();
      await serveInFirefox(mail, serve);
      await mail.goto(fixture.url);
      await mail.bringToFront();
      await waitForScores(mail, count);
    });

    test('at the cursor: one signature, the subject applied, blanks selected in turn, one Ctrl+Z undoes it', async () => {
      await insertWithBlanksScenario({ mail, panel, site, keys: keysFor(mail) });
    });

    test('replacing the draft: the signature stays, the typed subject is kept when asked, one Ctrl+Z undoes it', async () => {
      await replaceDraftScenario({ mail, panel, site, keys: keysFor(mail) });
    });
  });
}
