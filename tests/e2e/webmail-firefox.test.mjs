// The content script in real Firefox ESR (puppeteer-core over WebDriver BiDi), on the
// compose fixtures served at the real webmail addresses.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { GECKO_ID, launchFirefox, openFirefoxExtensionPage } from './support/browsers.mjs';
import {
  FIXTURE_PAGES,
  TYPED_LETTER,
  UNKNOWN_LAYOUT,
  bodyText,
  countScriptStarted,
  fixtureHtml,
  forgeScriptStarted,
  insertInWebmailTab,
  placeCaret,
  readBadges,
  scriptStartedEvent,
  serveInFirefox,
  servePages,
  sleep,
  waitForNewScore,
  waitForScores,
  waitInPage,
} from './support/webmail.mjs';

const GMAIL_BODY = '[g_editable="true"][contenteditable="true"]';
const OUTLOOK_BODY = 'div[role="textbox"][contenteditable="true"][aria-multiline="true"]';
const UNKNOWN_URL = 'https://mail.google.com/mail/u/1/#inbox';
// Gmail's address outside the mail (no adapter serves it), with the mail's markup: the page moves to /mail by pushState.
const CHAT_URL = 'https://mail.google.com/chat/u/0/';

const pages = Object.fromEntries(FIXTURE_PAGES.map((p) => [p.url, fixtureHtml(p.file)]));
pages[UNKNOWN_URL] = UNKNOWN_LAYOUT;
pages[CHAT_URL] = fixtureHtml(FIXTURE_PAGES[1].file);
const serve = servePages(pages);

let firefox;
let extensionPage;
before(async () => {
  firefox = await launchFirefox();
  // An extension page to send messages from, as the sidebar will.
  extensionPage = await openFirefoxExtensionPage(firefox.browser, 'popup.html');
});
after(async () => firefox?.close());

async function open(url) {
  const page = await firefox.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await serveInFirefox(page, serve);
  await page.goto(url);
  await page.bringToFront();
  return { page, errors };
}

async function insertFromExtension(payload) {
  return (await extensionPage.evaluate(insertInWebmailTab, [payload]))[0];
}

