import type { Interviewer } from '@/lib/core/notes/types';
import { bodyRange } from '../analysis';
import type { ResolvedContext } from '../context';
import { ALL_KINDS, fail, fixed, notApplicable, pass, type Rule } from '../rule';
import { STOPWORDS } from '../text/stem';
import { isAllCaps, words, type Token } from '../text/tokens';
import type { Recipient, Speller, TextRange } from '../types';
import { address, allRecipients, fold, isPerson, nameParts, nearMiss } from './shared/people';

interface Ref {
  text: string;
  kind: 'name' | 'title';
  owner: Interviewer;
  first: boolean;
}

interface Issue {
  range: TextRange;
  message: string;
}

// Words of a greeting that are not a name.
const GREETING_WORDS = new Set(
  (
    'dear hi hello hey hiya greetings good morning afternoon evening day to whom it may concern and or all ' +
    'team everyone everybody folks there sir sirs madam madame hiring manager managers committee recruiter recruiting ' +
    'recruitment talent acquisition mr mrs ms miss mx dr prof professor the of hallo hola bonjour liebe lieber sehr ' +
    'geehrte geehrter geehrtes estimado estimada estimados estimadas querido querida again once director doctor'
  ).split(' '),
);

const stripPossessive = (s: string) => s.replace(/['’]s$/i, '').replace(/['’]$/, '');

/** Whether the token is the first word of a sentence (so its capital says nothing about it being a name). */
function atSentenceStart(body: string, t: Token): boolean {
  let i = t.start - 1;
  while (i >= 0 && (body[i] === ' ' || body[i] === '\t')) i--;
  if (i < 0) return true;
  if (body[i] === '.') {
    // "Ms. Castellanos": the full stop of a title does not end a sentence.
    let k = i - 1;
    while (k >= 0 && /\p{L}/u.test(body[k]!)) k--;
    if (HONORIFICS.has(body.slice(k + 1, i).toLowerCase())) return false;
  }
  return /[\n\r.!?…:;"“(•*–—-]/.test(body[i]!);
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'sr', 'jr', 'st', 'rev', 'hon', 'capt', 'gen', 'sgt', 'col', 'lt']);

/** A capitalised word that is also an ordinary word ("Data", "Will"): at a sentence start it may be just that. */
function ordinaryWord(t: string, speller?: Speller): boolean {
  const lower = t.toLowerCase();
  if (STOPWORDS.has(lower)) return true;
  // Without a dictionary we cannot tell, and a false alarm on a good letter costs more than a miss.
  return speller ? speller.correct(lower) : true;
}

function describe(kind: 'accent' | 'spelling', written: string, saved: string, what: string): string {
  return kind === 'accent'
    ? `"${written}" is written "${saved}" in your notes (${what}); accents are part of the spelling. Write it as saved.`
    : `"${written}" looks like a slip for "${saved}" (${what}). Check the spelling against your notes.`;
}

