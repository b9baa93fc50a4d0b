// The card's fixes that ask the background, in real Chromium and Firefox ESR on Gmail and
// Outlook fixtures whose composes go to a company saved in the notes, by keyboard alone (F8 to
// the problem, Tab, Enter): a misspelling changed to the speller's suggestion; a placeholder
// filled from the notes, whose value is nowhere in the page or its shadow roots until the fix is
// picked; "Add to my dictionary", which stores the word and takes its underline away. Each change
// is exactly its words, and one Ctrl+Z undoes it.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium, launchFirefox, openFirefoxExtensionPage } from './support/browsers.mjs';
import { goToCard, openFirefoxFixture, readCard, tabTo, untilCard } from './support/finding-card.mjs';
import { pageTextWithShadows } from './support/security.mjs';
import { FIXTURE_PAGES, fixtureHtml, northwindNotes, servePages, waitForScores } from './support/webmail.mjs';

// Composes to Dana Reyes at northwind.example, the company northwindNotes() saves.
const SITES = [
  { name: 'Gmail', fixture: FIXTURE_PAGES[1], composes: 2, body: '[g_editable="true"][contenteditable="true"]' },
  { name: 'Outlook', fixture: FIXTURE_PAGES[6], composes: 1, body: 'div[role="textbox"][contenteditable="true"][aria-multiline="true"]' },
];
const serve = servePages(Object.fromEntries(SITES.map((s) => [s.fixture.url, fixtureHtml(s.fixture.file)])));

const DRAFT =
  'Dear Dana,\n\nThank you for the interview at [Company] yesterday. I recieved the brief, and I enjoyed our talk about the duckdb models your team runs.\n\nBest regards,\nSam Taylor';
const COMPANY = 'Northwind Analytics';
// What the notes hold that neither the fixture nor the draft says.
const NOTE_ONLY = [COMPANY, 'Product Analyst', 'churn dashboard rebuild', 'slow weekly reporting'];

const underlined = (c) => [...c.errors, ...c.warnings, ...c.tips];

async function assertNoNoteInPage(page, where) {
  const { text, shadowRoots } = await pageTextWithShadows(page);
  assert.ok(shadowRoots >= 2, `${where}: the badge's and the card's shadow roots were scanned`);
  for (const note of NOTE_ONLY) assert.ok(!text.includes(note), `${where}: "${note}" from the notes is in the page`);
}

/** Picks the card's `button` on `words` (F8 there, Tab to it, Enter); returns the card as it opened. */
async function pick(page, site, keys, words, button) {
  await keys.press('F8');
  const card = await goToCard(page, site, keys, words, 16);
  assert.ok(card.buttons.includes(button), `"${words}": the card offers "${button}": ${JSON.stringify(card.buttons)}`);
  await tabTo(page, site, keys, button);
  await keys.press('Enter');
  return card;
}

async function exercise(page, site, keys, storedWords) {
  await waitForScores(page, site.composes);
  await page.click(site.body);
  await keys.selectAll();
  await keys.type(DRAFT);
  const typed = await untilCard(page, site, (c) => ['recieved', '[Company]', 'duckdb'].every((w) => underlined(c).includes(w)), 'the three problems underlined');
  await assertNoNoteInPage(page, `${site.name} before any fix`);

  // A suggestion from the speller: the card's first button.
  const spelling = await pick(page, site, keys, 'recieved', 'Change to “received”');
  assert.equal(spelling.focusedButton, 'Change to “received”', 'the likeliest word is the first fix');
  const suggested = await untilCard(page, site, (c) => !c.open && c.text !== typed.text, 'the suggestion to change the text');
  assert.equal(suggested.text, typed.text.replace('recieved', 'received'), 'the suggestion changes exactly its word');
  await untilCard(page, site, (c) => !underlined(c).includes('recieved') && !underlined(c).includes('received'), 'the spelling underline to go');
  await keys.press('Control+z');
  await untilCard(page, site, (c) => c.text === typed.text && underlined(c).includes('recieved'), 'Ctrl+Z to undo the suggestion');

  // A placeholder filled from the notes: the card offers it without the value, which comes only with the pick.
  await keys.press('F8');
  const placeholder = await goToCard(page, site, keys, '[Company]', 16);
  assert.equal(placeholder.buttons[0], 'Fill in from your notes');
  await assertNoNoteInPage(page, `${site.name} with the placeholder's card open`);
  await keys.press('Enter');
  const filled = await untilCard(page, site, (c) => !c.open && c.text !== typed.text, 'the placeholder to be filled');
  assert.equal(filled.text, typed.text.replace('[Company]', COMPANY), 'exactly the placeholder is replaced by the saved company');
  await untilCard(page, site, (c) => !underlined(c).includes('[Company]'), 'the placeholder underline to go');
  await keys.press('Control+z');
  await untilCard(page, site, (c) => c.text === typed.text && underlined(c).includes('[Company]'), 'Ctrl+Z to undo the fill');

  // Add to my dictionary: stored, and the next check no longer flags the word; the text stays as typed.
  await pick(page, site, keys, 'duckdb', 'Add to my dictionary');
  const added = await untilCard(page, site, (c) => !c.open && !underlined(c).includes('duckdb'), 'the underline on the added word to go');
  assert.equal(added.text, typed.text);
  assert.ok((await storedWords()).includes('duckdb'), 'the word is in the stored dictionary');
  // The other problems are still underlined: only the word went.
  assert.ok(underlined(await page.evaluate(readCard, site.body)).includes('recieved'));
}

describe('Chromium: the card’s fixes that ask the background', () => {
  let chromium;
  before(async () => {
    chromium = await launchChromium(serve);
    await chromium.worker.evaluate((notes) => chrome.storage.local.set(notes), northwindNotes());
  });
  after(async () => chromium?.close());
  const storedWords = () => chromium.worker.evaluate(async () => (await chrome.storage.local.get('dictionary')).dictionary?.words ?? []);

  for (const site of SITES) {
    test(`${site.name}: a suggestion, a placeholder filled from the notes (not in the page before), and Add to my dictionary`, async () => {
      await chromium.worker.evaluate(() => chrome.storage.local.remove('dictionary'));
      const page = await chromium.ctx.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(site.fixture.url);
      await exercise(page, site, { selectAll: () => page.keyboard.press('Control+A'), type: (t) => page.keyboard.type(t), press: (k) => page.keyboard.press(k) }, storedWords);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

describe('Firefox: the card’s fixes that ask the background', () => {
  let firefox;
  let extensionPage;
  before(async () => {
    firefox = await launchFirefox();
    extensionPage = await openFirefoxExtensionPage(firefox.browser, 'popup.html');
    await extensionPage.evaluate((notes) => browser.storage.local.set(notes), northwindNotes());
  });
  after(async () => firefox?.close());
  const storedWords = () => extensionPage.evaluate(async () => (await browser.storage.local.get('dictionary')).dictionary?.words ?? []);

  for (const site of SITES) {
    test(`${site.name}: a suggestion, a placeholder filled from the notes (not in the page before), and Add to my dictionary`, async () => {
      await extensionPage.evaluate(() => browser.storage.local.remove('dictionary'));
      const { page, errors, press } = await openFirefoxFixture(firefox, serve, site.fixture.url);
      await exercise(page, site, { selectAll: () => press('Control+a'), type: (t) => page.keyboard.type(t), press }, storedWords);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
