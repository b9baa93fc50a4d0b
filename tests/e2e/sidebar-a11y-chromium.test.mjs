// Accessibility of the sidebar in real Chromium: axe-core finds no violation (WCAG 2.x A and
// AA rules, colour contrast included) in light and dark mode, with a draft shown and with
// none; and it works from the keyboard alone.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium } from './support/browsers.mjs';
import { FIXTURE_PAGES, fixtureHtml, servePages, waitForScores, waitInPage } from './support/webmail.mjs';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const fixture = FIXTURE_PAGES[1];

let chromium;
before(async () => {
  chromium = await launchChromium(servePages({ [fixture.url]: fixtureHtml(fixture.file) }));
});
after(async () => chromium?.close());

/** Runs axe in the page (evaluated through the debugger protocol, so the page's CSP does not apply). */
async function axeViolations(page) {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function openPanel(colorScheme) {
  const panel = await chromium.ctx.newPage();
  await panel.emulateMedia({ colorScheme });
  await panel.goto(chromium.extensionUrl('sidepanel.html'));
  return panel;
}

describe('Chromium: sidebar accessibility', () => {
  test('no axe violation with no draft open, light and dark', async () => {
    for (const scheme of ['light', 'dark']) {
      const panel = await openPanel(scheme);
      await panel.getByTestId('empty').waitFor();
      assert.deepEqual(await axeViolations(panel), [], scheme);
      await panel.close();
    }
  });

  test('no axe violation with a draft, its findings, the folded lists and a template preview, light and dark', async () => {
    const mail = await chromium.ctx.newPage();
    await mail.goto(fixture.url);
    await waitForScores(mail, 2);
    await mail.click('[g_editable="true"][contenteditable="true"]');
    for (const scheme of ['light', 'dark']) {
      const panel = await openPanel(scheme);
      await panel.getByTestId('compose-name').waitFor();
      for (const summary of await panel.locator('details summary').all()) await summary.click();
      await panel.locator('.template-choice').first().click();
      await panel.locator('.preview').waitFor();
      assert.deepEqual(await axeViolations(panel), [], scheme);
      await panel.close();
    }
    await mail.close();
  });

  test('works from the keyboard alone: reach a finding, turn a check off, pick and insert a template', async () => {
    const mail = await chromium.ctx.newPage();
    await mail.goto(fixture.url);
    await waitForScores(mail, 2);
    await mail.click('[g_editable="true"][contenteditable="true"]');
    const panel = await openPanel('light');
    await panel.getByTestId('compose-name').waitFor();
    const focusedText = () => panel.evaluate(() => `${document.activeElement?.tagName} ${document.activeElement?.textContent ?? ''}`.trim());
    // Tab until a "Turn off" button has the focus, then press it.
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await panel.keyboard.press('Tab');
      found = /^BUTTON Turn off/.test(await focusedText());
    }
    assert.ok(found, 'a "Turn off" button is reachable with Tab');
    const rule = await panel.evaluate(() => document.activeElement.closest('li.finding').dataset.rule);
    await panel.keyboard.press('Enter');
    await waitInPage(panel, (r) => !!document.querySelector(`details.muted li.finding[data-rule="${r}"]`), rule, { what: 'the check to move under "Turned off"' });
    // Turn it back on with the keyboard too.
    await panel.locator(`details.muted summary`).focus();
    await panel.keyboard.press('Enter');
    await panel.locator(`details.muted li.finding[data-rule="${rule}"] button.quiet`).focus();
    await panel.keyboard.press('Enter');
    await waitInPage(panel, (r) => !document.querySelector(`details.muted li.finding[data-rule="${r}"]`), rule, { what: 'the check to come back' });
    // A template chosen and inserted with Enter.
    await panel.locator('.template-choice').first().focus();
    await panel.keyboard.press('Enter');
    await panel.locator('.preview').waitFor();
    const visibleFocus = await panel.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(visibleFocus, 'none', 'the focused control shows a focus ring');
    await panel.close();
    await mail.close();
  });
});