export const nameAccuracy: Rule<'name-accuracy'> = {
  id: 'name-accuracy',
  kinds: ALL_KINDS,
  severity: fixed('error'),
  english: false,
  title: 'Get names right',
  why: 'A misspelled name or a greeting to the wrong person tells the reader the letter was written carelessly.',
  passMessage: 'Names and titles match your notes.',
  check({ draft, a, ctx, speller }) {
    const interviewers = ctx.interviewers;
    const recipients = allRecipients(draft);
    if (interviewers.length === 0) {
      return notApplicable('Save the interviewers’ names in your notes to check their spelling in the draft.');
    }

    const refs: Ref[] = [];
    for (const p of interviewers) {
      nameParts(p.name).forEach((text, i) => {
        if (text.length >= 2) refs.push({ text, kind: 'name', owner: p, first: i === 0 });
      });
      for (const text of nameParts(p.title)) {
        if (text.length >= 4 && !STOPWORDS.has(text.toLowerCase())) refs.push({ text, kind: 'title', owner: p, first: false });
      }
    }
    // Words known to be right as written: saved names and titles, the recipients' names,
    // the user's own name, the company's name.
    const known = new Set<string>(refs.map((r) => r.text));
    for (const r of recipients) for (const part of nameParts(r.name)) known.add(part);
    for (const part of nameParts(ctx.profile?.name)) known.add(part);
    for (const part of nameParts(draft.from?.name)) known.add(part);
    for (const part of nameParts(ctx.company?.name)) known.add(part);
    // Words of the saved role, the company's name and the notes are the user's own subject matter,
    // never a slip for a name: "Data Analyst" is not "Dana" misspelled.
    const plain = plainWords(ctx);

    const issues = new Map<number, Issue>();
    const g0 = a.segments.greeting;
    const so = a.segments.signOff;
    // Greeting, main text and closing line; names come early, so 20,000 words are plenty.
    const tokens = (g0 ? words(a.body, g0.start, a.main.start) : []).concat(
      a.words.length > 20_000 ? a.words.slice(0, 20_000) : a.words,
      so ? words(a.body, Math.max(a.main.end, so.start), so.end) : [],
    );
    const folded = refs.map((r) => fold(r.text));
    for (const t of tokens) {
      if (issues.size >= 20) break;
      if (!/^\p{Lu}/u.test(t.text)) continue;
      const text = stripPossessive(t.text);
      if (text.length < 2 || text.length > 40 || known.has(text) || /\d/.test(text) || isAllCaps(text)) continue;
      const f = fold(text);
      if (plain.has(f)) continue;
      let start: boolean | undefined;
      for (let k = 0; k < refs.length; k++) {
        const ref = refs[k]!;
        // Cheap filters first: a slip keeps the first letter and about the length.
        if (f[0] !== folded[k]![0] || Math.abs(f.length - folded[k]!.length) > 2) continue;
        // "Marks" beside "Mark": another word or a plural, rarely a slip.
        if (f === `${folded[k]}s`) continue;
        const kind = nearMiss(text, ref.text);
        if (!kind) continue;
        start ??= atSentenceStart(a.body, t);
        if (!kind) continue;
        if (kind === 'spelling') {
          if (ref.kind === 'title') {
            // Titles are ordinary words: only a word the dictionary rejects is a slip.
            if (!speller || speller.correct(text)) continue;
            const l = text.toLowerCase();
            const r = ref.text.toLowerCase();
            if (l === `${r}s` || l === `${r}es` || r === `${l}s`) continue;
          } else if (start && ordinaryWord(text, speller)) {
            // "Data" for "Dana" at a sentence start is a word, not a slip; "Mark" for "Marc" mid-sentence is.
            continue;
          }
        }
        const what = ref.kind === 'name' ? `${ref.owner.name}'s name` : `${ref.owner.name}'s title`;
        issues.set(t.start, { range: bodyRange({ start: t.start, end: t.start + text.length }), message: describe(kind, text, ref.text, what) });
        break;
      }
    }

    // The greeting must name someone who receives the message.
    const g = a.segments.greeting;
    if (g && recipients.length > 0) {
      const gTokens = words(a.body, g.start, g.end).filter(
        (t) => !GREETING_WORDS.has(t.lower) && /^\p{Lu}/u.test(t.text) && !isAllCaps(t.text) && !nameParts(ctx.company?.name).includes(t.text),
      );
      const accepted = acceptedNames(recipients, interviewers);
      const identified = recipients.every((r) => identifiedRecipient(r, interviewers));
      for (const t of gTokens) {
        if (issues.has(t.start)) continue;
        const text = stripPossessive(t.text);
        const verdict = judgeGreetingName(text, accepted);
        if (verdict === 'ok') continue;
        if (verdict) {
          issues.set(t.start, { range: bodyRange(t), message: verdict });
          continue;
        }
        const other = interviewers.find((p) => !recipients.some((r) => isPerson(r, p)) && nameParts(p.name).some((n) => fold(n) === fold(text)));
        const toWhom = recipients
          .map((r) => r.name || r.address)
          .filter(Boolean)
          .slice(0, 2)
          .join(' and ');
        if (other) {
          issues.set(t.start, {
            range: bodyRange(t),
            message: `The greeting addresses ${other.name}, but this goes to ${toWhom}. Change the greeting or the recipient.`,
          });
        } else if (identified && !possiblyNickname(text, accepted)) {
          issues.set(t.start, {
            range: bodyRange(t),
            message: `The greeting names "${text}", who is not among the recipients (${toWhom}). Check who this is for.`,
          });
        }
      }
    }

    if (issues.size === 0) return pass();
    const sorted = [...issues.values()].sort((x, y) => x.range.start - y.range.start);
    const extra = sorted.length > 1 ? ` ${sorted.length - 1} more name${sorted.length > 2 ? 's' : ''} also differ${sorted.length > 2 ? '' : 's'}.` : '';
    return fail(
      sorted[0]!.message + extra,
      sorted.map((i) => i.range),
    );
  },
};

