// The content script in real Chromium on every compose fixture, served at the real webmail
// addresses: it attaches, scores while the user types, inserts at the caret with one undo
// step, keeps composes apart, lets closed ones go, and leaves unknown layouts alone.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium } from './support/browsers.mjs';
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

let chromium;
before(async () => {
  chromium = await launchChromium(servePages(pages));
});
after(async () => chromium?.close());

/** Sends an insert request to the content scripts the way the sidebar will: through the extension's messaging. */
async function insertFromExtension(payload) {
  return (await chromium.worker.evaluate(insertInWebmailTab, [payload]))[0];
}

async function open(url) {
  const page = await chromium.ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}

describe('Chromium: compose windows', () => {
  for (const fixture of FIXTURE_PAGES) {
    test(`attaches a scored badge to every compose: ${fixture.file} (${fixture.kinds.join(', ')})`, async () => {
      const { page, errors } = await open(fixture.url);
      const badges = await waitForScores(page, fixture.kinds.length);
      for (const badge of badges) {
        assert.equal(badge.insideCompose, badge.composeId, 'the badge sits inside its own compose root');
        assert.match(badge.score, /^\d{1,3}$/);
        assert.match(badge.label, /^Afterview \d+.*\. Score \d+ out of 100/);
      }
      assert.equal(new Set(badges.map((b) => b.composeId)).size, badges.length, 'each compose has its own id');
      // Nothing of ours inside the editable body: it would be sent with the mail.
      const inBody = await page.evaluate(() => document.querySelectorAll('[contenteditable] afterview-score').length);
      assert.equal(inBody, 0);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('the score follows what the user types with the keyboard', async () => {
    const { page } = await open(FIXTURE_PAGES[1].url);
    await waitForScores(page, 2);
    await page.click(GMAIL_BODY);
    await page.keyboard.press('Control+A');
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
    const high = await waitInPage(
      page,
      (before) => {
        const s = document.querySelector('afterview-score[data-afterview-ui]').shadowRoot.querySelector('.score').textContent;
        return Number(s) > Number(before) + 20 && s;
      },
      low,
      { what: 'the score to rise as the letter improves' },
    );
    assert.ok(Number(high) > Number(low));
    await page.close();
  });

  test('two composes keep their own state', async () => {
    const { page } = await open(FIXTURE_PAGES[1].url);
    const [first, second] = await waitForScores(page, 2);
    await page.click(GMAIL_BODY);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('hey');
    await waitInPage(page, (s) => document.querySelector('afterview-score[data-afterview-ui]').shadowRoot.querySelector('.score').textContent !== s, first.score, {
      what: 'the first score to change',
    });
    await sleep(300);
    const now = await readBadges(page);
    assert.equal(now[1].composeId, second.composeId);
    assert.equal(now[1].score, second.score, 'typing in one compose leaves the other score alone');
    await page.close();
  });

  test('an insertion lands at the caret, the caret after it, and one undo removes it', async () => {
    const { page } = await open(FIXTURE_PAGES[1].url);
    await waitForScores(page, 2);
    const before = await bodyText(page, GMAIL_BODY);
    const firstWord = before.trim().split(/\s+/)[0];
    await placeCaret(page, GMAIL_BODY, firstWord);
    // Clicking our badge takes the focus out of the body; the caret must survive it.
    await page.locator('afterview-score button').first().click();
    const answer = await insertFromExtension({ text: ' [INSERTED]', mode: 'caret' });
    assert.equal(answer?.ok, true, JSON.stringify(answer));
    const inserted = await bodyText(page, GMAIL_BODY);
    assert.ok(inserted.includes(`${firstWord} [INSERTED]`), `inserted at the caret: ${inserted.slice(0, 120)}`);
    await page.keyboard.type('Z');
    assert.ok((await bodyText(page, GMAIL_BODY)).includes('[INSERTED]Z'), 'the caret is right after the insertion');
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
    const undone = await bodyText(page, GMAIL_BODY);
    assert.equal(undone.replace(/\s+/g, ' ').trim(), before.replace(/\s+/g, ' ').trim(), 'two undos remove the typed Z and the whole insertion');
    await page.close();
  });

  test('an insertion into Outlook goes through its editor and undoes in one step', async () => {
    const { page } = await open(FIXTURE_PAGES[6].url);
    await waitForScores(page, 1);
    const before = await bodyText(page, OUTLOOK_BODY);
    await placeCaret(page, OUTLOOK_BODY);
    const answer = await insertFromExtension({ text: 'Thank you again for your time.', mode: 'caret' });
    assert.equal(answer?.ok, true, JSON.stringify(answer));
    assert.ok((await bodyText(page, OUTLOOK_BODY)).includes('Thank you again for your time.'));
    await page.focus(OUTLOOK_BODY);
    await page.keyboard.press('Control+Z');
    assert.equal((await bodyText(page, OUTLOOK_BODY)).replace(/\s+/g, ' ').trim(), before.replace(/\s+/g, ' ').trim());
    await page.close();
  });

  test('closing a compose removes its badge; the other stays', async () => {
    const { page } = await open(FIXTURE_PAGES[1].url);
    const [first, second] = await waitForScores(page, 2);
    // Gmail closes a compose by removing its dialog from the page.
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

  test('a compose whose body disappears says "layout not recognised"; the page keeps working', async () => {
    const { page, errors } = await open(FIXTURE_PAGES[0].url);
    await waitForScores(page, 1);
    await page.evaluate((s) => document.querySelector(s).remove(), GMAIL_BODY);
    await waitInPage(page, () => document.querySelector('afterview-score[data-afterview-ui]').shadowRoot.querySelector('button').dataset.status === 'unrecognised', undefined, {
      what: 'the unrecognised state',
    });
    const [badge] = await readBadges(page);
    assert.equal(badge.score, 'Layout not recognised');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a webmail page of unknown layout is left exactly as it was', async () => {
    const { page, errors } = await open(UNKNOWN_URL);
    const before = await page.evaluate(() => document.documentElement.outerHTML);
    await page.click('.editor');
    await page.keyboard.type(' and more text');
    await sleep(500);
    assert.equal(await page.evaluate(() => document.querySelectorAll('afterview-score,[data-afterview-compose]').length), 0);
    const afterHtml = await page.evaluate(() => document.documentElement.outerHTML);
    assert.equal(afterHtml.replace(' and more text', ''), before);
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('a key pressed on our badge does not reach the page (no webmail shortcuts fire)', async () => {
    const { page } = await open(FIXTURE_PAGES[0].url);
    await waitForScores(page, 1);
    await page.evaluate(() => {
      window.__keys = 0;
      document.addEventListener('keydown', () => window.__keys++);
    });
    await page.locator('afterview-score button').first().focus();
    await page.keyboard.press('c');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => window.__keys), 0);
    await page.close();
  });

  test("the page's own script cannot switch Afterview off with the framework's content-script-started event", async () => {
    const name = scriptStartedEvent(chromium.extensionId);
    const page = await chromium.ctx.newPage();
    await page.addInitScript(countScriptStarted, name);
    await page.goto(FIXTURE_PAGES[1].url);
    const [first] = await waitForScores(page, 2);
    // Our content script announced itself under this very name: the forged event is its twin.
    assert.equal(await page.evaluate(() => window.__afterviewStarted), 1, `the content script dispatched ${name}`);
    await page.evaluate(forgeScriptStarted, name);
    await sleep(300);
    await page.click(GMAIL_BODY);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('hey thx');
    const low = await waitForNewScore(page, first.score, 'a new score for what is typed after the forged event');
    await page.keyboard.type(TYPED_LETTER);
    const high = await waitForNewScore(page, low, 'the score to follow the typing still');
    assert.ok(Number(high) > Number(low), `${low} -> ${high}`);
    assert.equal((await readBadges(page)).length, 2, 'both badges stay');
    await page.close();
  });

  test('a tab that moves into the mail by pushState gets its badges then, even after the page forged that event', async () => {
    const name = scriptStartedEvent(chromium.extensionId);
    const page = await chromium.ctx.newPage();
    await page.addInitScript(countScriptStarted, name);
    await page.goto(CHAT_URL);
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
