import { ALL_KINDS, fail, fixed, pass, type Rule } from '../rule';
import { isAscii, words, type Token } from '../text/tokens';
import type { Speller, TextRange } from '../types';

// Texting words and slang, as whole words in any case.
const SLANG = new Set([
  'gonna',
  'wanna',
  'gotta',
  'kinda',
  'sorta',
  'lol',
  'lmao',
  'rofl',
  'btw',
  'thx',
  'thnx',
  'pls',
  'plz',
  'omg',
  'tbh',
  'imo',
  'imho',
  'idk',
  'ur',
  'cuz',
  'coz',
  'yeah',
  'yep',
  'yup',
  'nope',
  'lemme',
  'gimme',
  'dunno',
  "ain't",
  "y'all",
  'brb',
  'ttyl',
  'xoxo',
  'haha',
  'hahaha',
  'hehe',
  'yay',
  'woohoo',
  'nvm',
  'cya',
  'lmk',
  'ikr',
  'smh',
  'tysm',
  'thnks',
  'thanx',
  'wassup',
  'bruh',
  'ngl',
  'srsly',
]);
// Slang that is also a name ("Ty"), a letter or an abbreviation in capitals ("RN" for a
// registered nurse, "NP", "BC"): only when written in lower case.
const SLANG_LOWER_ONLY = new Set(['u', 'ty', 'ya', 'r', 'ur', 'bc', 'rn', 'np', 'tho', 'omw', 'k']);

// Short words that are ordinary English, so written in capitals they shout ("VERY", "SO").
// Any other all-caps token of five letters or fewer is taken for an acronym (SQL, AWS, KPI).
const COMMON_SHORT = new Set(
  (
    'a about above after again all also always am an and any are as ask at away back bad be been being best big ' +
    'both but by call came can come could day did do does done down each easy even ever every fast few find first ' +
    'for free from fun get give glad go good got great had happy hard has have he help her here high him his hope ' +
    'how huge i if in into is just keep kind know last least less let like line long look lot love made make many ' +
    'may me more most much must my need never new next nice no none not now of off ok okay old on once one only ' +
    'open or our out over own part past plan play put quite ready real right said same saw say see seen she ' +
    'should show since so some soon still such super sure take team than thank thx that the their them then there ' +
    'these they thing think this those though three time to too top true truly try two under up upon us use very ' +
    'want was way we well were what when where which while who why will wish with wow yes yet you your dream job ' +
    'role work love loved excited again truly deeply hired offer sorry please agree ideal fit match glad proud ' +
    'again extra thank thanks worth heard honor honour total fully mind blown cool dear amazing'
  ).split(/\s+/),
);
// Short capitals that are real acronyms even though they spell a common word.
const ACRONYM_WORDS = new Set(['it', 'us', 'or', 'er', 'act', 'sat', 'ok', 'hr', 'pr', 'ai', 'lean', 'safe', 'cat', 'mode', 'bus']);
// Known longer acronyms and capitalised names.
const LONG_ACRONYMS = new Set(
  (
    'NASDAQ UNICEF UNESCO FINRA HIPAA COBOL SCADA FORTRAN NAACP NVIDIA NASCAR USAID COVID TOEFL IELTS SCORM SNOMED ' +
    'GAAP IFRS CISSP CCNA CCNP MCSE HTTPS OAUTH SPSS MATLAB ASHRAE ANSI PMBOK PRINCE SWIFT FERPA OSHA NIOSH CMMI ' +
    'LGBTQ LGBTQIA STEAM STEM ESL TESOL CELTA DELTA MBA CPA CFA CFP SHRM NCLEX USMLE BSN RN MSN DNP FNP EMT ' +
    'ERISA FASB SARBANES SOX COSO ISACA CISA CISM GIAC GDPR CCPA PCI PCIDSS SAML LDAP RESTful JSON YAML TOML ' +
    'ANOVA SPARQL GRAPHQL NOSQL POSTGRES PYTORCH AUTOCAD SOLIDWORKS REVIT ARCGIS ADDIE WCAG SCRUM AGILE KANBAN'
  ).split(/\s+/),
);

