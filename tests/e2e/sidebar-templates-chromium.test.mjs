// Templates in the real sidebar: filled from saved notes for the compose's recipients,
// every slot a field, the reason for a refused insert beside the button, inserted at the
// caret of the Gmail compose through the real path, with the subject filled when it was
// empty and kept, after asking, when the user typed one.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium } from './support/browsers.mjs';
import { FIXTURE_PAGES, bodyText, fixtureHtml, northwindNotes, servePages, waitForScores, waitInPage } from './support/webmail.mjs';

const GMAIL_BODY = '[g_editable="true"][contenteditable="true"]';
const fixture = FIXTURE_PAGES[1]; // two composes; the first is to Dana Reyes at Northwind

let chromium;
let mail;
let panel;
before(async () => {
  chromium = await launchChromium(servePages({ [fixture.url]: fixtureHtml(fixture.file) }));
  await chromium.worker.evaluate((notes) => chrome.storage.local.set(notes), northwindNotes());
  mail = await chromium.ctx.newPage();
  await mail.goto(fixture.url);
  await waitForScores(mail, 2);
  await mail.click(GMAIL_BODY);
  await mail.keyboard.press('Control+A');
  await mail.keyboard.press('Delete');
  await mail.evaluate(() => {
    const subject = document.querySelector('input[name="subjectbox"]');
    subject.value = '';
    // As typing would: the checks (and the sidebar's question about a typed subject) see it empty.
    subject.dispatchEvent(new Event('input', { bubbles: true }));
  });
  panel = await chromium.ctx.newPage();
  await panel.goto(chromium.extensionUrl('sidepanel.html'));
  await panel.getByTestId('compose-name').waitFor();
});
after(async () => chromium?.close());

describe('Chromium: opening the sidebar from the toolbar popup', () => {
  test('"Check my draft" in the popup opens the real side panel', async () => {
    const popup = await chromium.ctx.newPage();
    await popup.goto(chromium.extensionUrl('popup.html'));
    const before = await chromium.worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length);
    await popup.getByRole('button', { name: 'Check my draft' }).click();
    const after = await waitInPage(
      { evaluate: (fn, arg) => chromium.worker.evaluate(fn, arg) },
      async (n) => {
        const count = (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).length;
        return count > n && count;
      },
      before,
      { what: 'a side panel context' },
    );
    assert.ok(after > before);
  });
});

