/**
 * Decides which kind of message a draft is, from its words and, when notes exist, from
 * the dates. The order of the questions matters:
 *
 * 1. Does it withdraw? (even a rude "gonna pass" does)
 * 2. Does it point back at a message already sent ("my note of March 3", "bumping this")?
 *    Then it is a second follow-up, whatever news it also carries.
 * 3. Is it framed as an update, or does it bring news since the interview (another offer,
 *    an exam passed, a piece published) without saying it is following up?
 * 4. Does it follow up: ask about the decision, the status or the timeline, say it has
 *    heard nothing, or that the date they gave has passed? Opening thanks do not change that,
 *    but thanks for a meeting held today or yesterday do.
 * 5. Otherwise it thanks. A draft with a subject or recipients is an email; one with neither
 *    that reads as a card (short, signed with a name and no contact details, no letterhead)
 *    is a note.
 *
 * Every pattern is linear: flat alternations and bounded gaps, over at most 20,000 characters.
 */
import type { Analysis } from './analysis';
import { DAY_MS, parseDate, type ResolvedContext } from './context';
import { earlierStrengthOfLower } from './rules/shared/earlier-message';
import { ACHIEVED, RECENT } from './rules/shared/news';
import { grams, holds, type Grams } from './text/grams';
import type { Draft, Kind } from './types';
import { decisionPassedAt } from '@/lib/core/notes/schedule';

// A literal that every match of a pattern holds (the text is lower-cased): a text without it is not scanned.
// With several literals, every match holds at least one of them.
const NEEDS = new WeakMap<RegExp, string | string[]>();
const needs = (need: string | string[], re: RegExp): RegExp => {
  NEEDS.set(re, need);
  return re;
};
// `g` is the bitmap of `text` (or of a text that holds it): absent literals are ruled out without a scan.
const hits = (re: RegExp, text: string, g: Grams): boolean => {
  const need = NEEDS.get(re);
  if (need !== undefined && !(typeof need === 'string' ? holds(g, text, need) : need.some((n) => holds(g, text, n)))) return false;
  return re.test(text);
};
// Every time since the interview (`RECENT`) holds one of these.
const RECENT_NEEDS = ['day', 'this ', 'last ', 'since ', 'after our'];
const any = (res: RegExp[], text: string, g: Grams): boolean => res.some((re) => hits(re, text, g));

