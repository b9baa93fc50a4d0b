/**
 * The card on an underline, in its own shadow root beside the compose (never in the editor):
 * opened by a click on underlined words, the pointer resting on them, or F8 ("next problem", which also selects them),
 * closed by Esc, a click elsewhere or typing. It offers the finding's one-click fixes, "Add to
 * my dictionary" for a word the dictionary does not know, "Ignore here" and "Turn off this
 * check"; each acts only on a real click or key press (a page's script can click in an open
 * shadow root, but its events are not trusted). A fix that fills a placeholder from the notes
 * carries no value: the value is asked for only once the user picks it.
 */
import { signal, type Signal } from '@preact/signals';
import type { NoteSlot, Severity } from '@/lib/core/guidelines/types';
import { cardFixes, type CardFix, type FindingDetail, type NoteValueAnswer, type ResponseOf, type ScoreSummary } from '@/lib/platform/messaging/protocol';
import { selectRange } from '@/lib/dom/webmail/select-text';
import { pageTheme } from './page-theme';
import { createShadowHost } from './shadow-host';
import { onItsWords, type Underline, type UnderlineLayer } from './underlines';

export interface OpenCard {
  underline: Underline;
  detail: FindingDetail;
  severity: Severity;
  /** What the card offers to put in place of the underlined words. */
  fixes: CardFix[];
  /** A word the dictionary does not know: the card offers to add it to the user's. */
  word?: string;
  /** Why the picked action did nothing ("Nothing saved for the company in your notes."). */
  notice?: string;
}

export interface FindingCardModel {
  open: Signal<OpenCard | null>;
  /** Closes the card; with `returnFocus`, the caret goes back to the end of the underlined words. */
  close(returnFocus: boolean): void;
  /** Goes on to the next problem (F8 in the card as in the body). */
  next(): void;
  /** Opens the card on this underline, focused, leaving the selection where it is (a finding shown from the sidebar). */
  openOn(underline: Underline): void;
  /** Puts the open card's fix in place of its words; the card closes and the caret sits after the new text. */
  fix(index: number, trusted: boolean): void;
  ignore(trusted: boolean): void;
  turnOff(trusted: boolean): void;
  /** "Add to my dictionary": the word is stored, its underline goes and the draft is checked again. */
  addWord(trusted: boolean): void;
}

/**
 * How the card is drawn: the entry point gives the Preact view (components/badge), because lib/
 * does not import components/ (build/layers.js).
 */
export interface FindingCardView {
  /** The card's styles, for its shadow root. */
  css: string;
  /** Draws the card of `model` into `container`; returns what takes it down again. */
  mount(container: HTMLElement, model: FindingCardModel): () => void;
}

export interface FindingCardDeps {
  view: FindingCardView;
  root: HTMLElement;
  bodyOf(): HTMLElement | null;
  layer: UnderlineLayer;
  /** The details of the latest check. */
  details(): ScoreSummary['details'];
  /** "Ignore here": this underline stays away while its words do. */
  ignore(underline: Underline): void;
  muteRule(rule: Underline['mark']['rule']): void;
  /** Writes `replacement` over the words of `range` through the editor. */
  applyFix(range: Range, replacement: string): void;
  /** Adds a word to the user's dictionary (then checks again). */
  addWord?(word: string): Promise<ResponseOf<'dictionary:add'>>;
  /** The notes' value for a placeholder's slot, asked when its fix is picked. */
  noteValue?(slot: NoteSlot): Promise<NoteValueAnswer>;
}

/** The key that goes to the next problem, as in code editors; free in Gmail and Outlook. */
export const NEXT_PROBLEM_KEY = 'F8';
const CARD_WIDTH = 300;
/** About the height of a card with a row of fixes: room below the words, or it opens above them. */
const CARD_HEIGHT = 200;
/** How long the pointer rests on underlined words before their card opens. */
const HOVER_MS = 400;

