/**
 * Underlines in the compose body for the failing findings, drawn with the CSS Custom
 * Highlight API: the browser paints them over live ranges, so the editor's DOM (what the
 * webmail saves and sends) is never changed. A live range also moves with typing before it,
 * until the next check places it again. One layer per compose, all in one registry per page.
 */
import type { BodyMark } from '@/lib/messaging/protocol';
import type { Severity } from '@/lib/guidelines/types';
import { occurrenceIndex, findTextRanges } from '@/lib/webmail/select-text';

/** The registry's names, one per severity: `::highlight(afterview-error)` and so on. */
export const HIGHLIGHT_NAMES: Record<Severity, string> = { error: 'afterview-error', warning: 'afterview-warning', tip: 'afterview-tip' };

// A line style per severity, so that colour is never the only difference: wavy for Must fix,
// dashed for Should fix, dotted for Could add. Colours that read on light and dark pages.
export const UNDERLINE_CSS = `
::highlight(afterview-error) { text-decoration: underline wavy #d93025 2px; text-underline-offset: 3px; }
::highlight(afterview-warning) { text-decoration: underline dashed #e37400 2px; text-underline-offset: 3px; }
::highlight(afterview-tip) { text-decoration: underline dotted #188038 2px; text-underline-offset: 3px; }
`;

interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
}
type HighlightCtor = new (...ranges: AbstractRange[]) => HighlightLike;
interface RegistryLike {
  get(name: string): HighlightLike | undefined;
  set(name: string, h: HighlightLike): unknown;
  delete(name: string): boolean;
}

/** The page's highlight registry and styles; `null` where the browser has no Custom Highlight API. */
export interface UnderlineLayer {
  /** Underlines `marks` (offsets into `bodyText`, the text that was checked) in `body`; replaces what this layer showed. */
  show(body: HTMLElement, bodyText: string, marks: readonly BodyMark[]): void;
  clear(): void;
  /**
   * Takes away any underline whose range no longer holds the words it was drawn for: a live
   * range grows when text is typed at its very edge, and an editor that rebuilds a node moves it.
   */
  revalidate(): void;
  /** The ranges shown, by severity (for tests and for the card to come). */
  ranges(): Record<Severity, Range[]>;
}

export interface UnderlinePainter {
  layer(signal: AbortSignal): UnderlineLayer;
}

/** Sets up underlining for a page, for as long as `signal` lives; null when the browser cannot. */
export function createUnderlinePainter(doc: Document, signal: AbortSignal): UnderlinePainter | null {
  const win = doc.defaultView as (Window & { Highlight?: HighlightCtor; CSS?: { highlights?: RegistryLike } }) | null;
  const Highlight = win?.Highlight;
  const registry = win?.CSS?.highlights;
  if (!Highlight || !registry) return null;
  const highlights = {} as Record<Severity, HighlightLike>;
  for (const severity of Object.keys(HIGHLIGHT_NAMES) as Severity[]) {
    const existing = registry.get(HIGHLIGHT_NAMES[severity]);
    highlights[severity] = existing ?? new Highlight();
    if (!existing) registry.set(HIGHLIGHT_NAMES[severity], highlights[severity]);
  }
  const style = addStyles(doc, UNDERLINE_CSS);
  signal.addEventListener(
    'abort',
    () => {
      for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
      style();
    },
    { once: true },
  );

  return {
    layer(life: AbortSignal): UnderlineLayer {
      let shown: Record<Severity, Range[]> = { error: [], warning: [], tip: [] };
      // The words each range was drawn over, whitespace collapsed.
      const words = new WeakMap<Range, string>();
      const clear = () => {
        for (const severity of Object.keys(shown) as Severity[]) for (const r of shown[severity]) highlights[severity].delete(r);
        shown = { error: [], warning: [], tip: [] };
      };
      life.addEventListener('abort', clear, { once: true });
      return {
        show(body, bodyText, marks) {
          clear();
          if (life.aborted || signal.aborted || marks.length === 0) return;
          const pieces = marks.map((m) => {
            const text = bodyText.slice(m.start, m.end);
            return { text, occurrence: occurrenceIndex(bodyText, text, m.start) };
          });
          const found = findTextRanges(body, pieces);
          marks.forEach((m, i) => {
            const range = found[i];
            if (!range) return;
            words.set(range, collapse(pieces[i]!.text));
            highlights[m.severity].add(range);
            shown[m.severity].push(range);
          });
        },
        revalidate() {
          for (const severity of Object.keys(shown) as Severity[]) {
            shown[severity] = shown[severity].filter((r) => {
              if (collapse(r.toString()) === words.get(r)) return true;
              highlights[severity].delete(r);
              return false;
            });
          }
        },
        clear,
        ranges: () => ({ error: [...shown.error], warning: [...shown.warning], tip: [...shown.tip] }),
      };
    },
  };
}

const collapse = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * Adds page-level styles (the `::highlight()` rules must be in the page's own sheets) as a
 * constructed sheet where possible, which a page's CSP does not block; returns the undo.
 */
function addStyles(doc: Document, css: string): () => void {
  try {
    const win = doc.defaultView as (Window & typeof globalThis) | null;
    const Sheet = win?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    return () => (doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet));
  } catch {
    const style = doc.createElement('style');
    style.setAttribute('data-afterview-ui', '');
    style.textContent = css;
    (doc.head ?? doc.documentElement).append(style);
    return () => style.remove();
  }
}
