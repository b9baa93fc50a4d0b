// First run in real Chromium: installing opens the welcome page (the three parts, how notes
// match emails, the privacy promise) once; starting the browser again does not. The sample
// notes `npm start` seeds show on the notes page with their next step, and a thank-you is owed to
// each person met until the log says it reached them (by address, or ticked under "Went to").
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, describe } from 'node:test';
import { test } from './support/test.mjs';
import { startExtensionChromium } from './support/browsers.mjs';
import { makeProfileDir } from './support/notes.mjs';
import { demoNoteItems } from '../../scripts/lib/demo-notes.mjs';

describe('first run in Chromium', () => {
  const profile = makeProfileDir();
  let browser;
  after(
    async () => {
      await browser?.ctx.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
    { timeout: 60_000 },
  );

  test('installing opens the welcome page, once', async () => {
    browser = await startExtensionChromium({ profile, keepWelcome: true });
    const welcomeUrl = browser.extensionUrl('welcome.html');
    const welcome = browser.ctx.pages().find((p) => p.url() === welcomeUrl) ?? (await browser.ctx.waitForEvent('page', { predicate: (p) => p.url() === welcomeUrl, timeout: 15_000 }));
    await welcome.getByRole('heading', { level: 1, name: 'Welcome to Afterview' }).waitFor();
    const headings = await welcome.getByRole('heading', { level: 3 }).allInnerTexts();
    assert.deepEqual(headings, ['Notes, from the toolbar button', 'Checks and templates, in the sidebar', 'A badge on every email you write']);
    const matching = await welcome.getByRole('region', { name: 'How your notes find your emails' }).innerText();
    assert.match(matching, /company's email domain/);
    assert.match(matching, /saved address of someone you met/);
    assert.match(await welcome.getByRole('region', { name: 'Nothing leaves your machine' }).innerText(), /no server, sends no analytics/);
    await welcome.getByRole('link', { name: 'Open my notes' }).click();
    await welcome.waitForURL(browser.extensionUrl('notes.html'));
    await welcome.close();

    // The same profile started again is no install: no welcome page.
    await browser.ctx.close();
    browser = await startExtensionChromium({ profile, keepWelcome: true });
    const page = await browser.ctx.newPage();
    await page.goto(browser.extensionUrl('notes.html'));
    await page.getByRole('heading', { name: 'Interview notes' }).waitFor();
    await new Promise((r) => setTimeout(r, 1500)); // time enough for a wrongly opened tab to show
    assert.deepEqual(
      browser.ctx.pages().filter((p) => p.url() === welcomeUrl),
      [],
    );
    await page.close();
  });

  test('the sample notes npm start seeds are on the notes page, with a thank-you owed to each person met', async () => {
    const page = await browser.ctx.newPage();
    await page.goto(browser.extensionUrl('notes.html'));
    await browser.worker.evaluate((items) => chrome.storage.local.set(items), demoNoteItems(new Date()));
    await page.getByRole('button', { name: /Bramblewood Analytics/ }).click();
    await page.getByText('Send a thank-you to Dana Whitfield, Marcus Oyelaran and Jordan Ellery', { exact: false }).first().waitFor();
    assert.equal(await page.getByLabel('Email domains').inputValue(), 'bramblewood.example');
    await page.close();
  });
  test('a thank-you logged to Dana leaves Marcus and Jordan owed; ticking Marcus under "Went to" leaves Jordan', async () => {
    const items = demoNoteItems(new Date());
    const key = 'company:c-demo-bramblewood';
    const record = items[key].record;
    // Sent this morning to Dana's address alone: the log knows whom it reached by address.
    record.followUps = [
      {
        id: 'fu-demo-1',
        kind: 'thank-you',
        sentAt: new Date().toISOString(),
        to: ['dana.whitfield@bramblewood.example'],
        subject: 'Thank you',
        bodyText: 'Dear Dana, thank you for yesterday.',
      },
    ];
    await browser.worker.evaluate((all) => chrome.storage.local.set(all), { [key]: { rev: 2, record } });
    const page = await browser.ctx.newPage();
    await page.goto(browser.extensionUrl('notes.html'));
    await page.getByRole('button', { name: /Bramblewood Analytics/ }).click();
    await page.getByText('Send a thank-you to Marcus Oyelaran and Jordan Ellery', { exact: false }).first().waitFor();
    const wentTo = page.getByRole('group', { name: 'Went to' });
    assert.equal(await wentTo.getByRole('checkbox', { name: 'Dana Whitfield' }).isChecked(), true);
    assert.equal(await wentTo.getByRole('checkbox', { name: 'Marcus Oyelaran' }).isChecked(), false);

    await wentTo.getByRole('checkbox', { name: 'Marcus Oyelaran' }).check();
    await page.getByText('Send a thank-you to Jordan Ellery', { exact: false }).first().waitFor();
    assert.equal(await page.getByText('Marcus Oyelaran and Jordan Ellery', { exact: false }).count(), 0, 'Marcus is no longer owed one');
    // Saved: the log now names the two it reached.
    let ids;
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 150))) {
      ids = await browser.worker.evaluate(async (k) => (await chrome.storage.local.get(k))[k].record.followUps[0].interviewerIds, key);
      if (ids?.length === 2) break;
    }
    assert.deepEqual(ids, ['p-demo-dana', 'p-demo-marcus']);
    await page.close();
  });
});
