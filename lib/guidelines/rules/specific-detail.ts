import { bodyRange, mentions } from '../analysis';
import { fail, pass, type Rule } from '../rule';
import { stem, STOPWORDS } from '../text/stem';
import type { Token } from '../text/tokens';
import type { Kind } from '../types';

// Phrases after which people name what they discussed: "our conversation about ...",
// "when you described ...", "learning about ...". Each is a sequence of lower-cased words;
// the words that follow it (up to the end of the sentence) must name something concrete.
const TRIGGERS: string[][] = [
  'conversation about', 'conversation regarding', 'discussion regarding', 'conversation on', 'conversation around', 'discussion about', 'discussion of', 'discussion on',
  'discussion around', 'talking about', 'talked about', 'talk about', 'chat about', 'chatting about', 'spoke about',
  'speaking about', 'discussing', 'discussed', 'learning about', 'learned about', 'learnt about', 'learn about',
  'learning how', 'learned how', 'learning more about', 'hearing about', 'heard about', 'hear about', 'hearing how',
  'hearing more about', 'hearing your', 'seeing how', 'insight into', 'insights into', 'insight on', 'insights on',
  'perspective on', 'thoughts on', 'questions about', 'question about', 'you described', 'you mentioned', 'you explained',
  'you shared', 'you noted', 'you pointed out', 'you outlined', 'you showed', 'you walked me through', 'you raised',
  'you said', 'you told me about', 'you asked about', 'you asked me about', 'your description of', 'your explanation of',
  'your team\'s work on', 'your work on', 'work you are doing on', 'work you\'re doing on', 'your plans for', 'your plans to',
  'your approach to', 'how your team', 'how you are', 'how you\'re', 'the way your team', 'the way you',
  'especially enjoyed', 'particularly enjoyed', 'enjoyed hearing', 'enjoyed learning', 'enjoyed discussing',
  'fascinated by', 'struck by', 'intrigued by', 'for sharing', 'sharing your', 'tour of', 'showing me', 'walking me through',
  'introducing me to', 'demo of', 'you about', 'me about', 'approach to', 'seeing the', 'seeing your', 'visiting the',
  'part about', 'especially the', 'particularly the', 'learning of', 'news about', 'news of', 'meeting the', 'details of',
  'details about', 'details on', 'your vision for', 'the vision for', 'your goals for', 'the goals for', 'your take on', 'your story about', 'the story about', 'your point about', 'the point about',
  'your comment about', 'your comments about', 'your comment on', 'your question about', 'your emphasis on', 'your focus on',
].map((t) => t.split(' '));
// The triggers by their first word: one lookup per word of the letter.
const TRIGGERS_BY_FIRST = new Map<string, string[][]>();
for (const t of TRIGGERS) TRIGGERS_BY_FIRST.set(t[0]!, [...(TRIGGERS_BY_FIRST.get(t[0]!) ?? []), t]);

// Nouns that, with a content word before them, name a piece of work: "the billing migration".
const WORK_NOUNS = new Set([
  'project', 'projects', 'initiative', 'migration', 'launch', 'rollout', 'redesign', 'platform', 'program', 'programme',
  'pilot', 'overhaul', 'rebuild', 'expansion', 'campaign', 'roadmap', 'integration', 'audit', 'study', 'trial', 'merger',
]);

// Words that name nothing specific on their own.
const GENERIC = new Set(
  (
    'opportunity opportunities time meeting meet interview interviews process position positions role roles job jobs ' +
    'company organization organisation organizations firm business department group team teams work working culture ' +
    'mission values vision goals plans plan future growth approach things thing everything anything something lot bit ' +
    'more great good wonderful interesting exciting amazing fantastic nice pleasure day week yesterday today morning ' +
    'afternoon earlier recently new next steps step details detail insight insights information answer answers question ' +
    'questions experience experiences background skills skill candidacy application hiring responsibilities ' +
    'day-to-day way ways sense part kind sort people colleagues staff environment office place industry field ' +
    'facility facilities building campus premises site me us you it them well how what much many hear hearing learn learning learned see seeing enjoyed about ' +
    'chance potential possible possibility side also truly really especially particularly ' +
    'said mentioned described explained shared told asked noted join joining contribute contributing help helping ' +
    'bring bringing become becoming continue continuing forward touch back soon decision hiring process doing done ' +
    'making made going getting having does happening exciting excited incredible impressive inspiring fun'
  ).split(/\s+/),
);

/** Whether the gap `body[from, to)` between two tokens ends the sentence. */
function breaks(body: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = body[i];
    if (c === '.' || c === '!' || c === '?' || c === ';' || c === ':' || c === '\n') return true;
  }
  return false;
}

// Nouns that close a job title: "the Senior Data Engineer position" names only the job.
const TITLE_HEADS = new Set(['position', 'role', 'job', 'opening', 'vacancy', 'post', 'opportunity', 'title', 'posting', 'candidacy', 'application']);
// Words of job titles, which say nothing about the conversation.
const TITLE_WORDS = new Set(
  (
    'senior junior lead principal head chief associate assistant deputy staff manager director analyst engineer ' +
    'developer designer coordinator specialist consultant officer administrator representative executive ' +
    'supervisor intern trainee technician advisor adviser vp president'
  ).split(' '),
);

