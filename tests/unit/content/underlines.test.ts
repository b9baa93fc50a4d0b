// The underline layer over a compose body, with a stand-in for the page's highlight registry
// (happy-dom has none): ranges cover exactly the marked words, go when the words change, and
// the body's markup is never touched. Real browsers: tests/e2e/underlines.test.mjs.
import { afterEach, describe, expect, it } from 'vitest';
import { createUnderlinePainter, HIGHLIGHT_NAMES } from '@/lib/app/content/underlines';

class FakeHighlight extends Set<AbstractRange> {}

function withRegistry() {
  const registry = new Map<string, FakeHighlight>();
  Object.assign(window, { Highlight: FakeHighlight, CSS: { highlights: registry } });
  return registry;
}

afterEach(() => {
  delete (window as { Highlight?: unknown }).Highlight;
  delete (window as { CSS?: unknown }).CSS;
  document.body.replaceChildren();
  document.adoptedStyleSheets = [];
});

const texts = (h: FakeHighlight | undefined) => [...(h ?? [])].map((r) => (r as Range).toString());

describe('underlines', () => {
  it('are not drawn where the browser has no highlight registry', () => {
    expect(createUnderlinePainter(document, new AbortController().signal)).toBeNull();
  });

  it('cover exactly the marked words, by severity, without touching the body', () => {
    const registry = withRegistry();
    document.body.innerHTML = '<div id="b" contenteditable="true"><div>Thank you for the the chat.</div><div>thx again</div></div>';
    const body = document.getElementById('b')!;
    const html = body.innerHTML;
    const life = new AbortController();
    const layer = createUnderlinePainter(document, life.signal)!.layer(life.signal);
    const text = 'Thank you for the the chat.\nthx again';
    layer.show(body, text, [
      { rule: 'spelling', severity: 'error', start: 14, end: 21 },
      { rule: 'casual-language', severity: 'warning', start: 28, end: 31 },
    ]);
    expect(texts(registry.get(HIGHLIGHT_NAMES.error))).toEqual(['the the']);
    expect(texts(registry.get(HIGHLIGHT_NAMES.warning))).toEqual(['thx']);
    expect(body.innerHTML).toBe(html);
    // A new check replaces them; the compose closing takes its own away.
    layer.show(body, text, [{ rule: 'casual-language', severity: 'warning', start: 28, end: 31 }]);
    expect(texts(registry.get(HIGHLIGHT_NAMES.error))).toEqual([]);
    life.abort();
    expect(registry.size).toBe(0);
  });

  it('drop an underline whose range no longer holds its words, and keep the others', () => {
    const registry = withRegistry();
    document.body.innerHTML = '<div id="b" contenteditable="true"><div>for the the chat,</div><div>thx</div></div>';
    const body = document.getElementById('b')!;
    const life = new AbortController();
    const layer = createUnderlinePainter(document, life.signal)!.layer(life.signal);
    layer.show(body, 'for the the chat,\nthx', [
      { rule: 'spelling', severity: 'error', start: 4, end: 11 },
      { rule: 'casual-language', severity: 'warning', start: 18, end: 21 },
    ]);
    expect(texts(registry.get(HIGHLIGHT_NAMES.error))).toEqual(['the the']);
    // Text typed inside the doubled word (as a live range grows when typing lands at its edge).
    const node = body.firstChild!.firstChild as Text;
    node.insertData(8, 'X');
    layer.revalidate();
    expect(texts(registry.get(HIGHLIGHT_NAMES.error))).toEqual([]);
    expect(texts(registry.get(HIGHLIGHT_NAMES.warning))).toEqual(['thx']);
  });
  it('keep an underline over two paragraphs when the page checks them again', () => {
    const registry = withRegistry();
    document.body.innerHTML = '<div id="b" contenteditable="true"><div>my best work.</div><div><br></div><div>Please let me know.</div></div>';
    const body = document.getElementById('b')!;
    const life = new AbortController();
    const layer = createUnderlinePainter(document, life.signal)!.layer(life.signal);
    const text = 'my best work.\n\nPlease let me know.';
    // A length finding covers sentences across a paragraph break.
    layer.show(body, text, [{ rule: 'length', severity: 'warning', start: 3, end: text.length }]);
    expect(texts(registry.get(HIGHLIGHT_NAMES.warning))).toEqual(['best work.Please let me know.']);
    layer.revalidate();
    expect(texts(registry.get(HIGHLIGHT_NAMES.warning))).toHaveLength(1);
    // Its words changed: it goes.
    (body.lastChild!.firstChild as Text).insertData(6, 'X');
    layer.revalidate();
    expect(texts(registry.get(HIGHLIGHT_NAMES.warning))).toEqual([]);
  });

  it('find the underline drawn exactly over a range, of one check or of any', () => {
    withRegistry();
    document.body.innerHTML = '<div id="b" contenteditable="true">Thank you for the the chat, thx.</div>';
    const body = document.getElementById('b')!;
    const text = body.textContent!;
    const life = new AbortController();
    const layer = createUnderlinePainter(document, life.signal)!.layer(life.signal);
    const thx = text.indexOf('thx');
    layer.show(body, text, [
      { rule: 'spelling', severity: 'error', start: 14, end: 21 },
      { rule: 'casual-language', severity: 'warning', start: thx, end: thx + 3 },
    ]);
    const over = (start: number, end: number) => {
      const r = document.createRange();
      r.setStart(body.firstChild!, start);
      r.setEnd(body.firstChild!, end);
      return r;
    };
    expect(layer.find(over(14, 21), 'spelling')?.words).toBe('the the');
    expect(layer.find(over(14, 21))?.mark.rule).toBe('spelling');
    expect(layer.find(over(thx, thx + 3), 'casual-language')?.words).toBe('thx');
    // Another check's words, or a range that only overlaps them, is no underline of its own.
    expect(layer.find(over(thx, thx + 3), 'spelling')).toBeNull();
    expect(layer.find(over(14, 17), 'spelling')).toBeNull();
    expect(layer.find(over(18, 21))).toBeNull();
  });
  it('at a point inside two underlines, give the closer fit (the word, not the paragraph around it)', () => {
    withRegistry();
    document.body.innerHTML = '<div id="b" contenteditable="true"><div>thx for the chat today</div></div>';
    const body = document.getElementById('b')!;
    const life = new AbortController();
    const layer = createUnderlinePainter(document, life.signal)!.layer(life.signal);
    const text = 'thx for the chat today';
    layer.show(body, text, [
      { rule: 'length', severity: 'warning', start: 0, end: text.length },
      { rule: 'casual-language', severity: 'warning', start: 0, end: 3 },
    ]);
    const node = body.firstChild!.firstChild as Text;
    expect(layer.at(node, 1)?.mark.rule).toBe('casual-language');
    expect(layer.at(node, 10)?.mark.rule).toBe('length');
  });
});
