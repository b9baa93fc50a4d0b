// Hostile HTML through the real insertion path, in real Chromium and real Firefox: every
// payload of the XSS corpus (tests/fixtures/xss/payloads.json) is sent from the extension
// to the content script as a `compose:insert` message, as `html` and again as `text`, into
// a Gmail and an Outlook compose served at their real addresses. Each page is served twice:
// with a strict CSP and Trusted Types enforced (as Gmail does), and with no policy at all,
// so that a handler that survived sanitising would really run instead of being blocked.
// Asserted: no __xss() call, no dialog, no page error, no new CSP or Trusted Types
// violation, and no active content (script/iframe/object/embed..., on* attributes,
// javascript: URLs) in the compose or anywhere in the page afterwards.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium, launchFirefox, openFirefoxExtensionPage } from './support/browsers.mjs';
import { fixtureHtml, insertInWebmailTab, sleep, waitForScores } from './support/webmail.mjs';
import { PAYLOADS, readProbe, routeSecurePages, scanForActiveContent, securePage, serveSecureInFirefox } from './support/security.mjs';

const BATCH = 24;
const PROBE_IDS = ['afterview-security-probe', 'afterview-security-canary'];

const SITES = [
  {
    name: 'Gmail',
    file: 'gmail/gmail-compose-new-message-2020-en.html',
    url: (strict) => `https://mail.google.com/mail/u/${strict ? 5 : 6}/#inbox?compose=new`,
    body: '[g_editable="true"][contenteditable="true"]',
  },
  {
    name: 'Outlook',
    file: 'outlook/outlook-reading-pane-reply-en.html',
    url: (strict) => `https://outlook.live.com/mail/${strict ? 5 : 6}/inbox/id/AAQkXSS`,
    body: 'div[role="textbox"][contenteditable="true"][aria-multiline="true"]',
  },
];

const pages = {};
for (const site of SITES) for (const strict of [true, false]) pages[site.url(strict)] = securePage(fixtureHtml(site.file), { strict });

const batches = [];
for (let i = 0; i < PAYLOADS.length; i += BATCH) batches.push(PAYLOADS.slice(i, i + BATCH));

/** The answer the content script may give for a payload (inside the messaging envelope): inserted, or nothing left to insert once sanitised. */
const acceptable = (reply) => reply?.ok === true && (reply.value?.ok === true || (reply.value?.ok === false && /nothing to insert/.test(reply.value.reason)));

/**
 * Runs the corpus against one page. `send(tabUrl, payloads, as)` sends one message per
 * payload from the extension and returns the replies.
 */
async function runCorpus(page, site, send, events) {
  await waitForScores(page, 1);
  const baseline = await readProbe(page);
  // Firefox reports the page's own probe violations (the blocked canary, the refused sink) as page errors: those are the page's.
  const pageErrors = events.errors.length;
  // The fixture's own head (its <meta charset>, the probe) is the page's, not ours.
  const pageBefore = await scanForActiveContent(page, 'html', PROBE_IDS);
  const tally = { html: 0, text: 0, inserted: 0, emptyAfterSanitising: 0, handlerReports: 0 };
  let seen = baseline.violations.length;
  for (const as of ['html', 'text']) {
    for (const batch of batches) {
      const replies = await send(page.url(), batch, as);
      assert.equal(replies.length, batch.length);
      replies.forEach((reply, i) => {
        assert.ok(acceptable(reply), `${site.name} ${as} payload ${batch[i].id}: ${JSON.stringify(reply)}`);
        if (reply.value.ok) tally.inserted++;
        else tally.emptyAfterSanitising++;
      });
      tally[as] += batch.length;
      // Let load and error events of what was inserted fire (images, media) before looking.
      await sleep(150);
      const probe = await readProbe(page);
      assert.deepEqual(probe.hits, [], `${site.name} ${as}: payloads ran: ${probe.hits.join(', ')}`);
      const range = `payloads ${batch[0].id}-${batch.at(-1).id}`;
      assert.deepEqual(await scanForActiveContent(page, site.body), [], `${site.name} ${as}, ${range}: active content in the compose body`);
      assert.deepEqual(await scanForActiveContent(page, 'html', PROBE_IDS), pageBefore, `${site.name} ${as}, ${range}: active content elsewhere in the page`);
      if (as === 'text') {
        // Text arrives as text: every payload of the batch is in the body, character for character (spacing aside).
        // eslint-disable-next-line no-control-regex
        const squash = (t) => t.replace(/[\s\u0000-\u001f\u200b]+/g, '');
        const text = squash(await page.evaluate((s) => document.querySelector(s).textContent, site.body));
        for (const p of batch) assert.ok(text.includes(squash(p.html)), `${site.name}: text payload ${p.id} is in the body as text`);
      }
      // Start the next batch on a short body, so the editor's cost stays that of one batch.
      await page.evaluate((s) => document.querySelector(s).replaceChildren(document.createTextNode('Dear Dana,')), site.body);
      const fresh = probe.violations.slice(seen);
      seen = probe.violations.length;
      if (as === 'text') assert.deepEqual(fresh, [], `${site.name} text, ${range}: inserting text is reported by no policy`);
      for (const v of fresh) {
        // No Trusted Types report: no string ever reaches a DOM sink of the page's world.
        assert.doesNotMatch(v.directive, /trusted-types/, `${site.name} ${as}, ${range}: ${JSON.stringify(v)}`);
        // What Chromium reports is the inline handler of a payload, refused (enforced, not run)
        // while the content script parses the hostile string in its own inert document.
        assert.equal(v.disposition, 'enforce');
        assert.equal(v.directive, 'script-src-attr', `${site.name} ${as}, ${range}: ${JSON.stringify(v)}`);
        assert.match(v.source, /^(chrome|moz)-extension/, `${site.name} ${as}, ${range}: a report not from our own parsing: ${JSON.stringify(v)}`);
        tally.handlerReports++;
      }
    }
  }
  assert.deepEqual(events.dialogs, [], 'no alert/confirm/prompt');
  assert.deepEqual(events.errors.slice(pageErrors), [], 'no page error');
  return { baseline, tally };
}

