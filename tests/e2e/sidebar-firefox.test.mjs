// The sidebar page in real Firefox ESR beside a Gmail compose: it names the compose,
// follows typing, and a click on a finding selects its text in the compose.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchFirefox, openFirefoxExtensionPage } from './support/browsers.mjs';
import { FIXTURE_PAGES, fixtureHtml, serveInFirefox, servePages, waitForScores, waitInPage } from './support/webmail.mjs';

const GMAIL_BODY = '[g_editable="true"][contenteditable="true"]';
const fixture = FIXTURE_PAGES[0];

let firefox;
let mail;
let panel;
before(async () => {
  firefox = await launchFirefox();
  mail = await firefox.browser.newPage();
  await serveInFirefox(mail, servePages({ [fixture.url]: fixtureHtml(fixture.file) }));
  await mail.goto(fixture.url);
  await waitForScores(mail, 1);
  await mail.click(GMAIL_BODY);
  await mail.keyboard.type('Hi Dana,\n\nThank you for the the chat yesterday.\n\nBest regards,\nSam Taylor');
  panel = await openFirefoxExtensionPage(firefox.browser, 'sidepanel.html');
});
after(async () => firefox?.close());

const panelScore = () => panel.evaluate(() => document.querySelector('[data-testid="score"] .number')?.textContent ?? null);

describe('Firefox: sidebar', () => {
  test('names the compose and shows its score and findings', async () => {
    const name = await waitInPage(panel, () => document.querySelector('[data-testid="compose-name"]')?.textContent, undefined, { what: 'the compose name' });
    assert.match(name, /Checking the email to/);
    assert.match(await panelScore(), /^\d+$/);
    assert.ok(await panel.evaluate(() => !!document.querySelector('li.finding[data-rule="spelling"]')));
  });

  test('follows typing in the compose', async () => {
    const before = await panelScore();
    await mail.bringToFront();
    await mail.click(GMAIL_BODY);
    await mail.keyboard.type(' lol!!!');
    await waitInPage(panel, (b) => document.querySelector('[data-testid="score"] .number')?.textContent !== b, before, { what: 'the score to change' });
  });

  test('a click on a finding selects its text in the compose', async () => {
    await panel.evaluate(() => document.querySelector('li.finding[data-rule="spelling"] button.finding-message').click());
    const selected = await waitInPage(mail, () => document.getSelection()?.toString(), undefined, { what: 'a selection' });
    assert.equal(selected.replace(/\s+/g, ' '), 'the the');
  });
});
