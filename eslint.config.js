// Lint for the whole project. The restricted-syntax list keeps string HTML and string code
// sinks out of everything we ship: build nodes, or sanitise with DOMPurify into nodes.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { layerRules } from './build/layers.js';
import signals from '@preact/eslint-plugin-signals';

const sinks = [
  { selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]', message: 'No string HTML sinks: build DOM nodes instead.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'No string HTML sinks: build DOM nodes instead.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'No document.write.' },
  { selector: "CallExpression[callee.property.name='createContextualFragment']", message: 'No string HTML sinks: sanitise with DOMPurify (RETURN_DOM_FRAGMENT).' },
  { selector: "NewExpression[callee.name='Function']", message: 'No code from strings.' },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
  { selector: 'CallExpression[callee.name=/^set(Timeout|Interval)$/][arguments.0.type=/Literal$/]', message: 'No string timers.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'No string HTML sinks in components.' },
];

// A component's state lives in its model, made per mount: a signal made at a module's top level is
// one store shared by every mount and every test (no module-level singletons with side effects).
const moduleSignals = ['VariableDeclaration', 'ExportNamedDeclaration > VariableDeclaration'].map((decl) => ({
  selector: `Program > ${decl} > VariableDeclarator > CallExpression.init[callee.name=/^(signal|computed|effect)$/]`,
  message: 'No signal, computed or effect at module level in components: make it in the model factory, or with useSignal/useComputed in a component.',
}));

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
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'node:test', importNames: ['test', 'it'], message: "Import test from './support/test.mjs', which gives every test a timeout." }] },
      ],
    },
  },
  {
    files: ['lib/**', 'entrypoints/**', 'components/**'],
    rules: { 'no-restricted-syntax': ['error', ...sinks] },
  },
  {
    files: ['components/**'],
    rules: { 'no-restricted-syntax': ['error', ...sinks, ...moduleSignals] },
  },
  {
    // Signal misuse in the pages (@preact/eslint-plugin-signals, from the @preact/signals authors). Left off:
    // no-value-after-await flags every read after an await in any async function, but our models' actions
    // read the fresh value there on purpose (they are not reactive scopes); no-conditional-value-read flags a
    // computed whose guard is a local derived from signals read above it (tracked all the same).
    files: ['components/**/*.{ts,tsx}'],
    plugins: { signals },
    rules: {
      'signals/no-signal-in-component-body': 'error',
      'signals/no-signal-truthiness': 'error',
      'signals/no-signal-write-in-computed': 'error',
    },
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
