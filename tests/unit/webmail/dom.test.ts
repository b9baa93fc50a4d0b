import { afterEach, describe, expect, it, vi } from 'vitest';
import { deepActiveElement, find, findAll, frameBatcher, hiddenInline, outermost, safeClosest } from '@/lib/dom/webmail/dom';
import { loadPage, nextFrame } from './helpers';

const controllers: AbortController[] = [];
function lifetime(): AbortController {
  const c = new AbortController();
  controllers.push(c);
  return c;
}
afterEach(() => {
  for (const c of controllers.splice(0)) c.abort();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const page = () =>
  loadPage(`<!doctype html><html><body>
    <div id="a" class="box"><span class="item" id="a1">one</span><span class="item skip" id="a2">two</span></div>
    <div id="b" class="box"><span class="item" id="b1">three</span></div>
    <svg class="pic"><circle class="item"></circle></svg>
  </body></html>`);

const byIds = (els: Element[]) => els.map((el) => el.id);

describe('find', () => {
  it('answers the first selector that matches and logs the lookup only when a fallback answered', () => {
    const doc = page();
    const log: string[] = [];
    expect(find(doc, { name: 'box', selectors: ['.box'] }, log)?.id).toBe('a');
    expect(log).toEqual([]);
    expect(find(doc, { name: 'fallback', selectors: ['.missing', '#b'] }, log)?.id).toBe('b');
    expect(log).toEqual(['fallback']);
  });

  it('skips a selector the browser rejects instead of throwing', () => {
    const doc = page();
    expect(find(doc, { name: 'bad', selectors: ['[[', '#b'] })?.id).toBe('b');
    expect(find(doc, { name: 'bad', selectors: ['[['] }, [], () => true)).toBeNull();
    expect(find(doc, { name: 'bad', selectors: ['[[', '#a1'] }, [], () => true)?.id).toBe('a1');
  });

  it('with a filter, answers the first element it accepts, trying later selectors when none is', () => {
    const doc = page();
    const log: string[] = [];
    const notSkipped = (el: HTMLElement) => !el.classList.contains('skip');
    expect(find(doc, { name: 'item', selectors: ['.skip', '#b .item'] }, log, notSkipped)?.id).toBe('b1');
    expect(log).toEqual(['item']);
    expect(find(doc, { name: 'item', selectors: ['#a .item'] }, [], (el) => el.id === 'a2')?.id).toBe('a2');
    expect(find(doc, { name: 'item', selectors: ['#a .item'] }, [], () => false)).toBeNull();
  });

  it('never answers an SVG element (it has no HTMLElement behaviour)', () => {
    const doc = page();
    expect(find(doc, { name: 'pic', selectors: ['svg'] })).toBeNull();
    expect(find(doc, { name: 'pic', selectors: ['circle'] }, [], () => true)).toBeNull();
    expect(findAll(doc, { name: 'pic', selectors: ['svg', 'circle'] })).toEqual([]);
  });
});

describe('findAll', () => {
  it('answers every match of the first selector that matches, logging a fallback', () => {
    const doc = page();
    const log: string[] = [];
    expect(byIds(findAll(doc, { name: 'items', selectors: ['.item'] }, log))).toEqual(['a1', 'a2', 'b1']);
    expect(log).toEqual([]);
    expect(byIds(findAll(doc, { name: 'items', selectors: ['.missing', '#b .item', '.item'] }, log))).toEqual(['b1']);
    expect(log).toEqual(['items']);
  });

  it('tries a fallback without a log to write to', () => {
    const doc = page();
    expect(byIds(findAll(doc, { name: 'items', selectors: ['.missing', '#b .item'] }))).toEqual(['b1']);
    expect(find(doc, { name: 'items', selectors: ['.missing', '#b1'] })?.id).toBe('b1');
  });

  it('keeps only the elements the filter accepts, and moves on when it accepts none', () => {
    const doc = page();
    const notSkipped = (el: HTMLElement) => !el.classList.contains('skip');
    expect(byIds(findAll(doc, { name: 'items', selectors: ['.item'] }, [], notSkipped))).toEqual(['a1', 'b1']);
    expect(byIds(findAll(doc, { name: 'items', selectors: ['.skip', '.box'] }, [], notSkipped))).toEqual(['a', 'b']);
  });

  it('skips a selector the browser rejects', () => {
    const doc = page();
    expect(byIds(findAll(doc, { name: 'bad', selectors: ['[[', '#b'] }))).toEqual(['b']);
    expect(findAll(doc, { name: 'bad', selectors: ['[['] })).toEqual([]);
  });
});

describe('safeClosest', () => {
  it('answers the nearest match, and null (not undefined) for a rejected selector', () => {
    const doc = page();
    const span = doc.getElementById('a1')!;
    expect(safeClosest(span, '.box')?.id).toBe('a');
    expect(safeClosest(span, '.missing')).toBeNull();
    expect(safeClosest(span, '[[')).toBeNull();
  });
});

describe('outermost', () => {
  it('drops nested elements and duplicates and answers the rest in document order', () => {
    const doc = page();
    const el = (id: string) => doc.getElementById(id)!;
    const [a, a1, a2, b, b1] = [el('a'), el('a1'), el('a2'), el('b'), el('b1')];
    expect(byIds(outermost([b1, a1, b, a, a2, b]))).toEqual(['a', 'b']);
    expect(byIds(outermost([b1, a2, a1]))).toEqual(['a1', 'a2', 'b1']);
    expect(byIds(outermost([a]))).toEqual(['a']);
  });
});

describe('hiddenInline', () => {
  it('sees the hidden attribute and inline display:none on the element or an ancestor up to stopAt', () => {
    const doc = loadPage(`<!doctype html><html><body>
      <div id="outer" style="display: none"><div id="stop"><div id="mid"><p id="p">x</p></div></div></div>
      <div id="h" hidden><p id="hp">y</p></div>
      <div id="shown" style="display: block"><p id="sp">z</p></div>
    </body></html>`);
    const el = (id: string) => doc.getElementById(id)!;
    expect(hiddenInline(el('hp'), null)).toBe(true);
    expect(hiddenInline(el('h'), el('h'))).toBe(true);
    expect(hiddenInline(el('p'), null)).toBe(true);
    // The hiding ancestor is above stopAt: not counted.
    expect(hiddenInline(el('p'), el('stop'))).toBe(false);
    expect(hiddenInline(el('sp'), null)).toBe(false);
    el('mid').hidden = true;
    expect(hiddenInline(el('p'), el('stop'))).toBe(true);
  });
});

describe('deepActiveElement', () => {
  it('answers the focused element, looking into open shadow roots', () => {
    const doc = page();
    expect(deepActiveElement(doc)).toBe(doc.body);
    const host = doc.createElement('div');
    doc.body.append(host);
    const button = doc.createElement('button');
    host.attachShadow({ mode: 'open' }).append(button);
    button.focus();
    expect(doc.activeElement).toBe(host);
    expect(deepActiveElement(doc)).toBe(button);
  });

  it('answers null for a document with nothing to focus', () => {
    const empty = document.implementation.createHTMLDocument('empty');
    empty.documentElement.remove();
    expect(empty.activeElement).toBeNull();
    expect(deepActiveElement(empty)).toBeNull();
  });
});

describe('frameBatcher', () => {
  it('runs the task once on the next frame however often it was asked', async () => {
    const doc = page();
    const task = vi.fn();
    const soon = frameBatcher(doc, task, lifetime().signal);
    soon();
    soon();
    soon();
    expect(task).not.toHaveBeenCalled();
    await nextFrame();
    expect(task).toHaveBeenCalledTimes(1);
    soon();
    await nextFrame();
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('does not run a task asked for before the signal aborted', async () => {
    const doc = page();
    const task = vi.fn();
    const c = lifetime();
    const soon = frameBatcher(doc, task, c.signal);
    soon();
    c.abort();
    await nextFrame();
    soon();
    await nextFrame();
    expect(task).not.toHaveBeenCalled();
  });

  it('keeps running after a task throws', async () => {
    const doc = page();
    let calls = 0;
    const soon = frameBatcher(
      doc,
      () => {
        calls += 1;
        throw new Error('consumer bug');
      },
      lifetime().signal,
    );
    soon();
    await nextFrame();
    soon();
    await nextFrame();
    expect(calls).toBe(2);
  });

  it('uses a short timer in a hidden tab, where frames never come', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const doc = page();
    // A hidden tab gets no frames at all.
    const frame = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    vi.spyOn(doc, 'visibilityState', 'get').mockReturnValue('hidden');
    const task = vi.fn();
    frameBatcher(doc, task, lifetime().signal)();
    await vi.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledTimes(1);
    expect(frame).not.toHaveBeenCalled();
  });

  it('uses the timer for a document without a window, or a window without frames', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const windowless = document.implementation.createHTMLDocument('detached');
    expect(windowless.defaultView).toBeNull();
    const task = vi.fn();
    frameBatcher(windowless, task, lifetime().signal)();
    await vi.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledTimes(1);

    const frameless = document.implementation.createHTMLDocument('frameless');
    Object.defineProperty(frameless, 'defaultView', { value: {} });
    const other = vi.fn();
    expect(() => frameBatcher(frameless, other, lifetime().signal)()).not.toThrow();
    await vi.advanceTimersByTimeAsync(100);
    expect(other).toHaveBeenCalledTimes(1);
  });
});
