import { bodyRange, contentStems, mentions, type Analysis } from '../analysis';
import { fail, fixed, pass, type Rule } from '../rule';
import { stem } from '../text/stem';
import { startsUpper, words, type Token } from '../text/tokens';
import { domainNamesEmployer } from './shared/mail-domain';
import { concreteReferences, contentWords, GENERIC, hasDigit, inSlot, roleStems, slotRanges, type Reference } from './shared/references';

/*
 * A value recap needs three things: something concrete the candidate did or knows (a result, a
 * project, a named tool, years at a named place), a need or situation the employer described
 * (a challenge, a plan, a problem, a backlog), and a link between the two. "My skills align
 * with your goals" has none of them; a list of results with "I can do the same for you" has no
 * need of theirs; "you mentioned the backlog" with a list of skills has no link.
 */

// The candidate as subject or owner.
const SELF = new Set(['i', 'my', "i'd", "i'm", "i've", "i'll", 'me', 'we', 'our', 'myself']);
const SELF_SINGULAR = new Set(['i', 'my', "i'd", "i'm", "i've", "i'll", 'me', 'myself']);
// The employer's side.
const THEIRS = new Set(['your', 'yours', "you're", "you've", "you'll", 'you', 'their', 'they', "they're", 'its']);
// Words that name a need or a situation of theirs.
const NEED_WORDS = new Set([
  'challenge',
  'challenges',
  'challenging',
  'problem',
  'problems',
  'issue',
  'issues',
  'gap',
  'gaps',
  'backlog',
  'bottleneck',
  'bottlenecks',
  'trouble',
  'pressure',
  'worry',
  'worries',
  'worried',
  'concern',
  'concerns',
  'struggle',
  'struggles',
  'struggling',
  'delay',
  'delays',
  'shortage',
  'short',
  'pain',
  'risk',
  'risks',
  'difficulty',
  'difficult',
  'hardest',
  'goal',
  'goals',
  'plan',
  'plans',
  'planning',
  'priority',
  'priorities',
  'facing',
  'face',
  'migration',
  'transition',
  'rollout',
  'expansion',
  'expanding',
  'growing',
  'behind',
  'spike',
  'spikes',
  'slow',
  'thin',
  'stretched',
  'fix',
  'improve',
  'reduce',
  'hoping',
  'looking',
  'aim',
  'aims',
  'target',
  'targets',
  'bring',
  'outgrown',
  'rebuild',
  'rebuilding',
  'redesign',
  'moving',
  'move',
  'preparing',
  'prepare',
  'rethinking',
  'launch',
  'launching',
  'merge',
  'merging',
  'keep',
  'falls',
  'lacks',
  'missing',
]);
// Tying words: the candidate's side brought to theirs.
const TIES = new Set([
  'bring',
  'bringing',
  'help',
  'helping',
  'contribute',
  'contributing',
  'apply',
  'applying',
  'support',
  'supporting',
  'solve',
  'solving',
  'tackle',
  'tackling',
  'address',
  'addressing',
  'benefit',
  'deliver',
  'strengthen',
  'improve',
  'match',
  'matches',
  'align',
  'aligns',
  'fit',
  'fits',
  'suited',
  'relevant',
  'translate',
  'translates',
  'transfer',
  'transfers',
  'valuable',
  'useful',
  'ready',
  'equipped',
  'prepared',
  'positioned',
  'parallel',
  'parallels',
  'mirror',
  'mirrors',
  'similar',
  'same',
  'directly',
  'map',
  'maps',
  'relate',
  'relates',
  'applies',
  'applicable',
  'echo',
  'echoes',
  'matters',
  'carry',
  'try',
  'run',
  'build',
  'do',
  'lead',
  'leading',
  'take',
  'cover',
  'handle',
  'use',
  'put',
  'offer',
  'familiar',
  'close',
  'like',
  'kind',
  'shows',
  'show',
  'demonstrates',
  'proves',
  'illustrates',
]);
// Pointers back to something named before: "that backlog", "the same problem", "something like that".
const ANAPHORA = new Set(['that', 'this', 'those', 'these', 'same', 'similar', 'such', 'it', 'there', 'likewise']);
// What changed because of the candidate: the mark of a result.
const RESULT_WORDS = new Set([
  'cut',
  'cuts',
  'reduced',
  'reducing',
  'dropped',
  'fell',
  'rose',
  'grew',
  'increased',
  'improved',
  'doubled',
  'tripled',
  'halved',
  'saved',
  'shortened',
  'released',
  'removed',
  'eliminated',
  'raised',
  'boosted',
  'lowered',
  'jumped',
  'climbed',
  'won',
  'beat',
  'percent',
  'faster',
  'fewer',
  'lower',
  'higher',
]);
// Past-tense verbs of the candidate's own work ("I led", "we moved"); regular ones end in -ed.
const IRREGULAR_PAST = new Set([
  'led',
  'built',
  'ran',
  'wrote',
  'grew',
  'made',
  'set',
  'cut',
  'won',
  'began',
  'took',
  'drew',
  'taught',
  'spent',
  'held',
  'rebuilt',
  'oversaw',
  'sold',
  'brought',
  'kept',
  'hold',
  'run',
  'own',
]);
// -ed words that are feelings or states, not work done.
const NOT_WORK = new Set([
  'interested',
  'excited',
  'pleased',
  'honored',
  'honoured',
  'impressed',
  'delighted',
  'thrilled',
  'inspired',
  'engaged',
  'used',
  'needed',
  'wanted',
  'hoped',
  'enjoyed',
  'learned',
  'appreciated',
  'supposed',
  'tired',
  'concerned',
  'worried',
  'convinced',
  'qualified',
  'based',
  'located',
  'attached',
  'surprised',
  'struck',
  'amazed',
  'encouraged',
  'energized',
  'energised',
  'prepared',
  'equipped',
  'positioned',
  'suited',
  'committed',
  'focused',
  'loved',
  'liked',
  'admired',
  'valued',
  'noticed',
  'realized',
  'realised',
  'considered',
  'wished',
  'believed',
  'imagined',
  'pictured',
  'remembered',
  'stayed',
  'seemed',
  'appeared',
  'looked',
  'watched',
  'listened',
  'visited',
  'toured',
  'joined',
  'shadowed',
  'mentioned',
  'discussed',
  'talked',
  'noted',
  'described',
  'followed',
  'emailed',
  'checked',
  'wondered',
  'decided',
  'applied',
  'interviewed',
  'reached',
]);
const NUMBER_WORDS = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'dozen',
  'dozens',
  'half',
  'third',
  'quarter',
  'million',
  'percent',
]);
// "In my current role", "at my last company", "during my internship", "as a former teacher".
const PLACE_RE =
  /\b(?:(?:in|at|on|during|from) my (?:current|previous|last|former|prior|old|first|present)\b|during my (?:internship|residency|placement|apprenticeship|fellowship|time)|as a (?:former|current)\b|my (?:dissertation|thesis|capstone|internship)|i (?:hold|have|earned|passed|completed|finished) (?:my|an?|the)\b[^.!?]{0,40}\b(?:licen[cs]e|certification|certificate|degree|exam|course|qualification)|(?:certified|qualified|licensed) (?:in|on|for|as))/i;
