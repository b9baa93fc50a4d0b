import { bodyRange, contentStems, mentions, type Analysis } from '../analysis';
import { fail, fixed, pass, type Rule } from '../rule';
import { stem } from '../text/stem';
import { words, type Token } from '../text/tokens';

// The candidate's side of the sentence.
const SELF = new Set(['i', 'my', "i'd", "i'm", "i've", "i'll", 'me', 'mine']);
// The employer's side: their team, needs, goals... ("your", "you" and the company's name count too).
const THEIRS = new Set(['your', 'yours', "you're", "you've", "you'll", 'you']);
const THEIR_NOUNS = new Set([
  'team', 'teams', 'company', 'organization', 'organisation', 'department', 'group', 'customers', 'clients', 'users',
  'students', 'patients', 'members', 'readers', 'donors', 'role', 'position', 'job', 'opening', 'firm', 'business',
  'organisation', 'agency', 'school', 'hospital', 'practice', 'studio', 'lab', 'store', 'restaurant', 'kitchen',
]);
// Their needs, named without "your": "the requirements", "the challenges you described".
const NEED_NOUNS = new Set([
  'need', 'needs', 'requirement', 'requirements', 'goal', 'goals', 'challenge', 'challenges', 'priorities', 'objectives',
  'problem', 'problems', 'roadmap', 'mission', 'description', 'pain',
]);
// Verbs and adjectives that tie one side to the other.
const TIES = new Set([
  'bring', 'bringing', 'help', 'helping', 'helped', 'contribute', 'contributing', 'apply', 'applying', 'support', 'supporting',
  'solve', 'solving', 'tackle', 'tackling', 'address', 'addressing', 'benefit', 'add', 'adding', 'deliver', 'delivering',
  'strengthen', 'improve', 'improving', 'match', 'matches', 'matched', 'align', 'aligns', 'aligned', 'fit', 'fits',
  'suited', 'relevant', 'translate', 'translates', 'transfer', 'transfers', 'valuable', 'asset', 'useful', 'ready',
  'equipped', 'prepared', 'position', 'positioned', 'accelerate', 'grow', 'growing', 'scale', 'scaling', 'streamline',
  'reduce', 'cut', 'boost', 'increase', 'build', 'building', 'serve', 'serving', 'lead', 'leading', 'impact', 'value',
  'complement', 'complements', 'meet', 'meets', 'fill', 'parallel', 'parallels', 'mirror', 'mirrors', 'similar',
  'same', 'directly', 'hit', 'map', 'maps', 'mapped', 'relate', 'relates', 'related', 'applies', 'applicable', 'echo', 'echoes', 'contribution', 'contributions', 'difference', 'succeed', 'drive', 'driving', 'own', 'take', 'handle', 'handling', 'manage', 'managing',
]);
// Sentences that only offer more information or close the letter are not a value recap.
const CLOSING_RE = /\b(?:let me know|hear(?:ing)? (?:back )?from you|any (?:further |other |more )?questions|anything else|further information|references)\b/i;

interface Tie {
  start: number;
  end: number;
  words: Token[];
}

// One lookup per word: which side of the tie it belongs to.
const SELF_C = 1;
const THEIRS_C = 2;
const TIE_C = 3;
const CATEGORY = new Map<string, number>([
  ...[...TIES].map((w): [string, number] => [w, TIE_C]),
  ...[...THEIRS, ...NEED_NOUNS].map((w): [string, number] => [w, THEIRS_C]),
  ...[...SELF].map((w): [string, number] => [w, SELF_C]),
]);
const MAIL_PROVIDERS = new Set(['gmail', 'googlemail', 'outlook', 'hotmail', 'live', 'yahoo', 'icloud', 'aol', 'proton', 'protonmail', 'gmx', 'mail', 'example']);
const MODALS = new Set(['might', 'may', 'could', 'would', 'will', 'should', 'can']);

/**
 * Sentences where the candidate ties something of theirs to the employer: the candidate and
 * a tying word in the sentence, the employer's side in it or close by ("Your description of
 * the backlog was a puzzle. ... A few things from my time at Parcelpoint map onto it:").
 * One pass over the words, each handed to its sentence.
 */
