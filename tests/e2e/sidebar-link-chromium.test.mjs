// "Link this email to …" in real Chromium: notes for Northwind Analytics were saved without a
// domain or an address, so the email to Dana at northwind.example matches nothing and the
// sidebar offers the link. One click links it: the company gains the domain in storage, the
// offer goes, and at once the checks judge the draft with the notes (the misspelt "Dina" becomes
// a name slip for the saved Dana Reyes) and the templates fill in the company.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium } from './support/browsers.mjs';
import { FIXTURE_PAGES, fixtureHtml, northwindNotes, servePages, waitForScores } from './support/webmail.mjs';

const fixture = FIXTURE_PAGES[1];
const GMAIL_BODY = '[g_editable="true"][contenteditable="true"]';
const DRAFT = 'Dear Dina,\n\nThank you for meeting me yesterday about the churn dashboard rebuild.\n\nBest regards,\nSam Taylor';

/** Northwind's notes as the popup may have left them before it saved addresses: no domain, no email. */
function unlinkedNotes() {
  const notes = northwindNotes();
  const key = 'company:c-northwind';
  const record = structuredClone(notes[key].record);
  record.domains = [];
  for (const iv of record.interviews) for (const p of iv.interviewers) delete p.email;
  return { ...notes, [key]: { ...notes[key], record } };
}

describe('Chromium: linking an email to notes from the sidebar', () => {
  let chromium;
  before(async () => {
    chromium = await launchChromium(servePages({ [fixture.url]: fixtureHtml(fixture.file) }));
    await chromium.worker.evaluate((notes) => chrome.storage.local.set(notes), unlinkedNotes());
  });
  after(async () => chromium?.close());

  test('one click links the email, and the checks and templates use the notes at once', async () => {
    const mail = await chromium.ctx.newPage();
    await mail.goto(fixture.url);
    await waitForScores(mail, 2);
    await mail.click(GMAIL_BODY);
    await mail.keyboard.press('Control+A');
    await mail.keyboard.type(DRAFT);
    const panel = await chromium.ctx.newPage();
    await panel.goto(chromium.extensionUrl('sidepanel.html'));

    const offer = panel.getByTestId('link-email');
    await offer.waitFor({ timeout: 15_000 });
    assert.match(await offer.textContent(), /the domain northwind\.example/);
    // Without the notes, nothing names Dana: "Dina" is no slip yet.
    await panel.waitForFunction(() => document.querySelector('[data-testid="compose-name"]')?.textContent.includes('Dana'), undefined, { timeout: 10_000 });
    assert.equal(await panel.locator('li.finding.fail[data-rule="name-accuracy"]').count(), 0, 'no name slip before the link');

    await offer.getByRole('button', { name: 'Link this email to Northwind Analytics' }).click();

    await panel.locator('li.finding.fail[data-rule="name-accuracy"]').waitFor({ timeout: 15_000 });
    assert.match(await panel.locator('li.finding.fail[data-rule="name-accuracy"]').textContent(), /Dina/);
    assert.equal(await panel.getByTestId('link-email').count(), 0, 'the offer goes once the email matches');
    assert.match(await panel.locator('.notice').textContent(), /Linked to Northwind Analytics/);
    const stored = await panel.evaluate(async () => (await chrome.storage.local.get('company:c-northwind'))['company:c-northwind'].record.domains);
    assert.deepEqual(stored, ['northwind.example']);

    // The templates read the same company: a template's subject names it.
    await panel.locator('.template-choice').first().click();
    await panel.waitForFunction(() => document.querySelector('.preview')?.textContent.includes('Northwind Analytics'), undefined, { timeout: 10_000 });
    await Promise.all([panel.close(), mail.close()]);
  });
});
