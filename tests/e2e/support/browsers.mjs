// Launching the built extension in Debian's Chromium (playwright-core) and Firefox ESR
// (puppeteer-core over WebDriver BiDi). Every http(s) request not served from a fixture is
// aborted: the tests never reach the network.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const CHROME_BUILD = path.resolve(process.env.AFTERVIEW_CHROME_BUILD ?? '.output/chrome-mv3');
export const FIREFOX_BUILD = path.resolve(process.env.AFTERVIEW_FIREFOX_BUILD ?? '.output/firefox-mv2');
export const GECKO_ID = 'afterview@afterview.dev';
// Pins the add-on's moz-extension:// host so tests can open its pages.
export const FIREFOX_UUID = 'a17e4b1e-0000-4000-8000-000000000001';

/**
 * Starts Chromium with the built extension on `profile` (a persistent context: extensions need
 * one). `serve(url)` answers http(s) requests with a page or nothing; everything it does not
 * serve is aborted, and the extension's own URLs go through. `args` are added to the usual
 * switches. Resolves to `{ ctx, worker, extensionId, extensionUrl }`.
 * @param {{ profile: string, serve?: (url: string) => {status?: number, contentType?: string, body: string} | undefined, args?: string[], options?: object }} opts
 */
export async function startExtensionChromium({ profile, serve = () => undefined, args = [], options = {}, keepWelcome = false }) {
  const { chromium } = await import('playwright-core');
  // A fresh profile is a first install: the extension opens its welcome page.
  const fresh = !fs.existsSync(profile) || fs.readdirSync(profile).length === 0;
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ...options,
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...args,
    ],
  });
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (!/^https?:/.test(url)) return route.continue();
    const page = serve(url);
    if (page) return route.fulfill({ status: page.status ?? 200, contentType: page.contentType ?? 'text/html', body: page.body });
    return route.abort();
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  // Closed before the suite starts (as a user would), so that it never takes the active tab
  // from a page under test; welcome-chromium.test.mjs checks it.
  if (fresh && !keepWelcome) await closeWelcomePage(ctx, `chrome-extension://${extensionId}/welcome.html`);
  return { ctx, worker, extensionId, extensionUrl: (file) => `chrome-extension://${extensionId}/${file}` };
}

/** Waits for the welcome page the extension opens on install and closes it. */
async function closeWelcomePage(ctx, url, timeout = 15_000) {
  const isWelcome = (p) => p.url() === url;
  const page = ctx.pages().find(isWelcome) ?? (await ctx.waitForEvent('page', { predicate: isWelcome, timeout }).catch(() => undefined));
  // An install that opened no welcome page is for welcome-chromium.test.mjs to report.
  await page?.close();
}

/** @param {(url: string) => {status?: number, contentType?: string, body: string} | undefined} serve */
export async function launchChromium(serve = () => undefined) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-chromium-'));
  const started = await startExtensionChromium({ profile, serve });
  // Every suite that uses this browser also checks that no page, extension page or content
  // script threw or left a promise rejection unhandled: `close()` fails the suite if one did.
  const pageErrors = [];
  started.ctx.on('weberror', (e) => pageErrors.push(`${e.page()?.url() ?? 'a page'}: ${e.error()?.message ?? e.error()}`));
  return {
    ...started,
    pageErrors,
    async close() {
      await started.ctx.close();
      fs.rmSync(profile, { recursive: true, force: true });
      if (pageErrors.length) throw new Error(`uncaught errors or unhandled rejections during the suite:\n${pageErrors.join('\n')}`);
    },
  };
}

export async function launchFirefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }) },
  });
  const id = await browser.installExtension(FIREFOX_BUILD);
  // The welcome page an install opens is closed before the suite starts (see startExtensionChromium).
  const welcome = `moz-extension://${FIREFOX_UUID}/welcome.html`;
  const deadline = Date.now() + 15_000;
  for (;;) {
    // Puppeteer reports an extension tab's address as about:blank: ask the page itself.
    const pages = await browser.pages();
    const hrefs = await Promise.all(pages.map((p) => p.evaluate(() => location.href).catch(() => '')));
    const page = pages.find((p, i) => hrefs[i] === welcome);
    if (page) {
      await page.close();
      break;
    }
    if (Date.now() > deadline) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { browser, id, close: () => browser.close() };
}

/**
 * Opens an extension page in Firefox. Puppeteer never sees a moz-extension:// navigation
 * finish, so the navigation is started without waiting and the page polled until loaded.
 */
export async function openFirefoxExtensionPage(browser, file, timeout = 15_000) {
  const page = await browser.newPage();
  page.goto(`moz-extension://${FIREFOX_UUID}/${file}`).catch(() => {});
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      if (await page.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete')) return page;
    } catch {
      // The old realm went away with the navigation; poll again.
    }
    if (Date.now() > deadline) throw new Error(`extension page ${file} did not load`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
