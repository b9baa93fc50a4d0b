import { describe, expect, it } from 'vitest';
import { findTextRange, occurrenceIndex } from '@/lib/dom/webmail/select-text';
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
