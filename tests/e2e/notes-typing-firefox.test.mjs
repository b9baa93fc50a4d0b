// Typing on the notes page in Firefox ESR at 40 ms a key: nothing typed is lost, after Tab
// included; the page says Saved; a tab closed mid-word keeps the word.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchFirefox, openFirefoxExtensionPage } from './support/browsers.mjs';
import { KEY_DELAY_MS, TYPED, TYPING_COMPANY } from './support/notes-typing.mjs';

const saved = (page) => page.evaluate(async (id) => (await browser.storage.local.get(`company:${id}`))[`company:${id}`]?.record, TYPING_COMPANY.id);
const valueOf = (page, selector) => page.$eval(selector, (e) => e.value);

describe('typing on the notes page in Firefox', () => {
  let firefox;
  before(async () => {
    firefox = await launchFirefox();
  });
  after(async () => firefox?.close());

  const openCompany = async () => {
    const page = await openFirefoxExtensionPage(firefox.browser, 'notes.html');
    await page.waitForFunction(() => [...document.querySelectorAll('.av-company-name')].some((e) => e.textContent === 'Harbor Health'));
    await page.click('.av-company');
    await page.waitForSelector('input[name=role]');
    return page;
  };

  test('every key typed at 40 ms lands, in the field left with Tab and the one after it, and the page says Saved', async () => {
    const seed = await openFirefoxExtensionPage(firefox.browser, 'notes.html');
    await seed.evaluate((record) => browser.storage.local.set({ [`company:${record.id}`]: { rev: 1, record } }), TYPING_COMPANY);
    await seed.close();

    const page = await openCompany();
    await page.click('input[name=role]');
    await page.keyboard.type(TYPED.role, { delay: KEY_DELAY_MS });
    // Tab and go on typing at once: the role is being saved while the domain is typed.
    await page.keyboard.press('Tab');
    await page.keyboard.type(TYPED.domains, { delay: KEY_DELAY_MS });
    await page.click('input[name=profile-name]');
    await page.keyboard.type(TYPED.profileName, { delay: KEY_DELAY_MS });
    await page.keyboard.press('Tab');

    assert.equal(await valueOf(page, 'input[name=role]'), TYPED.role);
    assert.equal(await valueOf(page, 'input[name=domains]'), TYPED.domains);
    assert.equal(await valueOf(page, 'input[name=profile-name]'), TYPED.profileName);
    await page.waitForFunction(() => document.querySelector('[data-testid=save-status]')?.textContent === 'Saved');
    const record = await saved(page);
    assert.equal(record.role, TYPED.role);
    assert.deepEqual(record.domains, [TYPED.domains]);
    assert.deepEqual(await page.evaluate(async () => (await browser.storage.local.get('profile')).profile), { name: TYPED.profileName });
    await page.close();
  });

  test('closing the tab mid-word loses nothing: the reopened page shows the whole text and saves it', async () => {
    const page = await openCompany();
    await page.click('textarea[name=notes]');
    await page.keyboard.type(TYPED.notes, { delay: KEY_DELAY_MS });
    await page.close({ runBeforeUnload: true });

    const again = await openCompany();
    assert.equal(await valueOf(again, 'textarea[name=notes]'), TYPED.notes);
    await again.waitForFunction(
      async (id, want) => (await browser.storage.local.get(`company:${id}`))[`company:${id}`]?.record?.notes === want,
      { timeout: 15_000, polling: 100 },
      TYPING_COMPANY.id,
      TYPED.notes,
    );
    assert.equal((await saved(again)).role, TYPED.role, 'the earlier edits are still there');
    await again.close();
  });
});
