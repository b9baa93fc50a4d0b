// The card on an underline, by keyboard alone, in real Chromium and Firefox on the Gmail and
// Outlook fixtures: F8 goes to the next problem (selecting its words) and opens its card with the
// focus on it; Esc closes it and puts the caret back after the words; "Ignore here" takes that
// underline away for good in this email; "Turn off this check" mutes the rule for every draft.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium, launchFirefox } from './support/browsers.mjs';
import { CARD_SITES as SITES, goToCard, openFirefoxFixture, readCard, serveCardSites, tabTo, untilCard as until } from './support/finding-card.mjs';
import { sleep, waitForScores } from './support/webmail.mjs';

const serve = serveCardSites();
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DRAFT = 'Dear Ms Reyes,\n\nThank you for the the interview on Monday, thx again for your time.\n\nBest regards,\nSam Taylor';

async function byKeyboard(page, site, keys) {
  await waitForScores(page, 1);
  await page.click(site.body);
  await keys.selectAll();
  await keys.type(DRAFT);
  await until(page, site, (c) => c.errors.length === 2, 'the underlines');
  await keys.press('Home');

  // F8: the first problem's words are selected and its card opens, focused on its first button
  // (its fix, where it has one: see one-click-fixes.test.mjs).
  await keys.press('F8');
  const first = await until(page, site, (c) => c.open, 'the card');
  assert.ok(first.selected && first.title, `a problem selected and its card open: ${JSON.stringify(first)}`);
  assert.equal(first.focusedButton, first.buttons[0]);
  // F8 again, from the card, goes on; the doubled word's card is the rulebook's "Proofread".
  const doubled = await goToCard(page, site, keys, 'the the');
  assert.equal(doubled.title, 'Proofread');
  // Esc: closed, the caret back in the body after the words.
  await keys.press('Escape');
  const closed = await until(page, site, (c) => !c.open, 'the card to close');
  assert.equal(closed.caretInBody, true);

  // On to the texting word; Enter on "Ignore here" (after its fixes) takes that underline away.
  await keys.press('F8');
  const texting = await goToCard(page, site, keys, 'thx');
  const before = texting.errors.length + texting.warnings.length;
  await tabTo(page, site, keys, 'Ignore here');
  await keys.press('Enter');
  const ignored = await until(page, site, (c) => !c.open, 'the card to close');
  assert.equal(ignored.errors.length + ignored.warnings.length, before - 1, 'one underline fewer');
  // Still away after the next check (typing elsewhere).
  await keys.press('End');
  await keys.type(' ');
  await sleep(1500);
  const later = await page.evaluate(readCard, site.body);
  assert.equal(later.errors.length + later.warnings.length, before - 1, 'ignored here stays ignored');
  assert.ok(later.errors.includes('the the'), 'the others stay');

  // "Turn off this check" on the doubled word: Tab to it, Enter; the check goes from every draft.
  await keys.press('F8');
  await goToCard(page, site, keys, 'the the');
  await tabTo(page, site, keys, 'Turn off this check');
  await keys.press('Enter');
  await until(page, site, (c) => !c.open && !c.errors.includes('the the'), 'the spelling check to be off');
}

describe('Chromium: the card on an underline', () => {
  let chromium;
  before(async () => (chromium = await launchChromium(serve)));
  after(async () => chromium?.close());
  for (const site of SITES) {
    test(`${site.name}: by keyboard alone`, async () => {
      await chromium.worker.evaluate(() => chrome.storage.local.remove('settings:mutedRules'));
      const page = await chromium.ctx.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(site.fixture.url);
      await byKeyboard(page, site, { selectAll: () => page.keyboard.press('Control+A'), type: (t) => page.keyboard.type(t), press: (k) => page.keyboard.press(k) });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

/** axe over our badge and card only (the captured webmail markup around them is not ours). */
async function axeOnOurUi(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const context = { include: [['afterview-card'], ['afterview-score']] };
    const result = await globalThis.axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('Chromium: the card is accessible', () => {
  let chromium;
  before(async () => (chromium = await launchChromium(serve)));
  after(async () => chromium?.close());
  test('no axe violation in the badge and the open card, on a light page and on a dark one', async () => {
    const site = SITES[0];
    const page = await chromium.ctx.newPage();
    await page.goto(site.fixture.url);
    await waitForScores(page, 1);
    await page.click(site.body);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(DRAFT);
    await until(page, site, (c) => c.errors.length === 2, 'the underlines');
    for (const theme of ['light', 'dark']) {
      if (theme === 'dark') await page.evaluate(() => (document.body.style.backgroundColor = 'rgb(32, 33, 36)'));
      await page.keyboard.press('Escape');
      await page.click(site.body);
      await page.keyboard.press('F8');
      await until(page, site, (c) => c.open, 'the card');
      const shown = await page.evaluate(() => document.querySelector('afterview-card').getAttribute('data-theme'));
      assert.equal(shown, theme);
      assert.deepEqual(await axeOnOurUi(page), [], theme);
    }
    await page.close();
  });
});

describe('Firefox: the card on an underline', () => {
  let firefox;
  before(async () => (firefox = await launchFirefox()));
  after(async () => firefox?.close());
  test('Gmail: by keyboard alone', async () => {
    const site = SITES[0];
    const { page, errors, press } = await openFirefoxFixture(firefox, serve, site.fixture.url);
    await byKeyboard(page, site, { selectAll: () => press('Control+a'), type: (t) => page.keyboard.type(t), press });
    assert.deepEqual(errors, []);
    await page.close();
  });
});
