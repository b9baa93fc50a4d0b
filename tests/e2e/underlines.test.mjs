// Underlines in the compose, in real Chromium (Playwright) and Firefox ESR (Puppeteer), on the
// Gmail and Outlook fixtures: each failing finding is underlined over exactly its text through the
// page's CSS highlight registry, by severity; the editor's DOM holds no trace of them; text typed
// before an underline leaves it on the same words; and they go when the problem is fixed. The
// badge names the top problem and follows the page's theme. The sentence being typed is judged at a pause.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium, launchFirefox } from './support/browsers.mjs';
import { FIXTURE_PAGES, fixtureHtml, placeCaret, serveInFirefox, servePages, sleep, waitForScores } from './support/webmail.mjs';

const SITES = [
  { name: 'Gmail', fixture: FIXTURE_PAGES[0], body: '[g_editable="true"][contenteditable="true"]' },
  { name: 'Outlook', fixture: FIXTURE_PAGES[5], body: 'div[role="textbox"][contenteditable="true"][aria-multiline="true"]' },
];
const serve = servePages(Object.fromEntries(SITES.map((s) => [s.fixture.url, fixtureHtml(s.fixture.file)])));
// A doubled word (spelling, Must fix) and a texting word (casual language, Should fix; the
// dictionary does not know it either, so spelling marks it as a Must fix as well).
const DRAFT = 'Dear Ms Reyes,\n\nThank you for the the interview on Monday, thx again for your time.\n\nBest regards,\nSam Taylor';

/** What the page's highlight registry holds for us: the text under each range, by severity. Runs in the page. */
function readUnderlines(bodySelector) {
  const body = document.querySelector(bodySelector);
  const out = { available: typeof CSS !== 'undefined' && !!CSS.highlights };
  for (const severity of ['error', 'warning', 'tip']) {
    const highlight = out.available ? CSS.highlights.get(`afterview-${severity}`) : undefined;
    out[severity] = highlight ? [...highlight].filter((r) => body.contains(r.commonAncestorContainer)).map((r) => r.toString()) : [];
  }
  out.html = body.innerHTML;
  return out;
}

/** The underlines once `done` holds of them (checks are debounced), or the last seen after 15 s. */
async function until(page, site, done) {
  let seen;
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; await sleep(150)) {
    seen = await page.evaluate(readUnderlines, site.body);
    if (done(seen)) break;
  }
  return seen;
}

