// The extension reloaded (or updated) while webmail tabs are open, in real Chromium and
// real Firefox. Gmail (two composes) and Outlook (one) tabs are open with their badges
// scored; the extension is loaded again over itself (see support/reload.mjs for how).
// Chromium leaves the old content script in the tab with a dead extension context: every
// badge must turn to "Reload tab" on its own (no typing needed), typing and clicking the
// badge must raise no error (no uncaught "Extension context invalidated"), and reloading
// the tab must bring the new content script, which scores again. Firefox injects the new
// content script into open tabs itself: each compose must then have exactly one badge
// (the new one, scoring), and again no error.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchFirefox } from './support/browsers.mjs';
import { describeEntries, watchErrors } from './support/errors.mjs';
import { launchReloadableChromium, reinstallFirefoxAddon } from './support/reload.mjs';
import { fixtureHtml, readBadges, serveInFirefox, servePages, sleep, waitForScores, waitInPage } from './support/webmail.mjs';

const SITES = [
  { name: 'Gmail', file: 'gmail/gmail-floating-peoplekit-en.html', url: 'https://mail.google.com/mail/u/0/#inbox', composes: 2, body: '[g_editable="true"][contenteditable="true"]' },
  {
    name: 'Outlook',
    file: 'outlook/outlook-reading-pane-reply-en.html',
    url: 'https://outlook.live.com/mail/0/inbox/id/AAQkRELOAD',
    composes: 1,
    body: 'div[role="textbox"][contenteditable="true"][aria-multiline="true"]',
  },
];
const serve = servePages(Object.fromEntries(SITES.map((s) => [s.url, fixtureHtml(s.file)])));

/** Errors that matter: everything but the fixtures' own image loads, which the harness aborts. */
const relevant = (watch) => watch.all().filter((e) => !(e.kind === 'console' && /^Failed to load resource/.test(e.message) && /^https?:/.test(e.url)));

/** Waits until every badge in the page says "Reload tab" (status offline). */
const waitAllOffline = (page, count, what) =>
  waitInPage(
    page,
    (n) => {
      const buttons = [...document.querySelectorAll('afterview-score[data-afterview-ui]')].map((h) => h.shadowRoot?.querySelector('button'));
      return buttons.length === n && buttons.every((b) => b?.getAttribute('data-status') === 'offline' && b.textContent.includes('Reload tab'));
    },
    count,
    { what },
  );

/** Types into the first compose and clicks its badge: the actions that reach for the (dead) extension. */
async function typeAndClick(page, site) {
  await page.click(site.body);
  await page.keyboard.type(' Thank you again for your time.');
  await page.evaluate(() => document.querySelector('afterview-score[data-afterview-ui]').shadowRoot.querySelector('button').click());
  // Give the content script's debounced check and any late promise rejection time to surface.
  await sleep(1500);
}

describe('Chromium: extension reloaded with webmail tabs open', () => {
  let chromium;
  const tabs = [];
  before(async () => {
    chromium = await launchReloadableChromium(serve);
    for (const site of SITES) {
      const page = await chromium.ctx.newPage();
      const errors = watchErrors(page, site.name);
      await page.goto(site.url);
      await waitForScores(page, site.composes);
      tabs.push({ site, page, errors });
    }
  });
  after(async () => chromium?.close());

  test('every old badge turns to "Reload tab" by itself, and typing or clicking raises no error', async () => {
    const oldWorker = chromium.worker;
    const worker = await chromium.reloadExtension();
    assert.notEqual(worker, oldWorker, 'a new service worker started');
    assert.equal(await worker.evaluate(() => chrome.runtime.id), chromium.extensionId, 'the same extension, reloaded');
    for (const { site, page, errors } of tabs) {
      await waitAllOffline(page, site.composes, `${site.name}: every badge saying "Reload tab"`);
      await typeAndClick(page, site);
      // Still one badge per compose, still saying "Reload tab": nothing restarted, nothing vanished.
      const badges = await readBadges(page);
      assert.equal(badges.length, site.composes);
      for (const b of badges) assert.deepEqual([b.status, b.score], ['offline', 'Reload tab'], `${site.name}: ${JSON.stringify(b)}`);
      assert.deepEqual(relevant(errors), [], `${site.name}: errors after the reload:\n${describeEntries(relevant(errors))}`);
      assert.deepEqual(errors.dialogs, []);
    }
  });

  test('after reloading the tab, the new content script attaches and scores again', async () => {
    for (const { site, page, errors } of tabs) {
      await page.reload();
      const badges = await waitForScores(page, site.composes);
      assert.ok(
        badges.every((b) => /^\d+$/.test(b.score)),
        `${site.name}: scores ${JSON.stringify(badges)}`,
      );
      const before = badges[0].score;
      await page.click(site.body);
      await page.keyboard.press('Control+A');
      await page.keyboard.type('Hi, thanks lol!!!');
      await waitInPage(
        page,
        (b) => {
          const button = document.querySelector('afterview-score[data-afterview-ui]').shadowRoot.querySelector('button');
          return button.getAttribute('data-status') === 'ready' && button.querySelector('.score')?.textContent !== b;
        },
        before,
        { what: `${site.name}: the new score after typing` },
      );
      assert.deepEqual(relevant(errors), [], `${site.name}: errors after reloading the tab:\n${describeEntries(relevant(errors))}`);
    }
  });
});

