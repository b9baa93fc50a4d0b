// Collecting what goes wrong while a real-browser suite runs: uncaught exceptions and
// unhandled promise rejections (pages, extension pages and, in Chromium, the content
// script's isolated world, which Playwright reports with the page), console messages of
// type error, and dialogs. Works with a playwright-core page (Chromium) and a
// puppeteer-core page (Firefox). Which entries are "ours" (Afterview's) is decided from
// where they come from: an extension URL in the location or stack, or words only our
// code produces.

const EXTENSION_URL = /\b(?:chrome|moz)-extension:\/\//;
/** Words in a message that only come from extension code (ours, or the browser about it). */
const OUR_WORDS = /extension context invalidated|afterview|receiving end does not exist|could not establish connection/i;

const text = (value) => (value instanceof Error ? `${value.name}: ${value.message}\n${value.stack ?? ''}` : String(value));

/**
 * An entry is ours when its location or stack is an extension URL, or its text names
 * something only extension code says.
 */
export function isOurs(entry) {
  return EXTENSION_URL.test(entry.url ?? '') || EXTENSION_URL.test(entry.stack ?? '') || OUR_WORDS.test(entry.message);
}

function locationOf(msg) {
  try {
    const loc = msg.location?.();
    return loc?.url ?? '';
  } catch {
    return '';
  }
}

/**
 * Starts collecting on `page` (call before navigating, so nothing is missed). `label`
 * names the page in messages. Returns `{ entries, dialogs, ours(), all(), since(n) }`:
 * each entry is `{ where, kind: 'pageerror' | 'console', message, url, stack }`.
 * Dialogs are dismissed and recorded. Console errors of failed http(s) loads are kept
 * but are never ours (the harness aborts every request to the network).
 */
export function watchErrors(page, label = 'page') {
  const entries = [];
  const dialogs = [];
  page.on('pageerror', (error) => {
    const message = error instanceof Error ? error.message : String(error);
    entries.push({ where: label, kind: 'pageerror', message, url: '', stack: error instanceof Error ? (error.stack ?? '') : text(error) });
  });
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    entries.push({ where: label, kind: 'console', message: msg.text(), url: locationOf(msg), stack: '' });
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${label}: ${dialog.type()} ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return {
    entries,
    dialogs,
    /** Entries that come from Afterview's code. */
    ours: () => entries.filter(isOurs),
    all: () => entries.slice(),
    /** Entries after the first `n` (to look at one step of a session). */
    since: (n) => entries.slice(n),
  };
}

/**
 * Collects errors of a Chromium extension service worker (a playwright-core Worker):
 * console messages of type error through `worker.on('console')`, and uncaught
 * exceptions and unhandled rejections through listeners installed in the worker itself
 * (Playwright reports neither for workers). Read them with `await read()`; a worker that
 * was stopped and started again has lost its listeners, so call `install()` again then.
 */
export async function watchServiceWorker(worker, label = 'service worker') {
  const entries = [];
  worker.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    entries.push({ where: label, kind: 'console', message: msg.text(), url: locationOf(msg) || worker.url(), stack: '' });
  });
  const install = () =>
    worker.evaluate(() => {
      if (self.__afterviewErrors) return;
      const seen = [];
      Object.defineProperty(self, '__afterviewErrors', { value: seen, configurable: false });
      const describe = (value) => ({ message: value instanceof Error ? value.message : String(value), stack: value instanceof Error ? String(value.stack ?? '') : '' });
      self.addEventListener('error', (event) => seen.push({ kind: 'error', ...describe(event.error ?? event.message), url: String(event.filename ?? '') }));
      self.addEventListener('unhandledrejection', (event) => seen.push({ kind: 'unhandledrejection', ...describe(event.reason), url: '' }));
    });
  await install();
  return {
    install,
    async read() {
      const inWorker = await worker.evaluate(() => (self.__afterviewErrors ?? []).map((e) => ({ ...e }))).catch(() => []);
      // Errors raised in the worker are ours by definition: it runs only our code.
      return [...entries, ...inWorker.map((e) => ({ where: label, ...e, url: e.url || worker.url() }))];
    },
  };
}

/**
 * Installs, in an extension page already loaded, listeners for uncaught errors and
 * unhandled rejections (belt and braces beside `pageerror`, which Firefox over BiDi does
 * not always report for extension pages). Read them with `readPageRejections(page)`.
 */
export function installPageErrorHooks(page) {
  return page.evaluate(() => {
    if (window.__afterviewErrors) return;
    const seen = [];
    Object.defineProperty(window, '__afterviewErrors', { value: seen, configurable: false });
    const describe = (value) => ({ message: value instanceof Error ? value.message : String(value), stack: value instanceof Error ? String(value.stack ?? '') : '' });
    window.addEventListener('error', (event) => seen.push({ kind: 'error', ...describe(event.error ?? event.message), url: String(event.filename ?? '') }));
    window.addEventListener('unhandledrejection', (event) => seen.push({ kind: 'unhandledrejection', ...describe(event.reason), url: '' }));
  });
}

export function readPageRejections(page) {
  return page.evaluate(() => (window.__afterviewErrors ?? []).map((e) => ({ ...e }))).catch(() => []);
}

/** One line per entry, for assertion messages. */
export const describeEntries = (list) => list.map((e) => `[${e.where} ${e.kind}] ${e.message}${e.url ? ` @ ${e.url}` : ''}`).join('\n');
