// The template-insertion scenario of issue 13, the same in Chromium (playwright-core) and
// Firefox (puppeteer-core): `mail` and `panel` are pages of either, `keys` presses keys in
// the mail page the way each driver does. Everything else runs as DOM code in the pages.
import assert from 'node:assert/strict';
import { bodyText, waitInPage } from './webmail.mjs';

export const SITES = {
  gmail: {
    body: '[g_editable="true"][contenteditable="true"]',
    subject: 'input[name="subjectbox"]',
    signature: '.gmail_signature',
    // Gmail's "-- " line and block belong to the signature.
    signatureStart: '.gmail_signature_prefix',
    // A typed subject: the sidebar asks before replacing it.
    typedSubject: 'thx',
  },
  outlook: {
    body: 'div[role="textbox"][contenteditable="true"][aria-multiline="true"]',
    subject: 'input[type="text"][autocomplete="off"]',
    signature: '#Signature',
    signatureStart: '#Signature',
    // A bare reply subject: replaced without asking.
    typedSubject: 'RE:',
  },
};

export const NEWS_TEMPLATE = 'Second follow-up with news of your own';
export const NEWS_SUBJECT = 'Following up again on my Product Analyst application';
export const BLANKS = ['[date of your last follow-up]', '[news since the interview]', '[something you wish you had said]'];

const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** Picks a template in the sidebar by kind and title, as a click would. */
export async function chooseTemplate(panel, kind, title) {
  await panel.evaluate((k) => {
    const select = document.querySelector('.template-filters select');
    select.value = k;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  }, kind);
  await waitInPage(
    panel,
    (t) => {
      const button = [...document.querySelectorAll('.template-choice')].find((b) => b.querySelector('.template-title').textContent === t);
      if (!button) return false;
      if (button.getAttribute('aria-pressed') !== 'true') button.click();
      return button.getAttribute('aria-pressed') === 'true' && !!document.querySelector('.preview');
    },
    title,
    { what: `the template "${title}" chosen` },
  );
}

/** Clicks a button of the sidebar by its text, once it is there and enabled. */
export function clickButton(panel, name) {
  return waitInPage(
    panel,
    (n) => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === n && !b.disabled);
      button?.click();
      return !!button;
    },
    name,
    { what: `the button "${name}"` },
  );
}

export const selectionIn = (mail) => mail.evaluate(() => document.getSelection()?.toString() ?? '');

/** The body's parts around the webmail signature: how many signatures, the text above the first, and whether `marker` is above it. */
export function signatureReport(mail, site, marker) {
  return mail.evaluate(
    ({ body, signature, signatureStart, marker }) => {
      const el = document.querySelector(body);
      const sigs = el.querySelectorAll(signature);
      const start = el.querySelector(signatureStart);
      const above = document.createRange();
      above.setStart(el, 0);
      above.setEndBefore(start);
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let markerNode = null;
      for (let n = walker.nextNode(); n && !markerNode; n = walker.nextNode()) if (n.data.includes(marker)) markerNode = n;
      return {
        signatures: sigs.length,
        signatureText: sigs[0]?.textContent ?? '',
        aboveText: above.toString(),
        markerAbove: !!markerNode && !!(start.compareDocumentPosition(markerNode) & Node.DOCUMENT_POSITION_PRECEDING),
      };
    },
    { ...SITES[site], marker },
  );
}

/** Sets the compose's subject by typing, as the user would. */
export async function typeSubject(mail, site, text, keys) {
  await mail.click(SITES[site].subject);
  await keys.selectAll();
  await mail.keyboard.type(text);
}

/**
 * The whole scenario on one compose: a caret inside the webmail's signature, a subject the
 * user typed (Gmail: asks, then replaces) or a bare reply subject (Outlook: replaced), a
 * template with three blanks inserted at the cursor. Then: one signature with the template
 * above it, the subject applied, the first blank selected and Alt+J selecting the next in
 * turn, the placeholders check flagging what is left, and one Ctrl+Z removing the insertion.
 */
