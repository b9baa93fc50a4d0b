// The sidebar page in real Firefox ESR beside a Gmail compose: it names the compose, follows
// typing; a click on a finding opens its card in the compose; a fix pressed in the sidebar
// changes exactly its words and one Ctrl+Z undoes it; the suggested subject (from the user's name
// in the profile) goes into the subject field. No page error.
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
const pageErrors = [];
const SUBJECT = 'input[name="subjectbox"]';
const mailText = () => mail.evaluate((s) => document.querySelector(s).innerText, GMAIL_BODY);
/** Ctrl+<key> in the compose (puppeteer presses one key at a time). */
async function ctrl(key) {
  await mail.keyboard.down('Control');
  await mail.keyboard.press(key);
  await mail.keyboard.up('Control');
}
before(async () => {
  firefox = await launchFirefox();
  mail = await firefox.browser.newPage();
  await serveInFirefox(mail, servePages({ [fixture.url]: fixtureHtml(fixture.file) }));
  await mail.goto(fixture.url);
  await waitForScores(mail, 1);
  await mail.click(GMAIL_BODY);
  await mail.keyboard.type('Hi Dana,\n\nThank you for the the chat yesterday.\n\nBest regards,\nSam Taylor');
  panel = await openFirefoxExtensionPage(firefox.browser, 'sidepanel.html');
  // The user's name, for the suggested subject (no saved company matches this email).
  await panel.evaluate(() => browser.storage.local.set({ meta: { schemaVersion: 1 }, profile: { name: 'Sam Taylor' } }));
  mail.on('pageerror', (e) => pageErrors.push(e.message));
  panel.on('pageerror', (e) => pageErrors.push(e.message));
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

  test('a click on a finding opens the card on its underlined words in the compose, without selecting them', async () => {
    await panel.evaluate(() => document.querySelector('li.finding[data-rule="spelling"] button.finding-message').click());
    const card = await waitInPage(
      mail,
      () => {
        const host = document.querySelector('afterview-card');
        return host && !host.hidden && { buttons: [...host.shadowRoot.querySelectorAll('button')].map((b) => b.textContent), selected: document.getSelection()?.toString() };
      },
      undefined,
      { what: 'the card open in the compose' },
    );
    assert.ok(card.buttons.includes('Remove the repeated word'), JSON.stringify(card.buttons));
    assert.equal(card.selected, '');
  });

  test('a fix pressed in the sidebar changes exactly its words, and one Ctrl+Z in the compose undoes it', async () => {
    const typed = await mailText();
    const press = () =>
      panel.evaluate(() => {
        const button = [...document.querySelectorAll('li.finding[data-rule="spelling"] [data-testid="sidebar-fixes"] button')].find((b) => b.textContent === 'Remove the repeated word');
        button?.click();
        return !!button;
      });
    assert.equal(await press(), true, 'the sidebar offers the fix');
    const changed = await waitInPage(mail, ([s, t]) => document.querySelector(s).innerText !== t && document.querySelector(s).innerText, [GMAIL_BODY, typed], {
      what: 'the fix in the compose',
    });
    assert.equal(changed, typed.replace('for the the chat', 'for the chat'));
    await mail.bringToFront();
    await ctrl('z');
    await waitInPage(mail, ([s, t]) => document.querySelector(s).innerText === t, [GMAIL_BODY, typed], { what: 'one Ctrl+Z to undo the fix' });
  });

  test('the suggested subject goes into the subject field', async () => {
    await mail.click(SUBJECT);
    await ctrl('a');
    await mail.keyboard.type('Interview');
    const suggestion = await waitInPage(
      panel,
      () => {
        const button = document.querySelector('li.finding.fail[data-rule="subject-line"] [data-testid="sidebar-fixes"] button');
        return button?.textContent.match(/“(.+)”/)?.[1];
      },
      undefined,
      { what: 'the suggested subject in the sidebar', timeout: 15_000 },
    );
    assert.match(suggestion, /– Sam Taylor$/);
    await panel.evaluate(() => document.querySelector('li.finding.fail[data-rule="subject-line"] [data-testid="sidebar-fixes"] button').click());
    await waitInPage(mail, ([s, want]) => document.querySelector(s).value === want, [SUBJECT, suggestion], { what: 'the suggested subject in the field' });
    await waitInPage(panel, () => !!document.querySelector('li.finding.pass[data-rule="subject-line"]'), undefined, { what: 'the subject to pass', timeout: 15_000 });
    // Typed over the old one: one Ctrl+Z in the field brings it back.
    await mail.bringToFront();
    await mail.focus(SUBJECT);
    await ctrl('z');
    await waitInPage(mail, (s) => document.querySelector(s).value === 'Interview', SUBJECT, { what: 'one Ctrl+Z to bring the old subject back' });
    assert.deepEqual(pageErrors, []);
  });
});
