import { describe, expect, it } from 'vitest';
import { draft, finding, GOOD_THANK_YOU } from '../helpers';

/** A letter whose main text has exactly `n` words, with a greeting, sign-off and signature around it. */
function letterOf(n: number): string {
  const filler = 'The tour of the bakery and the talk about the new sourdough line were a real pleasure for me'.split(' ');
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(filler[i % filler.length]!);
  return `Dear Chef Moreau,\n\n${words.join(' ')}.\n\nKind regards,\nElise Durand\nelise.durand@example.fr\n+33 6 12 34 56 78`;
}

const check = (body: string, kind: 'thank-you' | 'note' | 'follow-up' = 'thank-you') => finding('length', draft(body, { subject: 'Thank you – Pastry Cook interview' }), undefined, { kind });

describe('length', () => {
  it('passes the reference letter and gives the count and the band', () => {
    const f = check(GOOD_THANK_YOU);
    expect(f.status).toBe('pass');
    expect(f.message).toMatch(/\d+ words.*60–220/);
  });

  it('counts only the main text: greeting, sign-off and signature are left out', () => {
    expect(check(letterOf(60)).status).toBe('pass');
    expect(check(letterOf(59)).status).toBe('fail');
  });

  it('warns on a thank-you under 60 words and says by how much', () => {
    const f = check(letterOf(35));
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('35 words');
    expect(f.message).toContain('60–220');
  });

  it('warns past the band and underlines what runs over', () => {
    const body = letterOf(260);
    const f = check(body);
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('warning');
    expect(f.message).toContain('260 words');
    const over = body.slice(f.ranges[0]!.start, f.ranges[0]!.end);
    expect(over.split(/\s+/)).toHaveLength(40);
  });

  it('is an error past the hard limit', () => {
    const f = check(letterOf(351));
    expect(f.status).toBe('fail');
    expect(f.severity).toBe('error');
    expect(f.message).toContain('350');
  });

  it('uses the tighter band of a handwritten note', () => {
    expect(check(letterOf(40), 'note').status).toBe('pass');
    expect(check(letterOf(120), 'note').severity).toBe('warning');
    expect(check(letterOf(161), 'note').severity).toBe('error');
  });

  it('does not count the quoted thread of a follow-up', () => {
    const quoted = `${letterOf(120)}\n\nOn Mon, 3 Mar 2026 at 10:02, Chef Moreau <moreau@boulangerie.fr> wrote:\n> ${'word '.repeat(400)}`;
    expect(check(quoted, 'follow-up').status).toBe('pass');
  });

  it('leaves out a printed letter’s sender block, date line and recipient block', () => {
    const heading = 'Elise Durand\n14 Rue des Lilas\n69003 Lyon\n+33 6 12 34 56 78\n\n2 March 2026\n\nChef Paul Moreau\nHead Baker\nBoulangerie Moreau\n8 Quai Saint-Antoine\n69002 Lyon\n\n';
    expect(check(heading + letterOf(60)).status).toBe('pass');
    expect(check(heading + letterOf(59)).status).toBe('fail');
    expect(check(heading + letterOf(59)).message).toContain('59 words');
  });

  it('counts as editors do: a token with a letter or digit is one word, a lone dash is none', () => {
    // 9 tokens with a letter or digit; the dash and the ampersand do not count.
    const text = 'Dear Chef Moreau,\n\nThe 3:30 follow-up — see https://example.com/menu & well-known $1,200 results there.\n\nKind regards,\nElise';
    expect(check(text, 'note').message).toMatch(/^At 9 words/);
  });

  it('does not count a closing run into the last line, nor the name after it', () => {
    const text = `Dear Chef Moreau, ${'we talked about bread '.repeat(15).trim()}. Regards Elise Durand 06 12 34 56 78`;
    expect(check(text).message).toMatch(/^60 words/);
  });
});
