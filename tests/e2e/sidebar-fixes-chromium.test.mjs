// The sidebar and the compose together in real Chromium, on the Gmail fixture with Northwind's
// notes saved: a finding picked in the sidebar by keyboard scrolls its words into view and opens
// their card in the compose, the underline still drawn and the caret where it was (Esc in the card
// puts it after the words); a fix pressed in the sidebar changes exactly its words, and one Ctrl+Z
// in the compose undoes it; the suggested subject, made from the notes' role and the profile's
// name, is written into the subject field as if typed. No page error (launchChromium's close()).
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium } from './support/browsers.mjs';
import { readCard, untilCard } from './support/finding-card.mjs';
import { FIXTURE_PAGES, fixtureHtml, northwindNotes, servePages, waitForScores, waitInPage } from './support/webmail.mjs';

const fixture = FIXTURE_PAGES[1];
const BODY = '[g_editable="true"][contenteditable="true"]';
const SUBJECT = 'input[name="subjectbox"]';
const SITE = { body: BODY };
// "the the" at the top, many lines below it: typed to the end, the words are out of sight.
const FILLER = Array.from({ length: 40 }, (_, i) => `Line ${i + 1} of my notes on the dashboard.`).join('\n');
const DRAFT = `Dear Dana,\n\nThank you for the the interview yesterday about the churn dashboard rebuild.\n\n${FILLER}\n\nCheers,\nSam Taylor`;
const squeeze = (s) => s.replace(/\s+/g, '');

/** Where the underlined `words` are, against the window and every scrolling box around them. Runs in the page. */
function wordsPlace(words) {
  const range = [...(CSS.highlights.get('afterview-error') ?? [])].find((r) => r.toString() === words);
  if (!range) return null;
  const r = range.getBoundingClientRect();
  const boxes = [];
  for (let el = range.startContainer.parentElement; el && el !== document.body; el = el.parentElement) {
    if (el.scrollHeight > el.clientHeight && /auto|scroll/.test(getComputedStyle(el).overflowY)) boxes.push(el.getBoundingClientRect());
  }
  const inside = (b) => r.top >= b.top && r.bottom <= b.bottom;
  return { inView: inside({ top: 0, bottom: innerHeight }) && boxes.every(inside), boxes: boxes.length };
}

/** Scrolls every box around the body, and the page, to the bottom. Runs in the page. */
function scrollAway(selector) {
  for (let el = document.querySelector(selector); el; el = el.parentElement) el.scrollTop = el.scrollHeight;
  scrollTo(0, document.documentElement.scrollHeight);
}

