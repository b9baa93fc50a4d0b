/**
 * Decides which kind of message a draft is, from its words and, when notes exist, from
 * the dates: a draft asking about the decision three weeks after the interview is a
 * follow-up even if it opens with thanks.
 */
import type { Analysis } from './analysis';
import { DAY_MS, parseDate, type ResolvedContext } from './context';
import type { Draft, Kind } from './types';

// Each cue is a linear pattern over lower-cased text (no nested quantifiers).
const CUES: Record<Kind, RegExp[]> = {
  withdrawal: [
    /\bwithdraw(?:ing|n)?\b/,
    /\bno longer (?:be )?(?:interested|pursuing|available|in the running)\b/,
    /\b(?:accepted|accepting|decided to accept) (?:an?|another|a different|an other) (?:offer|position|role|job)\b/,
    /\bremove (?:myself|my (?:name|application|candidacy))\b/,
    /\b(?:step|stepping) (?:back|away|aside) from\b/,
    /\bdecided (?:not to|to withdraw|to pursue (?:another|a different|other))\b/,
  ],
  update: [
    /\b(?:a |quick |brief |short )?update (?:on|regarding|about) my\b/,
    /\bwanted to (?:let you know|update you|share (?:some|a bit of)? ?(?:news|an update))\b/,
    /\b(?:received|have|got) (?:an?|another|a competing) (?:job )?offer\b/,
    /\bsince (?:we|our) (?:last )?(?:spoke|met|talked|conversation|interview)\b/,
    /\b(?:new|recent|exciting) (?:development|news|certification|award)\b/,
    /\bi (?:just |recently )?(?:won|earned|completed|finished|published|launched|passed|received) (?:the|my|an?)\b/,
  ],
  'second-follow-up': [
    /\b(?:following|follow) up (?:again|once more|one more time)\b/,
    /\bmy (?:previous|earlier|last|prior) (?:email|message|note|letter)\b/,
    /\bas i (?:wrote|mentioned|said) (?:last|on|earlier|previously|in my)\b/,
    /\bi (?:wrote|reached out|emailed) (?:to you )?(?:last|on|a (?:week|few days))\b/,
    /\b(?:checking|circling|touching) back\b/,
    /\bmy (?:email|message|note|letter) (?:of|from|dated|sent on) /,
    /\b(?:writing|reaching out|following up) (?:to you )?again\b/,
  ],
  'follow-up': [
    /\bfollow(?:ing)?[- ]?up\b/,
    /\b(?:status|progress) of (?:my|the) (?:application|candidacy|search|hiring)\b/,
    /\b(?:any|an) (?:news|update) (?:on|about|regarding)\b/,
    /\bwhere (?:things stand|you are in|the process stands)\b/,
    /\b(?:hiring|decision)(?:-making)? (?:process|timeline|date)\b/,
    /\b(?:checking in|check in) (?:on|about|regarding)\b/,
    /\b(?:has|have) (?:a|any) decision\b|\bdecision (?:has|have) been made\b/,
    /\b(?:decide|decision|hear back|make a choice) (?:by|before|within)\b/,
  ],
  'thank-you': [
    /\bthank(?:s| you) (?:so much |very much |again )?for (?:(?:your|the) (?:time|opportunity|interview|conversation|chance|meeting|tour|visit|call|discussion|warm welcome)|meeting|speaking|talking|taking the time|interviewing|having me|showing me)\b/,
    /\b(?:enjoyed|appreciated) (?:our|the|meeting|speaking|talking|learning)\b/,
    /\b(?:today|yesterday|this morning|this afternoon)\b/,
  ],
  note: [/\b(?:card|note)\b/],
};

const PRIORITY: Kind[] = ['withdrawal', 'update', 'second-follow-up', 'follow-up', 'thank-you', 'note'];

function countCues(text: string, kind: Kind): number {
  let n = 0;
  for (const re of CUES[kind]) if (re.test(text)) n++;
  return n;
}

export function detectKind(draft: Draft, a: Analysis, ctx: ResolvedContext): Kind {
  // Judge the user's own words: the first 20,000 characters of subject and main text are plenty.
  const text = `${a.subject}\n${a.mainText.slice(0, 20_000)}`.toLowerCase().replace(/’/g, "'");
  const score = Object.fromEntries(PRIORITY.map((k) => [k, countCues(text, k)])) as Record<Kind, number>;
  // A subject that says "following up" states the purpose outright: it outweighs a closing "thank you for your time".
  if (/\bfollow(?:ing)?[- ]?up\b/.test(a.subject.toLowerCase())) score['follow-up']++;
  // Strong single cues.
  if (score.withdrawal > 0) return 'withdrawal';

  const interviewAt = parseDate(ctx.interview?.at);
  const daysSince = interviewAt ? (ctx.now.getTime() - interviewAt.getTime()) / DAY_MS : undefined;
  const followUpsSent = ctx.sentFollowUps.filter((f) => f.kind === 'follow-up' || f.kind === 'second-follow-up').length;
  const asksStatus = score['follow-up'] > 0 || score['second-follow-up'] > 0;

  if (score['second-follow-up'] > 0 || (asksStatus && followUpsSent > 0)) return 'second-follow-up';
  if (score.update > 0 && score.update >= score['follow-up']) return 'update';
  if (asksStatus && (score['follow-up'] >= 2 || daysSince === undefined || daysSince > 5)) {
    if (score['thank-you'] === 0 || score['follow-up'] > score['thank-you'] || (daysSince ?? 0) > 7) return 'follow-up';
  }
  // A short message of thanks with no subject reads as a card.
  const short = a.words.length > 0 && a.words.length <= 110;
  if (short && (score.note > 0 || !draft.subject.trim()) && !/[?]/.test(a.mainText)) return 'note';
  if (daysSince !== undefined && daysSince > 10 && asksStatus) return 'follow-up';
  return 'thank-you';
}