// Slang is short: a longer word is not looked up.
const SLANG_LONGEST = Math.max(...[...SLANG].map((w) => w.length));

// The characters that open and close a template slot: % [ { < | _ before the word, % ] } > | _ after it.
const slotOpen = (c: number): boolean => c === 37 || c === 91 || c === 123 || c === 60 || c === 124 || c === 95;
const slotClose = (c: number): boolean => c === 37 || c === 93 || c === 125 || c === 62 || c === 124 || c === 95;

const isCaps = (w: string): boolean => /\p{Lu}.*\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);

/**
 * Whether a word in capitals shouts. Up to five letters, only common words do ("SO", "VERY");
 * longer ones shout when they are dictionary words ("AMAZING") and are taken for acronyms
 * otherwise ("EBITDA"); without a dictionary, only the known acronyms are let through.
 */
function shouting(t: Token, allowed: Set<string>, speller?: Speller): boolean {
  if (t.text.length < 2) return false;
  // Most capitalised words go on in lower case ("Thank"): no capitals to read.
  const second = t.text.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  if (t.text.toUpperCase() !== t.text || !isCaps(t.text) || /\d/.test(t.text)) return false;
  if (allowed.has(t.lower)) return false;
  const parts = t.text.split(/['’-]/).filter(Boolean);
  return parts.some((p) => {
    const letters = p.replace(/[^\p{L}]/gu, '');
    if (letters.length < 2) return false;
    const lower = letters.toLowerCase();
    if (LONG_ACRONYMS.has(letters) || ACRONYM_WORDS.has(lower)) return false;
    if (letters.length <= 5) return COMMON_SHORT.has(lower);
    return speller ? speller.correct(lower) : true;
  });
}

const EMOJI_RE = /\p{Extended_Pictographic}/gu;
// Every pictograph is outside ASCII (the first is ©): a text in ASCII is not scanned for them.
// The character before is checked by hand: a leading lookbehind would run at every position.
const EMOTICON_RE = /(?:[:;]-?[)(DPp]|<3|:'\()(?![\w])/g;

// Enough ranges to underline a page; a pathological draft does not need a million.
const MAX_RANGES = 200;

function collect(re: RegExp, text: string, offset: number, field: 'body' | 'subject', out: TextRange[], keep?: (m: string) => boolean, keepAt?: (index: number) => boolean) {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < MAX_RANGES && (m = re.exec(text)))
    if ((!keep || keep(m[0])) && (!keepAt || keepAt(m.index))) out.push({ field, start: offset + m.index, end: offset + m.index + m[0].length });
}

export const casualLanguage: Rule<'casual-language'> = {
  id: 'casual-language',
  kinds: ALL_KINDS,
  severity: fixed('warning'),
  english: true,
  title: 'Keep the register professional',
  why: 'Slang, emojis and shouting read as careless in a letter to a possible employer.',
  passMessage: 'The language is professional.',
  check({ a, ctx, speller }) {
    const problems: { range: TextRange; what: string }[] = [];
    const add = (r: TextRange, what: string) => {
      if (problems.length < MAX_RANGES) problems.push({ range: r, what });
    };
    // Names from the notes may be written in capitals (a company called "NORTHWIND").
    const allowed = new Set<string>();
    for (const n of [ctx.company?.name, ctx.company?.role, ...ctx.interviewers.map((p) => p.name)]) for (const w of words(n ?? '')) allowed.add(w.lower);

    // The text the user wrote, apart from the signature (which may hold a capitalised name).
    const g = a.segments.greeting;
    const so = a.segments.signOff;
    const from = g ? Math.min(g.start, a.main.start) : a.main.start;
    const to = Math.max(a.main.end, so?.end ?? 0);
    const spans = to > from ? [{ start: from, end: to }] : [];

    // "Hey" as an opener.
    if (g && /^hey\b/i.test(g.text.trim())) add({ field: 'body', start: g.start, end: g.start + 3 }, `"${a.body.slice(g.start, g.start + 3)}"`);

    const scanTokens = (list: Token[], src: string, field: 'body' | 'subject') => {
      const at = (t: Token): TextRange => ({ field, start: t.start, end: t.end });
      for (let i = 0; i < list.length && problems.length < MAX_RANGES; i++) {
        const t = list[i]!;
        // The characters around the word, as codes (NaN at either end of the text).
        const before = src.charCodeAt(t.start - 1);
        const after = src.charCodeAt(t.end);
        // Tags that mail systems put in brackets ("[EXTERNAL]") are not the user's words.
        if (before === 91 && after === 93) continue;
        // A template slot in capitals ("%COMPANY%", "[JOB TITLE]", "*|FNAME|*") is a placeholder, not shouting.
        if (slotOpen(before) || slotClose(after)) {
          if (t.text === t.text.toUpperCase()) continue;
        }
        if (t.lower.length <= SLANG_LONGEST && SLANG.has(t.lower)) add(at(t), `"${t.text}"`);
        else if (t.lower.length <= 3 && SLANG_LOWER_ONLY.has(t.text)) {
          // "u" alone, not part of "U.S." or "u-turn".
          const before = src[t.start - 1] ?? ' ';
          const after = src[t.end] ?? ' ';
          if (!/[.&/'’-]/.test(before) && !/[.&/'’-]/.test(after)) add(at(t), `"${t.text}"`);
        } else if (t.lower === 'hey') {
          // "Hey," or "Hey!" opening a sentence.
          const prev = i > 0 ? src.slice(list[i - 1]!.end, t.start) : '\n';
          if (/[.!?\n]/.test(prev)) add(at(t), `"${t.text}"`);
        } else if (t.text !== t.lower && shouting(t, allowed, speller)) add(at(t), `"${t.text}" in capitals`);
      }
    };
    scanTokens(a.words, a.body, 'body');
    if (so) scanTokens(words(a.body, so.start, so.end), a.body, 'body');
    scanTokens(a.subjectWords, a.subject, 'subject');

    // Emojis, emoticons and exclamation marks.
    const bangs: TextRange[] = [];
    const runs: TextRange[] = [];
    for (const s of spans) {
      const text = a.body.slice(s.start, s.end);
      const emo: TextRange[] = [];
      if (!isAscii(text)) collect(EMOJI_RE, text, s.start, 'body', emo, (m) => !/[©®™]/.test(m));
      // Every emoticon holds a colon, a semicolon or "<3"; a text without one is not scanned.
      if (text.includes(':') || text.includes(';') || text.includes('<3')) collect(EMOTICON_RE, text, s.start, 'body', emo, undefined, (i) => i === 0 || !/[\w:/]/.test(text[i - 1]!));
      for (const r of emo) add(r, 'an emoji');
      if (text.includes('!')) {
        collect(/!/g, text, s.start, 'body', bangs);
        collect(/!{2,}/g, text, s.start, 'body', runs);
      }
    }
    const subjEmo: TextRange[] = [];
    if (!isAscii(a.subject)) collect(EMOJI_RE, a.subject, 0, 'subject', subjEmo, (m) => !/[©®™]/.test(m));
    for (const r of subjEmo) add(r, 'an emoji');
    collect(/!{2,}/g, a.subject, 0, 'subject', runs);
    if (runs.length) for (const r of runs) add(r, `"${r.field === 'body' ? a.body.slice(r.start, r.end) : a.subject.slice(r.start, r.end)}"`);
    else if (bangs.length > 2) for (const r of bangs) add(r, `${bangs.length >= MAX_RANGES ? 'many' : bangs.length} exclamation marks`);

    if (!problems.length) return pass();
    problems.sort((x, y) => (x.range.field === y.range.field ? x.range.start - y.range.start : x.range.field === 'subject' ? -1 : 1));
    const named = [...new Set(problems.map((p) => p.what))];
    const list = named.length <= 3 ? named.join(', ') : `${named.slice(0, 3).join(', ')} and ${named.length - 3} more`;
    const first = list;
    return fail(
      `${first[0]!.toUpperCase()}${first.slice(1)} ${named.length > 1 ? 'read' : 'reads'} as casual. Use plain professional wording and at most one exclamation mark.`,
      problems.map((p) => p.range),
    );
  },
};
