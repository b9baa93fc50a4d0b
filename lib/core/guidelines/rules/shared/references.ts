/**
 * Concrete references to what was said or seen at the interview ("our conversation about the
 * data migration", "the seed library you started", "your advice on resting the fish"), and the
 * content words that make a phrase concrete. Used by specific-detail (is there one?) and by
 * value-recap (what did the employer describe, to tie the candidate's results to).
 */
import { stem, STOPWORDS } from '../../text/stem';
import { startsUpper, type Token } from '../../text/tokens';
import { domainNamesEmployer } from './mail-domain';

// Phrases after which people name what they discussed or saw. Each is a sequence of lower-cased
// words; the words that follow it (up to the end of the clause) must name something concrete.
const TRIGGERS: string[][] = [
  'conversation about',
  'conversation regarding',
  'discussion regarding',
  'conversation on',
  'conversation around',
  'discussion about',
  'discussion of',
  'discussion on',
  'discussion around',
  'talking about',
  'talked about',
  'talk about',
  'chat about',
  'chatting about',
  'spoke about',
  'speaking about',
  'discussing',
  'discussed',
  'learning about',
  'about how',
  'learned about',
  'learnt about',
  'learn about',
  'learning how',
  'learned how',
  'learning more about',
  'hearing about',
  'heard about',
  'hear about',
  'hearing how',
  'hearing more about',
  'hearing your',
  'seeing how',
  'insight into',
  'insights into',
  'insight on',
  'insights on',
  'perspective on',
  'thoughts on',
  'questions about',
  'question about',
  'you described',
  'you mentioned',
  'you explained',
  'you shared',
  'you noted',
  'you pointed out',
  'you outlined',
  'you showed',
  'you walked me through',
  'you raised',
  'you said',
  'you told me',
  'you asked about',
  'you asked me about',
  'your description of',
  'your explanation of',
  "your team's work on",
  'your work on',
  'work you are doing on',
  "work you're doing on",
  'your plans for',
  'your plans to',
  'your plan to',
  'your plan for',
  'your approach to',
  'how your team',
  'how you are',
  "how you're",
  'the way your team',
  'the way you',
  'especially enjoyed',
  'particularly enjoyed',
  'enjoyed hearing',
  'enjoyed learning',
  'enjoyed discussing',
  'fascinated by',
  'struck by',
  'intrigued by',
  'for sharing',
  'sharing your',
  'tour of',
  'showing me',
  'walking me through',
  'introducing me to',
  'demo of',
  'you about',
  'me about',
  'approach to',
  'seeing the',
  'seeing your',
  'visiting the',
  'part about',
  'especially the',
  'particularly the',
  'learning of',
  'news about',
  'news of',
  'meeting the',
  'details of',
  'details about',
  'details on',
  'your vision for',
  'the vision for',
  'your goals for',
  'the goals for',
  'your goal of',
  'your take on',
  'your story about',
  'the story about',
  'the story of',
  'your point about',
  'the point about',
  'your comment about',
  'your comments about',
  'your comment on',
  'your question about',
  'your emphasis on',
  'your focus on',
  // What the interviewer said, in its many frames: "your point that", "your frankness about", "your advice on".
  'your point that',
  'your comment that',
  'your remark that',
  'your remark about',
  'your advice on',
  'your advice about',
  'your tips on',
  'your frankness about',
  'your candor about',
  'your candour about',
  'your honesty about',
  'your openness about',
  'your honest description of',
  'your overview of',
  'your walkthrough of',
  'your example of',
  'your idea of',
  'your idea for',
  'your ideas for',
  // What was heard or seen: "interested to hear that", "watching you talk a nervous owner through".
  'to hear that',
  'to hear how',
  'to hear about',
  'to learn that',
  'to learn how',
  'hearing that',
  'heard that',
  'learning that',
  'learned that',
  'to see the',
  'to see how',
  'to see your',
  'seeing you',
  'watching you',
  'watching the',
  'watching how',
  'watching your',
  'thinking about',
  'think about',
  'thought about',
  'keep thinking about',
  // Being shown or let in: "for letting me shadow the morning clinic", "for having me in for the tasting".
  'for letting me',
  'for having me',
  'for showing me',
  'for walking me through',
  'for introducing me to',
  'for inviting me to',
  'for taking me through',
  'letting me shadow',
  'shadowing',
  'cooking',
  'baking',
  'helping with',
  'working alongside',
  'working beside',
  'cook alongside',
  'work alongside',
].map((t) => t.split(' '));
// The triggers by their first word: one lookup per word of the letter.
const TRIGGERS_BY_FIRST = new Map<string, string[][]>();
for (const t of TRIGGERS) TRIGGERS_BY_FIRST.set(t[0]!, [...(TRIGGERS_BY_FIRST.get(t[0]!) ?? []), t]);
// Then by their second word: the triggers that can start at a word followed by a given word, in
// the order above (one-word triggers with them); `single` for any other next word, or none.
interface BySecond {
  next: Map<string, string[][]>;
  single: string[][];
}
const TRIGGERS_BY_TWO = new Map<string, BySecond>();
for (const [first, list] of TRIGGERS_BY_FIRST) {
  const next = new Map<string, string[][]>();
  for (const t of list)
    if (t.length > 1 && !next.has(t[1]!))
      next.set(
        t[1]!,
        list.filter((u) => u.length === 1 || u[1] === t[1]),
      );
  TRIGGERS_BY_TWO.set(first, { next, single: list.filter((u) => u.length === 1) });
}
const NO_TRIGGERS: string[][] = [];
// Triggers whose object is usually the employer itself ("learning more about Parkview Dental"):
// a name alone after them is the company, not a topic.
const ABOUT_THE_EMPLOYER = new Set([
  'enjoyed learning',
  'enjoyed hearing',
  'especially enjoyed',
  'particularly enjoyed',
  'learning more about',
  'learning about',
  'learned about',
  'learn about',
  'hearing more about',
  'hearing about',
  'heard about',
  'hear about',
  'to learn about',
  'to hear about',
  'meeting the',
  'visiting the',
]);
// Triggers that can also follow what they name: "the seed library you started", "the gap you described".
const YOU_VERBS = new Set([
  'described',
  'mentioned',
  'explained',
  'shared',
  'noted',
  'outlined',
  'showed',
  'raised',
  'said',
  'started',
  'built',
  'launched',
  'created',
  'designed',
  'restored',
  'founded',
  'run',
  'runs',
  'ran',
  'lead',
  'led',
  'manage',
  'are',
  'were',
  'have',
  'had',
  'face',
  'faced',
  'plan',
  'planned',
  'want',
  'need',
  'hope',
  'expect',
  'introduced',
  'set',
  'told',
  'walked',
  'gave',
  'brought',
  'pointed',
]);

