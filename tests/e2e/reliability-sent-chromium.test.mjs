// A sent follow-up is logged in the notes even when Chrome stops the background worker
// right after the user clicks Send. Chromium with saved notes for Northwind (whose domain
// the fixture's first compose writes to); eight times: a new compose with its own subject,
// a trusted click on Send, the worker's target closed over CDP at once (as Chrome does to an
// idle or busy worker), and the compose closed as Gmail closes it after sending. Every one
// of the eight sends must end up in the company's sent follow-ups. And a Send the page's own
// script fakes (a click or Ctrl+Enter it dispatches) is never logged, while a real one is.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium } from './support/browsers.mjs';
import { savedCompanies } from './support/notes.mjs';
import { FIXTURE_PAGES, fixtureHtml, northwindNotes, servePages, sleep, waitForScores } from './support/webmail.mjs';

const SENDS = 8;
const fixture = FIXTURE_PAGES[1]; // the first compose is to Dana Reyes at northwind.example
// The page keeps an untouched copy of its first compose (taken before the content script
// runs) to open "new" composes from, as Gmail builds one for every New message.
const page = fixtureHtml(fixture.file).replace('</body>', '<script>window.__pristineCompose = document.querySelector(\'[role="dialog"]\').cloneNode(true);</script></body>');
const SUBJECT = (i) => `Thank you for the interview, note ${i}`;

let chromium;
before(async () => {
  chromium = await launchChromium(servePages({ [fixture.url]: page }));
  await chromium.worker.evaluate((notes) => chrome.storage.local.set(notes), northwindNotes());
});
after(async () => chromium?.close());

/** The subjects logged as sent on the Northwind company, read from an extension page. */
async function loggedSubjects(extensionPage) {
  const company = (await savedCompanies(extensionPage)).find((c) => c.id === 'c-northwind');
  return (company?.followUps ?? []).map((f) => f.subject).sort();
}

describe('Chromium: sends while the background worker is stopped', () => {
  test(`all ${SENDS} sends are logged when the worker is stopped right after each Send`, async () => {
    const cdp = await chromium.ctx.browser().newBrowserCDPSession();
    const workerTarget = async () => (await cdp.send('Target.getTargets')).targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(chromium.extensionUrl('')));
    const mail = await chromium.ctx.newPage();
    await mail.goto(fixture.url);
    await waitForScores(mail, 2);
    for (let i = 1; i <= SENDS; i++) {
      // A new compose to Dana with its own subject and draft id, in place of the one sent before.
      await mail.evaluate(
        ({ i, subject }) => {
          const next = window.__pristineCompose.cloneNode(true);
          next.querySelector('input[name="draft"]').value = `#msg-a:r-sent-${i}`;
          next.querySelector('input[name="subjectbox"]').value = subject;
          document.querySelector('[role="dialog"]').replaceWith(next);
        },
        { i, subject: SUBJECT(i) },
      );
      await waitForScores(mail, 2);
      const target = await workerTarget();
      assert.ok(target, `the worker runs before send ${i} (the new compose's check woke it)`);
      await mail.locator('[role="dialog"]').first().locator('[role="button"][data-tooltip^="Send"]').click();
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
      // Gmail closes a compose once it is sent.
      await mail.evaluate(() => document.querySelector('[role="dialog"]').replaceChildren());
      for (let wait = 0; (await workerTarget()) && wait < 100; wait++) await sleep(50);
    }
    const reader = await chromium.ctx.newPage();
    await reader.goto(chromium.extensionUrl('popup.html'));
    const want = Array.from({ length: SENDS }, (_, k) => SUBJECT(k + 1)).sort();
    // A lost report is retried for about half a minute: wait for that, then say what was logged.
    let logged = [];
    for (let wait = 0; wait < 900 && logged.length < SENDS; wait++) {
      logged = await loggedSubjects(reader);
      if (logged.length < SENDS) await sleep(50);
    }
    console.log(`sends logged under forced worker stops: ${logged.length} of ${SENDS}`);
    assert.deepEqual(logged, want, `${logged.length} of ${SENDS} sends logged`);
    await cdp.detach();
    await Promise.all([reader.close(), mail.close()]);
  });

  test("a Send faked by the page's script is not logged; the user's own Send is", async () => {
    const mail = await chromium.ctx.newPage();
    await mail.goto(fixture.url);
    await waitForScores(mail, 2);
    const compose = (subject, id) =>
      mail.evaluate(
        ({ subject, id }) => {
          const next = window.__pristineCompose.cloneNode(true);
          next.querySelector('input[name="draft"]').value = id;
          next.querySelector('input[name="subjectbox"]').value = subject;
          document.querySelector('[role="dialog"]').replaceWith(next);
        },
        { subject, id },
      );
    await compose('Faked by the page', '#msg-a:r-faked');
    await waitForScores(mail, 2);
    // page.evaluate runs in the page's own world: these events are untrusted, as the page's would be.
    await mail.evaluate(() => {
      const dialog = document.querySelector('[role="dialog"]');
      dialog.querySelector('[role="button"][data-tooltip^="Send"]').click();
      const body = dialog.querySelector('[contenteditable="true"]');
      body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, bubbles: true }));
      body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', metaKey: true, bubbles: true }));
    });
    await compose('Sent by the user', '#msg-a:r-real');
    await waitForScores(mail, 2);
    await mail.locator('[role="dialog"]').first().locator('[role="button"][data-tooltip^="Send"]').click();
    const reader = await chromium.ctx.newPage();
    await reader.goto(chromium.extensionUrl('popup.html'));
    let logged = [];
    for (let wait = 0; wait < 300 && !logged.includes('Sent by the user'); wait++) {
      logged = await loggedSubjects(reader);
      await sleep(50);
    }
    assert.ok(logged.includes('Sent by the user'), `the user's Send is logged: ${JSON.stringify(logged)}`);
    assert.ok(!logged.includes('Faked by the page'), `the faked Send is not logged: ${JSON.stringify(logged)}`);
    await Promise.all([reader.close(), mail.close()]);
  });
});
