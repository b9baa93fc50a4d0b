/**
 * Everything the rules read from a draft, computed once per check: the parts of the body,
 * its words and sentences, and the language it is written in.
 */
import type { Draft, TextRange } from './types';
import { guessLanguage, type Language } from './text/language';
import { segment, type Segments, type Span } from './text/segments';
import { sentences, type Sentence } from './text/sentences';
import { stem, STOPWORDS } from './text/stem';
import { links, words, type Chunk, type Token } from './text/tokens';

export interface Analysis {
  subject: string;
  body: string;
  segments: Segments;
  /** The message itself (greeting, sign-off, signature and quoted history excluded). */
  main: Span;
  mainText: string;
  /** The user's own text: everything before the quoted history. */
  own: Span;
  /** Words of the main text. */
  words: Token[];
  /** Sentences of the main text. */
  sentences: Sentence[];
  /** Stems of the main text's words, for matching saved topics. */
  stems: Set<string>;
  /** Words of the subject. */
  subjectWords: Token[];
  /** URLs and email addresses in the user's own text. */
  links: (Chunk & { kind: 'url' | 'email' })[];
  language: Language;
}

export function analyze(draft: Draft): Analysis {
  const body = draft.bodyText;
  const segments = segment(body);
  const main = segments.main;
  const ownEnd = segments.quoted ? segments.quoted.start : body.length;
  const mainWords = words(body, main.start, main.end);
  let stems: Set<string> | undefined;
  return {
    subject: draft.subject,
    body,
    segments,
    main,
    mainText: body.slice(main.start, main.end),
    own: { start: 0, end: ownEnd },
    words: mainWords,
    sentences: sentences(body, main.start, main.end),
    // Read only with notes (`mentions`): built on first use.
    get stems() {
      return (stems ??= new Set(mainWords.map((w) => stem(w.lower))));
    },
    subjectWords: words(draft.subject),
    links: links(body, 0, ownEnd),
    language: guessLanguage(proseWords(body, segments, mainWords)),
  };
}

/**
 * The user's own prose, where the language is judged: greeting, main text and sign-off.
 * The signature (names, titles, addresses) and quoted history say nothing of it.
 */
function proseWords(body: string, s: Segments, mainWords: Token[]): Token[] {
  const out: Token[] = [];
  if (s.greeting) out.push(...words(body, s.greeting.start, s.greeting.end));
  out.push(...(mainWords.length > 400 ? mainWords.slice(0, 400) : mainWords));
  if (s.signOff) out.push(...words(body, s.signOff.start, s.signOff.end));
  return out;
}

/**
 * Every match of `re` (which must have the `g` flag and must not backtrack
 * catastrophically) inside `span` of the body, as body ranges.
 */
export function matchRanges(a: Analysis, re: RegExp, span: Span = a.main): TextRange[] {
  const out: TextRange[] = [];
  const text = a.body.slice(span.start, span.end);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push({ field: 'body', start: span.start + m.index, end: span.start + m.index + m[0].length });
  }
  return out;
}

/** The body range of a token or span. */
export const bodyRange = (s: { start: number; end: number }): TextRange => ({ field: 'body', start: s.start, end: s.end });

/** Content-word stems of a phrase: what must appear for the phrase to count as mentioned. */
export function contentStems(phrase: string): string[] {
  return words(phrase)
    .filter((w) => !STOPWORDS.has(w.lower) && w.lower.length > 1)
    .map((w) => stem(w.lower));
}

/**
 * Whether the main text mentions a saved phrase (a topic, a challenge): most of its
 * content words appear, in any form ("migrating the billing data" mentions "billing data
 * migration"). Returns the ranges of the words that matched, or null.
 */
export function mentions(a: Analysis, phrase: string): TextRange[] | null {
  const wanted = [...new Set(contentStems(phrase))];
  if (wanted.length === 0) return null;
  const found = wanted.filter((s) => a.stems.has(s));
  const needed = wanted.length <= 2 ? wanted.length : Math.ceil(wanted.length * 0.6);
  if (found.length < needed) return null;
  const hit = new Set(found);
  return a.words.filter((w) => hit.has(stem(w.lower))).map(bodyRange);
}
