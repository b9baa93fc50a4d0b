// The notes in Firefox: a note captured in the popup is on the notes page, and stays after
// the page is reloaded.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchFirefox, openFirefoxExtensionPage } from './support/browsers.mjs';

describe('notes in Firefox', () => {
  let firefox;
  before(async () => {
    firefox = await launchFirefox();
  });
  after(async () => firefox?.close());

  test('a note captured in the popup appears on the notes page', { timeout: 90_000 }, async () => {
    const popup = await openFirefoxExtensionPage(firefox.browser, 'popup.html');
    await popup.waitForSelector('input[name=company]');
    await popup.type('input[name=company]', 'Lumen Freight');
    await popup.type('input[name=interviewer]', 'Priya Raman');
    await popup.click('input[name=kind][value=wish]');
    await popup.type('textarea[name=text]', 'My on-call rotation story');
    await popup.click('button[type=submit]');
    await popup.waitForFunction(() => document.querySelector('[role=status]')?.textContent === 'Saved to Lumen Freight.');
    await popup.close();

    const notes = await openFirefoxExtensionPage(firefox.browser, 'notes.html');
    await notes.waitForFunction(() => [...document.querySelectorAll('.av-company-name')].some((e) => e.textContent === 'Lumen Freight'));
    await notes.click('.av-company');
    await notes.waitForSelector('.av-interview textarea');
    const values = await notes.evaluate(() => [...document.querySelectorAll('.av-interview textarea')].map((t) => t.value));
    assert.ok(values.includes('My on-call rotation story'), JSON.stringify(values));
    const names = await notes.evaluate(() => [...document.querySelectorAll('.av-person input')].map((i) => i.value));
    assert.ok(names.includes('Priya Raman'));
    await notes.close();
  });
});