describe('Chromium: templates in the sidebar', () => {
  test('lists templates of every kind, filled from the notes of the recipients’ company', async () => {
    await panel.locator('.template-filters select').first().selectOption('all');
    const titles = await panel.locator('.template-title').allTextContents();
    assert.ok(titles.length >= 6, `templates listed: ${titles.length}`);
    await panel.locator('.template-filters select').first().selectOption('thank-you');
    await panel.locator('.template-choice').first().click();
    const preview = await panel.locator('.preview-body').textContent();
    assert.match(preview, /Dana/);
    assert.match(preview, /the churn dashboard rebuild/);
    assert.match(await panel.locator('.template-filters select').nth(1).locator('option').first().textContent(), /Northwind Analytics \(matched\)/);
  });

  test('a template whose values are missing from the notes asks for them before inserting', async () => {
    await panel.locator('.template-filters select').first().selectOption('update');
    // The update about news since the interview: the notes hold none.
    await panel.locator('.template-choice').nth(1).click();
    assert.equal(await panel.locator('.preview-body mark').first().textContent(), '[news since the interview]');
    assert.equal(await panel.locator('.slot.missing input[data-slot="news"]').count(), 1, 'the notes hold no news, so its field is empty');
    await panel.getByRole('button', { name: 'Insert at the cursor' }).click();
    // The reason is given beside the button, not at the top of the sidebar.
    assert.match(await panel.locator('.actions + [data-testid="insert-message"]').textContent(), /^One slot is empty\. Fill it in above/);
    assert.equal((await bodyText(mail, GMAIL_BODY)).trim(), '', 'nothing was inserted');
  });

  test('inserts a fully filled template at the caret and fills the empty subject', async () => {
    await panel.locator('.template-filters select').first().selectOption('thank-you');
    await panel.locator('.template-choice').first().click();
    assert.ok((await panel.locator('.slot input[data-slot]').count()) >= 8, 'every slot is a field');
    assert.equal(await panel.locator('.slot.missing').count(), 0, 'the notes and profile fill every placeholder');
    // The sidebar says which email the template goes into: the one it checks. (The subject was
    // cleared without an input event: whether the last check saw it go depends on timing, so the
    // old subject may or may not be named.)
    const target = await panel.getByTestId('insert-target').textContent();
    assert.match(target, /^Goes into the email to Dana Reyes and 3 others in Gmail(?:, subject “Thank you — product analyst interview”)?$/);
    await panel.getByRole('button', { name: 'Insert at the cursor' }).click();
    const text = await waitInPage(mail, (s) => document.querySelector(s).innerText.includes('Dana') && document.querySelector(s).innerText, GMAIL_BODY, {
      what: 'the template in the compose',
    });
    assert.match(text, /the churn dashboard rebuild/);
    assert.doesNotMatch(text, /\{\{/);
    assert.equal(await panel.locator('.notice').textContent(), `${target.replace(/^Goes into/, 'Inserted into')}.`, 'the notice names the email the label named');
    const subject = await mail.evaluate(() => document.querySelector('input[name="subjectbox"]').value);
    assert.match(subject, /Product Analyst/);
    // The inserted letter is what the score now judges.
    await waitInPage(mail, () => Number(document.querySelector('afterview-score').shadowRoot.querySelector('.score').textContent) >= 85, undefined, {
      what: 'a good score for the inserted template',
    });
    assert.ok((await bodyText(mail, GMAIL_BODY)).length > 200);
  });

  test('after the user clicks into the other compose, the sidebar names it and inserts there only', async () => {
    const bodies = mail.locator(GMAIL_BODY);
    const first = await bodyText(mail, GMAIL_BODY);
    await mail.bringToFront();
    // Open the minimised compose (Gmail shows its body again) and click into it.
    await bodies.nth(1).evaluate((el) => el.closest('[style*="display: none"]')?.style.removeProperty('display'));
    await bodies.nth(1).click();
    const second = await bodies.nth(1).evaluate((el) => el.innerText);
    const named = await waitInPage(
      panel,
      () => {
        const t = document.querySelector('[data-testid="insert-target"]')?.textContent ?? '';
        return /Following up/.test(t) && t;
      },
      undefined,
      { what: 'the sidebar to name the second compose' },
    );
    assert.match(named, /^Goes into the email to .*lumen.* in Gmail, subject “Following up”$/i);
    // No notes for that company: keep the blanks, to fill them in the email.
    await panel.getByLabel(/Insert with blanks/).check();
    await panel.getByRole('button', { name: 'Insert at the cursor' }).click();
    // Its subject is the user's own: the sidebar asks first; keeping it inserts the body only.
    await panel.getByRole('button', { name: 'Keep mine' }).click();
    await waitInPage(mail, (before) => document.querySelectorAll('[g_editable="true"][contenteditable="true"]')[1].innerText !== before, second, {
      what: 'the template in the second compose',
    });
    assert.equal(await bodyText(mail, GMAIL_BODY), first, 'the first compose is untouched');
    assert.match(await panel.locator('.notice').textContent(), /^Inserted into the email to .* subject “Following up”\.$/);
  });
});

describe('Chromium: a slot changed in the sidebar goes into the notes only when asked', () => {
  // Read under the store's lock, in exclusive mode: a write the panel started earlier finishes first.
  const stored = () =>
    panel.evaluate(() => navigator.locks.request('afterview:notes', { mode: 'exclusive' }, async () => (await chrome.storage.local.get('company:c-northwind'))['company:c-northwind']));

  test('editing a slot the notes filled leaves the notes as they are; Save to my notes writes the new value', async () => {
    const saved = await stored();
    await panel.locator('.template-filters select').first().selectOption('thank-you');
    await panel.locator('.template-filters select').nth(1).selectOption({ label: 'Northwind Analytics' });
    const first = panel.locator('.template-choice').first();
    if ((await first.getAttribute('aria-pressed')) !== 'true') await first.click();
    const topic = panel.locator('input[data-slot="topic"]');
    assert.equal(await topic.inputValue(), 'the churn dashboard rebuild');
    await topic.fill('the Kafka migration');
    await waitInPage(panel, () => document.querySelector('.preview-body')?.textContent.includes('our conversation about the Kafka migration'), undefined, {
      what: 'the edit in the preview',
    });
    assert.deepEqual(await stored(), saved, 'editing alone writes nothing');
    const save = panel.locator('button[data-save-slot="topic"]');
    await save.waitFor();
    await save.click();
    await waitInPage(panel, () => document.querySelector('input[data-slot="topic"]')?.closest('.slot')?.textContent.includes('Saved to your notes'), undefined, {
      what: 'the slot to say it is saved',
    });
    const after = await stored();
    assert.deepEqual(after.record.interviews[0].topics, ['the Kafka migration']);
    assert.equal(after.rev, saved.rev + 1);
    // Nothing else in the notes changed.
    const rest = (r) => ({ ...r, updatedAt: undefined, interviews: r.interviews.map((iv) => ({ ...iv, topics: undefined })) });
    assert.deepEqual(rest(after.record), rest(saved.record));
    assert.equal(await topic.inputValue(), 'the Kafka migration');
    assert.equal(await save.count(), 0, 'nothing left to save');
  });
});
