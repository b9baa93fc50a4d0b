import { fail, fixed, pass, type Rule } from '../rule';
import { quoteAround } from '../text/quote';

// A forward-looking close: waiting to hear, offering time, another conversation or more
// information. Matched on lower-cased text with apostrophes normalised; every alternative is
// literal words, so the scan stays linear.
const FORWARD_RE = new RegExp(
  [
    // Looking forward, hoping to hear or speak again.
    'look(?:ing)? forward to',
    '(?:hope|hoping|hopeful|wait(?:ing)?|eager|keen) (?:to|that we (?:can|could|will)) (?:hear|speak|talk|meet|chat|connect|see you|receive|get|continue|reconnect|keep)',
    'hear(?:ing)? (?:back )?from you',
    '(?:good )?news from you',
    '(?:hope|hoping) (?:we|that we) (?:can|could|will|get to) (?:speak|talk|meet|chat|connect|continue|keep)',
    '(?:speak|talk|meet|chat|connect|catch up) (?:again|soon|further|more|next week|in person)',
    'keep (?:talking|the conversation going|in touch)|stay in touch|in touch soon',
    // The next step itself.
    'next (?:steps?|stage|conversation|discussion|meeting|call|interview|round|chat)',
    '(?:another|a second|a further|a follow-up|the next) (?:round|conversation|call|chat|meeting|discussion|interview|visit)',
    'continu(?:e|ing) (?:the|our) (?:conversation|discussion)',
    '(?:move|moving) forward (?:in|with) the process',
    // Offers of time, help or material.
    '(?:happy|glad|pleased|delighted|ready|keen|eager|available|free|love|like|welcome the chance|welcome the opportunity) to (?:discuss|meet|talk|chat|speak|provide|share|send|answer|come|join|continue|help|elaborate|walk|make time|set up|hop on|go over|go deeper|connect|follow up|show|demo|present|interview|do|run|keep)',
    "(?:would|'d) (?:welcome|appreciate|value|love|enjoy) (?:a|an|another|any|the|further|more) (?:chance|opportunity|conversation|call|chat|meeting|discussion|follow-up|second|next|further)",
    '(?:my )?availab(?:le|ility)',
    "(?:at your convenience|whenever (?:it(?:'s| is) )?convenient|whenever (?:it )?suits|when(?:ever)? it suits|at a time that (?:suits|works)|a time that works)",
    "let me know|lmk|please (?:feel free|do not hesitate|don't hesitate|reach out|call|contact|get in touch)",
    'feel free to (?:reach|contact|call|email|get in touch|ask)',
    '(?:any|further|other|more) questions|anything else|further information',
    '(?:can|could) (?:provide|send|share) (?:any|more|further)',
    '(?:grateful|thankful) for (?:any|an) update|appreciate (?:any|an) update (?:you|when)',
    'await(?:ing)? (?:your|the|news|a)|keep me (?:posted|informed|updated|in mind)',
    '(?:can|may) be reached|reach me|contact me|call me|(?:reachable|reach me) (?:at|by|on)',
    'count me in',
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^/, '\\b(?:')
    .concat(')\\b'),
  'g',
);
// Sentences that make a demand rather than a close: a deadline for their answer, or a threat.
const DEMAND_RE =
  /\b(?:by (?:the )?(?:end of (?:the )?(?:day|business|today|tomorrow|week)|eod|cob|close of business|tonight|tomorrow)|(?:let me know|need to know|tell me|hear back|get back to me|answer|reply|respond) asap|i (?:need|expect|demand|require|must have) (?:to know|an answer|a response|a reply|a decision|to hear)|(?:or|otherwise) i (?:will|'ll) (?:assume|move on|take|accept)|if i (?:do not|don't|haven't|have not) (?:hear|heard|received)|i will assume|yes or no)\b/;

/**
 * The sentence of `text` around `at` and the one before it (a demand is often made first and
 * the request follows: "I need to know by Friday. Please call me with your decision.").
 */
function sentencesAround(text: string, at: number): string {
  const isEnd = (c: string) => c === '.' || c === '!' || c === '?' || c === '\n';
  let from = at;
  for (let n = 0, ends = 0; from > 0 && n < 600; n++, from--) {
    if (isEnd(text[from - 1]!) && ++ends === 2) break;
  }
  let to = at;
  for (let n = 0; to < text.length && n < 400 && !isEnd(text[to]!); n++) to++;
  return text.slice(from, to);
}

export const nextStep: Rule<'next-step'> = {
  id: 'next-step',
  kinds: ['thank-you', 'follow-up', 'second-follow-up', 'update'],
  severity: fixed('tip'),
  english: true,
  title: 'Close with a next step',
  why: 'Ending on what happens next makes it easy for the reader to reply and keeps the process moving.',
  passMessage: 'You close by looking ahead to the next step.',
  check({ a }) {
    // Lower-cased once, so that the pattern needs no case-insensitive flag.
    const norm = (t: string) => t.replace(/’/g, "'").toLowerCase();
    const texts = [{ text: norm(a.mainText.slice(0, 100_000)), from: a.main.start }];
    if (a.segments.signOff) texts.push({ text: norm(a.segments.signOff.text), from: a.segments.signOff.start });
    let demand = false;
    for (const { text, from } of texts) {
      FORWARD_RE.lastIndex = 0;
      let m: RegExpExecArray | null;
      for (let n = 0; (m = FORWARD_RE.exec(text)) && n < 200; n++) {
        // "Let me know by end of day Friday, or I will assume..." is a demand, not a close.
        if (DEMAND_RE.test(sentencesAround(text, m.index))) {
          demand = true;
          continue;
        }
        return pass(`You look ahead: ${quoteAround(a.body, from + m.index, from + m.index + m[0].length)}.`);
      }
    }
    if (demand) return fail('The close demands an answer instead of looking ahead. Say you look forward to hearing from them, or offer a time to talk.');
    return fail('The letter stops without looking ahead. Say you look forward to hearing from them, or offer a time to talk again.');
  },
};
