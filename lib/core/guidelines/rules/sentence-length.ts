import { bodyRange } from '../analysis';
import { ALL_KINDS, fail, fixed, pass, type Rule } from '../rule';
import type { Sentence } from '../text/sentences';

export const MAX_SENTENCE_WORDS = 35;
export const MAX_AVERAGE_WORDS = 22;

// "…at ACME Corp. It was…": the sentence splitter keeps these together, since "Corp." may
// sit mid-sentence; followed by a capitalised word it almost always ends the sentence.
const COMPANY_END = /\b(?:Inc|Ltd|Corp|Co|LLC|LLP|PLC|GmbH|etc)\.\s+(?=\p{Lu})/gu;

/** Whether a full stop followed by whitespace sits in `text`: what every COMPANY_END match holds. */
function stopThenSpace(text: string): boolean {
  for (let i = text.indexOf('.'); i >= 0 && i + 1 < text.length; i = text.indexOf('.', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (c === 32 || (c >= 9 && c <= 13) || c > 127) return true;
  }
  return false;
}

function splitAfterCompanyAbbreviations(sents: readonly Sentence[]): Sentence[] {
  const out: Sentence[] = [];
  for (const s of sents) {
    COMPANY_END.lastIndex = 0;
    if (s.text.length > 5000 || !stopThenSpace(s.text) || !COMPANY_END.test(s.text)) {
      out.push(s);
      continue;
    }
    COMPANY_END.lastIndex = 0;
    let from = 0;
    let m: RegExpExecArray | null;
    while ((m = COMPANY_END.exec(s.text))) {
      const cut = m.index + m[0].length;
      const piece = s.text.slice(from, cut).trimEnd();
      out.push({ start: s.start + from, end: s.start + from + piece.length, text: piece });
      from = cut;
    }
    out.push({ start: s.start + from, end: s.end, text: s.text.slice(from) });
  }
  return out;
}

export const sentenceLength: Rule<'sentence-length'> = {
  id: 'sentence-length',
  kinds: ALL_KINDS,
  severity: fixed('tip'),
  english: false,
  title: 'Keep sentences short',
  why: 'Short sentences are quicker to read and easier to remember, and a busy reader skims.',
  passMessage: 'Your sentences are easy to read.',
  check({ a }) {
    const sents = splitAfterCompanyAbbreviations(a.sentences);
    if (sents.length === 0) return pass();
    // Count each sentence's words with one pass over the (ordered) word tokens.
    const counts = new Array<number>(sents.length).fill(0);
    let s = 0;
    for (const w of a.words) {
      while (s < sents.length && sents[s]!.end <= w.start) s++;
      if (s >= sents.length) break;
      if (w.start >= sents[s]!.start) counts[s]!++;
    }
    let total = 0;
    let counted = 0;
    const long: { sentence: Sentence; words: number }[] = [];
    const aboveAverage: Sentence[] = [];
    for (let i = 0; i < sents.length; i++) {
      const n = counts[i]!;
      if (n === 0) continue;
      total += n;
      counted++;
      if (n > MAX_SENTENCE_WORDS) long.push({ sentence: sents[i]!, words: n });
      if (n > MAX_AVERAGE_WORDS) aboveAverage.push(sents[i]!);
    }
    if (counted === 0) return pass();
    const average = total / counted;
    if (long.length) {
      const first = long[0]!;
      const what = long.length === 1 ? `One sentence runs to ${first.words} words` : `${long.length} sentences run past ${MAX_SENTENCE_WORDS} words (the first has ${first.words})`;
      return fail(
        `${what}. Split ${long.length === 1 ? 'it' : 'them'} in two so each makes one point.`,
        long.slice(0, 50).map((l) => bodyRange(l.sentence)),
      );
    }
    if (average > MAX_AVERAGE_WORDS) {
      return fail(`Your sentences average ${Math.round(average)} words. Aim for ${MAX_AVERAGE_WORDS} or fewer by splitting the longest ones.`, aboveAverage.slice(0, 50).map(bodyRange));
    }
    return pass();
  },
};
