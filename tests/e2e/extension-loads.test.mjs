// The built extension installs and its pages render, in both real browsers.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium, launchFirefox, openFirefoxExtensionPage, GECKO_ID } from './support/browsers.mjs';

describe('Chromium', () => {
  let chromium;
  before(async () => {
    chromium = await launchChromium();
  });
  after(async () => chromium?.close());

  test('the background service worker runs and the popup renders', async () => {
    assert.match(chromium.extensionId, /^[a-p]{32}$/);
    const page = await chromium.ctx.newPage();
    await page.goto(chromium.extensionUrl('popup.html'));
    await page.getByRole('heading', { name: 'Afterview' }).waitFor();
    const manifest = await chromium.worker.evaluate(() => chrome.runtime.getManifest());
    assert.equal(manifest.name, 'Afterview');
    assert.equal(manifest.manifest_version, 3);
    await page.close();
  });
});

describe('Firefox', () => {
  let firefox;
  before(async () => {
    firefox = await launchFirefox();
  });
  after(async () => firefox?.close());

  test('the add-on installs under its fixed id and the popup renders', async () => {
    assert.equal(firefox.id, GECKO_ID);
    const page = await openFirefoxExtensionPage(firefox.browser, 'popup.html');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Afterview');
    await page.close();
  });
});
