import { afterEach, describe, expect, it, vi } from 'vitest';
import { findAllTextRanges, findTextRange, findTextRanges, occurrenceIndex, selectRange } from '@/lib/dom/webmail/select-text';
import { loadPage } from './helpers';

describe('finding a finding again in the live body', () => {
  it('finds words across inline markup and line breaks, whitespace-insensitively', () => {
    const doc = loadPage('<html><body><div id="b" contenteditable="true"><div>Thank you for the <b>data</b>\n   migration talk.</div><div>Best,<br>Sam</div></div></body></html>');
    const body = doc.getElementById('b')!;
    const range = findTextRange(body, 'the data migration', 0)!;
    expect(range).not.toBeNull();
    expect(range.toString().replace(/\s+/g, ' ')).toBe('the data migration');
  });

  it('picks the n-th occurrence, and answers null when the text is gone', () => {
    const doc = loadPage('<html><body><div id="b">the the plan, then the rest</div></body></html>');
    const body = doc.getElementById('b')!;
    const second = findTextRange(body, 'the', 1)!;
    expect(second.startOffset).toBe(4);
    expect(findTextRange(body, 'nowhere', 0)).toBeNull();
  });

  it('ignores our own and grammar checkers’ markup', () => {
    const doc = loadPage('<html><body><div id="b">Hello <span data-afterview-ui>Hello</span>world</div></body></html>');
    const range = findTextRange(doc.getElementById('b')!, 'Hello world', 0)!;
    expect((range.startContainer as Text).data).toBe('Hello ');
    expect((range.endContainer as Text).data).toBe('world');
  });

  it('counts which occurrence an engine offset points at', () => {
    const text = 'the the plan, then the rest';
    expect(occurrenceIndex(text, 'the', 0)).toBe(0);
    expect(occurrenceIndex(text, 'the', 4)).toBe(1);
    expect(occurrenceIndex(text, 'the', 19)).toBe(3);
  });
});

describe('selection over text split across blocks and markup', () => {
  it('finds a word whose part is in bold as one word', () => {
    const doc = loadPage('<html><body><div id="b"><div>the data<b>base</b> migration</div></div></body></html>');
    const range = findTextRange(doc.getElementById('b')!, 'database migration', 0)!;
    expect(range.toString()).toBe('database migration');
  });

  it('finds words either side of a line break when the first line ends in a space', () => {
    const doc = loadPage('<html><body><div id="b"><div>Best,&nbsp;</div><div>Sam</div></div></body></html>');
    const range = findTextRange(doc.getElementById('b')!, 'Best, Sam', 0)!;
    expect(range.toString().replace(/\s/g, ' ')).toBe('Best, Sam');
  });

  it('selects the words of a finding whose text has spaces around it', () => {
    const doc = loadPage('<html><body><div id="b">the the plan, then the rest</div></body></html>');
    const range = findTextRange(doc.getElementById('b')!, ' plan ', 0)!;
    expect(range.toString()).toBe('plan');
  });
});

describe('the n-th occurrence', () => {
  it('selects nothing when the asked occurrence is past the last one (a repeat was deleted since the check)', () => {
    const doc = loadPage('<html><body><div id="b">the the plan</div></body></html>');
    expect(findTextRange(doc.getElementById('b')!, 'the', 3)).toBeNull();
  });

  it('counts a blank finding (a run of spaces) as the first occurrence', () => {
    expect(occurrenceIndex('one  two  three', '  ', 8)).toBe(0);
  });

  it('selects nothing for a blank finding, whichever occurrence is asked', () => {
    const doc = loadPage('<html><body><div id="b">one two</div></body></html>');
    expect(findTextRange(doc.getElementById('b')!, '  ', 1)).toBeNull();
    expect(findTextRange(doc.getElementById('b')!, '', 0)).toBeNull();
  });

  it('finds every placeholder, up to the limit asked', () => {
    const doc = loadPage('<html><body><div id="b">[name], [name] and [name]</div></body></html>');
    const body = doc.getElementById('b')!;
    expect(findAllTextRanges(body, '[name]').map((r) => r.startOffset)).toEqual([0, 8, 19]);
    expect(findAllTextRanges(body, '[name]', 2)).toHaveLength(2);
  });

  it('answers each piece asked for, and nothing when none is asked', () => {
    const doc = loadPage('<html><body><div id="b">the the plan</div></body></html>');
    const body = doc.getElementById('b')!;
    expect(findTextRanges(body, [])).toEqual([]);
    expect(
      findTextRanges(body, [
        { text: 'the', occurrence: 1 },
        { text: 'gone', occurrence: 0 },
      ]).map((r) => r?.startOffset ?? null),
    ).toEqual([4, null]);
  });
});

describe('selecting the found words', () => {
  afterEach(() => vi.restoreAllMocks());

  it('selects the range in the page', () => {
    const doc = loadPage('<html><body><div id="b" contenteditable="true">the data migration</div></body></html>');
    const body = doc.getElementById('b')!;
    expect(selectRange(body, findTextRange(body, 'data', 0)!)).toBe(true);
    expect(doc.getSelection()!.toString()).toBe('data');
  });

  it('answers false when the document has no selection (Firefox, in a hidden frame)', () => {
    const doc = loadPage('<html><body><div id="b" contenteditable="true">the data</div></body></html>');
    const body = doc.getElementById('b')!;
    vi.spyOn(doc, 'getSelection').mockReturnValue(null);
    expect(selectRange(body, findTextRange(body, 'data', 0)!)).toBe(false);
  });

  it('answers false instead of throwing when the compose’s window is gone', () => {
    const doc = loadPage('<html><body><div id="b" contenteditable="true">the data</div></body></html>');
    const body = doc.getElementById('b')!;
    vi.spyOn(doc, 'getSelection').mockImplementation(() => {
      throw new TypeError('can’t access dead object');
    });
    expect(selectRange(body, findTextRange(body, 'data', 0)!)).toBe(false);
  });
});
