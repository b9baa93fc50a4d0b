// Lint for the whole project. The restricted-syntax list keeps string HTML and string code
// sinks out of everything we ship: build nodes, or sanitise with DOMPurify into nodes.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { layerRules } from './build/layers.js';

const sinks = [
  { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'No string HTML sinks: build DOM nodes instead.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No string HTML sinks: build DOM nodes instead.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'No document.write.' },
  { selector: "CallExpression[callee.property.name='createContextualFragment']", message: 'No string HTML sinks: sanitise with DOMPurify (RETURN_DOM_FRAGMENT).' },
  { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: "CallExpression[callee.name=/^set(Timeout|Interval)$/][arguments.0.type=/Literal$/]", message: 'No string timers.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No string HTML sinks in components.' },
];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'dist/**', 'coverage/**', '.stryker-tmp/**', 'reports/**', '.bench-tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Real-browser tests, screenshots and benchmarks pass functions to be run inside the extension, where `chrome` and `browser` exist.
    files: ['tests/e2e/**', 'scripts/**', 'bench/**'],
    languageOptions: { globals: { ...globals.webextensions } },
  },
  {
    // Every real-browser test gets a timeout from the suites' own `test`.
    files: ['tests/e2e/**/*.test.mjs'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'node:test', importNames: ['test', 'it'], message: "Import test from './support/test.mjs', which gives every test a timeout." }] }],
    },
  },
  {
    files: ['lib/**', 'entrypoints/**', 'components/**'],
    rules: { 'no-restricted-syntax': ['error', ...sinks] },
  },
  {
    // No import cycles in what ships: a cycle makes load order decide what a module sees.
    files: ['lib/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  // The layers of lib/ import downwards only (docs/architecture.md).
  ...layerRules,
);
