import { bodyRange } from '../analysis';
import { ALL_KINDS, fail, fixed, pass, type Rule, type RuleInput } from '../rule';
import { classifyChunk, hasUpperFrom, isAllCaps, isSpaceCode, startsUpper, words, type Token } from '../text/tokens';
import { hasDigit } from './shared/references';
import type { TextRange } from '../types';

/** At most this many problems are reported: enough to act on, and junk input stays fast. */
export const MAX_REPORTED = 50;

// Words that may legitimately be doubled ("what it had had", "he said that that was fine").
const DOUBLE_OK = new Set(['had', 'that', 'ha', 'bye', 'so', 'very', 'really', 'no', 'yes', 'do', 'is', 'pom', 'well']);
// Lowercase pronoun "i" and its contractions.
const LOWER_I = new Set(['i', "i'm", "i've", "i'd", "i'll"]);

type Problem = { range: TextRange; kind: 'word' | 'double' | 'i' | 'start'; text: string };

/** Lower-cased words from the notes and the recipients that are right as written (names, company, titles, topics). */
function knownWords({ draft, ctx }: RuleInput): Set<string> {
  const known = new Set<string>();
  const add = (s: unknown) => {
    if (typeof s !== 'string' || !s) return;
    for (const w of words(s.slice(0, 2000))) known.add(w.lower);
  };
  const c = ctx.company;
  if (c) {
    add(c.name);
    add(c.role);
    add(c.notes);
    for (const d of Array.isArray(c.domains) ? c.domains : []) add(String(d).replace(/\./g, ' '));
  }
  for (const p of ctx.interviewers) {
    add(p.name);
    add(p.title);
  }
  const iv = ctx.interview;
  if (iv) for (const list of [iv.topics, iv.challenges, iv.wishISaid, iv.ideas, iv.news]) for (const x of Array.isArray(list) ? list : []) add(x);
  add(ctx.profile?.name);
  add(draft.from?.name);
  for (const r of [...draft.to, ...draft.cc]) {
    add(r.name);
    const [local = '', domain = ''] = r.address.toLowerCase().split('@');
    add(local.replace(/[._+-]+/g, ' '));
    add(domain.replace(/\./g, ' '));
  }
  return known;
}

/** Whether `body[from, to)` is non-empty and all whitespace. */
function onlySpace(body: string, from: number, to: number): boolean {
  if (to <= from || to - from > 200) return false;
  for (let i = from; i < to; i++) {
    const c = body.charCodeAt(i);
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x3000 || (c >= 0x2000 && c <= 0x200a))) return false;
  }
  return true;
}

/** The previous non-blank character before `at`, or '' at the start of the text. */
function charBefore(body: string, at: number): { ch: string; newline: boolean } {
  let i = at - 1;
  let newline = false;
  while (i >= 0 && isSpaceCode(body.charCodeAt(i))) {
    if (body[i] === '\n' || body[i] === '\r') newline = true;
    i--;
  }
  return { ch: i >= 0 ? body[i]! : '', newline };
}

