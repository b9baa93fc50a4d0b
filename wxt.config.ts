import { defineConfig } from 'wxt';
import { noPreactHtmlSinks } from './build/no-html-sinks';

// Afterview's Firefox add-on id: fixed so storage and the moz-extension:// host survive reinstalls.
export const GECKO_ID = 'afterview@afterview.dev';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [noPreactHtmlSinks()],
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  }),
  manifest: ({ browser }) => ({
    name: 'Afterview',
    description:
      'Coaches the emails you send after a job interview, inside Gmail and Outlook. Your notes never leave your browser.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              // Afterview sends nothing anywhere: no data is collected.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
