// No uncaught error, no unhandled promise rejection and no console error from Afterview's
// code through a realistic session in real Chromium: Gmail and Outlook composes scored and
// typed into, the sidebar opened, a finding clicked, a check turned off and on again, the
// kind overridden and restored, a template inserted, a compose closed, the badge clicked
// (opening the real side panel), then the popup and the notes page opened. Collected all
// along (support/errors.mjs): page errors and console errors of every page, the content
// script's isolated world included (Playwright reports it with the page), the extension
// pages, and the service worker (its console, plus `error` and `unhandledrejection`
// listeners installed in it).
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium } from './support/browsers.mjs';
import { describeEntries, installPageErrorHooks, isOurs, readPageRejections, watchErrors, watchServiceWorker } from './support/errors.mjs';
import { FIXTURE_PAGES, fixtureHtml, northwindNotes, servePages, sleep, waitForScores, waitInPage } from './support/webmail.mjs';

const GMAIL = { ...FIXTURE_PAGES[1], body: '[g_editable="true"][contenteditable="true"]' };
const OUTLOOK = { ...FIXTURE_PAGES[6], body: 'div[role="textbox"][contenteditable="true"][aria-multiline="true"]' };
const NOTES = northwindNotes();

/** Failed loads of the fixtures' own images (the harness aborts every request to the network) are the fixtures', not ours. */
const fixtureNoise = (e) => e.kind === 'console' && /^Failed to load resource/.test(e.message) && /^https?:/.test(e.url);

let chromium;
let sw;
const watches = [];
const watch = (page, label) => {
  const w = watchErrors(page, label);
  watches.push(w);
  return w;
};

before(async () => {
  chromium = await launchChromium(servePages({ [GMAIL.url]: fixtureHtml(GMAIL.file), [OUTLOOK.url]: fixtureHtml(OUTLOOK.file) }));
  sw = await watchServiceWorker(chromium.worker);
  await chromium.worker.evaluate((items) => chrome.storage.local.set(items), NOTES);
});
after(async () => chromium?.close());