function findTies(a: Analysis, companyWords: Set<string>): Tie[] {
  const n = a.sentences.length;
  const self = new Uint8Array(n);
  const theirs = new Uint8Array(n);
  const tie = new Uint8Array(n);
  const firstWord = new Int32Array(n).fill(-1);
  const lastWord = new Int32Array(n).fill(-1);
  const ws = a.words;
  let si = 0;
  for (let i = 0; i < ws.length; i++) {
    const t = ws[i]!;
    while (si < n && a.sentences[si]!.end <= t.start) si++;
    if (si >= n) break;
    if (t.start < a.sentences[si]!.start) continue;
    if (firstWord[si] === -1) firstWord[si] = i;
    lastWord[si] = i;
    const w = t.lower;
    const c = CATEGORY.get(w);
    if (c === SELF_C) self[si] = 1;
    else if (c === THEIRS_C) theirs[si] = 1;
    else if (c === TIE_C) tie[si] = 1;
    // "which might interest your team"
    if ((w === 'interest' || w === 'useful' || w === 'relevant') && i > 0 && MODALS.has(ws[i - 1]!.lower)) tie[si] = 1;
    if ((w === 'the' || w === 'our' || w === 'this') && i + 1 < ws.length && THEIR_NOUNS.has(ws[i + 1]!.lower)) theirs[si] = 1;
    if (companyWords.size && w.length > 2 && t.text !== w && companyWords.has(w.replace(/'s$/, ''))) theirs[si] = 1;
  }
  const out: Tie[] = [];
  for (let k = 0; k < n; k++) {
    // "I moved 900 staff onto a new payroll system. That experience would help your team ...":
    // the candidate may be named in the sentence before the tie.
    if (!tie[k] || !(self[k] || (k > 0 && self[k - 1]))) continue;
    let near = false;
    for (let j = Math.max(0, k - 2); j <= Math.min(n - 1, k + 1) && !near; j++) near = theirs[j] === 1;
    if (!near) continue;
    const count = lastWord[k]! - firstWord[k]! + 1;
    // "Let me know if I can help you with anything else" is an offer, not a recap.
    if (count < 25 && CLOSING_RE.test(a.sentences[k]!.text)) continue;
    out.push({ start: a.sentences[k]!.start, end: a.sentences[k]!.end, words: ws.slice(firstWord[k]!, Math.min(lastWord[k]! + 1, firstWord[k]! + 300)) });
    if (out.length >= 50) break;
  }
  return out;
}

function sentenceMentions(stems: Set<string>, phrase: string): boolean {
  const wanted = [...new Set(contentStems(phrase))];
  if (!wanted.length) return false;
  const found = wanted.filter((x) => stems.has(x)).length;
  return found >= (wanted.length <= 2 ? wanted.length : Math.ceil(wanted.length * 0.6));
}

export const valueRecap: Rule = {
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
    for (const r of [...draft.to, ...draft.cc]) {
      const domain = typeof r.address === 'string' ? r.address.slice(r.address.lastIndexOf('@') + 1).toLowerCase() : '';
      const label = domain.split('.').slice(-2, -1)[0] ?? '';
      if (label.length > 2 && !MAIL_PROVIDERS.has(label)) companyWords.add(label);
    }
    const ties = findTies(a, companyWords);
    const challenges = (ctx.interview?.challenges ?? []).filter((c) => typeof c === 'string' && c.trim());
    if (challenges.length === 0) {
      if (ties.length) return pass();
      return fail(
        'Nothing links your experience to what they need. Add a sentence on how one of your results would help with a problem they described.',
      );
    }
    // With notes: a tie in the same sentence as a saved challenge, or a tie anywhere once the
    // letter has named the challenge (often in the sentence before).
    for (const t of ties.slice(0, 50)) {
      const stems = new Set(t.words.map((x) => stem(x.lower)));
      for (const c of challenges) if (sentenceMentions(stems, c)) return pass(`You tie your experience to "${c}".`);
    }
    const named = challenges.find((c) => mentions(a, c));
    if (ties.length && named) return pass(`You tie your experience to their needs and mention "${named}".`);
    const example = `"${challenges[0]}"`;
    if (ties.length)
      return fail(`You link your experience to them, but not to a challenge from your notes. Say how you would help with ${example}.`, ties.slice(0, 1).map(bodyRange));
    return fail(`Nothing links your experience to what they need. Say how one of your results would help with ${example}.`);
  },
};
