// The demo mailbox in Chromium: serves demo/ at the real webmail addresses (the content script
// matches only those), blocks every other web request, and launches Debian's Chromium with the
// built extension. Used by `npm start`, scripts/screenshot-demo.mjs and tests/e2e/demo-mailbox.test.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DEMO_DIR = path.join(ROOT, 'demo');
export const CHROME_BUILD = path.resolve(process.env.AFTERVIEW_CHROME_BUILD ?? path.join(ROOT, '.output/chrome-mv3'));
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Where each demo page lives once the routes are in place. */
export const DEMO_URLS = {
  start: 'http://afterview.localhost/',
  gmail: 'https://mail.google.com/mail/u/0/',
  outlook: 'https://outlook.live.com/mail/0/',
};

/**
 * The hosts each site's demo page is served at: the site registry's (lib/core/sites/sites.ts),
 * written out because this plain script cannot import TypeScript. tests/unit/webmail/sites.test.ts
 * fails when the two differ, so a host added to one is added to the other.
 */
export const DEMO_SITE_HOSTS = {
  gmail: ['mail.google.com'],
  outlook: ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'],
};

const START_HOST = 'afterview.localhost';
const GMAIL_HOSTS = new Set(DEMO_SITE_HOSTS.gmail);
const OUTLOOK_HOSTS = new Set(DEMO_SITE_HOSTS.outlook);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** The demo's files by name. Only these are ever read, so no URL can reach outside demo/. */
function demoFiles() {
  return new Set(fs.readdirSync(DEMO_DIR).filter((name) => Object.hasOwn(TYPES, path.extname(name))));
}

function file(name) {
  return { status: 200, contentType: TYPES[path.extname(name)], body: fs.readFileSync(path.join(DEMO_DIR, name)) };
}

const notFound = () => ({ status: 404, contentType: 'text/plain; charset=utf-8', body: 'Not part of the Afterview demo mailbox.\n' });

/**
 * The response for a URL of the demo, or undefined for a URL outside it (to be blocked).
 * A page's own files (demo.css, gmail.js, ...) are found by their name at any path of its host.
 */
export function demoResponse(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return undefined;
  const host = parsed.hostname;
  const isGmail = GMAIL_HOSTS.has(host);
  const isOutlook = OUTLOOK_HOSTS.has(host);
  if (!isGmail && !isOutlook && host !== START_HOST) return undefined;

  const name = decodeURIComponent(parsed.pathname.split('/').pop() ?? '');
  if (name && demoFiles().has(name)) return file(name);
  const inMail = (prefix) => parsed.pathname === prefix || parsed.pathname.startsWith(`${prefix}/`);
  if (isGmail && inMail('/mail')) return file('gmail.html');
  if (isOutlook && (inMail('/mail') || inMail('/owa'))) return file('outlook.html');
  if (host === START_HOST && parsed.pathname === '/') return file('index.html');
  return notFound();
}

/**
 * Serves the demo in a Playwright browser context: demo URLs are answered from demo/, every
 * other http(s) request is aborted, and anything else (the extension's own
 * chrome-extension:// files, data: and blob: URLs) continues untouched.
 * `blocked` collects the URLs that were aborted.
 */
export async function routeDemo(ctx, { blocked = [] } = {}) {
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (!/^https?:/i.test(url)) return route.continue();
    const response = demoResponse(url);
    if (response) return route.fulfill(response);
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
}

export class MissingBrowserError extends Error {}

/**
 * Launches Chromium with the built extension in a fresh profile, the demo routes in place.
 * Resolves to `{ ctx, worker, extensionId, blocked, close, welcome }` (`welcome`: the page the
 * install opened, with `keepWelcome`); `close()` also deletes the profile.
 */
export async function launchDemo({ headless = true, executablePath = CHROMIUM_PATH, extensionDir = CHROME_BUILD, viewport, keepWelcome = false } = {}) {
  if (!fs.existsSync(executablePath)) throw new MissingBrowserError(`no Chromium at ${executablePath}`);
  if (!fs.existsSync(path.join(extensionDir, 'manifest.json'))) throw new Error(`no extension build in ${extensionDir}: run npm run build`);
  const { chromium } = await import('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-demo-'));
  const removeProfile = () => fs.rmSync(profile, { recursive: true, force: true });
  const asRoot = process.getuid?.() === 0;
  let ctx;
  try {
    ctx = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless,
      // Chromium's sandbox cannot run as root; everyone else keeps it.
      chromiumSandbox: !asRoot,
      // A real window decides its own size; headless runs get a fixed one.
      viewport: headless ? (viewport ?? { width: 1280, height: 800 }) : null,
      // Without this a headed window shows "controlled by automated test software".
      ignoreDefaultArgs: headless ? [] : ['--enable-automation'],
      // `npm start` handles Ctrl+C itself, to close the browser and delete the profile.
      handleSIGINT: headless,
      handleSIGTERM: headless,
      args: [
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        ...(headless ? ['--disable-gpu'] : []),
      ],
    });
  } catch (error) {
    removeProfile();
    throw error;
  }
  const blocked = [];
  let closed = false;
  // Should the process end another way, the profile still goes.
  process.once('exit', removeProfile);
  const close = async () => {
    if (closed) return;
    closed = true;
    await ctx.close().catch(() => {});
    removeProfile();
    process.off('exit', removeProfile);
  };
  try {
    await routeDemo(ctx, { blocked });
    const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
    const extensionId = new URL(worker.url()).host;
    // The welcome page a first install opens: kept for `npm start`, closed for screenshots and tests.
    const welcomeUrl = `chrome-extension://${extensionId}/welcome.html`;
    const isWelcome = (p) => p.url() === welcomeUrl;
    const welcome = ctx.pages().find(isWelcome) ?? (await ctx.waitForEvent('page', { predicate: isWelcome, timeout: 15_000 }).catch(() => undefined));
    if (!keepWelcome) await welcome?.close();
    return { ctx, worker, extensionId, blocked, profile, close, welcome: keepWelcome ? welcome : undefined };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Waits for the extension's score badge on a page: the `[data-afterview-ui]` host element with
 * an open shadow root. Resolves to true when it is there, false after `timeout` ms.
 */
export async function waitForBadge(page, timeout = 10_000) {
  try {
    await page.waitForFunction(() => Array.from(document.querySelectorAll('[data-afterview-ui]')).some((host) => host.shadowRoot !== null), undefined, { timeout });
    return true;
  } catch {
    return false;
  }
}
