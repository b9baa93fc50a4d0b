// The badge sits in the webmail's page, where the page's own script can read it: what it shows
// must not depend on the saved notes, or the page could learn which companies and interviewers
// are saved by changing the recipients and reading the score. Real Chromium with notes for
// Northwind (the fixture's first compose writes to Dana there): the sidebar's note-aware score
// for a draft that misspells the saved interviewer differs from the badge's (so the notes change the
// judgement), and the badge shows the same score before and after the notes are deleted.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium } from './support/browsers.mjs';
import { FIXTURE_PAGES, fixtureHtml, northwindNotes, readBadges, servePages, sleep, waitForScores } from './support/webmail.mjs';

const fixture = FIXTURE_PAGES[1];
const GMAIL_BODY = '[g_editable="true"][contenteditable="true"]';
const DRAFT =
  'Dear Dina,\n\nThank you for meeting me yesterday about the churn dashboard rebuild. At my last job I cut weekly reporting ' +
  'from two days to four hours, and I would bring that to your slow weekly reporting.\n\nBest regards,\nSam Taylor';

/** The first badge's score once it has held still for a second (checks are debounced). */
async function settledScore(page) {
  let last;
  let since = Date.now();
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await sleep(100)) {
    const [badge] = await readBadges(page);
    const now = badge?.status === 'ready' ? badge.score : undefined;
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (now !== undefined && Date.now() - since > 1000) return now;
  }
  throw new Error(`the badge did not settle (last: ${last})`);
}

describe('Chromium: the badge the page can read', () => {
  let chromium;
  before(async () => {
    chromium = await launchChromium(servePages({ [fixture.url]: fixtureHtml(fixture.file) }));
    await chromium.worker.evaluate((notes) => chrome.storage.local.set(notes), northwindNotes());
  });
  after(async () => chromium?.close());

  test('shows the same score with the notes saved and after they are deleted; only the sidebar uses them', async () => {
    const ext = await chromium.ctx.newPage();
    await ext.goto(chromium.extensionUrl('popup.html'));
    const mail = await chromium.ctx.newPage();
    await mail.goto(fixture.url);
    await waitForScores(mail, 2);
    await mail.click(GMAIL_BODY);
    await mail.keyboard.press('Control+A');
    await mail.keyboard.type(DRAFT);
    const withNotes = await settledScore(mail);

    // The sidebar's view of the same compose is judged with the notes, and they change it.
    const focused = await ext.evaluate(() => chrome.runtime.sendMessage({ afterview: 1, name: 'focused:get', payload: {} }));
    assert.ok(focused?.ok && focused.value, `the background knows the focused compose: ${JSON.stringify(focused).slice(0, 200)}`);
    assert.notEqual(String(focused.value.result.score), withNotes, 'the notes change the judgement of this draft (else this test proves nothing)');

    // Delete the notes; the same draft, checked again, shows the same badge.
    await ext.evaluate(() => chrome.storage.local.clear());
    await mail.bringToFront();
    await mail.click(GMAIL_BODY);
    await mail.keyboard.press('End');
    await mail.keyboard.type(' ');
    await mail.keyboard.press('Backspace');
    await sleep(500);
    const withoutNotes = await settledScore(mail);
    assert.equal(withoutNotes, withNotes, 'the badge does not depend on the notes');
    await Promise.all([ext.close(), mail.close()]);
  });
});
