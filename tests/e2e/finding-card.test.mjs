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
import { FIXTURE_PAGES, fixtureHtml, serveInFirefox, servePages, sleep, waitForScores } from './support/webmail.mjs';

const SITES = [
  { name: 'Gmail', fixture: FIXTURE_PAGES[0], body: '[g_editable="true"][contenteditable="true"]' },
  { name: 'Outlook', fixture: FIXTURE_PAGES[5], body: 'div[role="textbox"][contenteditable="true"][aria-multiline="true"]' },
];
const serve = servePages(Object.fromEntries(SITES.map((s) => [s.fixture.url, fixtureHtml(s.fixture.file)])));
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DRAFT = 'Dear Ms Reyes,\n\nThank you for the the interview on Monday, thx again for your time.\n\nBest regards,\nSam Taylor';

/** The card and the underlines as the page shows them. Runs in the page. */
function readCard(bodySelector) {
  const host = document.querySelector('afterview-card');
  const card = host?.shadowRoot?.querySelector('.card');
  const body = document.querySelector(bodySelector);
  const texts = (name) => [...(CSS.highlights.get(name) ?? [])].filter((r) => body.contains(r.commonAncestorContainer)).map((r) => r.toString());
  const focusedButton = host?.shadowRoot?.activeElement?.textContent ?? null;
  const selection = document.getSelection();
  return {
    open: !!card && !host.hidden,
    title: card?.querySelector('h2')?.textContent ?? null,
    focusedButton,
    selected: selection.toString(),
    caretInBody: body.contains(selection.anchorNode) && selection.isCollapsed,
    errors: texts('afterview-error'),
    warnings: texts('afterview-warning'),
  };
}

async function until(page, site, done, what) {
  let seen;
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; await sleep(150)) {
    seen = await page.evaluate(readCard, site.body);
    if (done(seen)) return seen;
  }
  throw new Error(`timed out waiting for ${what}: ${JSON.stringify(seen)}`);
}

/** Presses F8 (in the card once it is open) until the card is on `words`; at most ten times. */
async function goTo(page, site, keys, words) {
  for (let i = 0; i < 10; i++) {
    const c = await until(page, site, (x) => x.open, 'a card');
    if (c.selected === words) return c;
    await keys.press('F8');
    await sleep(100);
  }
  throw new Error(`F8 never reached "${words}"`);
}

async function byKeyboard(page, site, keys) {
  await waitForScores(page, 1);
  await page.click(site.body);
  await keys.selectAll();
  await keys.type(DRAFT);
  await until(page, site, (c) => c.errors.length === 2, 'the underlines');
  await keys.press('Home');

  // F8: the first problem's words are selected and its card opens, focused on its first button.
  await keys.press('F8');
  const first = await until(page, site, (c) => c.open, 'the card');
  assert.ok(first.selected && first.title, `a problem selected and its card open: ${JSON.stringify(first)}`);
  assert.equal(first.focusedButton, 'Ignore here');
  // F8 again, from the card, goes on; the doubled word's card is the rulebook's "Proofread".
  const doubled = await goTo(page, site, keys, 'the the');
  assert.equal(doubled.title, 'Proofread');
  // Esc: closed, the caret back in the body after the words.
  await keys.press('Escape');
  const closed = await until(page, site, (c) => !c.open, 'the card to close');
  assert.equal(closed.caretInBody, true);

  // On to the texting word; Enter on "Ignore here" takes that underline away.
  await keys.press('F8');
  const texting = await goTo(page, site, keys, 'thx');
  const before = texting.errors.length + texting.warnings.length;
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
  await goTo(page, site, keys, 'the the');
  await keys.press('Tab');
  assert.equal((await page.evaluate(readCard, site.body)).focusedButton, 'Turn off this check');
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
    const page = await firefox.browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await serveInFirefox(page, serve);
    await page.goto(site.fixture.url);
    await page.bringToFront();
    const press = async (key) => {
      if (!key.includes('+')) return page.keyboard.press(key);
      const [mod, k] = key.split('+');
      await page.keyboard.down(mod);
      await page.keyboard.press(k);
      await page.keyboard.up(mod);
    };
    await byKeyboard(page, site, { selectAll: () => press('Control+a'), type: (t) => page.keyboard.type(t), press });
    assert.deepEqual(errors, []);
    await page.close();
  });
});
