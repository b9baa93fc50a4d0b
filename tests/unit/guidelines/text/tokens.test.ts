import { describe, expect, it } from 'vitest';
import { links, words } from '@/lib/guidelines/text/tokens';
import { sentences } from '@/lib/guidelines/text/sentences';
import { guessLanguage } from '@/lib/guidelines/text/language';
import { stem } from '@/lib/guidelines/text/stem';

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
    expect(s.map((x) => x.text)).toEqual([
      'I met Dr. Patel and Ms. Ruiz, e.g. the leads.',
      'Then we toured the lab!',
      'Was it useful?',
      'Yes.',
    ]);
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
