// A page in a background tab must not make its compose the sidebar's draft (the one templates
// are inserted into) by focusing it from script. Real Chromium, two Gmail tabs: the user types
// in the front one; the page in the back tab focuses its own compose; the sidebar's draft stays
// the front one. Then the user brings the back tab forward and clicks into it: the draft moves
// there, which shows the test can see a move.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium } from './support/browsers.mjs';
import { FIXTURE_PAGES, fixtureHtml, servePages, sleep, waitForScores } from './support/webmail.mjs';

const FRONT = 'https://mail.google.com/mail/u/0/#inbox';
const BACK = 'https://mail.google.com/mail/u/1/#inbox';
const GMAIL_BODY = '[g_editable="true"][contenteditable="true"]';

describe('Chromium: the sidebar draft and background tabs', () => {
  let chromium;
  before(async () => {
    const html = fixtureHtml(FIXTURE_PAGES[1].file);
    // The same mailbox in both tabs, its drafts renamed in the back one so the two can be told apart.
    const backHtml = html.replaceAll('value="#msg-a:r-', 'value="#msg-a:r-back-');
    chromium = await launchChromium(servePages({ [FRONT]: html, [BACK]: backHtml }));
  });
  after(async () => chromium?.close());

  test("a background tab's script cannot make its compose the insert target; the user's click can", async () => {
    const ext = await chromium.ctx.newPage();
    await ext.goto(chromium.extensionUrl('popup.html'));
    /** Which tab ('front' or 'back') and compose the sidebar's draft is in. */
    const sidebarDraft = async () => {
      const answer = await ext.evaluate(() => chrome.runtime.sendMessage({ afterview: 1, name: 'focused:get', payload: {} }));
      if (!answer?.ok || !answer.value) return null;
      const { tabId, composeId } = answer.value;
      return { tab: composeId.includes('r-back-') ? 'back' : 'front', tabId, composeId };
    };
    const waitFor = async (want, what) => {
      let got;
      for (const deadline = Date.now() + 20_000; Date.now() < deadline; await sleep(100)) if ((got = await sidebarDraft())?.tab === want) return got;
      throw new Error(`timed out waiting for ${what}; the sidebar's draft is ${JSON.stringify(got)}`);
    };

    const back = await chromium.ctx.newPage();
    await back.goto(BACK);
    await waitForScores(back, 2);
    const front = await chromium.ctx.newPage();
    await front.goto(FRONT);
    await waitForScores(front, 2);
    await front.bringToFront();
    await front.click(GMAIL_BODY);
    await front.keyboard.type(' Thank you again.');
    const before = await waitFor('front', 'the front tab to hold the sidebar draft');

    // The back tab's own script focuses its compose and types into it, as a hostile page could.
    await back.evaluate((sel) => {
      const body = document.querySelector(sel);
      body.focus();
      body.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
      document.execCommand('insertText', false, ' pick me');
      body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ' pick me' }));
    }, GMAIL_BODY);
    await sleep(2000);
    assert.deepEqual(await sidebarDraft(), before, 'the sidebar draft stays in the tab the user is typing in');

    // The user brings the other tab forward and clicks into its compose: the draft moves.
    await back.bringToFront();
    await back.click(GMAIL_BODY);
    await back.keyboard.type(' Thanks.');
    await waitFor('back', 'the sidebar draft to follow the user to the other tab');
    await Promise.all([ext.close(), front.close(), back.close()]);
  });
});
