import type { Plugin } from 'vite';

/**
 * Afterview never renders HTML strings through Preact: every node is built as a node.
 * Preact still carries a `dangerouslySetInnerHTML` branch that assigns `innerHTML`, and
 * Mozilla's linter (rightly) flags any such sink in a shipped bundle. This plugin turns
 * that branch into a `textContent` write, so even a mistaken use would show text, not run
 * markup, and the bundles hold no string HTML sink.
 */
export function noPreactHtmlSinks(): Plugin {
  const sink = /(\b[\w$]+)\.innerHTML\s*=\s*([\w$]+)\.__html/g;
  return {
    name: 'afterview:no-preact-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      if (!/node_modules[\\/]preact[\\/]dist[\\/]/.test(id) || !code.includes('innerHTML')) return null;
      const next = code.replace(sink, '$1.textContent=$2.__html');
      return next === code ? null : { code: next, map: null };
    },
  };
}
