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
  manifest: ({ browser, manifestVersion }) => ({
    name: 'Afterview',
    description: 'Coaches the emails you send after a job interview, inside Gmail and Outlook. Your notes never leave your browser.',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'contextMenus', 'activeTab'],
    // The toolbar popup's keyboard shortcut (Firefox's Manifest V2 names the action differently).
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Open the quick note popup',
      },
      // The sidebar's shortcut: Firefox opens its sidebar itself; Chrome's side panel is opened by the background.
      ...(browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+Y' }, description: 'Open the Afterview sidebar' } }
        : { 'open-sidebar': { suggested_key: { default: 'Alt+Shift+Y' }, description: 'Open the Afterview side panel' } }),
    },
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
