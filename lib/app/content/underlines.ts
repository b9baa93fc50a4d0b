/**
 * Underlines in the compose body for the failing findings, drawn with the CSS Custom
 * Highlight API: the browser paints them over live ranges, so the editor's DOM (what the
 * webmail saves and sends) is never changed. A live range also moves with typing before it,
 * until the next check places it again. One layer per compose, all in one registry per page.
 */
import type { BodyMark } from '@/lib/platform/messaging/protocol';
import type { RuleId, Severity } from '@/lib/core/guidelines/types';
import { occurrenceIndex, findTextRanges } from '@/lib/dom/webmail/select-text';

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
  /** Takes one underline away (the user chose to ignore it). */
  remove(underline: Underline): void;
  /** The underline at a point of the body (the caret after a click), if any. */
  at(node: Node, offset: number): Underline | null;
  /** The first underline after a point, else the first of all: "next problem" from the caret. */
  next(node: Node, offset: number): Underline | null;
  /** The underline after this one in the order of the text, back to the first after the last. */
  after(current: Underline): Underline | null;
  /** The underline drawn exactly over `range` (by `rule`'s check, when given), if any: a finding the sidebar shows. */
  find(range: Range, rule?: RuleId): Underline | null;
  /** The ranges shown, by severity. */
  ranges(): Record<Severity, Range[]>;
}

/** One underline: the finding's mark, its live range, and the words it was drawn over. */
export interface Underline {
  mark: BodyMark;
  range: Range;
  words: string;
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
      let shown: Underline[] = [];
      const drop = (u: Underline) => highlights[u.mark.severity].delete(u.range);
      const clear = () => {
        for (const u of shown) drop(u);
        shown = [];
      };
      life.addEventListener('abort', clear, { once: true });
      // In the order of the text (by where they start), for "next problem".
      const ordered = () => [...shown].sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
      return {
        show(body, bodyText, marks) {
          clear();
          if (life.aborted || signal.aborted || marks.length === 0) return;
          const pieces = marks.map((m) => {
            const text = bodyText.slice(m.start, m.end);
            return { text, occurrence: occurrenceIndex(bodyText, text, m.start) };
          });
          const found = findTextRanges(body, pieces);
          marks.forEach((mark, i) => {
            const range = found[i];
            if (!range) return;
            shown.push({ mark, range, words: collapse(pieces[i]!.text) });
            highlights[mark.severity].add(range);
          });
        },
        revalidate() {
          shown = shown.filter((u) => {
            if (onItsWords(u)) return true;
            drop(u);
            return false;
          });
        },
        remove(u) {
          shown = shown.filter((x) => {
            if (!sameUnderline(x, u)) return true;
            drop(x);
            return false;
          });
        },
        at(node, offset) {
          // The closest fit: a misspelt word inside a too-long paragraph is the word's underline.
          const here = shown.filter((u) => containsPoint(u.range, node, offset));
          return here.reduce<Underline | null>((best, u) => (!best || u.words.length < best.words.length ? u : best), null);
        },
        next(node, offset) {
          return ordered().find((u) => startsAfter(u.range, node, offset)) ?? ordered()[0] ?? null;
        },
        after(current) {
          const list = ordered();
          // A new check draws new ranges: the current one is found by its rule and place.
          const at = list.findIndex((u) => sameUnderline(u, current));
          return list[at < 0 ? 0 : (at + 1) % list.length] ?? null;
        },
        find(range, rule) {
          return shown.find((u) => (rule === undefined || u.mark.rule === rule) && sameRange(u.range, range)) ?? null;
        },
        clear,
        ranges: () => {
          const out: Record<Severity, Range[]> = { error: [], warning: [], tip: [] };
          for (const u of shown) out[u.mark.severity].push(u.range);
          return out;
        },
      };
    },
  };
}

/** The same underline, drawn again by a later check: one rule over the same stretch of text. */
function sameUnderline(a: Underline, b: Underline): boolean {
  if (a === b) return true;
  if (a.mark.rule !== b.mark.rule || a.mark.severity !== b.mark.severity) return false;
  return sameRange(a.range, b.range);
}

/** Whether two ranges start and end at the same points; false across documents. */
function sameRange(a: Range, b: Range): boolean {
  try {
    return a.compareBoundaryPoints(Range.START_TO_START, b) === 0 && a.compareBoundaryPoints(Range.END_TO_END, b) === 0;
  } catch {
    return false;
  }
}

/** Whether the point sits inside the range, its edges included; false across documents. */
function containsPoint(range: Range, node: Node, offset: number): boolean {
  try {
    return range.comparePoint(node, offset) === 0;
  } catch {
    return false;
  }
}

/** Whether the range starts after the point. */
function startsAfter(range: Range, node: Node, offset: number): boolean {
  try {
    return range.comparePoint(node, offset) < 0;
  } catch {
    return false;
  }
}

const collapse = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** Whether an underline's live range still holds the words it was drawn for (typing can stretch or move it). */
// A range's text has no character where one block ends and the next begins ("work.</div><div>Please"
// reads "work.Please"), so the words are compared without their spaces: an underline over two
// paragraphs stays on them.
const unspaced = (s: string): string => s.replace(/[\s\u00a0]+/g, '');
export const onItsWords = (u: Underline): boolean => unspaced(u.range.toString()) === unspaced(u.words);

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
