// Issue 13 in real Chromium, on the Gmail and Outlook compose fixtures with a webmail
// signature: a template goes above the signature without its own (one signature), its
// subject applied (after asking over a typed one), its blanks selected in turn with Alt+J,
// and one Ctrl+Z undoing the insertion; Replace the draft keeps signature and history.
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium } from './support/browsers.mjs';
import { insertWithBlanksScenario, replaceDraftScenario } from './support/template-insert.mjs';
import { FIXTURE_PAGES, fixtureHtml, northwindNotes, servePages, waitForScores } from './support/webmail.mjs';

const GMAIL = FIXTURE_PAGES[1]; // floating compose to Dana Reyes, with Gmail's "-- " signature
const OUTLOOK = FIXTURE_PAGES[6]; // reply to Dana Reyes in the reading pane, with #Signature and history

let chromium;
let panel;
before(async () => {
  chromium = await launchChromium(servePages({ [GMAIL.url]: fixtureHtml(GMAIL.file), [OUTLOOK.url]: fixtureHtml(OUTLOOK.file) }));
  await chromium.worker.evaluate((notes) => chrome.storage.local.set(notes), northwindNotes());
  panel = await chromium.ctx.newPage();
  await panel.goto(chromium.extensionUrl('sidepanel.html'));
});
after(async () => chromium?.close());

const keysFor = (page) => ({
  selectAll: () => page.keyboard.press('Control+A'),
  nextBlank: () => page.keyboard.press('Alt+KeyJ'),
  undo: () => page.keyboard.press('Control+Z'),
});

for (const [site, fixture, count] of [
  ['gmail', GMAIL, 2],
  ['outlook', OUTLOOK, 1],
]) {
  describe(`Chromium, ${site}: inserting a template`, () => {
    let mail;
    before(async () => {
      mail = await chromium.ctx.newPage();
      await mail.goto(fixture.url);
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