async function checkSite(page, site, keys) {
  await waitForScores(page, 1);
  await page.click(site.body);
  await keys.selectAll();
  await keys.type(DRAFT);
  const shown = await until(page, site, (u) => u.error.length === 2 && u.warning.length > 0);
  assert.equal(shown.available, true, 'the browser has the Custom Highlight API');
  assert.deepEqual(shown.error, ['the the', 'thx'], 'the doubled word and the unknown one are underlined as Must fix, exactly');
  assert.ok(shown.warning.includes('thx'), `the texting word is underlined as a Should fix: ${JSON.stringify(shown.warning)}`);
  assert.doesNotMatch(shown.html, /afterview|<mark|::highlight/i, 'the editor holds no trace of the underlines');

  // The badge names the top problem, takes the worst severity's colour, and reaches screen readers.
  const badge = await page.evaluate(() => {
    const button = document.querySelector('afterview-score').shadowRoot.querySelector('button');
    // Its accessible name is its own text: the visible words, then the screen-reader details.
    return { headline: button.querySelector('.headline')?.textContent, poor: button.classList.contains('poor'), label: button.textContent.replace(/\s+/g, ' ').trim() };
  });
  assert.match(badge.headline, /^\d+ must fix: \S/, `the badge's headline: ${badge.headline}`);
  assert.equal(badge.poor, true);
  assert.match(badge.label, /^Afterview \d+ \d+ must fix: .*\. Score \d+ out of 100: \d+ must-fix/);

  // The pointer resting on underlined words opens their card, without moving the caret.
  const spot = await page.evaluate(() => {
    const range = [...CSS.highlights.get('afterview-warning')].find((r) => r.toString() === 'thx');
    const rect = range.getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await keys.hover(spot.x, spot.y);
  let card;
  for (const deadline = Date.now() + 10_000; Date.now() < deadline && !card?.open; await sleep(100)) {
    card = await page.evaluate(() => {
      const host = document.querySelector('afterview-card');
      return { open: !!host && !host.hidden, text: host?.shadowRoot?.textContent ?? '' };
    });
  }
  assert.equal(card.open, true, 'resting the pointer on "thx" opens its card');
  assert.match(card.text, /thx/);

  // Text typed before the underline: it stays on the same words.
  await placeCaret(page, site.body, 'Thank you for');
  await keys.type(' all');
  // Right after typing, before any new check: no underline sits on other words (an editor that
  // rebuilds a text node may leave one empty until the check places it again).
  const moved = await page.evaluate(readUnderlines, site.body);
  for (const text of moved.error) assert.ok(['the the', 'thx', ''].includes(text), `an underline moved onto "${text}"`);
  const settled = await until(page, site, (u) => u.html.includes('for all the the') && u.error.length === 2);
  assert.deepEqual(settled.error, ['the the', 'thx'], 'after the new check, on the same words');

  // Fixed: the underline goes.
  await placeCaret(page, site.body, 'for all the');
  for (let i = 0; i < 4; i++) await keys.backspace();
  const after = await until(page, site, (u) => u.error.length === 1 && u.error[0] === 'thx');
  assert.deepEqual(after.error, ['thx'], `the fixed doubled word is no longer underlined (${after.html.slice(0, 120)})`);

  // A page switched to a dark theme (whatever the system's): the badge follows at the next check.
  await page.evaluate(() => (document.body.style.backgroundColor = 'rgb(32, 33, 36)'));
  await keys.type(' ');
  let theme;
  for (const deadline = Date.now() + 10_000; Date.now() < deadline && theme !== 'dark'; await sleep(150)) {
    theme = await page.evaluate(() => document.querySelector('afterview-score').getAttribute('data-theme'));
  }
  assert.equal(theme, 'dark', 'the badge follows the page into its dark theme');

  // The sentence being typed is judged only once typing pauses: at a slow typist's pace (150 ms a key)
  // none of its half-typed beginnings is ever underlined; after the pause, the misspelling is.
  const WORD = 'recieved'; // lower case: a capitalised unknown word may be a name, which spelling leaves alone
  await placeCaret(page, site.body, 'for your time.');
  await keys.type(' ');
  const underlinedWhileTyping = new Set();
  for (const letter of WORD) {
    await keys.type(letter);
    await sleep(150);
    for (const text of (await page.evaluate(readUnderlines, site.body)).error) underlinedWhileTyping.add(text);
  }
  const halfWords = [...underlinedWhileTyping].filter((t) => t && WORD.startsWith(t));
  assert.deepEqual(halfWords, [], 'no half-typed word was underlined');
  const judged = await until(page, site, (u) => u.error.includes(WORD));
  assert.ok(judged.error.includes(WORD), `after the pause the misspelt word is underlined: ${JSON.stringify(judged.error)}`);
}

describe('Chromium: underlines in the compose', () => {
  let chromium;
  before(async () => (chromium = await launchChromium(serve)));
  after(async () => chromium?.close());
  for (const site of SITES) {
    test(`${site.name}: findings underlined over their text, moving with typing, never in the editor's DOM`, async () => {
      const page = await chromium.ctx.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(site.fixture.url);
      await checkSite(page, site, {
        selectAll: () => page.keyboard.press('Control+A'),
        type: (text) => page.keyboard.type(text),
        backspace: () => page.keyboard.press('Backspace'),
        hover: (x, y) => page.mouse.move(x, y, { steps: 3 }),
      });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});

describe('Firefox: underlines in the compose', () => {
  let firefox;
  before(async () => (firefox = await launchFirefox()));
  after(async () => firefox?.close());
  for (const site of SITES) {
    test(`${site.name}: findings underlined over their text, moving with typing, never in the editor's DOM`, async () => {
      const page = await firefox.browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await serveInFirefox(page, serve);
      await page.goto(site.fixture.url);
      await page.bringToFront();
      await checkSite(page, site, {
        selectAll: async () => {
          await page.keyboard.down('Control');
          await page.keyboard.press('a');
          await page.keyboard.up('Control');
        },
        type: (text) => page.keyboard.type(text),
        backspace: () => page.keyboard.press('Backspace'),
        hover: (x, y) => page.mouse.move(x, y, { steps: 3 }),
      });
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
});