// 1. Withdrawing.
const WITHDRAW: RegExp[] = [
  needs('withdraw', /\bwithdraw(?:ing|n)? (?:my|myself|me|our|from (?:the|this|your|consideration|further consideration|the running|the process|the search)|as a candidate)\b/),
  needs('withdraw', /\b(?:must|will|to|i'm|i am|gonna|hereby|formally|respectfully|regretfully|reluctantly) withdraw(?:ing)?\b/),
  needs('no longer', /\bno longer (?:be )?(?:interested|pursuing|seeking|considering|in the running|available for (?:the|this) (?:role|position|job))\b/),
  needs('withdrawal', /\bmy (?:formal )?withdrawal\b/),
  needs('direction', /\b(?:decided|chosen|chose|going|i'm going|i am going|i've decided|i have decided) to (?:go|move|head) in (?:a|another) (?:different )?direction\b/),
  needs('not interested', /\bnot interested (?:anymore|any more|any longer)\b/),
  needs(
    ' accept',
    /\b(?:have|'ve|i|just|recently|already|now|decided to|chose to|chosen to|am|'m|will be) accept(?:ed|ing)? (?:an?|another|a different|the other) (?:(?:job|position|role|full-time|permanent) )?(?:offer|position|role|job|opportunity)\b/,
  ),
  needs('remove ', /\bremove (?:me|myself|my (?:name|application|candidacy)) from\b/),
  needs(['take', 'taking', 'pull'], /\b(?:take|taking|pull|pulling) (?:myself|my name|my application|my candidacy) (?:out|off|from)\b/),
  needs('pull', /\bpull(?:ing)? out of (?:the|your|this) (?:process|search|running|race|competition)\b/),
  needs('bow', /\bbow(?:ing)? out\b/),
  needs('step', /\b(?:step|stepping) (?:back|away|aside|down) from (?:the|this|your|consideration)\b/),
  needs(
    'decided ',
    /\bdecided (?:not to (?:pursue|proceed|continue|move forward|go forward)|to withdraw|to pursue (?:another|a different|other)|to (?:stay|remain) (?:in|with|at) my current)\b/,
  ),
  needs(
    ' pass on ',
    /\b(?:gonna|going to|have to|need to|must|decided to|'ll|will|gotta) pass on (?:the |this |your )?(?:[a-z-]{1,20} ){0,3}(?:role|position|job|opportunity|offer|thing|gig|opening|process)\b/,
  ),
  needs(' pass', /\b(?:gonna|going to|i'll|i will|i'm gonna|i have to|i'll have to) pass(?: on this)?[.!,]/),
  needs('forward', /\bi(?:'m| am| will| 'll|'ll)? (?:not|no longer|won't|will not)(?: be)? (?:moving|going) forward\b/),
  needs(' with ', /\b(?:going|go|went|gone) with (?:another|a different|the other) (?:offer|company|employer|opportunity|role|position)\b/),
  needs('found ', /\bfound (?:something|a role|a job|a position|another (?:role|job|position)) (?:better|else|elsewhere)\b/),
  needs(['declin', 'turn'], /\b(?:decline|declining|turn down|turning down) (?:the|your|this) (?:offer|invitation|second|next|final)\b/),
  needs(' for me', /\b(?:isn't|is not|wouldn't be|would not be|is no longer|won't be|will not be) (?:the right|a good|the best|a) (?:fit|match) for me\b/),
];
// A withdrawal or an offer held out as a threat or a hypothesis is not one: "if I do not hear back, I will
// withdraw", "if I receive another offer".
const HYPOTHETICAL = /\b(?:if|unless|otherwise|rather than|instead of|before|don't want to|do not want to|would hate to|hope not to|considering|in case)\b/;
// Nor is a denial just before it, or a story from years back: "I have no intention of withdrawing",
// "when I accepted a role in 2019".
const DENIAL = /\b(?:not|never|no intention|when i)\b/;
const BACKSTORY = /\byears? ago\b|\b(?:in|since) (?:19|20)\d\d\b/;

// 3. News since the interview, and update framing.
const OFFER: RegExp[] = [
  needs(
    'offer',
    /\b(?:received|got|gotten|have|had|been (?:given|extended|made)|been offered) (?:an?|another|a second|a competing|a formal|a job|a written|a verbal) (?:(?:job|formal|written|verbal|competing|full-time) )?offer\b/,
  ),
  needs('offer', /\b(?:another|a competing|a second|an outside|a rival) (?:job )?offer\b/),
  needs('offer from ', /\boffer from (?:another|a different|a competing|one of)\b/),
  needs(' offered ', /\b(?:been|was|were) offered (?:a|an|another) (?:[a-z-]{1,20} ){0,2}(?:position|role|job)\b/),
  needs(
    ['made', 'extended', 'offered'],
    /\b(?:another|a different|a competing) (?:company|employer|firm|hospital|school|restaurant|organi[sz]ation|agency|studio|practice|bank) (?:has |have )?(?:made|extended|offered)\b/,
  ),
];
const NEWS: RegExp[] = [
  ...OFFER,
  needs(
    ['news', 'update', 'development'],
    /\b(?:share|pass on|pass along|give you|send you|tell you|let you know about)(?: some| a| an| a bit of)?(?: quick| brief| short| exciting| good| recent| small| happy| big| late-breaking)? (?:news|update|development)\b/,
  ),
  // "I have some news", "news that arrived after we met"; not "I hope to hear good news".
  needs('news', /\b(?:share|sharing|have|i've got|with|pass on|bring|bringing) (?:some |a bit of |a piece of )?(?:exciting |good |great |big |happy |recent |late-breaking )?news\b/),
  needs('news ', /\bnews (?:that|which) (?:arrived|came|broke)\b/),
  needs('development ', /\ba (?:recent |new |relevant )?development (?:since|that)\b/),
  needs(RECENT_NEEDS, new RegExp(`\\b${ACHIEVED}\\b[^.?!\\n]{0,60}?\\b${RECENT}`)),
  needs(RECENT_NEEDS, new RegExp(`\\b${RECENT}\\b[^.?!\\n]{0,60}?\\b${ACHIEVED}\\b`)),
  needs('been ', /\b(?:has|have|had) (?:now |just |recently |finally |officially )?been (?:published|accepted for publication|released|launched|approved|awarded)\b/),
  needs(
    ['just ', 'finally ', 'officially '],
    /\b(?:just|finally|officially) (?:launched|went live|published|released|shipped|passed|earned|won|completed|finished|obtained|received (?:my|the|an?) (?:[a-z-]{1,20} )?(?:award|certification|certificate|license|licence|credential))\b/,
  ),
  needs(' live', /\b(?:went|is now|goes) live\b/),
  // "I wanted to let you know that I have just been promoted"
  needs(
    ['let you know', 'inform you', 'tell you'],
    new RegExp(`\\b(?:let you know|inform you|tell you)(?: that)? (?:i(?:'ve| have)?|my|our) (?:[a-z-]{1,20} ){0,3}(?:recently |just |now |officially )?${ACHIEVED}\\b`),
  ),
];
// A subject that calls the message an update (not a reply to theirs, "Re: Update on your application").
const UPDATE_SUBJECT = /^(?:(?:a|an|one|quick|brief|short|small|exciting|important|big|good|candidate|candidacy|some)\s+){0,3}(?:update|news)\b(?! on your)/;
const UPDATE_FRAME: RegExp[] = [
  needs('update', /\b(?:just|here(?:'s| is)|with|sharing|share|give you|send you|send|pass on|pass along) (?:a|an|one) (?:quick |brief |short |small |little )?update\b/),
  needs('update', /(?:^|[.!?\n]\s*)(?:a |one )?(?:quick|brief|short|small) update\b/),
];

// 4. Following up.
// Said of now, not promised for later: "I'll follow up with the sample", "I look forward to touching base" do not count.
const LATER = "(?<!\\b(?:will|'ll|shall|can|could|would|forward to|happy to|glad to|love to|plan to|promise to|promised to|be able to) )";
const FOLLOW_PHRASE: RegExp[] = [
  needs('follow', new RegExp(`${LATER}\\bfollowing[- ]?up (?:on|about|regarding|with you|to see|to ask|to check|as|since|now|because|after)\\b`)),
  needs('follow', new RegExp(`${LATER}\\bfollow[- ]?up (?:on|about|regarding|to see|to ask|to check)\\b`)),
  needs('follow', /\b(?:wanted|want|like|writing|write|am writing|i'm writing|just|a note|quick note|reaching out) to follow[- ]?up\b/),
  needs('check', new RegExp(`${LATER}\\b(?:check|checking) (?:in|back)(?: with you)? (?:on|about|regarding|to see|to ask|and see|to find out|as|since|now)\\b`)),
  needs('check', new RegExp(`${LATER}\\b(?:check|checking) on (?:the|my) (?:status|progress|timeline|timing|hiring|decision|application|candidacy)\\b`)),
  needs('check', /\b(?:just|wanted to|want to|like to|writing to|thought i would|thought i'd) (?:check|checking) in\b/),
  needs('circl', new RegExp(`${LATER}\\bcircl(?:e|ing) back (?:on|about|regarding|to see|with you|to ask|to check)\\b`)),
  needs('touch', new RegExp(`${LATER}\\btouch(?:ing)? base (?:on|about|regarding|to see|with you|to ask|to check|and see)\\b`)),
];
const FOLLOW_SUBJECT = /\bfollow(?:ing)?[- ]?up\b|\bchecking in\b|\bcircling back\b|\bstatus\b|\bany (?:news|update)/;
const ASKS: RegExp[] = [
  needs('any ', /\bany (?:news|update|updates|word|movement|developments)\b/),
  needs('there', /\b(?:is there|has there been|have there been|are there) (?:any |an? )?(?:news|update|updates|progress|movement|decision|word|developments?)\b/),
  needs('where ', /\bwhere (?:things|i|we|my application|my candidacy|the process|the search|the decision)(?: currently| now)? (?:stand|stands)\b/),
  needs('where ', /\bwhere (?:you are|you're|the team is|things are) (?:in|with) (?:the|your) (?:process|search|decision|hiring)\b/),
  needs(['status', 'progress'], /\b(?:status|progress) (?:of|on) (?:my|the) (?:application|candidacy|search|hiring|process|decision|position|role)\b/),
  needs('decision', /\b(?:whether|if) (?:a|any|the) (?:final )?decision\b/),
  needs('decision', /\b(?:has|have) (?:a|any|the) (?:final )?decision\b|\bdecision (?:has|have) (?:already )?been (?:made|reached)\b/),
  needs(['timeline', 'timing', 'schedule'], /\b(?:timeline|timing|schedule) (?:has|had) (?:changed|shifted|moved|slipped)\b/),
  needs(
    ["n't", 'not'],
    /\b(?:haven't|have not|hasn't|has not|didn't|did not|not yet|still not) (?:yet )?(?:heard|received|gotten) (?:back|anything|any (?:news|word|update|response|reply|communication)|a reply|a response|word|from)\b/,
  ),
  needs('still ', /\bstill (?:haven't|have not|not) heard\b/),
  needs(
    'been ',
    /\bits?(?:'s| is| has)?(?: now)? been (?:about |almost |nearly |over |more than |a little over |just over |around |roughly |like )?(?:a|one|two|three|four|five|six|\d{1,2}|a few|a couple(?: of)?|several) (?:weeks?|days|months?)\b[^.?!\n]{0,12}?\b(?:since|and|without|with no|but)\b/,
  ),
  needs(
    ['window', 'date', 'deadline', 'time', 'week', 'days'],
    /\b(?:window|date|deadline|timeline|time ?frame|weeks?|days)\b[^.?!\n]{0,30}?\b(?:has|have) (?:now |already )?(?:passed|elapsed|gone by|come and gone|ended)\b/,
  ),
  needs('yes', /\b(?:yes or no|a yes or a no)\b/),
  needs('quir', /\b(?:inquire|inquiring|enquire|enquiring) (?:about|regarding|after|on|into|whether|if|as to)\b/),
];
// They gave a date, told in the past: "you hoped to decide by the 20th", "a decision would be made".
const DECISION_PAST: RegExp[] = [
  needs(
    ['hoped', 'expected', 'planned', 'anticipated', 'intended', 'hoping'],
    /\b(?:hoped|expected|planned|anticipated|intended|were hoping|was hoping|had hoped|had planned|had expected)\b[^.?!\n]{0,40}?\b(?:decide|decision|deciding|hear back|back to me|be in touch|wrap up|choose|select|pick|fill the|hire|make (?:a|an|your|the) (?:choice|selection|offer|hire))/,
  ),
  needs(
    ['would', "'d"],
    /\b(?:said|told me|mentioned|indicated)(?: that)? (?:you|they|she|he|the team|the panel|the committee|the board|it|a decision|the decision)(?: had)? (?:would|'d) (?:be )?(?:decide|decision|made|make|reach|have a decision|be in touch|get back)/,
  ),
  needs('decision would', /\b(?:a|the) (?:final )?decision would\b/),
];

// 5. Thanks, and the signs of a card.
const THANKS = /\bthank(?:s| you)\b[^.?!\n]{0,20}?\bfor\b|\b(?:enjoyed|appreciated) (?:our|the|meeting|speaking|talking|learning)\b/;
// Thanks for a meeting held today or yesterday: a thank-you, whatever else it asks.
const FRESH = '(?:today|yesterday|this (?:morning|afternoon|evening)|earlier today|tonight|last night)';
const FRESH_THANKS = new RegExp(
  `\\b(?:thank(?:s| you)|enjoyed|appreciated|grateful)\\b[^.?!\\n]{0,90}?\\b${FRESH}\\b|\\b${FRESH}\\b[^.?!\\n]{0,90}?\\b(?:thank(?:s| you)|enjoyed|appreciated|grateful)\\b`,
);
// Every match of FRESH_THANKS holds one of these words: a draft without them is not scanned for it.
const FRESH_WORD = /today|yesterday|this (?:morning|afternoon|evening)|tonight|last night/;
// "Thank you again for the interview on March 12" as the opening line: a later message.
const THANKS_AGAIN = /^[^.?!\n]{0,40}?\bthank(?:s| you) (?:again|once more|once again)\b/;
const CARD_WORDS = /\b(?:this|a|my) (?:little |short |quick |small )?(?:card|handwritten note|note card|thank-you card)\b|\bhandwritten\b|\bstationery\b/;
const EMAIL_WORDS = /\b(?:this e-?mail|e-?mail me|my e-?mail|attached|attachment|reply to this|link below|click)\b/;
const PHONE = /\+?\(?\d{1,4}\)?[\s.-]?\d{2,4}[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?/;
const EMAIL_ADDRESS = /[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63}/;
const CONTACT_SLOT = /[[{<(](?:your )?(?:phone|e-?mail|contact|linkedin|mobile|cell)[^\]}>)\n]{0,30}[\]}>)]/;

const firstSentence = (text: string): string => {
  const m = /^[\s\S]{0,400}?[.!?\n]/.exec(text.trimStart());
  return m ? m[0] : text.trimStart().slice(0, 400);
};

/**
 * The sentences of `text` (bounded, rough: enough to judge whether a withdrawal is hypothetical),
 * each with a full stop put back, and all of them joined. No pattern of `states` has an anchor or
 * a lookaround, so one that matches some sentence also matches the joined text: a pattern that
 * misses the joined text can be skipped without reading the sentences one by one.
 */
interface Rough {
  sentences: string[];
  dotted: string[];
  joined: string;
}

function roughSentences(text: string): Rough {
  const sentences = text.split(/[.!?\n]+/).slice(0, 400);
  const dotted = sentences.map((s) => `${s}.`);
  return { sentences, dotted, joined: dotted.join('') };
}

/** Whether some sentence states one of `res` as a fact: not as a condition or a threat, nor in a sentence the `unless` patterns rule out. */
function states(res: RegExp[], rough: Rough, g: Grams, unlessBefore?: RegExp, unlessAnywhere?: RegExp): boolean {
  const candidates = res.filter((re) => hits(re, rough.joined, g));
  if (candidates.length === 0) return false;
  const { sentences, dotted } = rough;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (unlessAnywhere?.test(s)) continue;
    for (const re of candidates) {
      const m = re.exec(dotted[i]!);
      if (!m) continue;
      const before = s.slice(0, m.index);
      if (!HYPOTHETICAL.test(before) && !unlessBefore?.test(before.slice(-25))) return true;
    }
  }
  return false;
}

/** Is this draft, with neither subject nor recipients, laid out as a card rather than an email or a letter? */
function readsAsCard(draft: Draft, a: Analysis, text: string): boolean {
  if (draft.subject.trim() || draft.to.length || draft.cc.length) return false;
  if (EMAIL_WORDS.test(text)) return false;
  if (a.words.length > 160) return false;
  if (CARD_WORDS.test(text)) return true;
  const seg = a.segments;
  const ownEnd = seg.quoted ? seg.quoted.start : a.body.length;
  const head = a.body.slice(0, Math.min(a.main.start, 3000));
  const tail = a.body.slice(a.main.end, Math.min(ownEnd, a.main.end + 3000));
  // Contact details under the name or in a letterhead: an email or a printed letter.
  if (PHONE.test(head) || PHONE.test(tail) || EMAIL_ADDRESS.test(head) || EMAIL_ADDRESS.test(tail) || CONTACT_SLOT.test(tail)) return false;
  // Address block before the greeting: a printed letter.
  const headLines = head.split('\n').filter((l) => l.trim()).length - (seg.greeting ? 1 : 0);
  if (headLines >= 2) return false;
  // A body alone, as pasted from a web form, is a thank-you unless it is only a line or two.
  const framed = Boolean(seg.greeting || seg.signOff || seg.signature) || /\n[ \t]*[—–-]{1,2}[ \t]*\p{L}[\p{L}.' ]{0,30}\s*$/u.test(a.mainText.slice(-80));
  return framed || (a.sentences.length <= 2 && a.words.length < 50);
}

export function detectKind(draft: Draft, a: Analysis, ctx: ResolvedContext): Kind {
  // Judge the user's own words: the first 20,000 characters of the main text are plenty.
  const body = a.mainText.slice(0, 20_000).toLowerCase().replace(/[’‘]/g, "'");
  const subject = a.subject.slice(0, 500).toLowerCase().replace(/[’‘]/g, "'").trim();
  const text = `${subject}\n${body}`;

  const interviewAt = parseDate(ctx.interview?.at);
  const daysSince = interviewAt ? (ctx.now.getTime() - interviewAt.getTime()) / DAY_MS : undefined;
  const decisionAt = parseDate(ctx.interview?.decisionDate);
  // The same end of the decision date as the timing rule and the notes page (lib/core/notes/schedule).
  const decisionEnd = decisionPassedAt(ctx.interview?.decisionDate);
  const decisionPassed = decisionEnd !== undefined && ctx.now.getTime() >= decisionEnd.getTime();
  const followUpsSent = ctx.sentFollowUps.filter(
    (f) => (f.kind === 'follow-up' || f.kind === 'second-follow-up') && (!interviewAt || (parseDate(f.sentAt)?.getTime() ?? 0) > interviewAt.getTime()),
  ).length;

  const rough = roughSentences(text);
  // The body is part of the text, and so is every sentence of `rough` (the literals of `states`
  // hold no '.', '!', '?' or line break, so none spans the full stops put back): the text's bitmap
  // rules out literals for all of them.
  const g = grams(text);

  // 1.
  if (states(WITHDRAW, rough, g, DENIAL, BACKSTORY) || /\bwithdraw/.test(subject)) return 'withdrawal';

  // 2.
  const earlier = earlierStrengthOfLower(body, g);
  const replyToFollowUp = /^(?:re|fwd?|fw):\s*(?:follow(?:ing)?[- ]?up|checking in|circling back|touching base|checking back)\b/.test(subject);
  if ((earlier && earlier !== 'apology') || replyToFollowUp) return 'second-follow-up';

  const freshThanks = FRESH_WORD.test(body) && FRESH_THANKS.test(body);
  const phrase = any(FOLLOW_PHRASE, body, g) || FOLLOW_SUBJECT.test(subject);
  const asks = any(ASKS, text, g);
  const pastDate = any(DECISION_PAST, body, g);
  const thanksAgain = THANKS_AGAIN.test(firstSentence(body)) && !freshThanks;
  const followsUp = phrase || asks || (pastDate && (thanksAgain || !THANKS.test(body)));
  // Words alone, or the dates of the notes: the decision date passed, or (without one) more than a week gone.
  const late = decisionPassed || (daysSince !== undefined && daysSince > (decisionAt ? 14 : 7));
  const soon = daysSince !== undefined && daysSince <= 2;

  // 3.
  const framedUpdate = (UPDATE_SUBJECT.test(subject) && !/\bany (?:update|news)\b|\?/.test(subject)) || any(UPDATE_FRAME, body, g);
  // Another offer is the news even in a message that says it is following up; other news in
  // a message that says so ("I am writing to follow up ... I also passed") rides along.
  const offer = states(OFFER, rough, g);
  const news = offer || states(NEWS, rough, g);
  if (framedUpdate || offer || (news && !phrase && !freshThanks)) return 'update';

  // 4.
  const writtenBefore = followUpsSent > 0 || earlier === 'apology';
  if (followsUp && followUpsSent > 0) return 'second-follow-up';
  if (followsUp && !freshThanks && !(soon && !asks && !pastDate)) return 'follow-up';
  if (writtenBefore && late) return followUpsSent > 0 ? 'second-follow-up' : 'follow-up';
  // Renewed interest well after the interview, or opening with "thank you again" once the date has passed.
  if (
    late &&
    !freshThanks &&
    (thanksAgain || /\b(?:still|remain|continued|continue to be) (?:very |really |highly |strongly )?(?:interested|keen|excited|enthusiastic)\b|\bcontinued interest\b/.test(body))
  ) {
    return 'follow-up';
  }

  // 5.
  if (readsAsCard(draft, a, body)) return 'note';
  return 'thank-you';
}