// Nouns that, with a content word before them, name a piece of work: "the billing migration".
const WORK_NOUNS = new Set([
  'project',
  'projects',
  'initiative',
  'migration',
  'launch',
  'rollout',
  'redesign',
  'platform',
  'program',
  'programme',
  'pilot',
  'overhaul',
  'rebuild',
  'expansion',
  'campaign',
  'roadmap',
  'integration',
  'audit',
  'study',
  'trial',
  'merger',
]);

// Words that name nothing specific on their own.
export const GENERIC = new Set(
  (
    'opportunity opportunities time meeting meet interview interviews interviewed interviewing process position positions role roles job jobs ' +
    'company companies organization organisation organizations firm business department group team teams work working culture ' +
    'mission values vision goals plans plan future growth approach things thing everything anything something lot bit ' +
    'more great good wonderful interesting exciting amazing fantastic nice pleasure day days week weeks month months year years yesterday today tonight tomorrow morning ' +
    'afternoon evening earlier recently new next steps step details detail insight insights information answer answers question ' +
    'questions experience experiences background skills skill candidacy application hiring responsibilities ' +
    'day-to-day way ways sense part kind sort people colleagues staff environment office place industry field ' +
    'facility facilities building campus premises site me us you it them well how what much many hear hearing learn learning learned see seeing enjoyed about ' +
    'chance potential possible possibility side also truly really especially particularly ' +
    'said mentioned described explained shared told asked noted join joining contribute contributing help helping ' +
    'bring bringing become becoming continue continuing forward touch back soon decision decisions decide decided deciding hiring process doing done ' +
    'making made going getting having does happening exciting excited incredible impressive inspiring fun ' +
    // The calendar and the hiring timeline: "you said you would decide by the end of last week".
    'end start beginning mid middle last first second third week weekend hoped hope hoping expected expect expecting update updates status timeline timeframe ' +
    'news within since ago almost nearly around already still again later ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december ' +
    // Workplaces named only by their kind: "learning more about the school".
    'school schools district hospital clinic practice store shop restaurant studio lab laboratory branch unit agency plant ' +
    'atmosphere friendly welcoming warm kind helpful professional everyone anyone someone person ' +
    // Number words: a count alone is not a topic.
    'one two three four five six seven eight nine ten eleven twelve dozen hundred thousand half ' +
    'myself yourself wanted want wants like liked love loved enjoy think thought feel felt know knew ' +
    'date dates deadline passed check found below above whole every several real gave came together stayed toward towards onto through under across ' +
    'priorities priority headed heading direction make get got take give go come let put keep find now then ever even honestly quickly long'
  ).split(/\s+/),
);

