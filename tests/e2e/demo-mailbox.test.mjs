// The demo mailbox that `npm start` opens, in headless Chromium with the built extension:
// the pages are served at the real webmail addresses, their composes open and take typing,
// nothing reaches the network, Afterview's score badge attaches to the composes, and with the
// sample notes `npm start` saves the sidebar matches the demo draft to them.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { DEMO_URLS, launchDemo } from '../../scripts/lib/demo-server.mjs';
import { demoNoteItems } from '../../scripts/lib/demo-notes.mjs';

/** The badges: `afterview-score` hosts with an open shadow root (each compose also has an `afterview-card` host, for its finding card). */
const badgeCount = (page) => page.evaluate(() => Array.from(document.querySelectorAll('afterview-score[data-afterview-ui]')).filter((host) => host.shadowRoot !== null).length);

async function waitForBadges(page, count) {
  await page.waitForFunction((n) => Array.from(document.querySelectorAll('afterview-score[data-afterview-ui]')).filter((host) => host.shadowRoot !== null).length >= n, count, {
    timeout: 10_000,
  });
}

describe('demo mailbox in Chromium', () => {
  let demo;
  const pageErrors = [];
  before(async () => {
    demo = await launchDemo({ headless: true });
    demo.ctx.on('page', (page) => page.on('pageerror', (error) => pageErrors.push(error.message)));
  });
  after(async () => demo?.close());

  test('the start page links to both mailboxes', async () => {
    const page = await demo.ctx.newPage();
    await page.goto(DEMO_URLS.start);
    assert.equal(await page.getByRole('link', { name: /Gmail-style mailbox/ }).getAttribute('href'), DEMO_URLS.gmail);
    assert.equal(await page.getByRole('link', { name: /Outlook-style mailbox/ }).getAttribute('href'), DEMO_URLS.outlook);
    await page.close();
  });

  test('Gmail-style: a new compose opens, takes recipients and typing, and sends', async () => {
    const page = await demo.ctx.newPage();
    await page.goto(DEMO_URLS.gmail);
    await page.locator('.demo-banner').getByText('Afterview demo mailbox — not Gmail/Outlook').waitFor();
    assert.equal(await page.locator('div.M9').count(), 1, 'the sample draft is open');

    await page.locator('#compose-button').click();
    const compose = page.locator('.gm-compose').nth(1);
    await compose.locator('.anm[name="to"] input[role="combobox"]').fill('Casey Lindqvist <casey@quillfeather.example>');
    await page.keyboard.press('Enter');
    await compose.locator('[role="option"][data-hovercard-id="casey@quillfeather.example"]').waitFor();
    await compose.locator('input[name="subjectbox"]').fill('Thank you – Data Analyst interview');
    assert.equal(await compose.locator('.aYF').textContent(), 'Thank you – Data Analyst interview');
    const body = compose.locator('[g_editable="true"][contenteditable="true"]');
    await body.click();
    await page.keyboard.type('Thank you for the tour of the forecasting lab.');
    assert.match(await body.innerText(), /Thank you for the tour of the forecasting lab\./);
    assert.equal(await page.locator('div.M9').count(), 2, 'two composes open at once');

    await compose.getByRole('button', { name: /^Send/ }).click();
    await page.getByRole('status').getByText('Message sent').waitFor();
    assert.equal(await page.locator('div.M9').count(), 1);
    await page.close();
  });

  test('Gmail-style: Reply opens an inline reply above the quoted message', async () => {
    const page = await demo.ctx.newPage();
    await page.goto(DEMO_URLS.gmail);
    await page.locator('tr[data-open-thread]').click();
    await page.locator('#reply-button').click();
    const reply = page.locator('.ip.adB .M9');
    await reply.waitFor();
    await page.keyboard.type('Happy to send the forecast notebook.');
    const text = await reply.locator('[g_editable="true"]').innerText();
    assert.ok(text.startsWith('Happy to send the forecast notebook.'), text);
    assert.match(text, /wrote:/);
    await page.close();
  });

  test('Outlook-style: New mail opens a reading-pane compose that takes typing; Discard closes it', async () => {
    const page = await demo.ctx.newPage();
    await page.goto(DEMO_URLS.outlook);
    await page.locator('#docking_InitVisiblePart_0').waitFor();
    await page.locator('#new-mail').click();
    const compose = page.locator('[id^="docking_InitVisiblePart_"]');
    assert.equal(await compose.count(), 1, 'New mail replaces the open draft');
    await page.keyboard.type('casey@quillfeather.example;');
    await compose.locator('[data-lpc-hover-target-id]').filter({ hasText: 'casey@quillfeather.example' }).waitFor();
    const body = compose.locator('div[role="textbox"][aria-multiline="true"]');
    await body.click();
    await page.keyboard.type('Thanks for the walk through the churn model.');
    assert.match(await body.innerText(), /Thanks for the walk through the churn model\./);
    await compose.getByRole('button', { name: 'Discard' }).click();
    assert.equal(await compose.count(), 0);
    await page.locator('#reading-message').waitFor();
    await page.close();
  });

  test('no request leaves the machine and the pages raise no errors', async () => {
    // Requests outside the demo are aborted before they reach the network; there should be none to abort.
    assert.deepEqual(demo.blocked, []);
    assert.deepEqual(pageErrors, []);
  });

  test('a request to any other address is aborted, never sent', async () => {
    const page = await demo.ctx.newPage();
    await page.goto(DEMO_URLS.gmail);
    const outcome = await page.evaluate(() =>
      fetch('https://www.example.org/track').then(
        () => 'reached',
        () => 'blocked',
      ),
    );
    assert.equal(outcome, 'blocked');
    assert.ok(demo.blocked.includes('https://www.example.org/track'), demo.blocked.join(', '));
    await page.close();
  });

  test("Afterview's score badge attaches to each demo compose", async () => {
    const gmailPage = await demo.ctx.newPage();
    await gmailPage.goto(DEMO_URLS.gmail);
    await waitForBadges(gmailPage, 1);
    await gmailPage.locator('#compose-button').click();
    await waitForBadges(gmailPage, 2);
    assert.equal(await badgeCount(gmailPage), 2);
    await gmailPage.close();

    const outlookPage = await demo.ctx.newPage();
    await outlookPage.goto(DEMO_URLS.outlook);
    await waitForBadges(outlookPage, 1);
    await outlookPage.close();
  });
  test('with the sample notes npm start saves, the sidebar knows the demo draft is to Dana at Bramblewood', async () => {
    await demo.worker.evaluate((items) => chrome.storage.local.set(items), demoNoteItems(new Date()));
    const page = await demo.ctx.newPage();
    await page.goto(DEMO_URLS.gmail);
    await waitForBadges(page, 1);
    const body = page.locator('div.M9 [g_editable="true"][contenteditable="true"]').first();
    await body.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Dear Dina,\n\nThank you for meeting me yesterday about the forecasting work.\n\nBest regards,\nAlex');
    const panel = await demo.ctx.newPage();
    await panel.goto(`chrome-extension://${demo.extensionId}/sidepanel.html`);
    // The name check knows whom Sam met: "Dina" is a slip for the saved Dana Whitfield.
    const slip = panel.locator('li.finding.fail[data-rule="name-accuracy"]');
    await slip.waitFor({ timeout: 15_000 });
    assert.match(await slip.textContent(), /Dina/);
    assert.equal(await panel.getByTestId('link-email').count(), 0, 'the notes match the email: no offer to link it');
    // And the templates fill in from them.
    await panel.locator('.template-choice').first().click();
    await panel.waitForFunction(() => /Bramblewood Analytics/.test(document.querySelector('.preview')?.textContent ?? ''), undefined, { timeout: 10_000 });
    assert.match(await panel.locator('.preview').textContent(), /Dana/);
    await Promise.all([panel.close(), page.close()]);
  });
});
