// The note card page in real Chromium: the text from the sidebar is on the card, the user
// changes its words before printing, and the card (and the page's address) follow.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium } from './support/browsers.mjs';

let chromium;
let page;
before(async () => {
  chromium = await launchChromium();
  page = await chromium.ctx.newPage();
  const query = new URLSearchParams({ text: 'Dear Dana,\n\nThank you for [topic].\n\nWith gratitude,\nSam', size: 'a6' });
  await page.goto(`${chromium.extensionUrl('notecard.html')}?${query}`);
  await page.locator('article.av-card').waitFor();
});
after(async () => chromium?.close());

describe('Chromium: the note card', () => {
  test('the text is editable before printing, and the card shows the edit', async () => {
    const area = page.getByLabel('Text on the card');
    assert.equal(await area.inputValue(), 'Dear Dana,\n\nThank you for [topic].\n\nWith gratitude,\nSam');
    assert.match(await page.locator('article.av-card').textContent(), /Thank you for \[topic\]\./);
    await area.fill('Dear Dana,\n\nThank you for our talk about the churn dashboard.\n\nWith gratitude,\nSam');
    // The card re-renders after the input event: wait for it rather than read it at once.
    await page.waitForFunction(() => document.querySelector('article.av-card')?.textContent.includes('churn dashboard'), undefined, { timeout: 10_000 });
    const card = await page.locator('article.av-card').evaluate((el) => [...el.querySelectorAll('p')].map((p) => p.textContent));
    assert.deepEqual(card, ['Dear Dana,', 'Thank you for our talk about the churn dashboard.', 'With gratitude,Sam']);
    assert.equal(await page.locator('article.av-card').getAttribute('data-size'), 'a6');
    // A reload keeps the edited words.
    await page.reload();
    await page.locator('article.av-card').waitFor();
    assert.match(await page.getByLabel('Text on the card').inputValue(), /the churn dashboard/);
    // Markup typed into the card is text.
    await page.getByLabel('Text on the card').fill('<img src=x onerror=alert(1)> thanks');
    await page.waitForFunction(() => document.querySelector('article.av-card')?.textContent.includes('thanks'), undefined, { timeout: 10_000 });
    assert.equal(await page.locator('article.av-card img').count(), 0);
    assert.match(await page.locator('article.av-card').textContent(), /<img src=x onerror=alert\(1\)> thanks/);
  });
});
