// A page can write whatever it likes into its own recipient chips. An address hidden in a
// quoted local part or behind a second "@" ("dana.reyes@northwind.example"@attacker.test) must
// not be read as the saved interviewer's, or the draft would be checked, and templates filled,
// with Northwind's notes while it goes to someone else. Real Chromium, Gmail fixture, notes for
// Northwind saved: the background first reads Dana's real chip (the reading works), then the
// page rewrites the chip and the background no longer sees Dana's address.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium } from './support/browsers.mjs';
import { FIXTURE_PAGES, fixtureHtml, northwindNotes, servePages, sleep, waitForScores } from './support/webmail.mjs';

const fixture = FIXTURE_PAGES[1];
const GMAIL_BODY = '[g_editable="true"][contenteditable="true"]';
const DANA = 'dana.reyes@northwind.example';

describe('Chromium: recipients the page writes', () => {
  let chromium;
  before(async () => {
    chromium = await launchChromium(servePages({ [fixture.url]: fixtureHtml(fixture.file) }));
    await chromium.worker.evaluate((notes) => chrome.storage.local.set(notes), northwindNotes());
  });
  after(async () => chromium?.close());

  for (const forged of [`"${DANA}"@attacker.test`, `${DANA}@attacker.test`]) {
    test(`a chip reading ${forged} is not taken for Dana's address`, async () => {
      const ext = await chromium.ctx.newPage();
      await ext.goto(chromium.extensionUrl('popup.html'));
      /** The addresses the background sees on the sidebar's draft, once it holds `accept`. */
      const seenTo = async (accept, what) => {
        let to;
        for (const deadline = Date.now() + 20_000; Date.now() < deadline; await sleep(100)) {
          const answer = await ext.evaluate(() => chrome.runtime.sendMessage({ afterview: 1, name: 'focused:get', payload: {} }));
          to = answer?.ok && answer.value ? answer.value.draft.to.map((r) => r.address) : undefined;
          if (to && accept(to)) return to;
        }
        throw new Error(`timed out waiting for ${what}; the background saw ${JSON.stringify(to)}`);
      };
      const mail = await chromium.ctx.newPage();
      await mail.goto(fixture.url);
      await waitForScores(mail, 2);
      await mail.click(GMAIL_BODY);
      await mail.keyboard.type(' Thank you.');
      await seenTo((to) => to.includes(DANA), "Dana's real chip to be read");

      // The page rewrites Dana's chip (every place an address is read from) and the user types on.
      await mail.evaluate(
        ({ dana, forged }) => {
          const dialog = document.querySelector('[role="dialog"]');
          for (const el of dialog.querySelectorAll(`[email="${dana}"], [data-hovercard-id="${dana}"]`)) {
            if (el.hasAttribute('email')) el.setAttribute('email', forged);
            if (el.hasAttribute('data-hovercard-id')) el.setAttribute('data-hovercard-id', forged);
          }
          const walker = document.createTreeWalker(dialog, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue.includes(dana)) n.nodeValue = n.nodeValue.replaceAll(dana, forged);
        },
        { dana: DANA, forged },
      );
      await mail.click(GMAIL_BODY);
      await mail.keyboard.type(' Again.');
      const to = await seenTo((list) => !list.includes(DANA), 'the rewritten chip to be read');
      assert.ok(!to.includes(DANA), `Dana's address is not read from ${forged}: ${JSON.stringify(to)}`);
      await Promise.all([ext.close(), mail.close()]);
    });
  }
});
