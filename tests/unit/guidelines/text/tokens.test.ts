import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chunks, classifyChunk, links, words } from '@/lib/core/guidelines/text/tokens';
import { sentences } from '@/lib/core/guidelines/text/sentences';
import { guessLanguage } from '@/lib/core/guidelines/text/language';
import { stem } from '@/lib/core/guidelines/text/stem';

describe('words', () => {
  it('keeps contractions and hyphenated words whole, with offsets', () => {
    const text = "I don't think the follow-up is late.";
    const ws = words(text);
    expect(ws.map((w) => w.text)).toEqual(['I', "don't", 'think', 'the', 'follow-up', 'is', 'late']);
    expect(text.slice(ws[4]!.start, ws[4]!.end)).toBe('follow-up');
  });

  it('skips URLs and email addresses', () => {
    const text = 'See https://example.com/a?b=1, or write to me@example.org.';
    expect(words(text).map((w) => w.text)).toEqual(['See', 'or', 'write', 'to']);
    expect(links(text).map((l) => l.kind)).toEqual(['url', 'email']);
  });
});

describe('sentences', () => {
  it('does not split after titles and abbreviations', () => {
    const s = sentences('I met Dr. Patel and Ms. Ruiz, e.g. the leads. Then we toured the lab! Was it useful? Yes.');
    expect(s.map((x) => x.text)).toEqual(['I met Dr. Patel and Ms. Ruiz, e.g. the leads.', 'Then we toured the lab!', 'Was it useful?', 'Yes.']);
  });

  it('ends a sentence at a blank line and at list items', () => {
    const s = sentences('Highlights\n\n- budgeting\n- forecasting\nThat is all');
    expect(s.map((x) => x.text)).toEqual(['Highlights', '- budgeting', '- forecasting', 'That is all']);
  });
});

describe('guessLanguage', () => {
  it('tells English from Spanish and German', () => {
    expect(guessLanguage(words('Thank you for the conversation about the new warehouse and your plans for next year.'))).toBe('en');
    expect(guessLanguage(words('Muchas gracias por la entrevista de ayer, fue un placer conocer al equipo de ventas.'))).toBe('other');
    expect(guessLanguage(words('Vielen Dank für das freundliche Gespräch gestern, ich habe mich sehr über die Einladung gefreut.'))).toBe('other');
    expect(guessLanguage(words('昨日は面接の機会をいただき、誠にありがとうございました。チームの皆様にお会いできて光栄でした。'))).not.toBe('en');
  });
});

describe('stem', () => {
  it('brings related forms together', () => {
    expect(stem('migration')).toBe(stem('migrations'));
    expect(stem('challenges')).toBe(stem('challenge'));
    expect(stem('planning')).toBe(stem('planned'));
  });
});

describe('links', () => {
  it('treats bare domains and profile paths as links, not words', () => {
    const text = 'My profile is at linkedin.com/in/ana-ruiz and the post was on medium.com. End.';
    expect(links(text).map((l) => l.text)).toEqual(['linkedin.com/in/ana-ruiz', 'medium.com.']);
    expect(words(text).map((w) => w.text)).not.toContain('com');
  });
});

describe('words, read in place', () => {
  // The plain definition: every whitespace-free chunk that is not a link, and in it every run of
  // letters and digits joined by single apostrophes or hyphens.
  const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
  const byDefinition = (text: string, from?: number, to?: number) =>
    chunks(text, from, to)
      .filter((c) => classifyChunk(c.text) === 'text')
      .flatMap((c) =>
        [...c.text.matchAll(WORD)].map((m) => {
          const start = c.start + m.index;
          return { text: m[0], lower: m[0].toLowerCase().replace(/’/g, "'"), start, end: start + m[0].length };
        }),
      );
  const piece = fc.constantFrom(
    ' ',
    '\n',
    'a',
    'Ab',
    'DON',
    "'",
    '’',
    '-',
    '--',
    '.',
    '@',
    ':',
    'x.com',
    'https://',
    'é',
    'Ö',
    'ß',
    '\u0301',
    '1',
    '(',
    ')',
    ',',
    'mail@x.io',
    'www.',
    '\u00a0',
  );
  const text = fc.array(piece, { maxLength: 30 }).map((p) => p.join(''));

  it('finds the same words, offsets and lower-case forms as the plain definition', () => {
    fc.assert(
      fc.property(text, fc.nat(40), fc.nat(40), (t, a, b) => {
        expect(words(t)).toEqual(byDefinition(t));
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(words(t, from, to)).toEqual(byDefinition(t, from, to));
      }),
      { numRuns: 4000 },
    );
  });
});
