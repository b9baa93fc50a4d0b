/**
 * A host element with an open shadow root for UI we put into a webmail page. Open, so tests
 * can read it, which is also why nothing private is ever rendered in it. Styles go in as a
 * constructable stylesheet where possible: a `<style>` element would fall under the page's
 * CSP in Firefox. Key events stop at the shadow root, so typing in our UI never triggers
 * the site's single-key shortcuts.
 */
import { OWN_UI_ATTRIBUTE } from '@/lib/dom/webmail/types';

export interface ShadowHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  container: HTMLElement;
}

const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

function adoptStyles(doc: Document, shadow: ShadowRoot, css: string): void {
  try {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    const Sheet = win?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    shadow.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Older engines, or a sheet from another realm: fall back to a style element.
  }
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
}

export function createShadowHost(doc: Document, name: string, css: string, signal: AbortSignal): ShadowHost {
  const host = doc.createElement(name);
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'open' });
  adoptStyles(doc, shadow, css);
  const container = doc.createElement('div');
  shadow.append(container);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (e) => e.stopPropagation(), { signal });
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return { host, shadow, container };
}
