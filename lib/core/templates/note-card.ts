/**
 * The print layout of a `note`: a 4x6 inch or A6 card, landscape, for handwriting over or
 * printing on stationery. Built with DOM APIs only; the text becomes text nodes.
 */
import { toHtmlNodes } from './placeholders';

export const CARD_SIZES = ['4x6', 'a6'] as const;
export type CardSize = (typeof CARD_SIZES)[number];

/** Longer text does not fit a card; the page cuts it and says so. */
export const MAX_CARD_CHARS = 2000;

const PAGE: Record<CardSize, { page: string; width: string; height: string; label: string }> = {
  '4x6': { page: '6in 4in', width: '6in', height: '4in', label: '4 × 6 in' },
  a6: { page: 'A6 landscape', width: '148mm', height: '105mm', label: 'A6' },
};

export const cardSizeLabel = (size: CardSize): string => PAGE[size].label;

/** A smaller type for longer notes, so that a note of a normal length fills the card. */
export function cardFontSize(text: string): string {
  const n = text.trim().length;
  if (n <= 450) return '13pt';
  if (n <= 750) return '11.5pt';
  if (n <= 1100) return '10pt';
  return '8.5pt';
}

/** The style sheet of the card (text for a `<style>` element's text node, never parsed as HTML). */
export function noteCardCss(size: CardSize, fontSize: string): string {
  const p = PAGE[size];
  return `@page { size: ${p.page}; margin: 0; }
html, body { margin: 0; padding: 0; }
.av-card { box-sizing: border-box; width: ${p.width}; height: ${p.height}; padding: 0.4in 0.5in; overflow: hidden;
  font-family: Georgia, 'Times New Roman', serif; font-size: ${fontSize}; line-height: 1.45; color: #111; background: #fff; }
.av-card p { margin: 0 0 0.65em; }
.av-card p:last-child { margin-bottom: 0; }
@media screen {
  body { background: #e9e9e9; color: #111; font-family: system-ui, sans-serif; }
  .av-card { margin: 16px auto; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3); }
}
@media screen and (prefers-color-scheme: dark) { body { background: #202124; color: #e8eaed; } }
@media print { .av-noprint { display: none !important; } body { background: #fff; } .av-card { margin: 0; box-shadow: none; } }
`;
}

/**
 * The card: a `<style>` for the chosen size and an `<article class="av-card">` holding the
 * text as paragraphs (blank lines) and line breaks, all as text nodes.
 */
export function buildNoteCard(doc: Document, text: string, size: CardSize = '4x6'): DocumentFragment {
  const clean = String(text).replace(/\r\n?/g, '\n').slice(0, MAX_CARD_CHARS);
  const fragment = doc.createDocumentFragment();
  const style = doc.createElement('style');
  style.setAttribute('data-av-card', size);
  style.appendChild(doc.createTextNode(noteCardCss(size, cardFontSize(clean))));
  fragment.appendChild(style);
  const card = doc.createElement('article');
  card.className = 'av-card';
  card.setAttribute('data-size', size);
  card.setAttribute('aria-label', `Note card, ${cardSizeLabel(size)}`);
  card.appendChild(toHtmlNodes(doc, { segments: [{ text: clean }] }, { block: 'p' }));
  fragment.appendChild(card);
  return fragment;
}

export interface NoteCardParams {
  text: string;
  size: CardSize;
  /** True when the text was longer than a card holds and was cut. */
  truncated: boolean;
}

/** Reads `?text=...&size=4x6|a6` (the size defaults to 4x6). */
export function parseNoteCardParams(search: string): NoteCardParams {
  const q = new URLSearchParams(search);
  const raw = (q.get('text') ?? '').replace(/\r\n?/g, '\n');
  const size = (CARD_SIZES as readonly string[]).includes(q.get('size') ?? '') ? (q.get('size') as CardSize) : '4x6';
  return { text: raw.slice(0, MAX_CARD_CHARS), size, truncated: raw.length > MAX_CARD_CHARS };
}

/** The query for the note card page: `runtime.getURL('/notecard.html') + noteCardQuery(text, size)`. */
export function noteCardQuery(text: string, size: CardSize = '4x6'): string {
  return `?${new URLSearchParams({ text: String(text).slice(0, MAX_CARD_CHARS), size }).toString()}`;
}