const FROM_TO_RE = /\bfrom (?:about |around |roughly |nearly |over |under )?[$£€]?\d[\d,.]{0,12}\S{0,6} (?:\p{L}+ ){0,3}to (?:about |around |roughly |nearly |over |under |just )?[$£€]?\d/u;
// Years of a practice: "for the past three years", "four years of anesthesia monitoring experience".
const YEARS_RE =
  /\b(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\+? years?\b|\bfor (?:the past |the last |over |nearly |almost )?(?:a|one|two|several) (?:years?|decades?)\b/i;
// Every YEARS_RE match holds one of these: a cheap check first.
const YEAR_WORD_RE = /year|decade/i;
// A named tool, system or employer counts with a word of experience: "my experience with Salesforce".
const EXPERIENCE_RE = /\b(?:experience|worked|work with|used|using|ran|run|built|led|managed|trained|certified|licen[cs]ed|qualified|background)\b/i;
// Possessive pointers to the employer.
const POSSESSIVE = new Set(['your', 'their', 'its', "team's", "company's", "unit's", "clinic's", "firm's", "school's"]);
// Generic traits that are no evidence on their own.
const TRAIT_WORDS = new Set([
  'hard',
  'worker',
  'fast',
  'quick',
  'learner',
  'communicator',
  'communication',
  'organizational',
  'organisational',
  'organized',
  'organised',
  'attention',
  'detail',
  'detail-oriented',
  'team',
  'player',
  'motivated',
  'passionate',
  'passion',
  'dedicated',
  'reliable',
  'strong',
  'analytical',
  'interpersonal',
  'leadership',
  'ethic',
  'punctual',
  'flexible',
  'adaptable',
  'proficiency',
  'proficient',
  'track',
  'record',
  'self-starter',
  'skills',
  'skill',
  'abilities',
  'ability',
  'talent',
  'talents',
  'strengths',
]);

interface SentenceFacts {
  start: number;
  end: number;
  tokens: Token[];
  /** Content stems (shortened to six letters, so that "consolidating" meets "consolidation"). */
  keys: Set<string>;
  /** Keys of the lower-case content words: proper names alone (the company) do not link. */
  plainKeys: Set<string>;
  self: boolean;
  evidence: boolean;
  result: boolean;
  need: boolean;
  tie: boolean;
  anaphora: boolean;
  /** Content words after a pointer to the employer ("your discharge huddles", "help Summit build a protocol"). */
  theirsContent: boolean;
}

const dropS = (w: string): string => (w.endsWith("'s") ? w.slice(0, -2) : w);

const key = (w: string): string => {
  const s = stem(dropS(w));
  return s.length >= 6 ? s.slice(0, 6) : s;
};

// "I would", "I'd love to", "I could": an offer looking forward.
const FORWARD_RE = /\b(?:i|we) (?:\w+ )?(?:would|could|can|will|might)\b|\b(?:i'd|i'll|we'd)\b|\b(?:glad|happy|love|like|eager|excited|keen|welcome the chance|ready) to\b/i;
const UPPER_LOWER_RE = /^\p{Lu}\p{Ll}/u;

/** `/^\p{Lu}\p{Ll}/u.test(text)`, without the regular expression when the first two characters are ASCII. */
function upperThenLower(text: string): boolean {
  const c = text.charCodeAt(0);
  const d = text.charCodeAt(1);
  if (c < 128 && d < 128) return c >= 65 && c <= 90 && d >= 97 && d <= 122;
  return UPPER_LOWER_RE.test(text);
}

/** Content keys of tokens, hyphenated words split into their parts. */
function keysOf(tokens: Token[], exclude: Set<string>): { keys: Set<string>; plain: Set<string> } {
  const keys = new Set<string>();
  const plain = new Set<string>();
  for (const t of contentWords(tokens, exclude)) {
    const lower = !upperThenLower(t.text);
    for (const k of wordKeys(t.lower)) {
      keys.add(k);
      if (lower) plain.add(k);
    }
  }
  return { keys, plain };
}

// The keys of one lower-cased word depend on the word alone: remember them (bounded).
const wordKeysCache = new Map<string, string[]>();

/** The keys of a lower-cased word's hyphen-separated parts, generic and short parts left out. */
function wordKeys(lower: string): string[] {
  let hit = wordKeysCache.get(lower);
  if (hit === undefined) {
    hit = [];
    for (const part of lower.includes('-') ? lower.split('-') : [lower]) {
      if (part.length < 3 || GENERIC.has(part) || TIES.has(part) || TRAIT_WORDS.has(part) || hasDigit(part)) continue;
      hit.push(key(part));
    }
    if (wordKeysCache.size > 50_000) wordKeysCache.clear();
    wordKeysCache.set(lower, hit);
  }
  return hit;
}

// What each lower-cased word is to `facts`, as bits: one lookup per token instead of one per word list.
const F_SELF = 1;
const F_SINGULAR = 2;
const F_NEED = 4;
const F_TIE = 8;
const F_ANAPHORA = 16;
const F_RESULT = 32;
const F_NUMBER = 64;
const F_POSSESSIVE = 128;
const F_APOS_S = 256;
// Words after which a past verb is the candidate's own work ("I led", "we moved", "have led").
const F_BEFORE_WORK = 512;
// A past verb of work done: a regular -ed verb that is not a feeling or state, or an irregular one.
const F_WORK = 1024;
const flagCache = new Map<string, number>();

function flagsOf(w: string): number {
  let f = flagCache.get(w);
  if (f === undefined) {
    f = 0;
    if (SELF.has(w)) f |= F_SELF;
    if (SELF_SINGULAR.has(w)) f |= F_SINGULAR;
    if (NEED_WORDS.has(w)) f |= F_NEED;
    if (TIES.has(w)) f |= F_TIE;
    if (ANAPHORA.has(w)) f |= F_ANAPHORA;
    if (RESULT_WORDS.has(w)) f |= F_RESULT;
    if (NUMBER_WORDS.has(w) || hasDigit(w)) f |= F_NUMBER;
    if (POSSESSIVE.has(w)) f |= F_POSSESSIVE;
    if (w.endsWith("'s")) f |= F_APOS_S;
    if (SELF_SINGULAR.has(w) || w === 'we' || w === 'also' || w === 'have' || w === 'personally') f |= F_BEFORE_WORK;
    if ((w.endsWith('ed') && w.length > 4 && !NOT_WORK.has(w)) || IRREGULAR_PAST.has(w)) f |= F_WORK;
    if (flagCache.size > 50_000) flagCache.clear();
    flagCache.set(w, f);
  }
  return f;
}

function facts(a: Analysis, exclude: Set<string>, companyWords: Set<string>, slots: { start: number; end: number }[]): SentenceFacts[] {
  const out: SentenceFacts[] = [];
  let wi = 0;
  const ws = a.words;
  for (const s of a.sentences.slice(0, 400)) {
    while (wi < ws.length && ws[wi]!.start < s.start) wi++;
    const tokens: Token[] = [];
    for (let j = wi; j < ws.length && ws[j]!.start < s.end && tokens.length < 300; j++) if (!slots.length || !inSlot(slots, ws[j]!)) tokens.push(ws[j]!);
    const { keys, plain } = keysOf(tokens, exclude);
    let self = false;
    let singular = false;
    let work = false;
    let result = false;
    let number = false;
    let need = false;
    let tie = false;
    let anaphora = false;
    let possessiveAt = -1;
    let properNoun = false;
    let prev = 0;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      const w = t.lower;
      const fl = flagsOf(w);
      if (fl & F_SELF) self = true;
      if (fl & F_SINGULAR) singular = true;
      if (fl & F_NEED) need = true;
      if (fl & F_TIE) tie = true;
      if (fl & F_ANAPHORA) anaphora = true;
      if (fl & F_RESULT) result = true;
      if (fl & F_NUMBER) number = true;
      if (possessiveAt < 0 && (fl & F_POSSESSIVE || (fl & F_APOS_S && companyWords.has(w.slice(0, -2))))) possessiveAt = k;
      // "I led", "we moved", "I have led", "I've been run-up qualified": the candidate's own work.
      if (k > 0 && prev & F_BEFORE_WORK && fl & F_WORK) work = true;
      // A capitalised name inside the sentence: a former employer, a tool, a system.
      if (!properNoun && k > 0 && startsUpper(t.text) && !(fl & F_SELF) && !companyWords.has(dropS(w))) properNoun = true;
      prev = fl;
    }
    // "%", or a change from one figure to another ("from 2,000 to 40,000 readers").
    if (s.text.includes('%') || (s.text.includes('from ') && FROM_TO_RE.test(s.text))) {
      result = true;
      number = true;
    }
    // Evidence: work done, a place of work, years of a named practice, a result; not a bare count
    // ("I have two kids", "every five minutes") nor traits ("a hard worker").
    const evidence =
      self &&
      (work ||
        (number && result) ||
        PLACE_RE.test(s.text) ||
        (singular && YEAR_WORD_RE.test(s.text) && YEARS_RE.test(s.text)) ||
        (properNoun && singular && keys.size > 0 && EXPERIENCE_RE.test(s.text)));
    // Something of theirs named with concrete words: "your discharge huddles", "the SKU data".
    let theirsContent = false;
    if (possessiveAt >= 0) theirsContent = keysOf(tokens.slice(possessiveAt + 1, possessiveAt + 4), exclude).keys.size > 0;
    // "I would", "I'd love to", "I could": a forward offer is a tie when it names something of theirs.
    const forward = FORWARD_RE.test(s.text.includes('’') ? s.text.replace(/’/g, "'") : s.text);
    out.push({ start: s.start, end: s.end, tokens, keys, plainKeys: plain, self, evidence, result: result && number, need, tie: tie || forward, anaphora, theirsContent });
  }
  // A result stated right after the candidate's work belongs to it ("Average dwell fell from 3.6 to 2.1 hours").
  for (let i = 1; i < out.length; i++) if (!out[i]!.self && out[i]!.result && out[i - 1]!.evidence) out[i]!.evidence = true;
  return out;
}

/** The sentences where the employer described a need or a situation with concrete words. */
function needSentences(f: SentenceFacts[], refs: Reference[]): boolean[] {
  return f.map((s) => {
    if (s.keys.size === 0) return false;
    // The candidate's own past is not their need.
    if (s.evidence && !s.need) return false;
    if (refs.some((r) => r.start < s.end && r.end > s.start)) return true;
    // "You told me your biggest worry was the Memphis hub": a need word with concrete words, about them.
    // ("your biggest worry", "the team is short on techs", "where the protocol falls short").
    return s.tokens.some((t, k) => NEED_WORDS.has(t.lower) && pointsToThem(s.tokens, k));
  });
}

/** Whether one of the five words before `k` points to the employer ("your", "they", "the team"), "thank you" aside. */
function pointsToThem(tokens: Token[], k: number): boolean {
  for (let j = Math.max(0, k - 5); j < k; j++) {
    const w = tokens[j]!.lower;
    if (w === 'you' && tokens[j - 1]?.lower === 'thank') continue;
    if (THEIRS.has(w) || w === 'team' || w === 'the') return true;
  }
  return false;
}

const overlaps = (x: Set<string>, y: Set<string>): boolean => {
  for (const k of x) if (y.has(k)) return true;
  return false;
};

/** Whether the letter ties concrete evidence of the candidate to a need the employer described; the sentence that does it. */
export function findRecap(a: Analysis, exclude: Set<string>, companyWords: Set<string>): { tie?: { start: number; end: number }; generic?: { start: number; end: number } } {
  const slots = slotRanges(a.body, a.main.start, a.main.end);
  const f = facts(a, exclude, companyWords, slots);
  const isNeed = needSentences(f, concreteReferences(a.body, a.words, exclude, { all: true, slots }).found);
  const needKeys = f.map((s, i) => (isNeed[i] ? s.keys : new Set<string>()));
  const linksToNeed = (i: number, plain: boolean): boolean => {
    const mine = plain ? f[i]!.plainKeys : f[i]!.keys;
    for (let j = 0; j < f.length; j++) if (j !== i && isNeed[j] && overlaps(mine, needKeys[j]!)) return true;
    return false;
  };
  const needBefore = (i: number, span: number): boolean => {
    for (let j = Math.max(0, i - span); j < i; j++) if (isNeed[j]) return true;
    return false;
  };
  const anyNeed = isNeed.some(Boolean);
  const evidenceNear = (i: number): boolean => {
    for (let j = Math.max(0, i - 3); j <= Math.min(f.length - 1, i + 1); j++) if (f[j]!.evidence) return true;
    return false;
  };
  let generic: { start: number; end: number } | undefined;
  for (let i = 0; i < f.length; i++) {
    const s = f[i]!;
    // A tie: the candidate (here or in the sentence before) offering something to them.
    if (s.tie && (s.self || (i > 0 && f[i - 1]!.self))) {
      const named = (isNeed[i] && (s.theirsContent || s.need || s.anaphora)) || linksToNeed(i, true) || (s.anaphora && needBefore(i, 4)) || (anyNeed && s.theirsContent);
      if (named && evidenceNear(i)) return { tie: s };
      if (!generic && s.self) generic = s;
    }
    // Set side by side: a result of the candidate's on the very thing they described
    // ("Our discussion about X stayed with me. ... acceptance of X services rose from 30% to half").
    const alike = s.tokens.some((t) => t.lower === 'similar' || t.lower === 'same');
    if (s.evidence && ((s.result && linksToNeed(i, true)) || (alike && (linksToNeed(i, false) || needBefore(i, 3))))) {
      return { tie: s };
    }
  }
  return { generic };
}

function sentenceMentions(stems: Set<string>, phrase: string): boolean {
  const wanted = [...new Set(contentStems(phrase))];
  if (!wanted.length) return false;
  const found = wanted.filter((x) => stems.has(x)).length;
  return found >= (wanted.length <= 2 ? wanted.length : Math.ceil(wanted.length * 0.6));
}

export const valueRecap: Rule<'value-recap'> = {
  id: 'value-recap',
  kinds: ['thank-you', 'follow-up', 'second-follow-up'],
  severity: fixed('warning'),
  english: true,
  title: 'Tie your strengths to their needs',
  why: 'Linking what you have done to a problem they face shows your value better than a list of skills.',
  passMessage: 'You connect what you offer to what they need.',
  check({ a, ctx, draft }) {
    // The company's name, capitalised in the text, stands for the employer ("help Lumenworks grow").
    const companyWords = new Set<string>();
    for (const w of words(ctx.company?.name ?? '')) if (w.lower.length > 2) companyWords.add(w.lower);
    // Without notes, the recipients' mail domain often is the company's name.
    const addresses: string[] = [];
    for (const r of [...draft.to, ...draft.cc]) {
      if (typeof r.address !== 'string') continue;
      addresses.push(r.address);
      const domain = r.address.slice(r.address.lastIndexOf('@') + 1).toLowerCase();
      const label = domain.split('.').slice(-2, -1)[0] ?? '';
      if (label.length > 2 && domainNamesEmployer(domain)) companyWords.add(label);
    }
    const exclude = roleStems(ctx.company?.role, ctx.company?.name, addresses);
    const challenges = (ctx.interview?.challenges ?? []).filter((c) => typeof c === 'string' && c.trim());
    if (challenges.length === 0) {
      const found = findRecap(a, exclude, companyWords);
      if (found.tie) return pass();
      return fail(
        'Nothing links a concrete result of yours to a need they described. Name one thing you did and the problem of theirs it answers.',
        found.generic ? [bodyRange(found.generic)] : [],
      );
    }
    // With notes: a sentence near the candidate's evidence that names a saved challenge, or a
    // recap whose need is one of the saved challenges.
    const f = facts(a, exclude, companyWords, slotRanges(a.body, a.main.start, a.main.end));
    for (let i = 0; i < f.length; i++) {
      const s = f[i]!;
      if (!(s.tie || s.evidence)) continue;
      let near = false;
      for (let j = Math.max(0, i - 3); j <= Math.min(f.length - 1, i + 1) && !near; j++) near = f[j]!.evidence;
      if (!near) continue;
      const stems = new Set(s.tokens.map((x) => stem(x.lower)));
      for (const c of challenges) if (sentenceMentions(stems, c)) return pass(`You tie your experience to "${c}".`);
    }
    const example = `"${challenges[0]}"`;
    const found = findRecap(a, exclude, companyWords);
    // A recap that stands on its own, in a letter that names a saved challenge (often just before).
    const named = found.tie ? challenges.find((c) => mentions(a, c)) : undefined;
    if (named) return pass(`You tie your experience to their needs and mention "${named}".`);
    const at = found.tie ?? found.generic;
    if (at) return fail(`You link your experience to them, but not to a challenge from your notes. Say how you would help with ${example}.`, [bodyRange(at)]);
    return fail(`Nothing links a concrete result of yours to what they need. Say how one of your results would help with ${example}.`);
  },
};