export async function insertWithBlanksScenario({ mail, panel, site, keys }) {
  const s = SITES[site];
  await mail.bringToFront?.();
  await typeSubject(mail, site, s.typedSubject, keys);
  // The caret in the signature: the template must still go above it.
  assert.ok(
    await mail.evaluate(({ body, signature }) => {
      const text = document.createTreeWalker(document.querySelector(signature), NodeFilter.SHOW_TEXT).nextNode();
      document.querySelector(body).focus();
      const range = document.createRange();
      range.setStart(text, text.data.length);
      document.getSelection().removeAllRanges();
      document.getSelection().addRange(range);
      return true;
    }, s),
    'caret placed in the signature',
  );
  const before = await bodyText(mail, s.body);
  const signatureBefore = (await signatureReport(mail, site, 'Hi')).signatureText;
  await chooseTemplate(panel, 'second-follow-up', NEWS_TEMPLATE);
  await waitInPage(panel, (t) => document.querySelector('[data-testid="insert-target"]')?.textContent.includes(t), `subject “${s.typedSubject}”`, {
    what: 'the sidebar to see the typed subject',
  });
  const fields = Object.fromEntries(await panel.evaluate(() => [...document.querySelectorAll('input[data-slot]')].map((i) => [i.dataset.slot, i.value])));
  assert.equal(fields.challenge, 'slow weekly reporting', 'slots filled from the notes are fields too');
  assert.deepEqual([fields['lastFollowUp.date'], fields.news, fields.wish], ['', '', ''], 'the three slots the notes leave empty');
  await clickButton(panel, 'Insert at the cursor');
  // Three slots are empty: the reason sits beside the button and nothing goes in.
  const reason = await waitInPage(panel, () => document.querySelector('[data-testid="insert-message"].error')?.textContent, undefined, { what: 'the reason beside Insert' });
  assert.match(reason, /^3 slots are empty/);
  assert.equal(await bodyText(mail, s.body), before, 'nothing was inserted');
  await panel.evaluate(() => document.querySelector('.blanks .confirm input').click());
  await clickButton(panel, 'Insert at the cursor');
  if (site === 'gmail') {
    const question = await waitInPage(panel, () => document.querySelector('.subject-question')?.textContent, undefined, { what: 'the subject question' });
    assert.match(question, /This email’s subject is “thx”\. Use the template’s, “Following up again on my Product Analyst application”\?/);
    await clickButton(panel, 'Use the template’s subject');
  }
  await waitInPage(mail, ({ sel, blank }) => document.querySelector(sel).innerText.includes(blank), { sel: s.body, blank: BLANKS[1] }, { what: 'the template in the compose' });

  // One signature, the webmail's, with the template above it and none of its own lines.
  const report = await signatureReport(mail, site, 'Dear Dana');
  assert.equal(report.signatures, 1, 'one signature');
  assert.equal(report.signatureText, signatureBefore, 'the webmail signature is untouched');
  assert.ok(report.markerAbove, 'the template is above the signature');
  assert.doesNotMatch(report.aboveText, /Sam Taylor|sam\.taylor@example\.com|\+1 555 0100/, 'no signature lines of the template');
  assert.match(squash(report.aboveText), /Kind regards,$/, 'the sign-off stays, right above the signature');
  // The subject applied.
  assert.equal(await mail.evaluate((sel) => document.querySelector(sel).value, s.subject), NEWS_SUBJECT);
  // Blanks selected in turn.
  assert.equal(await selectionIn(mail), BLANKS[0], 'the first blank is selected after insertion');
  await keys.nextBlank();
  assert.equal(await selectionIn(mail), BLANKS[1]);
  await keys.nextBlank();
  assert.equal(await selectionIn(mail), BLANKS[2]);
  await keys.nextBlank();
  assert.equal(await selectionIn(mail), BLANKS[0], 'after the last blank, the first again');
  assert.match(
    await panel.evaluate(() => document.querySelector('[data-testid="insert-message"]').textContent),
    /Inserted above your signature\. The subject is the template’s\. The first blank is selected: type over it, then press Alt\+J for the next\./,
  );
  // The placeholders check flags what is left.
  await waitInPage(panel, () => document.querySelector('li.finding.fail[data-rule="placeholders"]')?.textContent.includes('[date of your last follow-up]'), undefined, {
    what: 'the placeholders check to flag the blanks',
  });

  // One Ctrl+Z removes the whole insertion.
  await keys.undo();
  assert.equal(squash(await bodyText(mail, s.body)), squash(before), 'one undo removes the insertion');
}

/**
 * Replace the draft: the user's text goes, the template takes its place above the webmail
 * signature (and the quoted history stays); a subject that is now the user's is kept when they
 * say so; one Ctrl+Z brings their text back.
 */
export async function replaceDraftScenario({ mail, panel, site, keys }) {
  const s = SITES[site];
  await mail.bringToFront?.();
  await mail.click(s.body);
  const before = await bodyText(mail, s.body);
  const subjectBefore = await mail.evaluate((sel) => document.querySelector(sel).value, s.subject);
  await chooseTemplate(panel, 'thank-you', 'Thank-you after a phone or video screen');
  await clickButton(panel, 'Replace the draft');
  await waitInPage(panel, () => !!document.querySelector('.subject-question'), undefined, { what: 'the subject question' });
  await clickButton(panel, 'Keep mine');
  await waitInPage(mail, (sel) => document.querySelector(sel).innerText.includes('Thank you for speaking with me'), s.body, { what: 'the template in the compose' });
  const report = await signatureReport(mail, site, 'Dear Dana');
  assert.equal(report.signatures, 1);
  assert.ok(report.markerAbove);
  assert.match(report.aboveText, /^Dear Dana,\s*Thank you for speaking with me/, 'the draft was replaced');
  assert.doesNotMatch(report.aboveText, /Sam Taylor|sam\.taylor@example\.com/);
  assert.equal(await mail.evaluate((sel) => document.querySelector(sel).value, s.subject), subjectBefore, 'the subject kept');
  if (site === 'outlook') assert.match(await bodyText(mail, s.body), /Could you send over the dashboard sample/, 'the quoted history stays');
  await mail.focus(s.body);
  await keys.undo();
  assert.equal(squash(await bodyText(mail, s.body)), squash(before), 'one undo brings the draft back');
}