/** Whether a capital on this token is explained by its position (start of a sentence, line or quote). */
function capitalExplained(body: string, t: Token): boolean {
  const { ch, newline } = charBefore(body, t.start);
  return !ch || newline || /[.!?…"“‘'([•*]/.test(ch);
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';
/** How many words may be tested against all their one-letter edits in one check (each test is a few hundred lookups). */
const EDIT_BUDGET = 100;

// British spellings, tried as their American forms when the dictionary is American.
const BRITISH: [RegExp, string][] = [
  [/our/g, 'or'], // colour, candour, behaviour, favourite
  [/is(?=[aei])/g, 'iz'], // organise, prioritised, optimisation
  [/ys(?=[eio])/g, 'yz'], // analyse, analysed
  [/tre(?=s?$|d$)/g, 'ter'], // centre, metres, centred
  [/ll(?=ed$|ing$|er$|ers$|ation$)/g, 'l'], // travelled, modelling, cancellation
  [/ence(?=s?$)/g, 'ense'], // licence, defence
  [/ogue(?=s?$)/g, 'og'], // catalogue
  [/mme(?=s?$)/g, 'm'], // programme
  [/ae|oe/g, 'e'], // paediatric, anaesthetist
  [/dgement/g, 'dgment'], // judgement
  [/(?<=[^aeiou][aeiou])l(?=$|s$|ment|ments$)/g, 'll'], // enrol, fulfil, instalment
  [/geing/g, 'ging'], // ageing
  [/(?<=[bg])re(?=s?$|d$)/g, 'er'], // fibre, calibre, meagre
  [/lful/g, 'llful'], // skilful, wilful
];

// Prefixes that join a known word without a hyphen ("preconstruction", "prepress", "nonprofit").
const PREFIXES = [
  'pre',
  're',
  'non',
  'co',
  'un',
  'mis',
  'sub',
  'inter',
  'intra',
  'over',
  'under',
  'post',
  'anti',
  'semi',
  'multi',
  'micro',
  'macro',
  'cross',
  'self',
  'de',
  'dis',
  'out',
  'up',
  'mid',
  'meta',
  'hyper',
  'ultra',
  'auto',
  'bio',
  'eco',
  'geo',
  'tele',
  'cyber',
  'omni',
  'counter',
  'infra',
  'mini',
  'tri',
  'bi',
];

/** Whether a word the dictionary rejects is a British spelling or a closed compound of two known words ("rollout"). */
function acceptableVariant(lower: string, correct: (w: string) => boolean): boolean {
  if (lower.length > 30) return false;
  for (const [re, to] of BRITISH) {
    re.lastIndex = 0;
    if (!re.test(lower)) continue;
    // Each occurrence alone, then all of them.
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const global = new RegExp(re.source, 'g');
    while ((m = global.exec(lower))) {
      if (m[0].length === 0) global.lastIndex++;
      if (correct(lower.slice(0, m.index) + to + lower.slice(m.index + m[0].length))) return true;
    }
    if (correct(lower.replace(new RegExp(re.source, 'g'), to))) return true;
  }
  if (lower.length >= 6 && /^\p{Ll}+$/u.test(lower)) {
    for (let i = 3; i <= lower.length - 3; i++) if (correct(lower.slice(0, i)) && correct(lower.slice(i))) return true;
    // A prefix on a known word of five letters or more: short remainders are too easily typos ("mispell").
    for (const p of PREFIXES) if (lower.length - p.length >= 5 && lower.startsWith(p) && correct(lower.slice(p.length))) return true;
  }
  return false;
}

/** Whether a one-letter edit of `word` (lowercase) is a dictionary word: a typo rather than an unknown name. */
function oneEditFromWord(word: string, correct: (w: string) => boolean): boolean {
  if (word.length < 3 || word.length > 20) return false;
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (i < word.length && correct(head + tail.slice(1))) return true;
    if (i < word.length - 1 && correct(head + tail[1] + tail[0] + tail.slice(2))) return true;
    for (const c of ALPHABET) {
      if (i < word.length && c !== tail[0] && correct(head + c + tail.slice(1))) return true;
      if (correct(head + c + tail)) return true;
    }
  }
  return false;
}

// A courtesy title just before a word ("Ms. ", "Dr "): the word is a surname.
const TITLE_BEFORE = /\b(?:mr|mrs|ms|mx|dr|prof)\.?\s$/i;

// Sentence starts to leave alone: after these, a lowercase word continues the same sentence.
const CONTINUES_AFTER = /(?:\.\.\.|…|\b(?:\p{L}\.){2,}|\b(?:approx|incl|min|max|hrs?|est|fig|vol|ft|lbs?|pp|cf|viz|al|ave|blvd|mt|mgr|asst|assoc|govt|univ|dept)\.)["'”’)]*$/iu;

export const spelling: Rule<'spelling'> = {
  id: 'spelling',
  kinds: ALL_KINDS,
  severity: fixed('error'),
  english: true,
  title: 'Proofread',
  why: 'A typo in a short letter is easy to spot and suggests carelessness, exactly what a follow-up should disprove.',
  passMessage: 'No spelling slips found.',
  check(input) {
    const { a, speller } = input;
    const problems: Problem[] = [];
    const full = () => problems.length >= MAX_REPORTED;
    // The user's own words: greeting, main text and closing line (a.words already holds the main text's).
    const g = a.segments.greeting;
    const so = a.segments.signOff;
    // (concat, not spread: spreading half a million tokens is slow.)
    const tokens = (g ? words(a.body, g.start, a.main.start) : []).concat(a.words, so ? words(a.body, Math.max(a.main.end, so.start), so.end) : []);
    const known = speller ? knownWords(input) : new Set<string>();
    const flagged = new Set<number>();
    let editBudget = EDIT_BUDGET;

    for (let i = 0; i < tokens.length && !full(); i++) {
      const t = tokens[i]!;
      const prev = tokens[i - 1];
      // Doubled words: only whitespace (line breaks included) between them.
      if (prev && prev.lower === t.lower && !DOUBLE_OK.has(t.lower) && !hasDigit(t.lower) && onlySpace(a.body, prev.end, t.start)) {
        problems.push({ range: { field: 'body', start: prev.start, end: t.end }, kind: 'double', text: a.body.slice(prev.start, t.end) });
        flagged.add(t.start);
        continue;
      }
      // Lowercase "i" used as a pronoun (not "(i)", "i.e." or "i)").
      if (LOWER_I.has(t.lower) && t.text[0] === 'i') {
        const after = a.body[t.end] ?? '';
        const before = a.body[t.start - 1] ?? '';
        if (!(t.text === 'i' && (/[.)\]]/.test(after) || before === '(' || before === '['))) {
          problems.push({ range: bodyRange(t), kind: 'i', text: t.text });
          flagged.add(t.start);
          continue;
        }
      }
      if (!speller) continue;
      const text = t.text;
      // Every test from here on only lets a word through; most words are in the dictionary
      // (an answer the speller remembers), so that is asked first.
      if (speller.correct(text)) continue;
      if (text.length < 2 || hasDigit(text) || isAllCaps(text)) continue;
      // Mixed case ("iPhone", "LinkedIn", "McKinsey") is a brand or a name.
      if (hasUpperFrom(text, 1)) continue;
      const capital = startsUpper(text);
      // A capital in mid-sentence marks a proper noun; so does one in the greeting ("Ms. Raman:")
      // or right after a title ("Dr. Okafor").
      if (capital && !capitalExplained(a.body, t)) continue;
      if (capital && g && t.start >= g.start && t.end <= g.end) continue;
      if (capital && TITLE_BEFORE.test(a.body.slice(Math.max(0, t.start - 6), t.start))) continue;
      const noS = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
      const bare = noS.endsWith("'") ? noS.slice(0, -1) : noS;
      if (known.has(t.lower) || known.has(bare)) continue;
      if (acceptableVariant(noS, (w) => speller.correct(w))) continue;
      // A capitalised word at a sentence start followed by another capitalised word is likely a name ("Fernhill Logistics").
      const next = tokens[i + 1];
      if (capital && next && startsUpper(next.text) && onlySpace(a.body, t.end, next.start)) continue;
      // A capitalised unknown word at a sentence start may be a name ("Zendesk's support..."): flag it
      // only when it is one slip away from a real word ("Thnak", "Recieved").
      const correct = (w: string) => speller.correct(w);
      if (capital) {
        if (editBudget <= 0) continue;
        editBudget--;
        if (!oneEditFromWord(t.lower, correct)) continue;
      } else {
        // A long unknown word that is no slip of any known word is most likely jargon
        // ("idempotency", "geospatial"); a short one, or a near-miss, is most likely a typo.
        const unknownParts = t.lower.split('-').filter((p) => p && !correct(p) && !acceptableVariant(p, correct));
        const typo = unknownParts.some((p) => {
          if (p.length <= 6 || editBudget <= 0) return true;
          editBudget--;
          return oneEditFromWord(p.replace(/'s$/, ''), correct);
        });
        // Every part of a compound is acceptable on its own, or nothing points to a typo.
        if (unknownParts.length === 0 || !typo) continue;
        // In a compound, point at the part that is wrong ("follow-upp" -> "upp").
        if (unknownParts.length === 1 && t.lower.includes('-')) {
          const at = t.lower.split('-').indexOf(unknownParts[0]!);
          const offset = t.lower
            .split('-')
            .slice(0, at)
            .reduce((n, p) => n + p.length + 1, 0);
          const part = text.slice(offset, offset + unknownParts[0]!.length);
          problems.push({ range: { field: 'body', start: t.start + offset, end: t.start + offset + part.length }, kind: 'word', text: part });
          flagged.add(t.start);
          continue;
        }
      }
      problems.push({ range: bodyRange(t), kind: 'word', text });
      flagged.add(t.start);
    }

    // Sentences that start in lowercase.
    const greetingLineEnd = a.segments.greeting ? a.body.indexOf('\n', a.segments.greeting.end) : -1;
    let prevEnd = -1;
    for (const s of a.sentences) {
      if (full()) break;
      const prevSentence = prevEnd >= 0 ? a.body.slice(Math.max(0, prevEnd - 40), prevEnd) : '';
      prevEnd = s.end;
      const first = /^\S{1,200}/.exec(s.text)?.[0] ?? '';
      // URLs, addresses and abbreviations such as "e.g." are written as they are.
      if (!first || classifyChunk(first) !== 'text' || /\p{L}\.\p{L}/u.test(first)) continue;
      const ch = first[0]!;
      // Digits, bullets, quotes, brackets and symbols: nothing to capitalise.
      if (!/\p{Ll}/u.test(ch)) continue;
      const word = /^[\p{L}\p{M}'’-]+/u.exec(first)?.[0] ?? '';
      // "iPhone", "eBay": a brand written that way.
      if (/\p{Lu}/u.test(word)) continue;
      // Right after the greeting on the same line ("Hi Dana, thanks for..."), the sentence continues it.
      if (a.segments.greeting && s.start >= a.segments.greeting.end && (greetingLineEnd < 0 || s.start < greetingLineEnd)) continue;
      if (prevSentence && CONTINUES_AFTER.test(prevSentence)) continue;
      if (flagged.has(s.start)) continue;
      problems.push({ range: { field: 'body', start: s.start, end: s.start + (word.length || 1) }, kind: 'start', text: word || ch });
    }

    if (problems.length === 0) return pass();
    problems.sort((x, y) => x.range.start - y.range.start);
    // Unknown words are tagged, so the sidebar can offer to add each to the user's dictionary.
    return fail(
      summarise(problems),
      problems.map((p) => (p.kind === 'word' ? { ...p.range, tag: 'unknown-word' as const } : p.range)),
    );
  },
};

const quote = (xs: string[]) => xs.map((x) => `"${x.replace(/\s+/g, ' ')}"`).join(', ');

function summarise(problems: Problem[]): string {
  const of = (k: Problem['kind']) => [...new Set(problems.filter((p) => p.kind === k).map((p) => p.text))];
  const parts: string[] = [];
  const misspelled = of('word');
  const doubled = of('double');
  const lowerI = of('i');
  const starts = of('start');
  if (misspelled.length)
    parts.push(`${misspelled.length === 1 ? 'a possible misspelling' : 'possible misspellings'}: ${quote(misspelled.slice(0, 4))}${misspelled.length > 4 ? ' and more' : ''}`);
  if (doubled.length) parts.push(`a doubled word: ${quote(doubled.slice(0, 2))}`);
  if (lowerI.length) parts.push(`${quote(lowerI.slice(0, 2))} should be capitalised`);
  if (starts.length) parts.push(`${starts.length === 1 ? 'a sentence starts' : 'sentences start'} in lowercase (${quote(starts.slice(0, 2))})`);
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}. Correct ${problems.length === 1 ? 'it' : 'them'} before sending.`;
}