export function attachFindingCard(deps: FindingCardDeps, life: AbortSignal): FindingCardModel {
  const doc = deps.root.ownerDocument;
  const win = doc.defaultView!;
  const open = signal<OpenCard | null>(null);
  const ui = createShadowHost(doc, 'afterview-card', deps.view.css, life);

  const close = (returnFocus: boolean) => {
    const was = open.value;
    open.value = null;
    ui.host.hidden = true;
    const body = deps.bodyOf();
    if (returnFocus && was && body) {
      const caret = was.underline.range.cloneRange();
      caret.collapse(false);
      selectRange(body, caret);
    }
  };

  const show = (underline: Underline, focus: boolean) => {
    const detail = deps.details()[underline.mark.rule];
    if (!detail) return close(false);
    const word = underline.mark.tag === 'unknown-word' && deps.addWord ? underline.words.trim() : '';
    open.value = { underline, detail, severity: underline.mark.severity, fixes: cardFixes(underline.mark), ...(word ? { word } : {}) };
    ui.host.setAttribute('data-theme', pageTheme(deps.root));
    const rect = underline.range.getBoundingClientRect();
    const left = Math.max(8, Math.min(rect.left, win.innerWidth - CARD_WIDTH - 8));
    const below = rect.bottom + 6;
    ui.host.style.left = `${left}px`;
    ui.host.style.top = `${below + CARD_HEIGHT > win.innerHeight ? Math.max(8, rect.top - CARD_HEIGHT - 6) : below}px`;
    ui.host.hidden = false;
    if (focus) queueMicrotask(() => ui.shadow.querySelector<HTMLButtonElement>('button')?.focus());
  };

  /** Selects an underline's words and opens its card, focused. */
  const goTo = (underline: Underline | null): boolean => {
    const body = deps.bodyOf();
    if (!body || !underline) return false;
    // A copy: the selection takes over a range it is given, and would move the underline with it.
    selectRange(body, underline.range.cloneRange());
    show(underline, true);
    return true;
  };

  const model: FindingCardModel = {
    open,
    close,
    next() {
      const current = open.value?.underline;
      if (current) goTo(deps.layer.after(current));
    },
    openOn: (underline) => show(underline, true),
    fix(index, trusted) {
      const current = open.value;
      const chosen = current?.fixes[index];
      if (!trusted || !current || !chosen) return;
      const apply = (replacement: string) => {
        close(false);
        // Typed on since the check: the range may no longer hold the words the fix was made for.
        if (!onItsWords(current.underline)) return;
        deps.layer.remove(current.underline);
        deps.applyFix(current.underline.range.cloneRange(), replacement);
      };
      if ('replacement' in chosen) return apply(chosen.replacement);
      // From the notes: asked for now, on this click. The card stays open meanwhile; closed or moved
      // on by then (typing, Esc), the answer is dropped.
      if (!deps.noteValue) return;
      void deps.noteValue(chosen.slot).then(
        (answer) => {
          if (open.value !== current) return;
          if ('value' in answer) apply(answer.value);
          else open.value = { ...current, notice: answer.reason };
        },
        () => open.value === current && (open.value = { ...current, notice: 'Your notes could not be read; try again.' }),
      );
    },
    addWord(trusted) {
      const current = open.value;
      if (!trusted || !current?.word || !deps.addWord) return;
      void deps.addWord(current.word).then(
        (answer) => {
          if (answer.added) {
            deps.layer.remove(current.underline);
            if (open.value === current) close(true);
          } else if (open.value === current) open.value = { ...current, notice: answer.reason };
        },
        () => open.value === current && (open.value = { ...current, notice: 'The word could not be added; try again.' }),
      );
    },
    ignore(trusted) {
      const current = open.value;
      if (!trusted || !current) return;
      deps.layer.remove(current.underline);
      deps.ignore(current.underline);
      close(true);
    },
    turnOff(trusted) {
      const current = open.value;
      if (!trusted || !current) return;
      deps.muteRule(current.underline.mark.rule);
      close(true);
    },
  };

  ui.host.hidden = true;
  life.addEventListener('abort', deps.view.mount(ui.container, model), { once: true });
  deps.root.append(ui.host);

  const inBody = (node: Node | null): node is Node => {
    const body = deps.bodyOf();
    return !!node && !!body && body.contains(node);
  };
  // A click on underlined words opens their card; anywhere else in the body closes it.
  deps.root.addEventListener(
    'click',
    (e) => {
      if (ui.host.contains(e.target as Node)) return;
      const selection = doc.getSelection();
      const node = selection?.anchorNode ?? null;
      const underline = selection?.isCollapsed && inBody(node) ? deps.layer.at(node, selection.anchorOffset) : null;
      if (underline) show(underline, false);
      else close(false);
    },
    { signal: life },
  );
  deps.root.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== NEXT_PROBLEM_KEY || e.ctrlKey || e.altKey || e.metaKey || e.shiftKey || !inBody(e.target as Node)) return;
      const selection = doc.getSelection();
      if (!goTo(deps.layer.next(selection?.focusNode ?? deps.bodyOf()!, selection?.focusOffset ?? 0))) return;
      e.preventDefault();
      e.stopPropagation();
    },
    { capture: true, signal: life },
  );
  // Resting the pointer on underlined words opens their card too (without taking the focus or
  // the caret): the words under the pointer come from the browser's hit test of that point.
  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const underlineAt = (x: number, y: number): Underline | null => {
    const d = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
    const point = d.caretPositionFromPoint?.(x, y) ?? null;
    const range = point ? null : (doc.caretRangeFromPoint?.(x, y) ?? null);
    const node = point?.offsetNode ?? range?.startContainer ?? null;
    const offset = point?.offset ?? range?.startOffset ?? 0;
    return inBody(node) ? deps.layer.at(node, offset) : null;
  };
  deps.root.addEventListener(
    'mousemove',
    (e) => {
      clearTimeout(hoverTimer);
      if (ui.host.contains(e.target as Node) || !inBody(e.target as Node)) return;
      const { clientX, clientY } = e;
      hoverTimer = setTimeout(() => {
        const underline = underlineAt(clientX, clientY);
        if (underline && open.value?.underline !== underline) show(underline, false);
      }, HOVER_MS);
    },
    { passive: true, signal: life },
  );
  life.addEventListener('abort', () => clearTimeout(hoverTimer), { once: true });
  deps.root.addEventListener('input', () => open.value && close(false), { capture: true, passive: true, signal: life });
  return model;
}