describe('Chromium: a whole session logs no error from our code', () => {
  test('webmail, sidebar, popup and notes page: no uncaught error, rejection or console error of ours', async (t) => {
    const gmail = await chromium.ctx.newPage();
    watch(gmail, 'gmail');
    await gmail.goto(GMAIL.url);
    await waitForScores(gmail, 2);
    await gmail.click(GMAIL.body);
    await gmail.keyboard.press('Control+A');
    await gmail.keyboard.type('Hi Dana,\n\nThank you for the the interview yesterday.\n\nBest regards,\nSam Taylor');

    const outlook = await chromium.ctx.newPage();
    watch(outlook, 'outlook');
    await outlook.goto(OUTLOOK.url);
    await waitForScores(outlook, 1);
    await outlook.click(OUTLOOK.body);
    await outlook.keyboard.type(' Thanks again, I enjoyed it.');

    // Back to Gmail, so its first compose is the focused one for the sidebar.
    await gmail.bringToFront();
    await gmail.click(GMAIL.body);
    await gmail.keyboard.type(' ');

    const panel = await chromium.ctx.newPage();
    watch(panel, 'sidebar');
    await panel.goto(chromium.extensionUrl('sidepanel.html'));
    await installPageErrorHooks(panel);
    await panel.getByTestId('compose-name').waitFor();
    const score = () => panel.getByTestId('score').locator('.number').textContent();

    // Click a finding: its underlined words get their card in the compose. The space typed above
    // is inside a sentence, so its check comes after the typing pause: wait for its underline first.
    await waitInPage(gmail, () => [...(CSS.highlights.get('afterview-error') ?? [])].some((r) => r.toString().replace(/\s+/g, ' ') === 'the the'), undefined, {
      what: 'the doubled word underlined',
    });
    await panel.locator('li.finding[data-rule="spelling"] button.finding-message').click();
    await waitInPage(
      gmail,
      () => {
        const card = document.querySelector('afterview-card');
        return !!card && !card.hidden && /the the/.test(card.shadowRoot?.textContent ?? '');
      },
      undefined,
      { what: 'the finding’s card open in the compose' },
    );
    // Turn the check off, then on again.
    const before = Number(await score());
    await panel
      .locator('li.finding[data-rule="spelling"]')
      .getByRole('button', { name: /Turn off/ })
      .click();
    await panel.waitForFunction((b) => Number(document.querySelector('[data-testid="score"] .number')?.textContent) > b, before, { timeout: 10_000 });
    await panel.locator('details.muted summary').click();
    await panel
      .locator('details.muted li.finding[data-rule="spelling"]')
      .getByRole('button', { name: /Turn on/ })
      .click();
    await panel.waitForFunction((b) => Number(document.querySelector('[data-testid="score"] .number')?.textContent) === b, before, { timeout: 10_000 });
    // Override the kind and go back to the detected one.
    await panel.locator('.kind select').selectOption('withdrawal');
    await panel.waitForFunction(() => !document.querySelector('li.finding[data-rule="door-open"]')?.closest('details.na'), undefined, { timeout: 10_000 });
    await panel.locator('.kind select').selectOption('');
    // Insert a template at the caret.
    await panel.locator('.template-filters select').first().selectOption('thank-you');
    await panel.locator('.template-choice').first().click();
    if (await panel.locator('.blanks .confirm input').count()) await panel.locator('.blanks .confirm input').check();
    await panel.getByRole('button', { name: 'Insert at the cursor' }).click();
    // The compose's subject is the user's own: the sidebar asks before replacing it.
    await waitInPage(
      panel,
      () => {
        const keep = [...document.querySelectorAll('.subject-question button')].find((b) => b.textContent.trim() === 'Keep mine');
        keep?.click();
        return !!keep || !!document.querySelector('[data-testid="insert-message"]')?.textContent;
      },
      undefined,
      { what: 'the insert to go ahead' },
    );
    await waitInPage(gmail, (s) => document.querySelector(s).innerText.includes('the churn dashboard rebuild'), GMAIL.body, { what: 'the template in the compose' });

    // The badge opens the real side panel.
    await gmail.bringToFront();
    await gmail.locator('afterview-score button').first().click();
    await waitInPage({ evaluate: (fn, arg) => chromium.worker.evaluate(fn, arg) }, async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length > 0, undefined, {
      what: 'the side panel open',
    });

    // Close the second Gmail compose (the site removes its dialog) and the Outlook tab.
    await gmail.evaluate(() => {
      const root = document.querySelectorAll('afterview-score[data-afterview-ui]')[1].parentElement;
      (root.closest('[role="dialog"]') ?? root).remove();
    });
    await waitInPage(gmail, () => document.querySelectorAll('afterview-score[data-afterview-ui]').length === 1, undefined, { what: 'the closed compose’s badge gone' });
    await outlook.close();

    // The popup and the notes page.
    const popup = await chromium.ctx.newPage();
    watch(popup, 'popup');
    await popup.goto(chromium.extensionUrl('popup.html'));
    await installPageErrorHooks(popup);
    await popup.waitForLoadState('load');
    const notes = await chromium.ctx.newPage();
    watch(notes, 'notes');
    await notes.goto(chromium.extensionUrl('notes.html'));
    await installPageErrorHooks(notes);
    await notes.getByText('Northwind Analytics').first().waitFor();
    await sleep(1000);

    const pages = watches.flatMap((w) => w.all()).filter((e) => !fixtureNoise(e));
    const extensionPages = [
      ...(await readPageRejections(panel)).map((e) => ({ where: 'sidebar', ...e })),
      ...(await readPageRejections(popup)).map((e) => ({ where: 'popup', ...e })),
      ...(await readPageRejections(notes)).map((e) => ({ where: 'notes', ...e })),
    ];
    const worker = await sw.read();
    t.diagnostic(
      `collected: ${pages.length} page entries (${pages.filter(isOurs).length} ours), ${extensionPages.length} extension-page hooks, ${worker.length} service-worker entries; ${watches.length} pages watched`,
    );
    // Anything at all in an extension page or the worker is ours; in a webmail page, nothing is expected either.
    assert.deepEqual(pages, [], `errors in the pages:\n${describeEntries(pages)}`);
    assert.deepEqual(extensionPages, [], `uncaught errors or rejections in extension pages:\n${describeEntries(extensionPages)}`);
    assert.deepEqual(worker, [], `errors in the service worker:\n${describeEntries(worker)}`);
    assert.deepEqual(
      watches.flatMap((w) => w.dialogs),
      [],
    );
  });
});
