// The sidebar in real Chromium beside a Gmail compose served at its real address: it names
// the compose, follows typing, opens a finding's card in the compose (selects the subject's),
// mutes a rule for good, overrides the kind, and the badge opens the real side panel.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium } from './support/browsers.mjs';
import { FIXTURE_PAGES, fixtureHtml, servePages, waitForScores, waitInPage } from './support/webmail.mjs';

const GMAIL_BODY = '[g_editable="true"][contenteditable="true"]';
const fixture = FIXTURE_PAGES[0];

let chromium;
let mail;
let panel;
before(async () => {
  chromium = await launchChromium(servePages({ [fixture.url]: fixtureHtml(fixture.file) }));
  mail = await chromium.ctx.newPage();
  await mail.goto(fixture.url);
  await waitForScores(mail, 1);
  await mail.click(GMAIL_BODY);
  await mail.keyboard.press('Control+A');
  await mail.keyboard.type('Hi Dana,\n\nThank you for the the interview yesterday.\n\nBest regards,\nSam Taylor');
  panel = await chromium.ctx.newPage();
  await panel.goto(chromium.extensionUrl('sidepanel.html'));
});
after(async () => chromium?.close());

const scoreInPanel = () => panel.getByTestId('score').locator('.number').textContent();

describe('Chromium: sidebar', () => {
  test('names the compose it shows and its score', async () => {
    await panel.getByTestId('compose-name').waitFor();
    const name = await panel.getByTestId('compose-name').textContent();
    assert.match(name, /Checking the email to/);
    assert.match(await scoreInPanel(), /^\d+$/);
    assert.ok(await panel.getByRole('heading', { name: /Must fix/ }).isVisible());
  });

  test('findings follow what the user types in the compose', async () => {
    // The first draft has no casual word. Its score is no fixed point to compare with (the panel may
    // still show a line-by-line check of it), so the test waits on the finding the new words cause.
    const casual = 'li.finding.fail[data-rule="casual-language"]';
    assert.equal(await panel.locator(casual).count(), 0);
    await mail.bringToFront();
    await mail.click(GMAIL_BODY);
    await mail.keyboard.press('Control+A');
    // Ends on a new line, so the last key is checked at once (a key inside a sentence waits for the pause).
    await mail.keyboard.type('Hi Dana,\n\nThank you for the the chat yesterday, lol.\n\nBest regards,\nSam Taylor\n');
    await panel.waitForFunction((sel) => /\blol\b/i.test(document.querySelector(sel)?.textContent ?? ''), casual, { timeout: 20_000, polling: 100 });
    assert.match(await scoreInPanel(), /^\d+$/);
  });

  test('clicking a finding opens the card on its underlined words in the compose, without selecting them', async () => {
    // Wait for the doubled word's underline (the compose's own check) before asking for its card.
    await waitInPage(mail, () => [...(CSS.highlights.get('afterview-error') ?? [])].some((r) => r.toString() === 'the the'), undefined, { what: 'the doubled word underlined' });
    await panel.waitForFunction(() => document.querySelector('[data-testid="compose-name"]') && document.querySelector('li.finding[data-rule="spelling"]'), undefined, { timeout: 10_000 });
    const spelling = panel.locator('li.finding[data-rule="spelling"] button.finding-message');
    await spelling.click();
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

  test('clicking the subject’s finding selects the subject, which no underline can mark', async () => {
    await mail.bringToFront();
    await mail.fill('input[name="subjectbox"]', 'Hi');
    const subject = panel.locator('li.finding.fail[data-rule="subject-line"] button.finding-message');
    await subject.waitFor({ timeout: 10_000 });
    await subject.click();
    const selected = await waitInPage(
      mail,
      () => {
        const input = document.activeElement;
        return input?.name === 'subjectbox' && input.value.slice(input.selectionStart, input.selectionEnd);
      },
      undefined,
      { what: 'the subject selected' },
    );
    assert.equal(selected, 'Hi');
  });

  test('muting a rule takes it out of the score and stays muted after reopening', async () => {
    const before = Number(await scoreInPanel());
    await panel
      .locator('li.finding[data-rule="spelling"]')
      .getByRole('button', { name: /Turn off/ })
      .click();
    await panel.waitForFunction((b) => Number(document.querySelector('[data-testid="score"] .number')?.textContent) > b, before, { timeout: 10_000 });
    await panel.reload();
    await panel.locator('details.muted summary').click();
    assert.ok(await panel.locator('details.muted li.finding[data-rule="spelling"]').isVisible());
    // Turn it back on for the next tests.
    await panel
      .locator('details.muted li.finding[data-rule="spelling"]')
      .getByRole('button', { name: /Turn on/ })
      .click();
    await panel.waitForFunction((b) => Number(document.querySelector('[data-testid="score"] .number')?.textContent) === b, before, { timeout: 10_000 });
  });

  test('the kind can be overridden, and the badge in the page follows', async () => {
    await panel.locator('.kind select').selectOption('withdrawal');
    // door-open applies to withdrawals only: it leaves the "Not applicable" fold.
    await panel.waitForFunction(() => !document.querySelector('li.finding[data-rule="door-open"]')?.closest('details.na'), undefined, { timeout: 10_000 });
    const option = await panel.locator('.kind select').inputValue();
    assert.equal(option, 'withdrawal');
    const judged = await scoreInPanel();
    await waitInPage(mail, (want) => document.querySelector('afterview-score').shadowRoot.querySelector('.score').textContent === want, judged, {
      what: 'the badge to show the score for the chosen kind',
    });
    await panel.locator('.kind select').selectOption('');
    await panel.waitForFunction(() => !!document.querySelector('li.finding[data-rule="door-open"]')?.closest('details.na'), undefined, { timeout: 10_000 });
  });

  test('"Add to my dictionary" on a spelling finding stops flagging that word, here and after a reload', async () => {
    await mail.bringToFront();
    await mail.click(GMAIL_BODY);
    await mail.keyboard.press('Control+A');
    await mail.keyboard.type('Hi Dana,\n\nThank you for the chat yesterday about the pipelinez.\n\nBest regards,\nSam Taylor');
    const add = panel.getByRole('button', { name: 'Add “pipelinez” to my dictionary' });
    await add.waitFor({ timeout: 10_000 });
    await add.click();
    await panel.waitForFunction(() => !!document.querySelector('li.finding[data-rule="spelling"]')?.closest('details.passing'), undefined, { timeout: 10_000 });
    const stored = await panel.evaluate(async () => (await chrome.storage.local.get('dictionary')).dictionary);
    assert.deepEqual(stored, { words: ['pipelinez'] });
    await panel.reload();
    await panel.getByTestId('score').waitFor();
    assert.ok(await panel.locator('details.passing li.finding[data-rule="spelling"]').count(), 'still passing after reopening the panel');
  });

  test('the badge opens the real side panel', async () => {
    await mail.bringToFront();
    await mail.locator('afterview-score button').first().click();
    const open = await waitInPage(
      { evaluate: (fn, arg) => chromium.worker.evaluate(fn, arg) },
      async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length > 0,
      undefined,
      { what: 'a side panel context' },
    );
    assert.equal(open, true);
  });
});
