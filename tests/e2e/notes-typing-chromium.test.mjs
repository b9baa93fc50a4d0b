// Typing on the notes page in real Chromium at 40 ms a key: nothing typed is lost, after
// Tab included; the page says Saved; a tab closed mid-word keeps the word.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { after, before, describe } from 'node:test';
import { test } from './support/test.mjs';
import { launchChromiumOn, makeProfileDir, savedCompanies } from './support/notes.mjs';
import { KEY_DELAY_MS, TYPED, TYPING_COMPANY } from './support/notes-typing.mjs';

describe('typing on the notes page in Chromium', () => {
  const profile = makeProfileDir();
  let browser;
  before(async () => {
    browser = await launchChromiumOn(profile);
  });
  after(
    async () => {
      await browser?.ctx.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
    { timeout: 60_000 },
  );

  const openCompany = async () => {
    const page = await browser.ctx.newPage();
    await page.goto(browser.url('notes.html'));
    await page.getByRole('button', { name: /Harbor Health/ }).click();
    await page.getByLabel('Role applied for').waitFor();
    return page;
  };

  test('every key typed at 40 ms lands, in the field left with Tab and the one after it, and the page says Saved', async () => {
    const seed = await browser.ctx.newPage();
    await seed.goto(browser.url('notes.html'));
    await seed.evaluate((record) => chrome.storage.local.set({ [`company:${record.id}`]: { rev: 1, record } }), TYPING_COMPANY);
    await seed.close();

    const page = await openCompany();
    await page.getByLabel('Role applied for').click();
    await page.keyboard.type(TYPED.role, { delay: KEY_DELAY_MS });
    // Tab and go on typing at once: the role is being saved while the domain is typed.
    await page.keyboard.press('Tab');
    await page.keyboard.type(TYPED.domains, { delay: KEY_DELAY_MS });
    await page.locator('[name=profile-name]').click();
    await page.keyboard.type(TYPED.profileName, { delay: KEY_DELAY_MS });
    await page.keyboard.press('Tab');

    assert.equal(await page.getByLabel('Role applied for').inputValue(), TYPED.role);
    assert.equal(await page.getByLabel('Email domains').inputValue(), TYPED.domains);
    assert.equal(await page.locator('[name=profile-name]').inputValue(), TYPED.profileName);
    await page.getByTestId('save-status').getByText('Saved', { exact: true }).waitFor();
    const [saved] = await savedCompanies(page);
    assert.equal(saved.role, TYPED.role);
    assert.deepEqual(saved.domains, [TYPED.domains]);
    assert.deepEqual(await page.evaluate(async () => (await chrome.storage.local.get('profile')).profile), { name: TYPED.profileName });
    await page.close();
  });

  test('closing the tab mid-word loses nothing: the reopened page shows the whole text and saves it', async () => {
    const page = await openCompany();
    await page.getByLabel('Notes', { exact: true }).click();
    await page.keyboard.type(TYPED.notes, { delay: KEY_DELAY_MS });
    await page.close({ runBeforeUnload: true });

    const again = await openCompany();
    assert.equal(await again.getByLabel('Notes', { exact: true }).inputValue(), TYPED.notes);
    await again.waitForFunction(async (want) => Object.values(await chrome.storage.local.get(null)).some((v) => v?.record?.notes === want), TYPED.notes, { timeout: 15_000, polling: 100 });
    assert.equal((await savedCompanies(again))[0].role, TYPED.role, 'the earlier edits are still there');
    await again.close();
  });

  test("search says what matched and the pane follows the list; labels are words, not ids or another company's data", async () => {
    const page = await openCompany();
    await page.evaluate(async () => {
      const record = {
        id: 'c-north',
        name: 'Northwind',
        domains: [],
        stage: 'applied',
        interviews: [
          {
            id: 'i-n',
            at: '2026-03-02T15:00:00.000Z',
            interviewers: [{ id: 'p-n', name: 'Dana Whitfield' }],
            topics: ['warehouse robots'],
            challenges: [],
            wishISaid: [],
            ideas: [],
            news: [],
          },
        ],
        followUps: [{ id: 'f-n', kind: 'second-follow-up', sentAt: '2026-03-03T10:00:00.000Z', to: [], subject: 'Checking in', bodyText: '' }],
        updatedAt: '2026-03-03T10:00:00.000Z',
      };
      await chrome.storage.local.set({ 'company:c-north': { rev: 1, record } });
    });
    await page.getByRole('button', { name: /Northwind/ }).click();
    await page.getByRole('heading', { name: 'Northwind' }).waitFor();
    // Labels: the stage and the logged kind in words; the domain hint names no company.
    assert.equal(await page.getByLabel('Stage').evaluate((s) => s.selectedOptions[0].textContent), 'Applied');
    assert.equal(await page.getByLabel('Kind').evaluate((s) => s.selectedOptions[0].textContent), 'Second follow-up');
    // No choice anywhere reads as a raw id (all lower case, such as "second-follow-up" or "linkedin").
    const rawIds = await page.locator('main option').evaluateAll((all) => all.map((o) => o.textContent).filter((t) => /^[a-z]+(-[a-z]+)*$/.test(t)));
    assert.deepEqual(rawIds, []);
    assert.equal(await page.getByLabel('Email domains').getAttribute('placeholder'), 'the part after @ in their emails');

    // Northwind is selected; a search it does not match moves the pane to the first match.
    await page.getByLabel('Search all notes').fill('on-call');
    await page.getByRole('heading', { name: 'Harbor Health' }).waitFor();
    const list = page.getByRole('list', { name: 'Companies' });
    assert.equal(await list.getByRole('listitem').count(), 1);
    assert.equal(await list.getByTestId('matched-in').innerText(), `Matched in notes: ${TYPED.notes}`);
    await page.getByLabel('Search all notes').fill('dana robots');
    await page.getByRole('heading', { name: 'Northwind' }).waitFor();
    assert.equal(await list.getByTestId('matched-in').innerText(), 'Matched in topics: warehouse robots; interviewers: Dana Whitfield');
    await page.getByLabel('Search all notes').fill('nothing like this');
    await page.getByTestId('pane-empty').getByText('No company matches “nothing like this”').waitFor();
    assert.equal(await page.getByRole('heading', { level: 2, name: /Northwind|Harbor Health/ }).count(), 0);
    await page.close();
  });

  test('Add to calendar downloads the next step as an .ics event', async () => {
    const page = await openCompany();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Add to calendar' }).click()]);
    assert.equal(download.suggestedFilename(), 'afterview-next-step-harbor-health.ics');
    const text = fs.readFileSync(await download.path(), 'utf8');
    assert.match(text, /^BEGIN:VCALENDAR\r\nVERSION:2\.0\r\n/);
    assert.match(text, /\r\nUID:c-typing:thank-you:2026-03-05T15:00:00\.000Z@afterview\r\n/);
    assert.match(text, /\r\nDTSTART:20260305T150000Z\r\n/);
    assert.match(text, /\r\nSUMMARY:Send a thank-you: Harbor Health\r\n/);
    await page.close();
  });
});
