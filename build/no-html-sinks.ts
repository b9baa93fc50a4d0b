import type { Plugin } from 'vite';

/**
 * Afterview never renders HTML strings: every node is built as a node, and HTML from
 * templates is parsed by DOMPurify with DOMParser into an inert document. Two libraries
 * still carry a string HTML sink on a path we never take, and Mozilla's linter (rightly)
 * flags any such sink in a shipped bundle:
 * - Preact's `dangerouslySetInnerHTML` branch (we never use the prop; eslint bans it);
 * - DOMPurify's fallback for when DOMParser is missing or the namespace is not HTML
 *   (every browser we support has DOMParser, and we sanitise HTML only).
 * This plugin turns both into `textContent` writes, so even if they ran they would show
 * text, never run markup. Web-ext lint in `npm test` fails if a library update brings a
 * sink back in another shape.
 */
const REWRITES: { module: RegExp; sink: RegExp; replacement: string }[] = [
  { module: /node_modules[\\/]preact[\\/]dist[\\/]/, sink: /(\b[\w$]+)\.innerHTML\s*=\s*([\w$]+)\.__html/g, replacement: '$1.textContent=$2.__html' },
  {
    module: /node_modules[\\/]dompurify[\\/]dist[\\/]/,
    sink: /(\bdoc\.documentElement)\.innerHTML\s*=\s*(IS_EMPTY_INPUT\s*\?\s*emptyHTML\s*:\s*dirtyPayload)/g,
    replacement: '$1.textContent = String($2)',
  },
];

export function noPreactHtmlSinks(): Plugin {
  return {
    name: 'afterview:no-library-html-sinks',
    enforce: 'pre',
    transform(code, id) {
      if (!code.includes('innerHTML')) return null;
      let next = code;
      for (const { module, sink, replacement } of REWRITES) if (module.test(id)) next = next.replace(sink, replacement);
      return next === code ? null : { code: next, map: null };
    },
  };
}
