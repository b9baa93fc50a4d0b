// Web Locks across extension contexts, in real Chromium on the production build: the popup,
// the notes page and the background worker all change the same company at the same time,
// and not one change may be lost.
//
// How the test reaches the store, and why this way. The suite must exercise the shipped
// store (lib/platform/storage/store.ts and locks.ts), not a copy of its protocol written in the test,
// and the build must stay free of test-only entry points. So:
//
// - The background worker writes through a path a user triggers: the content script
//   reports a sent message (`draft:sent`), and the worker's handler logs it on the company
//   the recipient belongs to (recordSentFollowUp -> NotesStore.updateCompany). The report
//   is sent from the content script's own isolated world in a webmail tab (reached over
//   CDP), so the background sees an ordinary content-script sender; only the compose UI
//   that would normally produce the report is skipped. (A service worker cannot load the
//   page chunks: import() is not allowed there, and nothing in it is on globalThis.)
// - The popup and the notes page write through the store instance they themselves use.
//   Both import the shared chunk that defines the store; an extension page's module map
//   returns the very module instance the page loaded, so `notesStore()` there is the page's
//   own singleton. Export names are minified and change with every build, so the chunk is
//   found by a message only the store contains, and the export by what it is: the one
//   argument-less function whose result has `updateCompany` and is the same object on
//   every call.
//
// Each context writes one change at a time (it awaits each write before the next), so
// inside a context nothing overlaps: a write can only be lost to a write from ANOTHER
// context, which is what the cross-context lock must prevent. The change functions stamp
// each item with how many items they saw, which gives the global order of the writes and
// shows that the three contexts really took turns rather than running one after another.
//
// The worker takes a smaller share (100 of the 1,000 writes) because each of its writes
// also runs the full check of the reported draft; its writes still fall between the pages'
// writes (the suite checks that), and the run stays well under a minute on a busy machine.
//
// Checked against a build whose lock manager was made a no-op (locks.ts edited in a copy of
// the tree, never committed): two runs lost 517 and 508 of the 1,000 writes (revisions 484
// and 493; losses fell on every context), and this suite failed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { CHROME_BUILD, launchChromium } from './support/browsers.mjs';

const WRITES = { popup: 450, notes: 450, worker: 100 };
const TOTAL = WRITES.popup + WRITES.notes + WRITES.worker;
const DOMAIN = 'lockstep.example';
const WEBMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';
const INBOX = '<!doctype html><html><head><title>Inbox</title></head><body><main><h1>Inbox</h1><p>No compose open.</p></main></body></html>';

/** The built chunk that defines the notes store, as a path under the extension's root. */
function storeChunk() {
  const dir = path.join(CHROME_BUILD, 'chunks');
  const hits = fs.readdirSync(dir).filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(dir, f), 'utf8').includes('This company is no longer saved'));
  assert.equal(hits.length, 1, `exactly one chunk defines the store (found: ${hits.join(', ') || 'none'})`);
  return `/chunks/${hits[0]}`;
}

/**
 * The source of a function, run in an extension page, that imports the store chunk (the
 * page's own module instance) and returns the page's `notesStore()` singleton. Extension
 * pages forbid eval, so page code is handed to the browser as source text (CDP evaluates
 * it; the page's CSP does not apply to that).
 */
const FIND_STORE = `async (chunk) => {
  const mod = await import(chrome.runtime.getURL(chunk));
  const found = [];
  for (const fn of Object.values(mod)) {
    if (typeof fn !== 'function' || fn.length !== 0 || /^class\\b/.test(String(fn)) || !String(fn).includes('new ')) continue;
    let store;
    try { store = fn(); } catch { continue; }
    if (store && typeof store.updateCompany === 'function' && typeof store.createCompany === 'function' && fn() === store) found.push(store);
  }
  if (found.length !== 1) throw new Error('the store chunk exports ' + found.length + ' notes store singletons, expected 1');
  return found[0];
}`;

/** How many items a record holds: note lines, topics and sent follow-ups. */
const COUNT_ITEMS = `(r) => (r.notes ? r.notes.split('\\n').length : 0) + (r.interviews[0]?.topics.length ?? 0) + r.followUps.length`;

