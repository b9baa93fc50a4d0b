// The layers of lib/ as lint rules (docs/architecture.md), one folder each: lib/core (pure),
// lib/dom (the DOM, no extension API), lib/platform (the only code that calls the browser's
// extension API, or Node's file system for the CLI), lib/app (one context each: background,
// content script, pages, CLI). Each layer imports only from the layers below it; UI components
// never call the extension API themselves, and lib/ never imports the UI or the entry points:
// a port the UI uses is declared in lib/, where it is implemented.

const files = {
  core: ['lib/core/**/*.ts'],
  dom: ['lib/dom/**/*.ts'],
  platform: ['lib/platform/**/*.ts'],
};

/** Import paths into a layer, as code may write them: the `@/` alias or a relative path. */
const layer = (name) => [`@/lib/${name}`, `@/lib/${name}/**`, `**/lib/${name}/**`, `../**/${name}/**`];
const UI = ['@/components/**', '**/components/**', '@/entrypoints/**', '**/entrypoints/**'];
const APP = [...layer('app'), ...UI];
const PLATFORM = [...layer('platform'), 'wxt/browser', 'webextension-polyfill', '@wxt-dev/webextension-polyfill*'];
const DOM = [...layer('dom'), 'dompurify'];

const BROWSER_API = ['wxt/browser', 'webextension-polyfill', '@wxt-dev/webextension-polyfill*'];
const noBrowserGlobals = (message) => ({
  'no-restricted-globals': ['error', { name: 'browser', message }, { name: 'chrome', message }],
});

const restrict = (layer, groups) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group: groups, message: `${layer} code imports only from the layers below it (docs/architecture.md).` }] }],
});

export const layerRules = [
  { files: files.core, rules: restrict('Core (pure)', [...APP, ...PLATFORM, ...DOM]) },
  { files: files.dom, rules: restrict('DOM', [...APP, ...PLATFORM]) },
  { files: files.platform, rules: restrict('Platform', APP) },
  // App code takes nothing from the UI either (the content script's views come from its entry
  // point), and reaches the browser only through lib/platform (tabs, alarms, menus, messages, storage).
  {
    files: ['lib/app/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: UI, message: 'lib/ imports nothing from components/ or entrypoints/: a port is declared in lib/, where it is implemented (docs/architecture.md).' },
            { group: BROWSER_API, message: 'Only lib/platform calls the extension API; the app layer uses its modules (docs/architecture.md).' },
          ],
        },
      ],
      ...noBrowserGlobals('Only lib/platform calls the extension API; the app layer uses its modules.'),
    },
  },
  {
    // The UI and the entry points reach the browser through lib/, never directly.
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    rules: {
      ...restrict('UI', BROWSER_API),
      ...noBrowserGlobals('UI code and entry points reach the extension API through lib/ (ports), never directly.'),
    },
  },
];
