// Private notes never reach the webmail page, in real Chromium and real Firefox. Notes are
// seeded into the extension's storage with marker strings in every field (company, role,
// free notes, interviewers, topics, challenges, wishes, ideas, news, the user's profile),
// some of them hostile HTML. Webmail fixtures whose composes go to those companies are
// served with Gmail's strict CSP and Trusted Types; the badge checks run with the notes as
// context (the background's answer for the focused compose names the marked interviewers,
// which proves the notes were used), and then the whole page, every open shadow root
// included, is scanned: no marker, no __xss call, no CSP or Trusted Types violation.
import assert from 'node:assert/strict';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromium, launchFirefox, openFirefoxExtensionPage } from './support/browsers.mjs';
import { fixtureHtml, sleep, waitForScores } from './support/webmail.mjs';
import { pageTextWithShadows, readProbe, routeSecurePages, securePage, serveSecureInFirefox } from './support/security.mjs';

const MARK = 'AVMARK';
const m = (field) => `${MARK}-${field}-7f3a`;
const NOW = new Date().toISOString();

function company(id, name, domain, people) {
  return {
    id,
    name: m(`${name}-name`),
    domains: [domain],
    role: m(`${name}-role`),
    stage: 'interviewing',
    notes: `${m(`${name}-notes`)} <img src=x onerror=__xss(9001)> <script>__xss(9002)</script>`,
    interviews: [
      {
        id: `${id}-i1`,
        at: new Date(Date.now() - 2 * 86_400_000).toISOString(),
        format: 'onsite',
        interviewers: people.map(([email, first], i) => ({
          id: `${id}-p${i}`,
          name: `${first} ${m(`${name}-interviewer${i}`)}`,
          title: m(`${name}-title${i}`),
          email,
          lead: i === 0,
          mostSenior: i === 0,
        })),
        topics: [m(`${name}-topic`), `<svg onload=__xss(9003)>${m(`${name}-topic2`)}`],
        challenges: [m(`${name}-challenge`)],
        wishISaid: [m(`${name}-wish`)],
        ideas: [`javascript:__xss(9004) ${m(`${name}-idea`)}`],
        news: [m(`${name}-news`)],
      },
    ],
    followUps: [],
    updatedAt: NOW,
  };
}

const NOTES = {
  'company:nw-sec': {
    rev: 1,
    record: company('nw-sec', 'northwind', 'northwind.example', [
      ['dana.reyes@northwind.example', 'Dana'],
      ['priya.raman@northwind.example', 'Priya'],
      ['tomas.garcia@northwind.example', 'Tomás'],
    ]),
  },
  'company:lumen-sec': { rev: 1, record: company('lumen-sec', 'lumen', 'lumen.example', [['recruiting@lumen.example', 'Lee']]) },
  profile: { name: m('profile-name'), phone: m('profile-phone'), email: 'avmark-profile-7f3a@example.com' },
};
const MARKERS = [MARK, 'avmark-profile'];

const PAGES = [
  { name: 'Gmail', file: 'gmail/gmail-floating-peoplekit-en.html', url: 'https://mail.google.com/mail/u/7/#inbox', composes: 2, body: '[g_editable="true"][contenteditable="true"]' },
  {
    name: 'Outlook',
    file: 'outlook/outlook-reading-pane-reply-en.html',
    url: 'https://outlook.live.com/mail/7/inbox/id/AAQkPRIV',
    composes: 1,
    body: 'div[role="textbox"][contenteditable="true"][aria-multiline="true"]',
  },
];
const served = Object.fromEntries(PAGES.map((p) => [p.url, securePage(fixtureHtml(p.file), { strict: true })]));

