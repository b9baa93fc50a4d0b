// With several composes open, the sidebar shows the one the user is working in, and
// switches when the user clicks into another.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium } from './support/browsers.mjs';
import { FIXTURE_PAGES, fixtureHtml, servePages, waitForScores, waitInPage } from './support/webmail.mjs';

const fixture = FIXTURE_PAGES[1]; // two composes: "Thank you — product analyst interview" and a minimised "Following up"
const BODY = '[g_editable="true"][contenteditable="true"]';

let chromium;
before(async () => {
  chromium = await launchChromium(servePages({ [fixture.url]: fixtureHtml(fixture.file) }));
});
after(async () => chromium?.close());

describe('Chromium: the sidebar follows the focused compose', () => {
  test('focusing one compose, then the other, switches what the sidebar shows', async () => {
    const mail = await chromium.ctx.newPage();
    await mail.goto(fixture.url);
    await waitForScores(mail, 2);
    const bodies = mail.locator(BODY);
    assert.equal(await bodies.count(), 2);
    const panel = await chromium.ctx.newPage();
    await panel.goto(chromium.extensionUrl('sidepanel.html'));
    const shown = () => panel.getByTestId('compose-name').textContent();

    // The minimised compose's body is not on screen: focus it as a click would.
    await mail.bringToFront();
    await bodies.nth(1).evaluate((el) => el.focus());
    await waitInPage(panel, () => /Following up/.test(document.querySelector('[data-testid="compose-name"]')?.textContent ?? ''), undefined, { what: 'the second compose in the sidebar' });

    await mail.bringToFront();
    await bodies.nth(0).evaluate((el) => el.focus());
    await waitInPage(panel, () => /product analyst interview/.test(document.querySelector('[data-testid="compose-name"]')?.textContent ?? ''), undefined, {
      what: 'the first compose in the sidebar',
    });
    assert.match(await shown(), /Dana Reyes/);
  });
});
