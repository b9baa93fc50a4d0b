import { describe, expect, it } from 'vitest';
import { buildNoteCard, cardFontSize, MAX_CARD_CHARS, noteCardCss, noteCardQuery, parseNoteCardParams } from '@/lib/core/templates/note-card';

const NOTE = 'Dear Mei-Ling,\n\nThank you for meeting with me on Tuesday.\nIt was a pleasure.\n\nWith gratitude,\nRafael Moreno';

describe('the note card layout', () => {
  it('builds a 4x6 inch landscape card with paragraphs and line breaks', () => {
    const host = document.createElement('div');
    host.append(buildNoteCard(document, NOTE, '4x6'));
    const style = host.querySelector('style')!;
    expect(style.textContent).toContain('@page { size: 6in 4in; margin: 0; }');
    expect(style.textContent).toContain('width: 6in; height: 4in;');
    const card = host.querySelector('article.av-card')!;
    expect(card.getAttribute('data-size')).toBe('4x6');
    expect([...card.children].map((c) => c.tagName)).toEqual(['P', 'P', 'P']);
    expect(card.children[1]!.innerHTML).toBe('Thank you for meeting with me on Tuesday.<br>It was a pleasure.');
    expect(card.children[2]!.textContent).toBe('With gratitude,Rafael Moreno');
  });

  it('builds an A6 landscape card', () => {
    const host = document.createElement('div');
    host.append(buildNoteCard(document, NOTE, 'a6'));
    expect(host.querySelector('style')!.textContent).toContain('@page { size: A6 landscape; margin: 0; }');
    expect(host.querySelector('style')!.textContent).toContain('width: 148mm; height: 105mm;');
  });

  it('keeps markup in the text as text', () => {
    const host = document.createElement('div');
    host.append(buildNoteCard(document, 'Hi <img src=x onerror=alert(1)>\n\n</style><script>alert(1)</script>'));
    expect(host.querySelectorAll('img, script').length).toBe(0);
    expect(host.querySelectorAll('style').length).toBe(1);
    expect(host.querySelector('article')!.textContent).toBe('Hi <img src=x onerror=alert(1)></style><script>alert(1)</script>');
  });

  it('hides the toolbar when printing and sets a smaller type for longer notes', () => {
    expect(noteCardCss('4x6', '13pt')).toMatch(/@media print \{ \.av-noprint \{ display: none !important; \}/);
    expect(cardFontSize('short')).toBe('13pt');
    expect(cardFontSize('x'.repeat(900))).toBe('10pt');
    expect(cardFontSize('x'.repeat(1900))).toBe('8.5pt');
  });
});

describe('the note card page address', () => {
  it('round-trips text and size through the query', () => {
    const q = noteCardQuery(NOTE, 'a6');
    expect(parseNoteCardParams(q)).toEqual({ text: NOTE, size: 'a6', truncated: false });
  });

  it('defaults to 4x6, ignores an unknown size and cuts long text', () => {
    expect(parseNoteCardParams('?text=Hi&size=letter')).toEqual({ text: 'Hi', size: '4x6', truncated: false });
    expect(parseNoteCardParams('')).toEqual({ text: '', size: '4x6', truncated: false });
    const long = parseNoteCardParams(`?text=${'a'.repeat(MAX_CARD_CHARS + 5)}`);
    expect(long.text.length).toBe(MAX_CARD_CHARS);
    expect(long.truncated).toBe(true);
  });
});
