// Helpers for the notes suites: a Chromium with a profile directory the test owns (so the
// browser can be closed and started again on the same data), and small page actions.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startExtensionChromium } from './browsers.mjs';

export function makeProfileDir() {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-notes-'));
}

/**
 * Launches Chromium with the production build on `profile`; the caller removes the directory.
 * `serve` answers http(s) requests as in startExtensionChromium (webmail fixtures).
 */
export async function launchChromiumOn(profile, serve) {
  const { ctx, extensionId, extensionUrl } = await startExtensionChromium({ profile, serve, options: { acceptDownloads: true } });
  return { ctx, extensionId, url: extensionUrl };
}

/** The running background worker, waking it when it was stopped. */
export async function backgroundWorker(ctx) {
  return ctx.serviceWorkers()[0] ?? ctx.waitForEvent('serviceworker', { timeout: 15_000 });
}

/** Every saved company record (without revisions), sorted by id, read by an extension page. */
export async function savedCompanies(page) {
  return page.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.entries(all)
      .filter(([k]) => k.startsWith('company:'))
      .map(([, v]) => v.record)
      .sort((a, b) => a.id.localeCompare(b.id));
  });
}

/** Fills the popup's quick capture and saves it. */
export async function captureNote(page, { company, interviewer, kind, text }) {
  await page.getByLabel('Company').fill(company);
  if (interviewer) await page.getByLabel('Interviewer').fill(interviewer);
  await page.getByLabel(kind).check();
  await page.getByLabel('Note', { exact: true }).fill(text);
  await page.getByRole('button', { name: 'Save note' }).click();
  // The status keeps saying "Saved to ..." from an earlier save, so it alone cannot tell that
  // this one finished: the model clears the note field only after the store write resolved.
  await page.waitForFunction(
    (expected) => document.querySelector('textarea[name=text]')?.value === '' && document.querySelector('[role=status]')?.textContent === expected,
    `Saved to ${company}.`,
    { timeout: 15_000 },
  );
}