/** Folded words of the role, the company's name, the free notes and the saved topics, challenges and news. */
function plainWords(ctx: ResolvedContext): Set<string> {
  const out = new Set<string>();
  const add = (x: unknown) => {
    if (typeof x !== 'string') return;
    for (const w of nameParts(x.slice(0, 5000))) out.add(fold(w));
  };
  const c = ctx.company;
  add(c?.role);
  add(c?.name);
  add(c?.notes);
  const iv = ctx.interview;
  if (iv) for (const list of [iv.topics, iv.challenges, iv.wishISaid, iv.ideas, iv.news]) for (const x of Array.isArray(list) ? list : []) add(x);
  // A saved name is never plain, even where the notes mention the person ("Dana's roadmap").
  for (const p of ctx.interviewers) for (const w of nameParts(p.name)) out.delete(fold(w));
  return out;
}

interface Accepted {
  /** Name words as saved or as shown in the recipient line (accents matter). */
  names: { text: string; first: boolean }[];
  /** Pieces of the addresses ("priya.raman@" -> priya, raman): accents cannot appear there. */
  pieces: Set<string>;
}

function acceptedNames(recipients: readonly Recipient[], interviewers: readonly Interviewer[]): Accepted {
  const names: Accepted['names'] = [];
  const pieces = new Set<string>();
  for (const r of recipients) {
    nameParts(r.name).forEach((text, i) => names.push({ text, first: i === 0 || /,/.test(r.name ?? '') }));
    for (const p of interviewers) if (isPerson(r, p)) nameParts(p.name).forEach((text, i) => names.push({ text, first: i === 0 }));
    const local = address(r).split('@')[0] ?? '';
    for (const piece of local.split(/[._+-]+/)) if (/^\p{L}{2,}$/u.test(piece)) pieces.add(fold(piece));
  }
  return { names, pieces };
}

