#!/usr/bin/env node
// `npm start`: build the Chrome extension and open Chromium with it, on the demo page.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const extension = path.resolve('.output/chrome-mv3');
const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const browser = candidates.find((p) => p && existsSync(p));
if (!browser) {
  console.error('afterview: no Chromium found. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH.');
  process.exit(2);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('afterview: no display to open a browser window on. The build is in .output/chrome-mv3: load it unpacked.');
  process.exit(2);
}
const profile = mkdtempSync(path.join(tmpdir(), 'afterview-profile-'));
const demo = pathToFileURL(path.resolve('demo/index.html')).href;
const args = [`--user-data-dir=${profile}`, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--no-first-run', demo];
if (process.getuid?.() === 0) args.unshift('--no-sandbox');
console.log(`Opening ${browser} with Afterview on ${demo}`);
spawn(browser, args, { stdio: 'ignore', detached: true }).unref();
