// Serving the webmail fixtures at the real webmail addresses, and the page-side helpers
// the compose suites share. Works with a playwright-core page (Chromium) and a
// puppeteer-core page (Firefox): only page.evaluate and page.keyboard are used.
import fs from 'node:fs';
import path from 'node:path';

const FIXTURES = path.resolve('tests/fixtures');

/** Each fixture, where it is served, and the compose kinds the adapter must find there. */
export const FIXTURE_PAGES = [
  { file: 'gmail/gmail-compose-new-message-2020-en.html', url: 'https://mail.google.com/mail/u/2/#inbox?compose=new', kinds: ['floating'] },
  { file: 'gmail/gmail-floating-peoplekit-en.html', url: 'https://mail.google.com/mail/u/0/#inbox', kinds: ['floating', 'minimised'] },
  { file: 'gmail/gmail-fullscreen-de.html', url: 'https://mail.google.com/mail/u/3/#inbox?compose=fs', kinds: ['fullscreen'] },
  { file: 'gmail/gmail-inline-reply-en.html', url: 'https://mail.google.com/mail/u/4/#inbox/FMfcgzQbdrTq', kinds: ['inline-reply'] },
  { file: 'gmail/gmail-popout-ja.html', url: 'https://mail.google.com/mail/u/0/?view=cm&fs=1&tf=1', kinds: ['popout'] },
  { file: 'outlook/outlook-reading-pane-new-es.html', url: 'https://outlook.office.com/mail/inbox', kinds: ['reading-pane'] },
  { file: 'outlook/outlook-reading-pane-reply-en.html', url: 'https://outlook.live.com/mail/0/inbox/id/AAQk', kinds: ['reading-pane'] },
  { file: 'outlook/outlook-popout-de.html', url: 'https://outlook.cloud.microsoft/mail/deeplink/compose', kinds: ['popout'] },
];

export const fixtureHtml = (file) => fs.readFileSync(path.join(FIXTURES, file), 'utf8');

/** A page at a webmail address whose layout no adapter knows: it must be left exactly as it is. */
export const UNKNOWN_LAYOUT = `<!doctype html><html><head><title>Mail</title></head><body>
<main id="app"><h1>Mail</h1><div class="composer"><div contenteditable="true" class="editor">Hello there</div>
<input class="subject" value="Hi"><button>Send</button></div></main></body></html>`;

/** Routes for launchChromium/serveInFirefox: the page HTML for each address, by exact URL without the hash. */
export function servePages(pages) {
  const byUrl = new Map(Object.entries(pages).map(([url, body]) => [url.split('#')[0], body]));
  return (url) => {
    const body = byUrl.get(url.split('#')[0]);
    return body === undefined ? undefined : { body, contentType: 'text/html; charset=utf-8' };
  };
}

/** Serves pages in a puppeteer-core (Firefox) page; every other http(s) request is aborted. */
export async function serveInFirefox(page, serve) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = request.url();
    if (!/^https?:/.test(url)) return request.continue();
    const hit = serve(url);
    if (hit) return request.respond({ status: 200, contentType: hit.contentType, body: hit.body });
    return request.abort();
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `fn(arg)` in the page until it returns a truthy value; returns it. */
export async function waitInPage(page, fn, arg, { timeout = 10_000, what = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await page.evaluate(fn, arg);
      if (last) return last;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
    await sleep(50);
  }
}

/** The badges in the page: compose id, status and the score shown. */
export function readBadges(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('afterview-score[data-afterview-ui]')].map((host) => {
      const button = host.shadowRoot?.querySelector('button');
      return {
        composeId: host.getAttribute('data-compose-id'),
        insideCompose: host.closest('[data-afterview-compose]')?.getAttribute('data-afterview-compose') ?? null,
        status: button?.getAttribute('data-status') ?? null,
        score: button?.querySelector('.score')?.textContent ?? null,
        // The button's name: its words, the screen-reader details included.
        label: button?.textContent ?? null,
      };
    }),
  );
}

/** Waits until every compose has a badge with a score, and returns the badges. */
export async function waitForScores(page, count) {
  await waitInPage(
    page,
    (n) => {
      const hosts = [...document.querySelectorAll('afterview-score[data-afterview-ui]')];
      return hosts.length === n && hosts.every((h) => h.shadowRoot?.querySelector('button')?.getAttribute('data-status') === 'ready');
    },
    count,
    { what: `${count} scored badge(s)` },
  );
  return readBadges(page);
}

/** The score shown for one compose (by index among the badges). */
export const scoreOf = async (page, index = 0) => Number((await readBadges(page))[index]?.score);