/** Page code: finds the page's store and keeps it for the writes, so that every context starts writing at once. */
const prepareStore = (chunk) => `(async () => { globalThis.afterviewLockTestStore = await (${FIND_STORE})(${JSON.stringify(chunk)}); return true; })()`;

/** Page code: `n` writes to company `id`, one at a time, each applying `change(record, i, seen)`. */
const pageWrites = (id, n, change) => `(async () => {
  const store = globalThis.afterviewLockTestStore;
  const count = ${COUNT_ITEMS};
  const change = ${change};
  for (let i = 0; i < ${n}; i++) await store.updateCompany(${JSON.stringify(id)}, (r) => change(r, i, count(r)));
  return ${n};
})()`;

/** The popup appends a note line. */
const POPUP_CHANGE = `(r, i, seen) => {
  const line = 'popup ' + i + ' after ' + seen;
  return { ...r, notes: r.notes ? r.notes + '\\n' + line : line };
}`;

/** The notes page adds a topic to the company's interview (the first write adds the interview). */
const NOTES_CHANGE = `(r, i, seen) => {
  const interview = r.interviews[0] ?? { id: 'i-locks', at: '2030-01-15T10:00:00.000Z', interviewers: [], topics: [], challenges: [], wishISaid: [], ideas: [], news: [] };
  return { ...r, interviews: [{ ...interview, topics: [...interview.topics, 'notes ' + i + ' after ' + seen] }, ...r.interviews.slice(1)] };
}`;

/** Runs in the content script's isolated world: reports `n` sent messages, one at a time. */
const workerWrites = (n, domain) => `(async () => {
  for (let i = 0; i < ${n}; i++) {
    const draft = { subject: 'worker ' + i, to: [{ address: 'hiring@${domain}' }], cc: [], bodyText: 'Thanks, ' + i };
    const reply = await chrome.runtime.sendMessage({ afterview: 1, name: 'draft:sent', payload: { composeId: 'c' + i, site: 'gmail', draft } });
    if (!reply?.ok) throw new Error('draft:sent ' + i + ' was refused: ' + JSON.stringify(reply));
  }
  return ${n};
})()`;

