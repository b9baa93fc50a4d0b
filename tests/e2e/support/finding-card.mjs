// What the card suites share: the two fixture sites, and reading and steering the card on an
// underline from outside the page. Works with a playwright-core page (Chromium) and a
// puppeteer-core page (Firefox).
import { FIXTURE_PAGES, fixtureHtml, servePages, sleep } from './webmail.mjs';

export const CARD_SITES = [
  { name: 'Gmail', fixture: FIXTURE_PAGES[0], body: '[g_editable="true"][contenteditable="true"]' },
  { name: 'Outlook', fixture: FIXTURE_PAGES[5], body: 'div[role="textbox"][contenteditable="true"][aria-multiline="true"]' },
];
export const serveCardSites = () => servePages(Object.fromEntries(CARD_SITES.map((s) => [s.fixture.url, fixtureHtml(s.fixture.file)])));

/** The card, the underlines and the caret as the page shows them. Runs in the page. */
export function readCard(bodySelector) {
  const host = document.querySelector('afterview-card');
  const card = host?.shadowRoot?.querySelector('.card');
  const body = document.querySelector(bodySelector);
  const texts = (name) => [...(CSS.highlights.get(name) ?? [])].filter((r) => body.contains(r.commonAncestorContainer)).map((r) => r.toString());
  const focusedButton = host?.shadowRoot?.activeElement?.textContent ?? null;
  const selection = document.getSelection();
  const caretInBody = body.contains(selection.anchorNode) && selection.isCollapsed;
  let beforeCaret = null;
  if (caretInBody) {
    const head = document.createRange();
    head.setStart(body, 0);
    head.setEnd(selection.anchorNode, selection.anchorOffset);
    beforeCaret = head.toString();
  }
  return {
    open: !!card && !host.hidden,
    title: card?.querySelector('h2')?.textContent ?? null,
    buttons: card ? [...card.querySelectorAll('button')].map((b) => b.textContent) : [],
    focusedButton,
    selected: selection.toString(),
    caretInBody,
    beforeCaret,
    text: body.innerText,
    errors: texts('afterview-error'),
    warnings: texts('afterview-warning'),
    tips: texts('afterview-tip'),
  };
}

/** The card's state once `done` holds of it (checks are debounced); fails after 15 s. */
export async function untilCard(page, site, done, what) {
  let seen;
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; await sleep(150)) {
    seen = await page.evaluate(readCard, site.body);
    if (done(seen)) return seen;
  }
  throw new Error(`timed out waiting for ${what}: ${JSON.stringify(seen)}`);
}

/** Presses F8 (in the card once it is open) until the card is on `words`. */
export async function goToCard(page, site, keys, words, tries = 12) {
  for (let i = 0; i < tries; i++) {
    const c = await untilCard(page, site, (x) => x.open, 'a card');
    if (c.selected === words) return c;
    await keys.press('F8');
    await sleep(100);
  }
  throw new Error(`F8 never reached "${words}"`);
}

/** Presses Tab in the open card until the button named `label` has the focus. */
export async function tabTo(page, site, keys, label) {
  for (let i = 0; i < 8; i++) {
    const c = await page.evaluate(readCard, site.body);
    if (c.focusedButton === label) return c;
    await keys.press('Tab');
  }
  throw new Error(`Tab never reached "${label}"`);
}

/**
 * A fixture page in Firefox (Puppeteer), in front, with its page errors collected and the keys a
 * card suite presses: `press('Control+a')` holds the modifier, as Puppeteer wants for chords.
 */
export async function openFirefoxFixture(firefox, serve, url) {
  const { serveInFirefox } = await import('./webmail.mjs');
  const page = await firefox.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await serveInFirefox(page, serve);
  await page.goto(url);
  await page.bringToFront();
  const press = async (key) => {
    if (!key.includes('+')) return page.keyboard.press(key);
    const [mod, k] = key.split('+');
    await page.keyboard.down(mod);
    await page.keyboard.press(k);
    await page.keyboard.up(mod);
  };
  return { page, errors, press };
}