function contentWords(tokens: Token[], exclude: Set<string>): Token[] {
  // Leave out a job title before its head noun ("the Marketing Manager position") and the
  // employer's name after it ("position at Acme Foods").
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (TITLE_HEADS.has(t.lower)) {
      for (let n = 0; n < 4 && kept.length && !STOPWORDS.has(kept[kept.length - 1]!.lower); n++) kept.pop();
      if (/^(?:at|with|for|in)$/.test(tokens[i + 1]?.lower ?? '')) {
        i++;
        while (i + 1 < tokens.length && /^\p{Lu}/u.test(tokens[i + 1]!.text)) i++;
      }
      continue;
    }
    kept.push(t);
  }
  return kept.filter((t) => {
    const w = t.lower.replace(/'s$/, '');
    if (STOPWORDS.has(w) || GENERIC.has(w) || TITLE_WORDS.has(w) || exclude.has(w) || exclude.has(stem(w))) return false;
    if (/^\d+$/.test(w)) return w.length >= 2;
    return w.length > 2;
  });
}

/**
 * The first concrete reference to the conversation, without notes (`found` is empty when
 * there is none), and the phrases that start a reference but name nothing (`vague`:
 * "learning more about the role"), to underline.
 */
export function concreteReferences(body: string, ws: Token[], exclude: Set<string>) {
  const found: { start: number; end: number }[] = [];
  const vague: { start: number; end: number }[] = [];
  // A real letter has a handful of trigger phrases; past a few hundred, give up.
  let tried = 0;
  for (let i = 0; i < ws.length && found.length === 0 && tried < 500; i++) {
    for (const t of TRIGGERS_BY_FIRST.get(ws[i]!.lower) ?? []) {
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
      // The rest of the sentence, at most 12 words.
      const after: Token[] = [];
      for (let j = i + t.length; j < ws.length && after.length < 12; j++) {
        if (breaks(body, ws[j - 1]!.end, ws[j]!.start)) break;
        after.push(ws[j]!);
      }
      const end = after.length ? after[after.length - 1]!.end : ws[i + t.length - 1]!.end;
      if (contentWords(after, exclude).length >= 1) {
        found.push({ start: ws[i]!.start, end });
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
    if (WORK_NOUNS.has(w.lower)) {
      const before: Token[] = [];
      for (let j = i - 1; j >= 0 && before.length < 3; j--) {
        if (breaks(body, ws[j]!.end, ws[j + 1]!.start)) break;
        before.unshift(ws[j]!);
      }
      const content = contentWords(before, exclude);
      if (content.length >= 1) found.push({ start: content[0]!.start, end: w.end });
    }
  }
  return { found, vague };
}

// Mail providers, whose names are not the employer's.
const MAIL_PROVIDERS = new Set(['gmail', 'googlemail', 'outlook', 'hotmail', 'live', 'yahoo', 'icloud', 'me', 'aol', 'proton', 'protonmail', 'gmx', 'mail', 'example']);

/**
 * Words that name only the job or the employer: the saved role and company, and the
 * recipients' mail domains ("lumenworks" from priya@lumenworks.com).
 */
export function roleStems(role: string | undefined, companyName: string | undefined, addresses: string[] = []): Set<string> {
  const out = new Set<string>();
  for (const s of `${role ?? ''} ${companyName ?? ''}`.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (s) out.add(stem(s));
  for (const address of addresses) {
    const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
    const labels = domain.split('.');
    for (const label of labels.slice(0, -1)) {
      if (label.length < 3 || MAIL_PROVIDERS.has(label)) continue;
      out.add(label);
      for (const part of label.split('-')) if (part.length >= 3) out.add(part);
    }
  }
  return out;
}

const severityOf = (kind: Kind) => (kind === 'follow-up' ? 'warning' : 'error');

export const specificDetail: Rule = {
  id: 'specific-detail',
  kinds: ['thank-you', 'note', 'follow-up'],
  severity: severityOf,
  english: true,
  title: 'Name something specific',
  why: 'A detail from the conversation proves the letter was written for this interview and brings it back to the reader\'s mind.',
  passMessage: 'You refer to something specific from the interview.',
  check({ a, ctx, kind, draft }) {
    const iv = ctx.interview;
    const saved = [...(iv?.topics ?? []), ...(iv?.challenges ?? [])].filter((x) => typeof x === 'string' && x.trim());
    if (saved.length > 0) {
      for (const phrase of saved) {
        if (mentions(a, phrase)) return pass(`You mention "${phrase}" from your notes.`);
      }
      const examples = saved.slice(0, 2).map((s) => `"${s}"`).join(' or ');
      return fail(`Nothing from your notes on this interview is mentioned. Bring in a topic you discussed, such as ${examples}.`, [], severityOf(kind));
    }
    const addresses = [...draft.to, ...draft.cc].map((r) => r.address).filter((x) => typeof x === 'string' && x.includes('@'));
    const refs = concreteReferences(a.body, a.words, roleStems(ctx.company?.role, ctx.company?.name, addresses));
    if (refs.found.length > 0) return pass();
    return fail(
      refs.vague.length
        ? `"${a.body.slice(refs.vague[0]!.start, refs.vague[0]!.end)}" could follow any interview. Name a topic, project or remark from your conversation instead, such as "our talk about the warehouse migration".`
        : 'The letter could have been sent after any interview. Name one topic, project or remark from your conversation, such as "our talk about the warehouse migration".',
      refs.vague.map(bodyRange),
      severityOf(kind),
    );
  },
};