describe('Firefox: add-on reinstalled with webmail tabs open', () => {
  let firefox;
  const tabs = [];
  before(async () => {
    firefox = await launchFirefox();
    for (const site of SITES) {
      const page = await firefox.browser.newPage();
      const errors = watchErrors(page, site.name);
      await serveInFirefox(page, serve);
      await page.goto(site.url);
      await waitForScores(page, site.composes);
      tabs.push({ site, page, errors });
    }
  });
  after(async () => firefox?.close());

  test('the new content script takes over each open tab: one badge per compose, scoring, no error', async () => {
    // Mark the old badges, to tell them from the new script's.
    for (const { page } of tabs) await page.evaluate(() => document.querySelectorAll('afterview-score[data-afterview-ui]').forEach((h) => h.setAttribute('data-old', '')));
    assert.equal(await reinstallFirefoxAddon(firefox.browser), 'afterview@afterview.dev');
    for (const { site, page, errors } of tabs) {
      await page.bringToFront();
      await waitInPage(
        page,
        (n) => {
          const hosts = [...document.querySelectorAll('afterview-score[data-afterview-ui]')];
          return hosts.length === n && hosts.every((h) => !h.hasAttribute('data-old') && h.shadowRoot?.querySelector('button')?.getAttribute('data-status') === 'ready');
        },
        site.composes,
        { what: `${site.name}: the old badges replaced by the new script's, scored` },
      );
      const perCompose = await page.evaluate(() => [...document.querySelectorAll('[data-afterview-compose]')].map((c) => c.querySelectorAll('afterview-score[data-afterview-ui]').length));
      assert.deepEqual(perCompose, Array(site.composes).fill(1), `${site.name}: one badge per compose`);
      const before = (await readBadges(page))[0].score;
      await page.click(site.body);
      await page.keyboard.down('Control');
      await page.keyboard.press('a');
      await page.keyboard.up('Control');
      await page.keyboard.type('Hi, thanks lol!!!');
      await waitInPage(
        page,
        (b) => {
          const button = document.querySelector('afterview-score[data-afterview-ui]').shadowRoot.querySelector('button');
          return button.getAttribute('data-status') === 'ready' && button.querySelector('.score')?.textContent !== b;
        },
        before,
        { what: `${site.name}: the new script scores what is typed` },
      );
      assert.deepEqual(relevant(errors), [], `${site.name}: errors after the reinstall:\n${describeEntries(relevant(errors))}`);
      assert.deepEqual(errors.dialogs, []);
    }
  });

  test('after reloading the tab, the content script attaches and scores again', async () => {
    for (const { site, page, errors } of tabs) {
      await page.reload();
      const badges = await waitForScores(page, site.composes);
      assert.ok(
        badges.every((b) => /^\d+$/.test(b.score)),
        `${site.name}: scores ${JSON.stringify(badges)}`,
      );
      assert.deepEqual(relevant(errors), [], `${site.name}: errors after reloading the tab:\n${describeEntries(relevant(errors))}`);
    }
  });
});