describe('Chromium: findings and fixes from the sidebar in the compose', () => {
  let chromium;
  let mail;
  let panel;
  let typed;
  before(async () => {
    chromium = await launchChromium(servePages({ [fixture.url]: fixtureHtml(fixture.file) }));
    await chromium.worker.evaluate((notes) => chrome.storage.local.set(notes), northwindNotes());
    mail = await chromium.ctx.newPage();
    await mail.goto(fixture.url);
    await waitForScores(mail, 2);
    await mail.click(BODY);
    await mail.keyboard.press('Control+A');
    await mail.keyboard.type(DRAFT);
    typed = await mail.evaluate((s) => document.querySelector(s).innerText, BODY);
    panel = await chromium.ctx.newPage();
    await panel.goto(chromium.extensionUrl('sidepanel.html'));
    await panel.locator('li.finding.fail[data-rule="spelling"]').waitFor({ timeout: 15_000 });
  });
  after(async () => chromium?.close());

  test('Enter on a finding scrolls its words into view and opens their card, leaving the caret and the underline', async () => {
    await waitInPage(mail, (w) => !!document.querySelector('afterview-card') && [...(CSS.highlights.get('afterview-error') ?? [])].some((r) => r.toString() === w), 'the the', {
      what: 'the underline on "the the"',
    });
    await mail.evaluate(scrollAway, BODY);
    assert.equal((await mail.evaluate(wordsPlace, 'the the')).inView, false, 'the words start out of sight');
    const before = await mail.evaluate(readCard, BODY);
    assert.ok(squeeze(before.beforeCaret).endsWith('SamTaylor'), 'the caret is at the end, where typing left it');

    const finding = panel.locator('li.finding[data-rule="spelling"] button.finding-message');
    await finding.focus();
    await panel.keyboard.press('Enter');
    const card = await untilCard(mail, SITE, (c) => c.open, 'the card open in the compose').catch(async (e) => {
      throw new Error(
        `${e.message}; the sidebar says: ${await panel
          .locator('.notice')
          .textContent()
          .catch(() => '')}`,
      );
    });
    assert.equal(card.title, await panel.locator('li.finding[data-rule="spelling"] .finding-title').textContent());
    assert.ok(card.buttons.includes('Remove the repeated word'), JSON.stringify(card.buttons));
    assert.equal(card.selected, '', 'nothing is selected: the underline stays visible');
    assert.ok(card.errors.includes('the the'), 'the words are still underlined');
    assert.ok(squeeze(card.beforeCaret ?? '').endsWith('SamTaylor'), 'the caret is where it was');
    assert.equal((await mail.evaluate(wordsPlace, 'the the')).inView, true, 'the words are in view');
    // The sidebar keeps its own focus: the next finding is a Tab away.
    assert.equal(await panel.evaluate(() => document.activeElement?.closest('li.finding')?.dataset.rule), 'spelling');

    // In the compose, the card has the focus: Esc closes it and puts the caret after the words.
    await mail.bringToFront();
    await mail.keyboard.press('Escape');
    const closed = await untilCard(mail, SITE, (c) => !c.open, 'the card to close');
    assert.ok(squeeze(closed.beforeCaret ?? '').endsWith('Thankyouforthethe'), `the caret sits after the words: …${closed.beforeCaret?.slice(-20)}`);
  });

  for (const fix of [
    { rule: 'spelling', button: 'Remove the repeated word', from: 'for the the interview', to: 'for the interview' },
    { rule: 'sign-off', button: 'Replace with “Best regards,”', from: 'Cheers,', to: 'Best regards,' },
  ]) {
    test(`"${fix.button}" pressed in the sidebar changes exactly its words, and one Ctrl+Z in the compose undoes it`, async () => {
      await panel.bringToFront();
      const button = panel.locator(`li.finding[data-rule="${fix.rule}"] [data-testid="sidebar-fixes"] button`, { hasText: fix.button });
      await button.waitFor({ timeout: 10_000 });
      await button.focus();
      await panel.keyboard.press('Enter');
      const changed = await waitInPage(
        mail,
        ([s, t]) => {
          const now = document.querySelector(s).innerText;
          return now !== t && now;
        },
        [BODY, typed],
        { what: `"${fix.button}" to change the compose` },
      );
      assert.equal(changed, typed.replace(fix.from, fix.to));
      await panel.locator('.notice', { hasText: 'Ctrl+Z' }).waitFor({ timeout: 5_000 });

      await mail.bringToFront();
      await mail.keyboard.press('Control+z');
      await waitInPage(mail, ([s, t]) => document.querySelector(s).innerText === t, [BODY, typed], { what: 'one Ctrl+Z to undo the fix' });
      // The finding comes back in the sidebar with its fix, for the next test.
      await panel.locator(`li.finding.fail[data-rule="${fix.rule}"] [data-testid="sidebar-fixes"] button`, { hasText: fix.button }).waitFor({ timeout: 10_000 });
    });
  }

  test('the suggested subject, from the role in the notes and the user’s name, goes into the subject field', async () => {
    await mail.bringToFront();
    await mail.fill(SUBJECT, 'Interview');
    await panel.bringToFront();
    const suggest = panel.locator('li.finding.fail[data-rule="subject-line"] [data-testid="sidebar-fixes"] button');
    await suggest.waitFor({ timeout: 15_000 });
    const label = await suggest.textContent();
    const suggestion = label.match(/“(.+)”/)?.[1];
    assert.match(suggestion, /Product Analyst/);
    assert.match(suggestion, /Sam Taylor$/);
    await suggest.click();
    await waitInPage(mail, ([s, want]) => document.querySelector(s).value === want, [SUBJECT, suggestion], { what: 'the suggested subject in the field' });
    // Checked again as typed: the subject passes now.
    await panel.locator('li.finding.pass[data-rule="subject-line"]').waitFor({ state: 'attached', timeout: 15_000 });
    assert.match(await panel.getByTestId('compose-name').textContent(), new RegExp(suggestion.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    // Typed over the old one: one Ctrl+Z in the field brings it back.
    await mail.bringToFront();
    await mail.focus(SUBJECT);
    await mail.keyboard.press('Control+z');
    await waitInPage(mail, (s) => document.querySelector(s).value === 'Interview', SUBJECT, { what: 'one Ctrl+Z to bring the old subject back' });
  });
});