/** The whole page, shadow roots included, holds no marker; no payload ran; no new violation. */
async function assertNothingLeaked(page, baseline, where) {
  const { text, shadowRoots } = await pageTextWithShadows(page);
  assert.ok(shadowRoots >= 1, `${where}: the badges' shadow roots were scanned`);
  for (const marker of MARKERS)
    assert.ok(
      !text.toLowerCase().includes(marker.toLowerCase()),
      `${where}: "${marker}" appears in the page: …${text.slice(Math.max(0, text.toLowerCase().indexOf(marker.toLowerCase()) - 80), text.toLowerCase().indexOf(marker.toLowerCase()) + 80)}…`,
    );
  const probe = await readProbe(page);
  assert.deepEqual(probe.hits, [], `${where}: a note's payload ran`);
  assert.deepEqual(probe.violations.slice(baseline.violations.length), [], `${where}: our code caused a CSP/Trusted Types violation`);
}

/** Opens a fixture, lets the badges score, types into the first compose so it is the focused one, and checks the page. */
async function exercise(page, site, askFocused) {
  await waitForScores(page, site.composes);
  const baseline = await readProbe(page);
  await assertNothingLeaked(page, baseline, `${site.name} after scoring`);
  await page.click(site.body);
  await page.keyboard.type(' Thank you again.');
  // The background's view of the focused compose carries what the notes contributed.
  let focused;
  for (const deadline = Date.now() + 10_000; ;) {
    focused = await askFocused();
    if ((focused?.ok && JSON.stringify(focused.value ?? null).includes(MARK)) || Date.now() > deadline) break;
    await sleep(200);
  }
  assert.ok(JSON.stringify(focused).includes(MARK), `the notes fed the check (the focused result names the marked interviewers): ${JSON.stringify(focused).slice(0, 300)}`);
  // Clicking the badge (which opens the sidebar) puts nothing private into the page either.
  await page.evaluate(() => document.querySelector('afterview-score[data-afterview-ui]').shadowRoot.querySelector('button').click());
  await sleep(300);
  await assertNothingLeaked(page, baseline, `${site.name} after typing and the badge`);
}

describe('Chromium: note text never reaches the webmail page', () => {
  let chromium;
  let extensionPage;
  before(async () => {
    chromium = await launchChromium(() => undefined);
    await routeSecurePages(chromium.ctx, served);
    await chromium.worker.evaluate((notes) => chrome.storage.local.set(notes), NOTES);
    extensionPage = await chromium.ctx.newPage();
    await extensionPage.goto(chromium.extensionUrl('popup.html'));
  });
  after(async () => chromium?.close());

  const askFocused = () => extensionPage.evaluate(() => chrome.runtime.sendMessage({ afterview: 1, name: 'focused:get', payload: {} }));

  for (const site of PAGES) {
    test(`${site.name}: scored with the notes, the page and its shadow roots hold no note text`, async () => {
      const page = await chromium.ctx.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await page.goto(site.url);
        await exercise(page, site, askFocused);
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  }
});

describe('Firefox: note text never reaches the webmail page', () => {
  let firefox;
  let extensionPage;
  before(async () => {
    firefox = await launchFirefox();
    extensionPage = await openFirefoxExtensionPage(firefox.browser, 'popup.html');
    await extensionPage.evaluate((notes) => browser.storage.local.set(notes), NOTES);
  });
  after(async () => firefox?.close());

  const askFocused = () => extensionPage.evaluate(() => browser.runtime.sendMessage({ afterview: 1, name: 'focused:get', payload: {} }));

  for (const site of PAGES) {
    test(`${site.name}: scored with the notes, the page and its shadow roots hold no note text`, async () => {
      const page = await firefox.browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(e.message));
      try {
        await serveSecureInFirefox(page, served);
        await page.goto(site.url);
        await page.bringToFront();
        const pageErrors = () => errors.filter((e) => !/^Content-Security-Policy: The page’s settings blocked/.test(e));
        await exercise(page, site, askFocused);
        // The page's own probe reports its deliberate violations as errors; none other may appear.
        assert.deepEqual(pageErrors(), []);
      } finally {
        await page.close();
      }
    });
  }
});
