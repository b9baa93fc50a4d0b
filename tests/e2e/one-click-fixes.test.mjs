// One-click fixes on the card, in real Chromium and Firefox ESR on the Gmail and Outlook
// fixtures, by keyboard alone: F8 to the problem, Tab to the fix, Enter. Each fix changes exactly
// its words (the editor's text is the draft as if the user had typed the correction), leaves the
// caret just after the new words, takes its underline away at the next check, and one Ctrl+Z
// brings back the text as it was.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium, launchFirefox } from './support/browsers.mjs';
import { CARD_SITES, goToCard, openFirefoxFixture, readCard, serveCardSites, tabTo, untilCard } from './support/finding-card.mjs';
import { waitForScores } from './support/webmail.mjs';

const serve = serveCardSites();
const DRAFT = 'Hey Dana,\n\nThank you for the the interview on Monday, thx again. i enjoyed meeting the team. it was a pleasure.\n\nCheers,\nSam Taylor';

// Each fix: the underlined words, the button, the text around them before and after, and what
// sits right before the caret afterwards.
const FIXES = [
  { words: 'the the', button: 'Remove the repeated word', from: 'for the the interview', to: 'for the interview', caretAfter: 'Thank you for the' },
  { words: 'i', button: 'Change to “I”', from: 'again. i enjoyed', to: 'again. I enjoyed', caretAfter: 'thx again. I' },
  { words: 'it', button: 'Change to “It”', from: 'team. it was', to: 'team. It was', caretAfter: 'the team. It' },
  // The second of its two fixes, to show that each is reachable.
  { words: 'thx', button: 'Replace with “thank you”', from: 'Monday, thx again', to: 'Monday, thank you again', caretAfter: 'on Monday, thank you' },
  { words: 'Hey', button: 'Replace with “Dear”', from: 'Hey Dana,', to: 'Dear Dana,', caretAfter: 'Dear' },
  { words: 'Cheers,', button: 'Replace with “Best regards,”', from: 'Cheers,', to: 'Best regards,', caretAfter: 'a pleasure.Best regards,' },
];

const squeeze = (s) => s.replace(/\s+/g, '');
const underlined = (c) => [...c.errors, ...c.warnings, ...c.tips];

async function fixEach(page, site, keys) {
  await waitForScores(page, 1);
  await page.click(site.body);
  await keys.selectAll();
  await keys.type(DRAFT);
  const typed = await untilCard(page, site, (c) => FIXES.every((f) => underlined(c).includes(f.words)), 'every problem underlined');
  for (const fix of FIXES) {
    await keys.press('F8');
    const card = await goToCard(page, site, keys, fix.words, 16);
    assert.ok(card.buttons.includes(fix.button), `"${fix.words}": the card offers "${fix.button}": ${JSON.stringify(card.buttons)}`);
    assert.equal(card.focusedButton, card.buttons[0], 'the card opens on its first fix');
    await tabTo(page, site, keys, fix.button);
    await keys.press('Enter');

    const fixed = await untilCard(page, site, (c) => !c.open && c.text !== typed.text, `"${fix.button}" to change the text`);
    assert.equal(fixed.text, typed.text.replace(fix.from, fix.to), `"${fix.button}" changes exactly its words`);
    assert.equal(fixed.caretInBody, true, 'the caret is back in the body');
    assert.ok(squeeze(fixed.beforeCaret).endsWith(squeeze(fix.caretAfter)), `the caret sits after the new words: …${fixed.beforeCaret.slice(-30)}`);
    // The next check no longer underlines them.
    await untilCard(page, site, (c) => !underlined(c).includes(fix.words), `the underline on "${fix.words}" to go`);

    // One undo step: the text before the fix, and its underline back at the next check.
    await keys.press('Control+z');
    const undone = await untilCard(page, site, (c) => c.text === typed.text && underlined(c).includes(fix.words), `Ctrl+Z to undo "${fix.button}"`);
    assert.equal(undone.text, typed.text);
  }
  // No fix was left behind by any undo.
  assert.equal((await page.evaluate(readCard, site.body)).text, typed.text);
}

describe('Chromium: one-click fixes on the card', () => {
  let chromium;
  before(async () => (chromium = await launchChromium(serve)));
  after(async () => chromium?.close());
  for (const site of CARD_SITES) {
    test(`${site.name}: each fix changes its words, keeps the caret after them, and one Ctrl+Z undoes it`, async () => {
      const page = await chromium.ctx.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(site.fixture.url);
      await fixEach(page, site, { selectAll: () => page.keyboard.press('Control+A'), type: (t) => page.keyboard.type(t), press: (k) => page.keyboard.press(k) });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

describe('Firefox: one-click fixes on the card', () => {
  let firefox;
  before(async () => (firefox = await launchFirefox()));
  after(async () => firefox?.close());
  for (const site of CARD_SITES) {
    test(`${site.name}: each fix changes its words, keeps the caret after them, and one Ctrl+Z undoes it`, async () => {
      const { page, errors, press } = await openFirefoxFixture(firefox, serve, site.fixture.url);
      await fixEach(page, site, { selectAll: () => press('Control+a'), type: (t) => page.keyboard.type(t), press });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