// Common short forms that do not start like the full name.
// A Map, not an object literal: a greeting such as "Dear Constructor," must not find Object's own keys.
const NICKNAMES = new Map<string, string[]>(
  Object.entries({
    bob: ['robert'],
    bobby: ['robert'],
    rob: ['robert'],
    robbie: ['robert'],
    bert: ['robert', 'albert', 'herbert'],
    bill: ['william'],
    billy: ['william'],
    will: ['william'],
    liam: ['william'],
    liz: ['elizabeth'],
    lizzie: ['elizabeth'],
    beth: ['elizabeth', 'bethany'],
    betsy: ['elizabeth'],
    betty: ['elizabeth'],
    lisa: ['elizabeth'],
    eliza: ['elizabeth'],
    dick: ['richard'],
    rick: ['richard', 'frederick', 'eric'],
    ricky: ['richard'],
    rich: ['richard'],
    peggy: ['margaret'],
    maggie: ['margaret'],
    meg: ['margaret'],
    greta: ['margaret'],
    rita: ['margaret'],
    ted: ['edward', 'theodore'],
    ned: ['edward'],
    ed: ['edward', 'edwin', 'edmund'],
    eddie: ['edward'],
    hank: ['henry'],
    harry: ['henry', 'harold'],
    jack: ['john', 'jackson'],
    johnny: ['john'],
    molly: ['mary'],
    polly: ['mary'],
    sasha: ['alexander', 'alexandra'],
    sandy: ['alexandra', 'sandra'],
    alex: ['alexander', 'alexandra', 'alejandro'],
    chuck: ['charles'],
    chip: ['charles'],
    tony: ['anthony', 'antonio'],
    toni: ['antonia'],
    becky: ['rebecca'],
    patty: ['patricia'],
    trish: ['patricia'],
    tess: ['theresa', 'teresa'],
    terry: ['theresa', 'terence'],
    kate: ['katherine', 'catherine', 'kathryn'],
    kathy: ['catherine'],
    cathy: ['katherine'],
    jim: ['james'],
    jimmy: ['james'],
    jamie: ['james'],
    peg: ['margaret'],
    sally: ['sarah'],
    sadie: ['sarah'],
    nell: ['eleanor', 'helen'],
    nan: ['ann', 'anne'],
    nancy: ['ann', 'anne'],
    gus: ['augustus', 'august', 'angus'],
    kit: ['christopher', 'katherine'],
    topher: ['christopher'],
    xander: ['alexander'],
    lex: ['alexander'],
    zander: ['alexander'],
    drew: ['andrew'],
    andy: ['andrew'],
    dan: ['daniel'],
    ike: ['isaac'],
    zeke: ['ezekiel'],
    jake: ['jacob'],
    coby: ['jacob'],
    kuba: ['jakub'],
    pepe: ['jose'],
    paco: ['francisco'],
    pancho: ['francisco'],
  }),
);

/** Whether a greeting name could be a familiar form of a recipient's first name ("Mike" for Michael, "Bob" for Robert). */
function possiblyNickname(text: string, acc: Accepted): boolean {
  const f = fold(text);
  const firsts = [...acc.names.filter((n) => n.first).map((n) => fold(n.text)), ...acc.pieces];
  if (firsts.some((n) => n[0] === f[0])) return true;
  const full = NICKNAMES.get(f) ?? [];
  return firsts.some((n) => full.includes(n));
}

function identifiedRecipient(r: Recipient, interviewers: readonly Interviewer[]): boolean {
  if (r.name && nameParts(r.name).length > 0) return true;
  if (interviewers.some((p) => isPerson(r, p))) return true;
  const local = address(r).split('@')[0] ?? '';
  return local.split(/[._-]+/).filter((x) => /^\p{L}{2,}$/u.test(x)).length >= 2;
}

/** 'ok', a message about a slip, or null when the name matches no recipient at all. */
function judgeGreetingName(text: string, acc: Accepted): 'ok' | string | null {
  const lower = text.toLowerCase();
  if (acc.names.some((n) => n.text.toLowerCase() === lower)) return 'ok';
  const accent = acc.names.find((n) => fold(n.text) === fold(text));
  if (accent) return describe('accent', text, accent.text, 'the recipient');
  if (acc.pieces.has(fold(text))) return 'ok';
  // A short form of a first name: "Tom" for "Tomás", "Chris" for "Christopher".
  if (text.length >= 3 && acc.names.some((n) => n.first && fold(n.text).startsWith(fold(text)))) return 'ok';
  if (text.length >= 3 && [...acc.pieces].some((p) => p.startsWith(fold(text)))) return 'ok';
  for (const n of acc.names) {
    const kind = nearMiss(text, n.text);
    if (kind) return describe(kind, text, n.text, 'the recipient');
  }
  for (const p of acc.pieces) {
    if (nearMiss(fold(text), p) === 'spelling') return `"${text}" does not match the recipient's address (${p}). Check the spelling.`;
  }
  return null;
}
