// @vitest-environment node
// The layer rules of eslint.config.js (build/layers.js) catch an upward import: code written as a
// file of each layer is linted with the project's own configuration. `npm test` runs the lint
// over the whole tree; this shows the rules would fail it.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

describe('the layers of lib/', () => {
  it('keep the core pure: no storage, messaging, DOM helpers or extension API', async () => {
    const code = [
      "import { browser } from 'wxt/browser';",
      "import { notesStore } from '@/lib/platform/storage';",
      "import { sendToBackground } from '@/lib/platform/messaging';",
      "import { gmail } from '@/lib/dom/webmail/gmail';",
      "import DOMPurify from 'dompurify';",
      'export const all = [browser, notesStore, sendToBackground, gmail, DOMPurify];',
    ].join('\n');
    const errors = await layerErrors('lib/core/guidelines/rules/example.ts', code);
    expect(errors).toHaveLength(5);
    expect(errors[0]).toMatch(/Core \(pure\) code imports only from the layers below it/);
    expect(await layerErrors('lib/core/notes/example.ts', "import { notesStore } from '../../platform/storage/store';\nexport const s = notesStore;")).toHaveLength(1);
  });

  it('keep the site registry pure: core code that an adapter may not reach', async () => {
    const code = "import { gmail } from '../../dom/webmail/gmail';\nimport { sendToBackground } from '@/lib/platform/messaging';\nexport const x = [gmail, sendToBackground];";
    expect(await layerErrors('lib/core/sites/example.ts', code)).toHaveLength(2);
    expect(await layerErrors('lib/dom/webmail/example.ts', "import { SITES } from '@/lib/core/sites/sites';\nexport const s = SITES;")).toEqual([]);
  });

  it('let the core use the core', async () => {
    const code = "import { words } from '@/lib/core/guidelines/text/tokens';\nimport { nextStep } from '@/lib/core/notes/next-step';\nexport const x = [words, nextStep];";
    expect(await layerErrors('lib/core/templates/placeholders.ts', code)).toEqual([]);
  });

  it('keep DOM code off the extension API and the app', async () => {
    const code =
      "import { sendToBackground } from '@/lib/platform/messaging';\nimport { runContentScript } from '@/lib/app/content/run';\nexport const x = [sendToBackground, runContentScript];";
    expect(await layerErrors('lib/dom/webmail/example.ts', code)).toHaveLength(2);
    expect(await layerErrors('lib/dom/webmail/example.ts', "import { words } from '@/lib/core/guidelines/text/tokens';\nexport const n = words;")).toEqual([]);
  });

  it('keep the platform below the app', async () => {
    const code =
      "import { startComposeServices } from '@/lib/app/background/compose-services';\nimport { Sidebar } from '@/components/sidebar/Sidebar';\nexport const x = [startComposeServices, Sidebar];";
    expect(await layerErrors('lib/platform/storage/example.ts', code)).toHaveLength(2);
  });

  it('keep lib/ off the UI and the entry points: a port is declared where it is implemented', async () => {
    const code = [
      "import type { SidebarModel } from '@/components/sidebar/model';",
      "import { TemplatesPanel } from '../../../components/sidebar/TemplatesPanel';",
      "import background from '@/entrypoints/background';",
      'export const x = (m: SidebarModel) => [m, TemplatesPanel, background];',
    ].join('\n');
    const errors = await layerErrors('lib/app/sidebar/example.ts', code);
    expect(errors).toHaveLength(3);
    expect(errors[0]).toMatch(/a port is declared in lib\//);
    expect(await layerErrors('lib/app/templates/example.ts', "import type { ManagerModel } from '@/components/templates/model';\nexport type M = ManagerModel;")).toHaveLength(1);
    expect(await layerErrors('lib/app/content/example.ts', "import { ScoreBadge } from '@/components/badge/ScoreBadge';\nexport const b = ScoreBadge;")).toHaveLength(1);
    expect(await layerErrors('lib/app/sidebar/example.ts', "import type { SidebarApi } from '@/lib/app/sidebar/api';\nexport type A = SidebarApi;")).toEqual([]);
  });

  it('keep UI components off the extension API', async () => {
    const code = "import { browser } from 'wxt/browser';\nexport const a = () => [browser, chrome.runtime.id];";
    const errors = await layerErrors('components/sidebar/Example.tsx', code);
    expect(errors).toHaveLength(2);
    expect(errors.join('\n')).toMatch(/never directly/);
  });

  it('leave the extension API to lib/platform: app code and entry points use its modules', async () => {
    const code = "import { browser } from 'wxt/browser';\nexport const a = () => [browser.tabs, chrome.alarms];";
    const app = await layerErrors('lib/app/background/example.ts', code);
    expect(app).toHaveLength(2);
    expect(app.join('\n')).toMatch(/Only lib\/platform calls the extension API/);
    expect(await layerErrors('entrypoints/example.ts', code)).toHaveLength(2);
    const through = "import { openTab } from '@/lib/platform/tabs';\nexport const a = () => openTab('https://example.com/');";
    expect(await layerErrors('lib/app/background/example.ts', through)).toEqual([]);
  });
});