/** Whether the gap `body[from, to)` between two tokens ends the clause. */
export function breaks(body: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = body[i];
    if (c === '.' || c === '!' || c === '?' || c === ';' || c === ':' || c === '\n') return true;
  }
  return false;
}

const hasComma = (body: string, from: number, to: number): boolean => body.slice(from, to).includes(',');

// Nouns that close a job title: "the Senior Data Engineer position" names only the job.
const TITLE_HEADS = new Set(['position', 'role', 'job', 'opening', 'vacancy', 'post', 'opportunity', 'title', 'posting', 'candidacy', 'application']);
// Words of job titles, which say nothing about the conversation.
export const TITLE_WORDS = new Set(
  (
    'senior junior lead principal head chief associate assistant deputy staff manager director analyst engineer ' +
    'developer designer coordinator specialist consultant officer administrator representative executive ' +
    'supervisor intern trainee technician advisor adviser vp president'
  ).split(' '),
);

/** Whether a token is a template slot's word or a slot marker (`[Skill 1]`, `{insert ...}`, `%NAME%`, `____`). */
export function slotRanges(text: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\[[^\]\n]{0,80}\]|\{[^}\n]{0,80}\}|<[^>\n@]{0,60}>|%[A-Za-z_]{1,30}%|_{3,}/g;
  const slice = text.slice(from, Math.min(to, from + 200_000));
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) && out.length < 500) out.push({ start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

export const inSlot = (slots: { start: number; end: number }[], t: { start: number }): boolean => slots.some((s) => s.start <= t.start && t.start < s.end);

/**
 * The content words among `tokens`: not function words, not generic, not the job title before
 * its head noun ("the Marketing Manager position") nor the employer's name after it
 * ("position at Acme Foods"), not the employer's own name (`exclude`, stems too).
 */
export function contentWords(tokens: Token[], exclude: Set<string>): Token[] {
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (TITLE_HEADS.has(t.lower)) {
      for (let n = 0; n < 4 && kept.length && !STOPWORDS.has(kept[kept.length - 1]!.lower); n++) kept.pop();
      if (/^(?:at|with|for|in)$/.test(tokens[i + 1]?.lower ?? '')) {
        i++;
        while (i + 1 < tokens.length && startsUpper(tokens[i + 1]!.text)) i++;
      }
      continue;
    }
    kept.push(t);
  }
  const out: Token[] = [];
  for (const t of kept) {
    if (!contentShape(t.lower)) continue;
    const w = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
    if (exclude.size && (exclude.has(w) || exclude.has(stem(w)))) continue;
    out.push(t);
  }
  return out;
}

// Whether a lower-cased word can be a content word, the employer's words aside: it depends on the word alone, so it is remembered (bounded).
const shapeCache = new Map<string, boolean>();

function contentShape(lower: string): boolean {
  let hit = shapeCache.get(lower);
  if (hit === undefined) {
    hit = shapeOf(lower.endsWith("'s") ? lower.slice(0, -2) : lower);
    if (shapeCache.size > 50_000) shapeCache.clear();
    shapeCache.set(lower, hit);
  }
  return hit;
}

function shapeOf(w: string): boolean {
  if (STOPWORDS.has(w) || GENERIC.has(w) || TITLE_WORDS.has(w)) return false;
  // Digits are dates and counts ("by March 13", "two weeks"); what is counted carries the topic.
  if (hasDigit(w) && !/\p{L}{3}/u.test(w)) return false;
  if (w.includes("'")) return false;
  // "mid-March", "day-to-day": a compound of generic parts is generic.
  if (w.includes('-')) return w.split('-').some((p) => p.length > 2 && !STOPWORDS.has(p) && !GENERIC.has(p) && !hasDigit(p));
  return w.length > 2;
}

/** Whether a word holds a digit (a loop: cheaper than a regular expression per word). */
export function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

export interface Reference {
  start: number;
  end: number;
  /** The content words that make it concrete. */
  content: Token[];
}

const FIRST_PERSON_PAST = /^(?:i|we)$/;
const DETERMINERS = new Set(['the', 'that', 'those', 'this', 'these']);
// Words before "you" that are verbs, not the end of a noun phrase ("thank you", "let you know").
const NOT_A_NOUN = new Set([
  'thank',
  'thanks',
  'see',
  'meet',
  'met',
  'tell',
  'told',
  'showed',
  'show',
  'give',
  'gave',
  'help',
  'helped',
  'let',
  'want',
  'ask',
  'asked',
  'email',
  'call',
  'send',
  'sent',
  'assure',
  'remind',
  'update',
  'wish',
  'if',
  'when',
  'as',
  'because',
  'since',
  'what',
  'how',
]);
const MY = /^(?:my|our)$/;

/**
 * Concrete references to the conversation, without notes (`found`; only the first unless
 * `all`), and the phrases that start a reference but name nothing (`vague`: "learning more
 * about the role"), to underline. `slots` are template slots whose words do not count.
 */
export function concreteReferences(body: string, ws: Token[], exclude: Set<string>, opts: { all?: boolean; slots?: { start: number; end: number }[] } = {}) {
  const found: Reference[] = [];
  const vague: { start: number; end: number }[] = [];
  const slots = opts.slots ?? [];
  const usable = (toks: Token[]) => (slots.length ? toks.filter((t) => !inSlot(slots, t)) : toks);
  // A real letter has a handful of trigger phrases; past a few hundred, give up.
  let tried = 0;
  const enough = () => !opts.all && found.length > 0;
  for (let i = 0; i < ws.length && !enough() && tried < 500 && found.length < 100; i++) {
    if (slots.length && inSlot(slots, ws[i]!)) continue;
    const two = TRIGGERS_BY_TWO.get(ws[i]!.lower);
    const next = ws[i + 1];
    for (const t of two ? ((next && two.next.get(next.lower)) ?? two.single) : NO_TRIGGERS) {
      let ok = true;
      for (let k = 0; k < t.length; k++) {
        const w = ws[i + k];
        if (!w || w.lower !== t[k] || (k > 0 && breaks(body, ws[i + k - 1]!.end, w.start))) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      tried++;
      const last = ws[i + t.length - 1]!;
      // The rest of the clause, at most 12 words. "As we discussed, I have..." names nothing:
      // a trigger closed by a comma has no object.
      const after: Token[] = [];
      for (let j = i + t.length; j < ws.length && after.length < 12; j++) {
        if (breaks(body, ws[j - 1]!.end, ws[j]!.start)) break;
        if (j === i + t.length && hasComma(body, ws[j - 1]!.end, ws[j]!.start)) break;
        after.push(ws[j]!);
      }
      let content = contentWords(usable(after), exclude);
      // "learning more about Parkview Dental": a name alone is the employer.
      // So is a name in the possessive before a generic noun ("Brightpath's culture").
      if (content.length && content.every((c) => /^\p{Lu}/u.test(c.text)) && (ABOUT_THE_EMPLOYER.has(t.join(' ')) || content.every((c) => /['’]s$/.test(c.text)))) content = [];
      // "the seed library you started": for "you <verb>", what it names comes before.
      if (!content.length && t[0] === 'you') {
        const before: Token[] = [];
        for (let j = i - 1; j >= 0 && before.length < 5; j--) {
          if (breaks(body, ws[j]!.end, ws[j + 1]!.start)) break;
          before.unshift(ws[j]!);
        }
        content = contentWords(usable(before), exclude);
      }
      const end = after.length ? after[after.length - 1]!.end : last.end;
      if (content.length >= 1) {
        found.push({ start: ws[i]!.start, end, content });
        break;
      }
      // Quote "speak with me about ..." from its verb, not from "me".
      let from = i;
      if ((t[0] === 'me' || t[0] === 'you') && from > 0 && !breaks(body, ws[from - 1]!.end, ws[from]!.start)) {
        from--;
        if (/^(?:with|to)$/.test(ws[from]!.lower) && from > 0 && !breaks(body, ws[from - 1]!.end, ws[from]!.start)) from--;
      }
      if (vague.length < 3 && (!vague.length || vague[vague.length - 1]!.end <= ws[from]!.start)) vague.push({ start: ws[from]!.start, end });
    }
    const w = ws[i]!;
    // "the seed library you started", "the gap you face": a noun phrase, then "you" and a verb.
    if (w.lower === 'you' && i > 0 && YOU_VERBS.has(ws[i + 1]?.lower ?? '') && !breaks(body, ws[i - 1]!.end, w.start)) {
      const prev = ws[i - 1]!.lower;
      if (!STOPWORDS.has(prev) && !GENERIC.has(prev) && !NOT_A_NOUN.has(prev)) {
        const before: Token[] = [];
        let determiner = false;
        for (let j = i - 1; j >= 0 && before.length < 5; j--) {
          if (breaks(body, ws[j]!.end, ws[j + 1]!.start)) break;
          if (DETERMINERS.has(ws[j]!.lower)) {
            determiner = true;
            break;
          }
          before.unshift(ws[j]!);
        }
        const content = determiner ? contentWords(usable(before), exclude) : [];
        if (content.length) found.push({ start: before[0]!.start, end: ws[i + 1]!.end, content });
      }
    }
    if (WORK_NOUNS.has(w.lower)) {
      const before: Token[] = [];
      for (let j = i - 1; j >= 0 && before.length < 3; j--) {
        if (breaks(body, ws[j]!.end, ws[j + 1]!.start)) break;
        before.unshift(ws[j]!);
      }
      // "I launched our loyalty program", "my recipe app project": the candidate's own work, not theirs.
      const own = before.some((b) => MY.test(b.lower)) || candidateClause(body, ws, i);
      const content = contentWords(usable(before), exclude);
      if (content.length >= 1 && !own) found.push({ start: content[0]!.start, end: w.end, content });
    }
  }
  return { found, vague };
}

// Past-tense verbs of the candidate's own work: "I built", "we launched".
const OWN_VERB_RE = /^(?:\w+ed|built|led|ran|wrote|grew|made|set|cut|won|began|took|drew|taught|spent|held|rebuilt|undertook|oversaw|sold|brought|kept)$/;

/** Whether the word at `i` sits in a clause whose subject is the candidate doing past work ("I built five projects"). */
function candidateClause(body: string, ws: Token[], i: number): boolean {
  for (let j = i - 1; j >= 1 && j >= i - 8; j--) {
    if (breaks(body, ws[j]!.end, ws[j + 1]!.start)) return false;
    if (OWN_VERB_RE.test(ws[j]!.lower) && FIRST_PERSON_PAST.test(ws[j - 1]!.lower)) return true;
  }
  return false;
}

// Host labels that name no company: "mail" in priya@mail.lumenworks.com.
const HOST_LABELS = new Set(['mail']);

/**
 * Words that name only the job or the employer: the saved role and company, and the
 * recipients' mail domains ("lumenworks" from priya@lumenworks.com; never a personal provider's).
 */
export function roleStems(role: string | undefined, companyName: string | undefined, addresses: string[] = []): Set<string> {
  const out = new Set<string>();
  for (const s of `${role ?? ''} ${companyName ?? ''}`.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (s) out.add(stem(s));
  for (const address of addresses) {
    const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
    if (!domainNamesEmployer(domain)) continue;
    const labels = domain.split('.');
    for (const label of labels.slice(0, -1)) {
      if (label.length < 3 || HOST_LABELS.has(label)) continue;
      out.add(label);
      for (const part of label.split('-')) if (part.length >= 3) out.add(part);
    }
  }
  return out;
}
