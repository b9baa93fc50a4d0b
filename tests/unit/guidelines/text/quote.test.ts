import { describe, expect, it } from 'vitest';
import { quoteAround } from '@/lib/core/guidelines/text/quote';
import { draft, finding } from '../helpers';

describe('quoteAround', () => {
  it('quotes the clause around a match, whole when it is short', () => {
    const text = 'Hi Dana. I look forward to hearing from you. Best, Sam';
    const at = text.indexOf('look forward');
    expect(quoteAround(text, at, at + 12)).toBe('“I look forward to hearing from you”');
  });

  it('cuts a long clause at word boundaries, keeping the match', () => {
    const text = 'After a long and winding week of meetings and travel I left our conversation even more interested in joining the platform team at Ledgerline next spring.';
    const at = text.indexOf('interested');
    const q = quoteAround(text, at, at + 'interested'.length);
    expect(q).toContain('interested');
    expect(q.startsWith('“…')).toBe(true);
    expect(q.endsWith('…”')).toBe(true);
    expect(q.length).toBeLessThanOrEqual(70);
    for (const word of q.slice(2, -2).split(' ')) expect(text.split(/\s+/)).toContain(word.replace(/…$/, ''));
  });
});

describe('pass messages quote what passed', () => {
  const body = 'Dear Dana,\n\nThank you for the tour of the plant on Monday. I am still very interested in the role. I look forward to hearing from you.\n\nBest regards,\nSam Lee';
  it('gratitude, enthusiasm and next-step show the words they found', () => {
    expect(finding('gratitude', draft(body)).message).toBe('You thank them: “Thank you for the tour of the plant on Monday”.');
    expect(finding('enthusiasm', draft(body)).message).toBe('You say you still want it: “I am still very interested in the role”.');
    expect(finding('next-step', draft(body)).message).toBe('You look ahead: “I look forward to hearing from you”.');
  });
});