function checkPolicy(baseline, strict) {
  if (strict) {
    assert.equal(baseline.canaryRan, false, 'the CSP is enforced: an inline script without the nonce does not run');
    assert.ok(
      baseline.violations.some((v) => /script-src/.test(v.directive)),
      'the blocked canary is reported, so violations are observed',
    );
    assert.equal(baseline.ttEnforced, true, 'Trusted Types are enforced: a string HTML sink throws');
  } else {
    assert.equal(baseline.canaryRan, true, 'without a policy inline scripts run, so surviving handlers would too');
    assert.deepEqual(baseline.violations, []);
  }
}

describe('Chromium: the XSS corpus through the real insertion path', () => {
  let chromium;
  before(async () => {
    chromium = await launchChromium(() => undefined);
    await routeSecurePages(chromium.ctx, pages);
  });
  after(async () => chromium?.close());

  const send = (_url, batch, as) =>
    chromium.worker.evaluate(
      insertInWebmailTab,
      batch.map((p) => (as === 'html' ? { html: p.html, text: '', mode: 'caret' } : { text: p.html, mode: 'caret' })),
    );

  // Positive control: the same page, the same probe and scanner, but the payloads go
  // through an unsanitised sink (innerHTML, as a careless insert would). The detectors must
  // fire, or the corpus passing above would prove nothing.
  test('control: payloads written with innerHTML into the compose are caught by the probe and the scanner', async () => {
    const site = SITES[0];
    const page = await chromium.ctx.newPage();
    try {
      await page.goto(site.url(false));
      await waitForScores(page, 1);
      const sample = PAYLOADS.filter((p) => p.category === 'event-handler').slice(0, 6);
      await page.evaluate(
        ({ selector, html }) => {
          document.querySelector(selector).innerHTML = html;
        },
        { selector: site.body, html: sample.map((p) => p.html).join('') },
      );
      await sleep(300);
      const probe = await readProbe(page);
      assert.ok(probe.hits.length > 0, `the probe saw no payload run: ${JSON.stringify(probe)}`);
      assert.ok((await scanForActiveContent(page, site.body)).length > 0, 'the scanner found no active content');
    } finally {
      await page.close();
    }
  });

  for (const site of SITES) {
    for (const strict of [true, false]) {
      test(`${site.name}, ${strict ? 'strict CSP + Trusted Types' : 'no CSP'}: ${PAYLOADS.length} payloads as html and as text execute nothing`, async (t) => {
        const page = await chromium.ctx.newPage();
        const events = { dialogs: [], errors: [] };
        page.on('dialog', (d) => {
          events.dialogs.push(d.message());
          void d.dismiss();
        });
        page.on('pageerror', (e) => events.errors.push(e.message));
        await page.goto(site.url(strict));
        try {
          const { baseline, tally } = await runCorpus(page, site, send, events);
          checkPolicy(baseline, strict);
          assert.equal(tally.html + tally.text, 2 * PAYLOADS.length);
          t.diagnostic(`counts ${JSON.stringify(tally)}`);
        } finally {
          await page.close();
        }
      });
    }
  }
});

describe('Firefox: the XSS corpus through the real insertion path', () => {
  let firefox;
  let extensionPage;
  before(async () => {
    firefox = await launchFirefox();
    extensionPage = await openFirefoxExtensionPage(firefox.browser, 'popup.html');
  });
  after(async () => firefox?.close());

  const send = (_url, batch, as) =>
    extensionPage.evaluate(
      insertInWebmailTab,
      batch.map((p) => (as === 'html' ? { html: p.html, text: '', mode: 'caret' } : { text: p.html, mode: 'caret' })),
    );

  for (const site of SITES) {
    for (const strict of [true, false]) {
      test(`${site.name}, ${strict ? 'strict CSP + Trusted Types' : 'no CSP'}: ${PAYLOADS.length} payloads as html and as text execute nothing`, async (t) => {
        const page = await firefox.browser.newPage();
        const events = { dialogs: [], errors: [] };
        page.on('dialog', (d) => {
          events.dialogs.push(d.message());
          void d.dismiss();
        });
        page.on('pageerror', (e) => events.errors.push(e.message));
        await serveSecureInFirefox(page, pages);
        try {
          await page.goto(site.url(strict));
          await page.bringToFront();
          const { baseline, tally } = await runCorpus(page, site, send, events);
          checkPolicy(baseline, strict);
          assert.equal(tally.html + tally.text, 2 * PAYLOADS.length);
          t.diagnostic(`counts ${JSON.stringify(tally)}`);
        } finally {
          await page.close();
        }
      });
    }
  }
});