describe('Firefox: compose windows', () => {
  for (const fixture of FIXTURE_PAGES) {
    test(`attaches a scored badge to every compose: ${fixture.file} (${fixture.kinds.join(', ')})`, async () => {
      const { page, errors } = await open(fixture.url);
      const badges = await waitForScores(page, fixture.kinds.length);
      for (const badge of badges) {
        assert.equal(badge.insideCompose, badge.composeId);
        assert.match(badge.score, /^\d{1,3}$/);
      }
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('the score follows what the user types with the keyboard', async () => {
    const { page } = await open(FIXTURE_PAGES[1].url);
    await waitForScores(page, 2);
    await page.click(GMAIL_BODY);
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.type('hey thx');
    const low = await waitInPage(
      page,
      () => {
        const b = document.querySelector('afterview-score[data-afterview-ui]').shadowRoot.querySelector('button');
        return b.dataset.status === 'ready' && Number(b.querySelector('.score').textContent) < 60 && b.querySelector('.score').textContent;
      },
      undefined,
      { what: 'a low score for a two-word draft' },
    );
    await page.keyboard.type(TYPED_LETTER);
    await waitInPage(
      page,
      (before) => {
        const s = document.querySelector('afterview-score[data-afterview-ui]').shadowRoot.querySelector('.score').textContent;
        return Number(s) > Number(before) + 20 && s;
      },
      low,
      { what: 'the score to rise as the letter improves' },
    );
    await page.close();
  });

  test('an insertion lands at the caret and one undo removes it', async () => {
    const { page } = await open(FIXTURE_PAGES[1].url);
    await waitForScores(page, 2);
    const before = await bodyText(page, GMAIL_BODY);
    const firstWord = before.trim().split(/\s+/)[0];
    await placeCaret(page, GMAIL_BODY, firstWord);
    const answer = await insertFromExtension({ text: ' [INSERTED]', mode: 'caret' });
    assert.equal(answer?.ok, true, JSON.stringify(answer));
    await page.bringToFront();
    const inserted = await bodyText(page, GMAIL_BODY);
    assert.ok(inserted.includes(`${firstWord} [INSERTED]`), `inserted at the caret: ${inserted.slice(0, 120)}`);
    await page.focus(GMAIL_BODY);
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    assert.equal((await bodyText(page, GMAIL_BODY)).replace(/\s+/g, ' ').trim(), before.replace(/\s+/g, ' ').trim());
    await page.close();
  });

  test('an insertion into Outlook lands in its editor', async () => {
    const { page } = await open(FIXTURE_PAGES[6].url);
    await waitForScores(page, 1);
    await placeCaret(page, OUTLOOK_BODY);
    const answer = await insertFromExtension({ text: 'Thank you again for your time.', mode: 'caret' });
    assert.equal(answer?.ok, true, JSON.stringify(answer));
    assert.ok((await bodyText(page, OUTLOOK_BODY)).includes('Thank you again for your time.'));
    await page.close();
  });

  test('closing a compose removes its badge; the other stays', async () => {
    const { page } = await open(FIXTURE_PAGES[1].url);
    const [first, second] = await waitForScores(page, 2);
    await page.evaluate((id) => {
      const root = document.querySelector(`[data-afterview-compose="${id}"]`);
      (root.closest('[role="dialog"]') ?? root).remove();
    }, first.composeId);
    await waitInPage(page, () => document.querySelectorAll('afterview-score[data-afterview-ui]').length === 1, undefined, { what: 'one badge left' });
    assert.deepEqual(
      (await readBadges(page)).map((b) => b.composeId),
      [second.composeId],
    );
    await page.close();
  });

  test('a webmail page of unknown layout is left exactly as it was', async () => {
    const { page, errors } = await open(UNKNOWN_URL);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await sleep(500);
    assert.equal(await page.evaluate(() => document.querySelectorAll('afterview-score,[data-afterview-compose]').length), 0);
    assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test("the page's own script cannot switch Afterview off with the framework's content-script-started event", async () => {
    // In Firefox the extension's id is its gecko id.
    const name = scriptStartedEvent(GECKO_ID);
    const page = await firefox.browser.newPage();
    await serveInFirefox(page, serve);
    await page.evaluateOnNewDocument(countScriptStarted, name);
    await page.goto(FIXTURE_PAGES[1].url);
    await page.bringToFront();
    const [first] = await waitForScores(page, 2);
    assert.equal(await page.evaluate(() => window.__afterviewStarted), 1, `the content script dispatched ${name}`);
    await page.evaluate(forgeScriptStarted, name);
    await sleep(300);
    await page.click(GMAIL_BODY);
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.type('hey thx');
    const low = await waitForNewScore(page, first.score, 'a new score for what is typed after the forged event');
    await page.keyboard.type(TYPED_LETTER);
    const high = await waitForNewScore(page, low, 'the score to follow the typing still');
    assert.ok(Number(high) > Number(low), `${low} -> ${high}`);
    assert.equal((await readBadges(page)).length, 2, 'both badges stay');
    await page.close();
  });

  test('a tab that moves into the mail by pushState gets its badges then, even after the page forged that event', async () => {
    const name = scriptStartedEvent(GECKO_ID);
    const page = await firefox.browser.newPage();
    await serveInFirefox(page, serve);
    await page.evaluateOnNewDocument(countScriptStarted, name);
    await page.goto(CHAT_URL);
    await page.bringToFront();
    await waitInPage(page, () => window.__afterviewStarted === 1, undefined, { what: 'the content script to start' });
    await page.evaluate(forgeScriptStarted, name);
    await sleep(300);
    assert.equal(await page.evaluate(() => document.querySelectorAll('afterview-score').length), 0, 'no badge outside the mail');
    await page.evaluate(() => history.pushState(null, '', '/mail/u/0/#inbox'));
    const badges = await waitForScores(page, 2);
    assert.ok(
      badges.every((b) => /^\d+$/.test(b.score)),
      JSON.stringify(badges),
    );
    await page.close();
  });
});