/** Puts the caret in a compose body: at the end of its first text line, or after `afterText`. */
export function placeCaret(page, bodySelector, afterText) {
  return page.evaluate(
    ({ selector, after }) => {
      const body = document.querySelector(selector);
      body.focus();
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      let node;
      while ((node = walker.nextNode())) {
        const at = after ? node.data.indexOf(after) : -1;
        if (!after || at >= 0) {
          const range = document.createRange();
          range.setStart(node, after ? at + after.length : node.data.length);
          range.collapse(true);
          const selection = document.getSelection();
          selection.removeAllRanges();
          selection.addRange(range);
          return true;
        }
      }
      return false;
    },
    { selector: bodySelector, after: afterText },
  );
}

export const bodyText = (page, selector) => page.evaluate((s) => document.querySelector(s).innerText, selector);

/** A good thank-you letter, typed into a compose in the typing tests. */
export const TYPED_LETTER =
  '\nThank you for your time yesterday. I enjoyed our conversation about the billing migration and the on-call load your team carries. ' +
  'At Fernway I moved our invoices to a new ledger with no downtime, and I would bring that care to your migration. ' +
  'I remain very interested in the role and look forward to hearing about next steps.\n\nBest regards,\nSam Taylor\nsam.taylor@example.com';

/**
 * Saved notes for the fixtures' Northwind Analytics (Dana Reyes, lead interviewer,
 * interviewed `hoursAgo` ago) and the user's profile, in the storage layout of
 * lib/platform/storage/items.ts: pass to `chrome.storage.local.set` in the service worker.
 */
export function northwindNotes(hoursAgo = 20) {
  const at = new Date(Date.now() - hoursAgo * 3600_000).toISOString();
  const company = {
    id: 'c-northwind',
    name: 'Northwind Analytics',
    domains: ['northwind.example'],
    role: 'Product Analyst',
    stage: 'interviewing',
    updatedAt: at,
    followUps: [],
    interviews: [
      {
        id: 'i1',
        at,
        interviewers: [{ id: 'p1', name: 'Dana Reyes', title: 'Head of Product Analytics', email: 'dana.reyes@northwind.example', lead: true }],
        topics: ['the churn dashboard rebuild'],
        challenges: ['slow weekly reporting'],
        wishISaid: [],
        ideas: [],
        news: [],
      },
    ],
  };
  return {
    meta: { schemaVersion: 1 },
    [`company:${company.id}`]: { rev: 1, record: company },
    profile: { name: 'Sam Taylor', phone: '+1 555 0100', email: 'sam.taylor@example.com' },
  };
}

/**
 * Runs inside an extension context, in either browser (pass it to a service worker's or an
 * extension page's `evaluate` with the payloads): sends each `compose:insert` payload, in
 * order, to the content script of the first tab that answers, as the sidebar does, and
 * returns the answers. Self-contained, since it is serialised into the browser.
 */
export async function insertInWebmailTab(payloads) {
  const api = globalThis.browser ?? globalThis.chrome;
  const answers = [];
  let tabId;
  for (const payload of payloads) {
    const message = { afterview: 1, name: 'compose:insert', payload };
    if (tabId !== undefined) {
      answers.push(await api.tabs.sendMessage(tabId, message, { frameId: 0 }));
      continue;
    }
    for (const tab of await api.tabs.query({})) {
      let answer;
      try {
        answer = await api.tabs.sendMessage(tab.id, message, { frameId: 0 });
      } catch {
        continue; // No content script in that tab.
      }
      if (answer === undefined) continue; // A page that does not handle inserts.
      answers.push(answer);
      tabId = tab.id;
      break;
    }
    if (tabId === undefined) throw new Error('no content script answers in any tab');
  }
  return answers;
}

/**
 * The DOM event WXT's content-script context listens for on `document`: a newer copy of the
 * same content script announcing itself. Its name is public (the extension id and the
 * entrypoint's name), so any page can dispatch it.
 */
export const scriptStartedEvent = (extensionId) => `${extensionId}:webmail:wxt:content-script-started`;

/** Runs in the page before its scripts (an init script): counts the content script's own announcements. */
export function countScriptStarted(name) {
  window.__afterviewStarted = 0;
  document.addEventListener(name, () => window.__afterviewStarted++);
}

/** Runs in the page's main world: what a hostile page does to make Afterview stop. */
export function forgeScriptStarted(name) {
  document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'webmail', messageId: 'sent-by-the-page' } }));
}

/** Polls until the first badge is scored and its score differs from `before`; returns the new score. */
export const waitForNewScore = (page, before, what) =>
  waitInPage(
    page,
    (b) => {
      const button = document.querySelector('afterview-score[data-afterview-ui]').shadowRoot.querySelector('button');
      const score = button.querySelector('.score')?.textContent;
      return button.getAttribute('data-status') === 'ready' && score !== b && score;
    },
    before,
    { what },
  );