/** The execution context id of Afterview's content script in `page` (its isolated world). */
async function contentScriptWorld(ctx, page, extensionId) {
  const cdp = await ctx.newCDPSession(page);
  const worlds = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 30_000;
  for (;;) {
    const world = worlds.find((c) => c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`);
    if (world) return { cdp, contextId: world.id };
    if (Date.now() > deadline) throw new Error(`no content script world in ${page.url()} (worlds: ${JSON.stringify(worlds.map((w) => [w.name, w.origin, w.auxData]))})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Web Locks across the popup, the notes page and the background worker', () => {
  let browser;
  before(async () => {
    browser = await launchChromium((url) => (url.startsWith('https://mail.google.com/') ? { body: INBOX } : undefined));
  });
  after(
    async () => {
      await browser?.close();
    },
    { timeout: 60_000 },
  );

  test(`${TOTAL} interleaved writes to one company from three contexts: none lost`, { timeout: 180_000 }, async (t) => {
    const { ctx, extensionId, extensionUrl } = browser;
    const chunk = storeChunk();
    const popup = await ctx.newPage();
    await popup.goto(extensionUrl('popup.html'));
    const notes = await ctx.newPage();
    await notes.goto(extensionUrl('notes.html'));
    const webmail = await ctx.newPage();
    await webmail.goto(WEBMAIL_URL);
    const { cdp, contextId } = await contentScriptWorld(ctx, webmail, extensionId);

    // The company, created through the notes page's store: revision 1, no items yet.
    await Promise.all([popup.evaluate(prepareStore(chunk)), notes.evaluate(prepareStore(chunk))]);
    const id = await notes.evaluate(`globalThis.afterviewLockTestStore.createCompany({ name: 'Lockstep Robotics', domains: ['${DOMAIN}'] }).then((r) => r.id)`);
    await notes.getByRole('button', { name: /Lockstep Robotics/ }).waitFor({ timeout: 30_000 });

    const started = Date.now();
    const took = (label) => (v) => (t.diagnostic(`${label} done after ${((Date.now() - started) / 1000).toFixed(1)} s`), v);
    const done = await Promise.all([
      popup.evaluate(pageWrites(id, WRITES.popup, POPUP_CHANGE)).then(took('popup')),
      notes.evaluate(pageWrites(id, WRITES.notes, NOTES_CHANGE)).then(took('notes')),
      cdp
        .send('Runtime.evaluate', { expression: workerWrites(WRITES.worker, DOMAIN), contextId, awaitPromise: true, returnByValue: true })
        .then((r) => {
          if (r.exceptionDetails) throw new Error(`the content script's reports failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
          return r.result.value;
        })
        .then(took('worker')),
    ]);
    const seconds = (Date.now() - started) / 1000;
    assert.deepEqual(done, [WRITES.popup, WRITES.notes, WRITES.worker], 'every context finished its writes');

    const stored = await notes.evaluate(async (key) => (await chrome.storage.local.get(key))[key], `company:${id}`);
    const record = stored.record;
    const lines = record.notes ? record.notes.split('\n') : [];
    const topics = record.interviews[0]?.topics ?? [];
    const sent = record.followUps.map((f) => f.subject);
    const lost = {
      popup: WRITES.popup - new Set(lines.filter((l) => /^popup \d+ /.test(l)).map((l) => l.split(' ')[1])).size,
      notes: WRITES.notes - new Set(topics.filter((l) => /^notes \d+ /.test(l)).map((l) => l.split(' ')[1])).size,
      worker: WRITES.worker - new Set(sent.filter((s) => /^worker \d+$/.test(s))).size,
    };
    t.diagnostic(`${TOTAL} writes in ${seconds.toFixed(1)} s; revision ${stored.rev}; lost: popup ${lost.popup}, notes page ${lost.notes}, worker ${lost.worker}`);

    // The global order, from the stamps: the popup's and the notes page's items say how many
    // items were saved before them; the worker's fill the positions left.
    const order = new Array(TOTAL).fill('worker');
    for (const item of [...lines, ...topics]) {
      const [who, , , seen] = item.split(' ');
      if (Number(seen) < TOTAL) order[Number(seen)] = who;
    }
    const turns = order.filter((who, i) => i > 0 && who !== order[i - 1]).length;
    const workerTurns = order.filter((who, i) => i > 0 && (who === 'worker') !== (order[i - 1] === 'worker')).length;
    t.diagnostic(`the contexts took turns ${turns} times, ${workerTurns} of them between the worker and a page`);

    assert.deepEqual(lost, { popup: 0, notes: 0, worker: 0 }, 'no write was lost');
    assert.equal(lines.length + topics.length + sent.length, TOTAL, 'each write added exactly one item');
    assert.equal(stored.rev, 1 + TOTAL, 'the revision counts the creation and every write');
    // Each item saw a different number of items before it: no two writes started from the same version.
    const stamps = [...lines, ...topics].map((item) => Number(item.split(' ')[3]));
    assert.equal(new Set(stamps).size, stamps.length, 'no two writes read the same version');
    // The writes really interleaved: far more turns than the two a one-after-another run
    // has, and the worker's writes fell between the pages' writes, not in one block.
    assert.ok(turns >= 100, `the three contexts interleaved (${turns} turns)`);
    assert.ok(workerTurns >= WRITES.worker / 2, `the worker's writes fell between the pages' writes (${workerTurns} turns)`);

    // What the user sees: the notes page shows the company with the last note line and the last topic.
    await notes.reload();
    await notes.getByRole('button', { name: /Lockstep Robotics/ }).click();
    await notes.waitForFunction(
      ({ popupLast, notesLast }) => {
        const values = [...document.querySelectorAll('textarea, input')].map((e) => e.value).join('\n');
        return values.includes(popupLast) && values.includes(notesLast);
      },
      { popupLast: lines.find((l) => l.startsWith(`popup ${WRITES.popup - 1} `)), notesLast: topics.find((l) => l.startsWith(`notes ${WRITES.notes - 1} `)) },
      { timeout: 30_000, polling: 250 },
    );

    await cdp.detach();
    await Promise.all([popup.close(), notes.close(), webmail.close()]);
  });
});
