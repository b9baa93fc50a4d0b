#!/usr/bin/env node
// `npm start`: build the extension, then open Chromium with it on the demo mailbox (local pages
// served at the real webmail addresses; every other web request is blocked).
// Usage: npm start [-- --no-build]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { CHROMIUM_PATH, DEMO_URLS, launchDemo } from './lib/demo-server.mjs';
import { demoNoteItems } from './lib/demo-notes.mjs';

const fail = (message, code = 2) => {
  console.error(`afterview start: ${message}`);
  process.exit(code);
};

if (!fs.existsSync(CHROMIUM_PATH)) {
  fail(`no Chromium at ${CHROMIUM_PATH}. Install Debian's (sudo apt-get install chromium) or set CHROMIUM_PATH.`);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  fail(
    'no display: npm start opens a browser window, so it needs a desktop session.\n' +
      '  Without one, try `xvfb-run npm start` (package xvfb), or `npm run build && node scripts/screenshot-demo.mjs`\n' +
      '  for screenshots of the demo in docs/screenshots/.',
  );
}

if (!process.argv.includes('--no-build')) {
  console.log('Building the extension (npm run build; skip with `npm start -- --no-build`)…');
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) fail('the build failed; see above.', build.status ?? 1);
}

let demo;
try {
  demo = await launchDemo({ headless: false, keepWelcome: true });
} catch (error) {
  fail(`Chromium did not start: ${error.message}`, 1);
}
// Sample notes for the demo's company, so the name checks and the templates have something to use.
await demo.worker.evaluate((items) => chrome.storage.local.set(items), demoNoteItems(new Date()));

let quitting = false;
const quit = async (code = 0) => {
  if (quitting) return;
  quitting = true;
  await demo.close();
  process.exit(code);
};
process.on('SIGINT', () => void quit(0));
process.on('SIGTERM', () => void quit(0));
// Closing the last window closes the browser; the profile is deleted and the command ends.
demo.ctx.on('close', () => void quit(0));

const [first] = demo.ctx.pages();
const start = first ?? (await demo.ctx.newPage());
await start.goto(DEMO_URLS.start);
const gmail = await demo.ctx.newPage();
await gmail.goto(DEMO_URLS.gmail);
await gmail.bringToFront();

console.log(`
Chromium is open with Afterview (extension id ${demo.extensionId}) on the demo mailbox:
  ${DEMO_URLS.gmail}   Gmail-style demo (front tab)
  ${DEMO_URLS.outlook}   Outlook-style demo
  ${DEMO_URLS.start}   start page linking to both
Sample notes are saved for Bramblewood Analytics (Dana Whitfield, Marcus Oyelaran, Jordan
Ellery, interviewed yesterday), and the welcome page a first install shows is open too.
These addresses are answered from demo/ on this machine; every other web request is blocked.
Quit: close the browser window, or press Ctrl+C here.`);
