/**
 * Small DOM helpers shared by the adapters: named lookups with fallbacks, and a frame
 * scheduler. Every query is guarded: a selector the browser rejects counts as "no match"
 * instead of an exception thrown into the page.
 */

/**
 * A named element lookup. The first selector is the hook the site uses today; the others
 * are fallbacks, tried in order. When a fallback answers, the lookup's name is logged so a
 * read can report that the site is drifting.
 */
export interface Lookup {
  readonly name: string;
  readonly selectors: readonly string[];
}

function safeQuery(scope: ParentNode, selector: string): Element | null {
  try {
    return scope.querySelector(selector);
  } catch {
    return null;
  }
}

function safeQueryAll(scope: ParentNode, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** The nearest ancestor (or the element) matching a selector, null for a rejected selector. */
export function safeClosest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

const isHTMLElement = (el: Element | null): el is HTMLElement => !!el && typeof (el as HTMLElement).click === 'function';

/** The first element the lookup finds, trying its selectors in order. */
export function find(scope: ParentNode, lookup: Lookup, log?: string[], accept?: (el: HTMLElement) => boolean): HTMLElement | null {
  for (const [i, selector] of lookup.selectors.entries()) {
    const hit = accept ? safeQueryAll(scope, selector).find((el): el is HTMLElement => isHTMLElement(el) && accept(el)) : safeQuery(scope, selector);
    if (isHTMLElement(hit ?? null)) {
      if (i > 0) log?.push(lookup.name);
      return hit as HTMLElement;
    }
  }
  return null;
}

/** All elements matched by the first selector of the lookup that matches any. */
export function findAll(scope: ParentNode, lookup: Lookup, log?: string[], accept?: (el: HTMLElement) => boolean): HTMLElement[] {
  for (const [i, selector] of lookup.selectors.entries()) {
    const hits = safeQueryAll(scope, selector).filter((el): el is HTMLElement => isHTMLElement(el) && (!accept || accept(el)));
    if (hits.length > 0) {
      if (i > 0) log?.push(lookup.name);
      return hits;
    }
  }
  return [];
}

/** Keeps only the outermost of nested elements, in document order. */
export function outermost(elements: Iterable<HTMLElement>): HTMLElement[] {
  const list = [...new Set(elements)];
  const kept = list.filter((el) => !list.some((other) => other !== el && other.contains(el)));
  return kept.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/**
 * Whether the element or an ancestor up to (and including) `stopAt` is hidden by an inline
 * `display: none` or the `hidden` attribute. Sites hide collapsed parts that way; reading
 * inline styles avoids forcing a style recalculation on the page.
 */
export function hiddenInline(el: Element, stopAt: Element | null): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return true;
    const style = (node as HTMLElement).style;
    if (style && style.display === 'none') return true;
    if (node === stopAt) break;
  }
  return false;
}

/** The focused element, looking into open shadow roots (our own UI lives in one). */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Runs `task` once on the next animation frame however often it is requested before then,
 * so bursts of mutations cost one pass. Hidden tabs get no frames: a short timer stands in.
 */
export function frameBatcher(doc: Document, task: () => void, signal: AbortSignal): () => void {
  let pending = false;
  const win = doc.defaultView;
  const run = () => {
    pending = false;
    if (signal.aborted) return;
    try {
      task();
    } catch {
      // A failing consumer must not stop later batches or reach the page.
    }
  };
  return () => {
    if (pending || signal.aborted) return;
    pending = true;
    if (win && typeof win.requestAnimationFrame === 'function' && doc.visibilityState !== 'hidden') win.requestAnimationFrame(run);
    else setTimeout(run, 50);
  };
}

/** Calls a consumer's callback without letting its exception escape into the page. */
export function callSafely<A extends unknown[]>(fn: (...args: A) => void, ...args: A): void {
  try {
    fn(...args);
  } catch {
    // The consumer's failure is its own; the page and our observers carry on.
  }
}
