// The layers of lib/ as lint rules (docs/architecture.md): core (pure), dom (the DOM, no
// extension API), platform (the only code that calls the browser's extension API), app (one
// context each: background, content script, pages). Each layer imports only from the layers
// below it; UI components never call the extension API themselves.

const files = {
  core: [
    'lib/guidelines/**/*.ts',
    'lib/notes/**/*.ts',
    // The supported webmail sites: pure data the protocol and the adapters both read.
    'lib/sites/**/*.ts',
    'lib/templates/builtin.ts',
    'lib/templates/note-card.ts',
    'lib/templates/note-fields.ts',
    'lib/templates/placeholders.ts',
    'lib/templates/slots.ts',
    'lib/templates/types.ts',
  ],
  // Platform code kept beside the core code it loads for: the dictionary loaders (the extension's
  // fetch, Node's file system) and the notes' browser environment.
  coreExceptions: ['lib/guidelines/spelling/load-extension.ts', 'lib/guidelines/spelling/load-node.ts', 'lib/notes/browser-env.ts'],
  dom: ['lib/webmail/**/*.ts', 'lib/files/**/*.ts', 'lib/templates/user-templates.ts', 'lib/templates/insertion.ts'],
  platform: ['lib/messaging/**/*.ts', 'lib/storage/**/*.ts', 'lib/sidebar/open.ts', 'lib/guidelines/spelling/load-extension.ts', 'lib/notes/browser-env.ts'],
};

/** Import paths of each layer, as the code writes them (the `@/` alias, or relative from a sibling folder). */
const from = (...folders) => folders.flatMap((f) => [`@/${f}`, `@/${f}/*`, `**/${f.split('/').pop()}/*`]);
const APP = [...from('lib/background', 'lib/content', 'lib/cli', 'components', 'entrypoints'), '@/lib/sidebar/api', '@/lib/templates/manager-api'];
const PLATFORM = [...from('lib/messaging', 'lib/storage'), '@/lib/sidebar/open', 'wxt/browser', 'webextension-polyfill', '@wxt-dev/webextension-polyfill*'];
const DOM = [...from('lib/webmail', 'lib/files'), '@/lib/templates/user-templates', '@/lib/templates/insertion', 'dompurify'];

const restrict = (layer, groups) => ({
  '@typescript-eslint/no-restricted-imports': [
    'error',
    { patterns: [{ group: groups, message: `${layer} code imports only from the layers below it (docs/architecture.md).` }] },
  ],
});

export const layerRules = [
  { files: files.core, ignores: files.coreExceptions, rules: restrict('Core (pure)', [...APP, ...PLATFORM, ...DOM]) },
  { files: files.dom, rules: restrict('DOM', [...APP, ...PLATFORM]) },
  { files: files.platform, rules: restrict('Platform', APP) },
  {
    // The UI reaches the browser through the platform layer's ports, never directly.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      ...restrict('UI', ['wxt/browser', 'webextension-polyfill', '@wxt-dev/webextension-polyfill*']),
      'no-restricted-globals': ['error', { name: 'browser', message: 'UI code reaches the extension API through lib/ (ports), never directly.' }, { name: 'chrome', message: 'UI code reaches the extension API through lib/ (ports), never directly.' }],
    },
  },
];
