#!/usr/bin/env node
// Screenshots of Afterview at work on the demo mailbox, for the README: headless Chromium with
// the built extension (run `npm run build` first), some typing on the keyboard, then
// docs/screenshots/demo-gmail.png, demo-outlook.png, compose-card.png (underlines and a finding's
// card) and sidebar.png, with the sample notes `npm start` saves.
// Usage: node scripts/screenshot-demo.mjs [--out DIR]
import fs from 'node:fs';
import path from 'node:path';
import { DEMO_URLS, MissingBrowserError, launchDemo, waitForBadge } from './lib/demo-server.mjs';
import { demoNoteItems } from './lib/demo-notes.mjs';

const outIndex = process.argv.indexOf('--out');
const outDir = path.resolve(outIndex > 0 ? process.argv[outIndex + 1] : 'docs/screenshots');
const BADGE_TIMEOUT = 10_000;

/** Puts the caret at the end of the block that contains `text`, the way a click there would. */
async function caretAfter(page, text) {
  const block = page.getByText(text, { exact: false }).last();
  await block.click();
  await page.keyboard.press('End');
}

async function shoot(page, file, missing) {
  const found = await waitForBadge(page, BADGE_TIMEOUT);
  if (!found) missing.push(path.basename(file));
  // Let the score settle after the last keystroke.
  await page.waitForTimeout(600);
  await page.screenshot({ path: file });
  console.log(`saved ${path.relative(process.cwd(), file)}${found ? '' : ' (no score badge appeared within 10 s)'}`);
}

let demo;
try {
  demo = await launchDemo({ headless: true, viewport: { width: 1280, height: 800 } });
} catch (error) {
  if (error instanceof MissingBrowserError) {
    console.error(`screenshot-demo: ${error.message}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`);
    process.exit(2);
  }
  console.error(`screenshot-demo: ${error.message}`);
  process.exit(1);
}

const missing = [];
try {
  fs.mkdirSync(outDir, { recursive: true });
  await demo.worker.evaluate((items) => chrome.storage.local.set(items), demoNoteItems(new Date()));

  // Gmail-style: the sample draft gets a specific detail; a second compose is opened and typed into.
  const gmail = await demo.ctx.newPage();
  await gmail.goto(DEMO_URLS.gmail);
  await caretAfter(gmail, 'learn more about the team and the role.');
  await gmail.keyboard.type(' I especially enjoyed the walk through your stock-out forecast.', { delay: 15 });
  await gmail.locator('#compose-button').click();
  const second = gmail.locator('.gm-compose').last();
  await gmail.keyboard.type('Jordan Ellery <jordan.ellery@bramblewood.example>', { delay: 5 });
  await gmail.keyboard.press('Enter');
  await second.locator('input[name="subjectbox"]').click();
  await gmail.keyboard.type('Quick question', { delay: 15 });
  await second.locator('[g_editable="true"] > div').first().click();
  await gmail.keyboard.type('Hi Jordan, could you tell me', { delay: 15 });
  await shoot(gmail, path.join(outDir, 'demo-gmail.png'), missing);

  // A hurried draft in that second compose: its problems underlined, F8 opens the first one's card.
  await gmail.keyboard.press('Control+A');
  await gmail.keyboard.type('hey Jordan,\n\nthx for the the call yesterday. i wanted to ask when the team expects to decide.\n\nCheers,\nAlex', { delay: 5 });
  await gmail.waitForTimeout(1500);
  await gmail.keyboard.press('F8');
  await gmail.waitForTimeout(500);
  const box = await second.boundingBox();
  await gmail.screenshot({
    path: path.join(outDir, 'compose-card.png'),
    clip: box
      ? { x: Math.max(0, box.x - 16), y: Math.max(0, box.y - 16), width: Math.min(1280 - box.x + 16, box.width + 32), height: Math.min(800 - box.y + 16, box.height + 32) }
      : undefined,
  });
  console.log(`saved ${path.relative(process.cwd(), path.join(outDir, 'compose-card.png'))}`);
  await gmail.keyboard.press('Escape');

  // Outlook-style: the sample draft says why the role appeals.
  const outlook = await demo.ctx.newPage();
  await outlook.goto(DEMO_URLS.outlook);
  await caretAfter(outlook, 'bring that habit to your team.');
  await outlook.keyboard.type(' I would be excited to join Bramblewood.', { delay: 15 });
  await shoot(outlook, path.join(outDir, 'demo-outlook.png'), missing);

  // The sidebar beside the Gmail sample draft, with a thank-you template chosen.
  await gmail.bringToFront();
  await gmail.getByText('learn more about the team and the role.', { exact: false }).last().click();
  const panel = await demo.ctx.newPage();
  await panel.setViewportSize({ width: 420, height: 1000 });
  await panel.goto(`chrome-extension://${demo.extensionId}/sidepanel.html`);
  await panel.getByTestId('compose-name').waitFor({ timeout: BADGE_TIMEOUT });
  await panel.locator('.template-choice').first().click();
  await panel.waitForTimeout(300);
  await panel.screenshot({ path: path.join(outDir, 'sidebar.png'), fullPage: true });
  console.log(`saved ${path.relative(process.cwd(), path.join(outDir, 'sidebar.png'))}`);
} finally {
  await demo.close();
}
if (missing.length) console.log(`note: the score badge was missing in ${missing.join(', ')}; is the content script in the build?`);
