// The notes in real Chromium on the production build: popup capture shows on the notes
// page; after the background worker is stopped, what lived only in it (the side panel's
// draft, the kind the user chose) is rebuilt and the notes stay intact and writable; the
// data survives a browser restart; export, wipe and import give identical data; a
// reminder fires when due.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { backgroundWorker, captureNote, launchChromiumOn, makeProfileDir, savedCompanies } from './support/notes.mjs';
import { FIXTURE_PAGES, fixtureHtml, readBadges, servePages, waitForScores } from './support/webmail.mjs';

const GMAIL = FIXTURE_PAGES[0];
const GMAIL_BODY = '[g_editable="true"][contenteditable="true"]';

/** Polls `check()` until it returns a truthy value (generous: the machine may be busy). */
async function until(check, what, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The score the compose's badge shows once it is ready and `accept(score)` holds. */
const waitForBadgeScore = (mail, accept) =>
  until(async () => {
    const [badge] = await readBadges(mail);
    const score = badge?.status === 'ready' && badge.score !== null ? Number(badge.score) : undefined;
    return accept(score) ? String(score) : undefined;
  }, 'the badge to show the expected score');

/** Waits until the badge and the side panel show the same score; returns it. */
const waitForSameScore = (mail, panel) =>
  until(async () => {
    const [badge] = await readBadges(mail);
    const shown = await panel.evaluate(() => document.querySelector('[data-testid="score"] .number')?.textContent ?? null);
    return badge?.status === 'ready' && badge.score !== null && badge.score === shown ? shown : undefined;
  }, 'the badge and the side panel to show the same score');

/** Waits until the side panel shows a score other than `score`; returns it. */
async function waitForPanelScoreOtherThan(panel, score) {
  const handle = await panel.waitForFunction(
    (old) => {
      const now = document.querySelector('[data-testid="score"] .number')?.textContent;
      return now && now !== old ? now : false;
    },
    score,
    { timeout: 30_000, polling: 100 },
  );
  return handle.jsonValue();
}

/** Waits until the side panel shows a draft with `score`; a failure says what the panel showed instead. */
async function waitForPanelScore(panel, score) {
  try {
    await panel.waitForFunction((want) => document.querySelector('[data-testid="score"] .number')?.textContent === want, score, { timeout: 30_000, polling: 100 });
  } catch (error) {
    const shown = await panel
      .locator('main')
      .innerText()
      .catch(() => '(nothing)');
    throw new Error(`the side panel did not show the draft with score ${score}; it showed: ${shown.replace(/\s+/g, ' ').slice(0, 300)}`, { cause: error });
  }
}

describe('notes in Chromium', () => {
  const profile = makeProfileDir();
  let browser;
  before(async () => {
    browser = await launchChromiumOn(profile, servePages({ [GMAIL.url]: fixtureHtml(GMAIL.file) }));
  });
  after(
    async () => {
      await browser?.ctx.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
    { timeout: 60_000 },
  );

  test('a note captured in the popup appears on the notes page', { timeout: 90_000 }, async () => {
    const popup = await browser.ctx.newPage();
    await popup.goto(browser.url('popup.html'));
    await captureNote(popup, { company: 'Lumen Freight', interviewer: 'Priya Raman', kind: 'Challenge the team faces', text: 'Nightly batch jobs run too long' });
    await captureNote(popup, { company: 'Lumen Freight', kind: 'Idea to send later', text: 'The batch tuning article' });
    await popup.close();

    const notes = await browser.ctx.newPage();
    await notes.goto(browser.url('notes.html'));
    await notes.getByRole('button', { name: /Lumen Freight/ }).click();
    const challenges = notes.getByLabel('Challenges the team faces');
    await challenges.waitFor();
    // The second note, with no date set, joined the interview the first one made: no second interview.
    assert.equal(await notes.getByLabel('Challenges the team faces').count(), 1, 'one interview, not one per note');
    assert.equal(await challenges.inputValue(), 'Nightly batch jobs run too long');
    assert.equal(await notes.getByLabel('Ideas to send later').inputValue(), 'The batch tuning article');
    assert.equal(await notes.getByLabel('Name', { exact: true }).first().inputValue(), 'Priya Raman');
    // Search finds the company by a word of a note.
    await notes.getByLabel('Search all notes').fill('batch tuning');
    await notes.getByRole('list', { name: 'Companies' }).getByText('Lumen Freight').waitFor();
    await notes.getByLabel('Search all notes').fill('nothing like this');
    await notes.getByText('Nothing matches').waitFor();
    await notes.close();
  });

  test(
    'after the background worker is stopped, the side panel still shows the draft being written, the badge still follows typing, and the notes are intact and writable',
    { timeout: 180_000 },
    async () => {
      const page = await browser.ctx.newPage();
      await page.goto(browser.url('notes.html'));
      const before = await savedCompanies(page);
      assert.equal(before.length, 1);

      // A draft in Gmail, checked: its badge shows a score, and the side panel shows the same
      // draft and score. Which draft the panel shows lives only in the worker's memory.
      const mail = await browser.ctx.newPage();
      await mail.goto(GMAIL.url);
      const [empty] = await waitForScores(mail, 1);
      await mail.click(GMAIL_BODY);
      // Ends on a new line, so the last key is checked at once (a key inside a sentence waits for the pause).
      await mail.keyboard.type('Hi Dana,\n\nThank you for the interview yesterday.\n\nBest regards,\nSam Taylor\n');
      await waitForBadgeScore(mail, (score) => score !== undefined && String(score) !== empty.score);
      const panel = await browser.ctx.newPage();
      await panel.goto(browser.url('sidepanel.html'));
      const typed = await waitForSameScore(mail, panel);
      assert.match(await panel.getByTestId('compose-name').textContent(), /Checking the email to/);
      // The user judges the draft as a withdrawal: the kind they chose is also kept only in the worker.
      await panel.locator('.kind select').selectOption('withdrawal');
      const judged = await waitForPanelScoreOtherThan(panel, typed);
      await waitForBadgeScore(mail, (score) => String(score) === judged);

      // Stop the worker as Chrome does when it idles or is killed: close its target.
      const cdp = await browser.ctx.browser().newBrowserCDPSession();
      const running = async () => (await cdp.send('Target.getTargets')).targetInfos.some((t) => t.type === 'service_worker' && t.url.startsWith(browser.url('')));
      const { targetInfos } = await cdp.send('Target.getTargets');
      const target = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(browser.url('')));
      assert.ok(target, 'the background worker is running');
      await cdp.send('Target.closeTarget', { targetId: target.targetId });
      await until(async () => !(await running()), 'the background worker to stop');
      assert.deepEqual(await savedCompanies(page), before);

      // The user opens the side panel again: it shows the draft and its score, not "No draft in view".
      await panel.reload();
      await waitForPanelScore(panel, judged);
      assert.equal(await panel.locator('.kind select').inputValue(), 'withdrawal');
      assert.equal(await panel.getByTestId('empty').count(), 0);

      // Typing goes on: the badge and the panel follow the change.
      await mail.bringToFront();
      await mail.click(GMAIL_BODY);
      await mail.keyboard.press('Control+A');
      await mail.keyboard.type('hey, cant make it, teh job is not for me lol.');
      await waitForBadgeScore(mail, (score) => score !== undefined && String(score) !== judged);
      await waitForSameScore(mail, panel);
      assert.equal(await panel.locator('.kind select').inputValue(), 'withdrawal', 'the chosen kind still applies');

      // A change from the notes page is kept, and the running worker saw it.
      await page.bringToFront();
      await page.getByRole('button', { name: /Lumen Freight/ }).click();
      await page.getByLabel('Role applied for').fill('Backend Engineer');
      await page.getByLabel('Role applied for').press('Tab');
      await page.waitForFunction(
        async () => {
          const all = await chrome.storage.local.get(null);
          return Object.values(all).some((v) => v?.record?.role === 'Backend Engineer');
        },
        undefined,
        { timeout: 30_000, polling: 100 },
      );
      assert.ok(await running(), 'the background worker runs again');
      // Read until the page's write is the one stored (the waits above saw it arrive); say what is there if not.
      const saved = await until(async () => {
        const all = await savedCompanies(page);
        return all.length === before.length && all.every((c) => c.role === 'Backend Engineer') ? all : undefined;
      }, 'the one saved company to keep the role typed on the notes page').catch(async (error) => {
        throw new Error(`${error.message}; saved: ${JSON.stringify((await savedCompanies(page)).map((c) => ({ id: c.id, name: c.name, role: c.role })))}`);
      });
      assert.equal(saved[0].role, 'Backend Engineer');
      await cdp.detach();
      await Promise.all([panel.close(), mail.close(), page.close()]);
    },
  );

  test('the data survives a browser restart on the same profile', { timeout: 90_000 }, async () => {
    const page = await browser.ctx.newPage();
    await page.goto(browser.url('notes.html'));
    const before = await savedCompanies(page);
    await browser.ctx.close();
    browser = await launchChromiumOn(profile, servePages({ [GMAIL.url]: fixtureHtml(GMAIL.file) }));
    const again = await browser.ctx.newPage();
    await again.goto(browser.url('notes.html'));
    assert.deepEqual(await savedCompanies(again), before);
    await again.getByRole('button', { name: /Lumen Freight/ }).waitFor();
    await again.close();
  });

  test('export, wipe and import give identical data; a damaged file changes nothing', { timeout: 90_000 }, async () => {
    const page = await browser.ctx.newPage();
    await page.goto(browser.url('notes.html'));
    await page.getByPlaceholder('New company').fill('Northwind');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByLabel('Email domains').fill('northwind.com');
    await page.getByLabel('Email domains').press('Tab');
    await page.waitForFunction(async () => Object.values(await chrome.storage.local.get(null)).some((v) => v?.record?.domains?.[0] === 'northwind.com'));
    const before = await savedCompanies(page);
    assert.equal(before.length, 2);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export everything' }).click()]);
    const file = await download.path();
    assert.match(download.suggestedFilename(), /^afterview-backup-\d{4}-\d{2}-\d{2}\.json$/);

    // A damaged copy is refused and nothing changes.
    const damaged = `${file}.damaged.json`;
    fs.writeFileSync(damaged, fs.readFileSync(file, 'utf8').replace('"Northwind"', '"Northwinds"'));
    await page.getByLabel('Replace everything saved').check();
    await page.getByLabel('Backup file').setInputFiles(damaged);
    await page
      .getByRole('alert')
      .getByText(/nothing was changed.*checksum does not match/)
      .waitFor();
    assert.deepEqual(await savedCompanies(page), before);

    await page.evaluate(() => chrome.storage.local.clear());
    await page.getByText('No companies yet').waitFor();
    assert.deepEqual(await savedCompanies(page), []);
    await page.getByLabel('Backup file').setInputFiles(file);
    await page.getByRole('status').getByText('Imported: 2 added').waitFor();
    assert.deepEqual(await savedCompanies(page), before);
    await page.close();
  });

  test('a due reminder fires once as a notification (due a few seconds ahead)', { timeout: 90_000 }, async () => {
    const page = await browser.ctx.newPage();
    await page.goto(browser.url('notes.html'));
    // An interview almost a day ago: its thank-you reminder is due in three seconds.
    const at = new Date(Date.now() - 24 * 3600_000 + 3000).toISOString();
    await page.evaluate(async (at) => {
      const record = {
        id: 'c-reminder',
        name: 'Harbor Health',
        domains: ['harborhealth.example'],
        stage: 'interviewing',
        interviews: [{ id: 'i-r', at, interviewers: [], topics: [], challenges: [], wishISaid: [], ideas: [], news: [] }],
        followUps: [],
        updatedAt: new Date().toISOString(),
      };
      await chrome.storage.local.set({ 'company:c-reminder': { rev: 1, record } });
    }, at);
    await page.getByRole('button', { name: /Harbor Health/ }).click();
    await page.getByLabel('Remind me when a thank-you or a follow-up is due').check();
    await page.waitForFunction(
      async () => Object.keys((await chrome.storage.local.get('reminders')).reminders?.fired ?? {}).some((id) => id.startsWith('c-reminder:thank-you:')),
      undefined,
      { timeout: 30_000, polling: 250 },
    );
    const worker = await backgroundWorker(browser.ctx);
    let shown = [];
    while (!shown.some((id) => id.startsWith('afterview-reminder:c-reminder:thank-you:'))) {
      shown = await worker.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(shown.length, 1);
    // The notes page offers snooze for the next step once reminders are on.
    await page.getByRole('button', { name: 'Snooze a day' }).waitFor();
    await page.close();
  });
});
