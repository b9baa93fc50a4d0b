// Lint for the whole project. The restricted-syntax list keeps string HTML and string code
// sinks out of everything we ship: build nodes, or sanitise with DOMPurify into nodes.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'dist/**', 'coverage/**'] },
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
);
