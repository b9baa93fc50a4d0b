// Reloading the extension under test while webmail tabs stay open, as an update or a
// reload from chrome://extensions or about:debugging does.
//
// Chromium: the extension is loaded with --load-extension as in support/browsers.mjs, and
// the browser also gets --enable-unsafe-extension-debugging so that the CDP command
// Extensions.loadUnpacked can load the same directory again: Chromium then replaces the
// running extension (same id), exactly as an update does, and starts a new service worker.
// (`chrome.runtime.reload()` from the service worker unloads the extension in this
// headless setup but never brings it back: a command-line extension is not reloaded.)
//
// Firefox: puppeteer-core's `browser.installExtension(path)` over WebDriver BiDi installs
// the same temporary add-on again, which Firefox treats as an upgrade of the add-on with
// that id (what about:debugging's "Reload" does).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROME_BUILD, FIREFOX_BUILD, startExtensionChromium } from './browsers.mjs';

/** launchChromium (support/browsers.mjs) plus the switch that allows reloading the extension over CDP. */
export async function launchReloadableChromium(serve = () => undefined) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'afterview-reload-'));
  const { ctx, worker, extensionId } = await startExtensionChromium({ profile, serve, args: ['--enable-unsafe-extension-debugging'] });
  const cdp = await ctx.browser().newBrowserCDPSession();
  const chromiumHandle = {
    ctx,
    worker,
    extensionId,
    extensionUrl: (file) => `chrome-extension://${extensionId}/${file}`,
    /**
     * Loads the build again over the running extension and returns the new service worker.
     * The old worker is gone; content scripts already in tabs lose their extension context.
     */
    async reloadExtension() {
      const old = chromiumHandle.worker;
      const next = ctx.waitForEvent('serviceworker', { predicate: (w) => w !== old && w.url().startsWith(`chrome-extension://${extensionId}/`), timeout: 15_000 });
      const { id } = await cdp.send('Extensions.loadUnpacked', { path: CHROME_BUILD });
      if (id !== extensionId) throw new Error(`the reload installed another extension (${id}, not ${extensionId})`);
      chromiumHandle.worker = await next;
      return chromiumHandle.worker;
    },
    async close() {
      await ctx.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
  return chromiumHandle;
}

/** Installs the Firefox build again as the same temporary add-on: Firefox upgrades it in place. */
export function reinstallFirefoxAddon(browser) {
  return browser.installExtension(FIREFOX_BUILD);
}
