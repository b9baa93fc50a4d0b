// The templates page in Firefox: a template written with the keyboard and the toolbar
// (bold, a placeholder) is saved and reopens as saved; a hostile paste is stored sanitised
// and runs nothing.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchFirefox, openFirefoxExtensionPage } from './support/browsers.mjs';

const byText = (selector, text) => ({ selector, text });
async function clickText(page, { selector, text }) {
  await page.waitForFunction((s, t) => [...document.querySelectorAll(s)].some((e) => e.textContent === t), {}, selector, text);
  await page.evaluate((s, t) => [...document.querySelectorAll(s)].find((e) => e.textContent === t).setAttribute('data-click', '1'), selector, text);
  await page.click('[data-click="1"]');
  await page.evaluate(() => document.querySelector('[data-click="1"]')?.removeAttribute('data-click'));
}

describe('templates page in Firefox', () => {
  let firefox;
  before(async () => {
    firefox = await launchFirefox();
  });
  after(async () => firefox?.close());

  test('writes, saves and reopens a template; a hostile paste is stored sanitised', { timeout: 90_000 }, async () => {
    let page = await openFirefoxExtensionPage(firefox.browser, 'templates.html');
    await page.waitForSelector('[data-testid="no-templates"]');
    await page.evaluate(() => {
      window.__xssCalls = [];
      window.__xss = (id) => window.__xssCalls.push(id);
    });
    await clickText(page, byText('button', 'New blank template'));
    await page.waitForSelector('input[name=title]');
    await page.type('input[name=title]', 'Firefox thanks');
    await page.click('#rte-area');
    await page.keyboard.type('Hi ');
    await page.select('#rte-placeholder-pick', 'company');
    await clickText(page, byText('button', 'Insert placeholder'));
    await page.keyboard.type(' team, ');
    await clickText(page, byText('button', 'Bold'));
    await page.keyboard.type('thanks');
    // A real copy and paste (Firefox hides the data of a constructed paste event): the copy
    // handler puts hostile HTML on the clipboard, Ctrl+V pastes it into the editor.
    await page.evaluate(() => {
      document.addEventListener(
        'copy',
        (e) => {
          e.clipboardData.setData('text/html', '<img src=x onerror=__xss(1)><a href="javascript:__xss(2)">x</a><b>!</b>');
          e.clipboardData.setData('text/plain', 'x!');
          e.preventDefault();
        },
        { once: true },
      );
    });
    await page.keyboard.down('Control');
    await page.keyboard.press('c');
    await page.keyboard.press('v');
    await page.keyboard.up('Control');
    await page.waitForFunction(() => document.querySelector('#rte-area').textContent.includes('x!'));
    await clickText(page, byText('button', 'Save'));
    await page.waitForFunction(() => document.querySelector('.tm-notice').textContent === 'Saved “Firefox thanks”.');
    assert.deepEqual(await page.evaluate(() => window.__xssCalls), []);
    await page.close();

    page = await openFirefoxExtensionPage(firefox.browser, 'templates.html');
    await page.waitForSelector('.tm-open');
    await page.click('.tm-open');
    await page.waitForFunction(() => document.querySelector('#rte-area')?.textContent.includes('thanks'));
    const html = await page.evaluate(() => document.querySelector('#rte-area').innerHTML);
    assert.match(html, /Hi \{\{company\}\} team,(\s|&nbsp;)/);
    assert.match(html, /<b>thanks/);
    assert.match(html, /<a>x<\/a>/, 'the sanitised HTML of the paste, not its plain text');
    assert.doesNotMatch(html, /<img|onerror|javascript:/i);
    await page.close();
  });
});
