/**
 * Does the draft bring something new? A link, an article or resource, news since the
 * interview (a result, an award, another offer), or one of the saved ideas or news items.
 * Shared by `something-new` and `follow-up-frequency`, which must agree on the answer.
 */
import { bodyRange, matchRanges, mentions, type Analysis } from '../../analysis';
import type { ResolvedContext } from '../../context';
import type { TextRange } from '../../types';

/** A time since the interview ("yesterday", "last week", "on Saturday", "since we spoke"). */
export const RECENT =
  '(?:yesterday|today|this (?:morning|afternoon|week|weekend|month)|last (?:night|week|weekend|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|on (?:mon|tues|wednes|thurs|fri|satur|sun)day|earlier (?:today|this week)|(?:a|two|three|a few|a couple of) days ago|since (?:we|our|the interview|my interview|then)|after our (?:meeting|interview|conversation|call))';
/** Verbs of something achieved or brought out. */
export const ACHIEVED =
  '(?:passed|earned|won|been awarded|was awarded|published|launched|went live|released|shipped|was promoted|been promoted|was accepted|been accepted|was named|been named|was selected|been selected|completed|finished|obtained|presented|closed|signed)';

// Each pattern is a flat alternation of literal words, or a bounded gap, over one span: linear time.
const NEWS_PATTERNS: RegExp[] = [
  // A resource passed on.
  /\b(?:an? |this )(?:short |recent |new |great |good |useful |interesting |relevant |brief |quick )?(?:article|paper|blog post|post|white ?paper|report|study|case study|podcast|episode|video|webinar|book|chapter|newsletter|write-up|writeup|slide deck|demo|prototype|mock-?up|sketch|notebook|repository|repo|resource|tool|library|dataset)\b/gi,
  /\bi (?:came across|stumbled on|stumbled upon|ran across|ran into an?)\b/gi,
  /\b(?:thought|think|thinking) (?:you|your team) (?:might|may|would|could) (?:find|enjoy|like|appreciate|be interested)\b/gi,
  // Something attached, other than the résumé sent again.
  /\b(?:i(?:['’]ve| have) )?(?:attached|enclosed)\b(?![^.?!\n]{0,30}\b(?:r[ée]sum[ée]|cv|cover letter|application|references|transcripts?)\b)/gi,
  /\bhere(?: is|['’]s) (?:a|an|the) link\b/gi,
  // News since the interview.
  /\bsince (?:we (?:last )?(?:spoke|met|talked)|our (?:last )?(?:conversation|interview|meeting|call|chat)|the interview|my (?:last|previous|earlier) (?:email|message|note|letter)|then),? (?:i(?:['’]ve| have) (?!not\b|been waiting\b|heard\b)|i (?:completed|finished|earned|won|launched|published|passed|shipped|presented|released|got|received|was|wrote|built|put|read|came))/gi,
  /\bi(?:['’]ve| have) (?:just |recently |now |since |also )?(?:completed|finished|earned|won|launched|published|passed|shipped|presented|released|obtained|been awarded|been promoted|been accepted|been invited|been named|been selected)\b/gi,
  /\bi (?:just|recently|since|also recently) (?:completed|finished|earned|won|launched|published|passed|shipped|presented|released|obtained|got|received|was (?:awarded|promoted|accepted|invited|named|selected))\b/gi,
  /\b(?:this|last|earlier this) (?:week|month),? i (?:completed|finished|earned|won|launched|published|passed|shipped|presented|released|obtained|got|received|was)\b/gi,
  /\bi(?:['’]ve| have) (?:just |recently |since )?(?:got|gotten|had) (?:an?|another|a second)\b/gi,
  /\b(?:another |a competing |a second |an? (?:new |other )?)(?:job )?offer\b/gi,
  /\b(?:new|recent|latest|exciting|good|quick|brief|small) (?:development|developments|result|results|milestone|certification|certificate|award|publication|numbers)\b/gi,
  // News announced ("I have some news", "news that arrived after we met"), not hoped for ("I hope to hear good news").
  /\b(?:share|sharing|have|i['’]ve got|with|pass on|bring|bringing) (?:some |a bit of |a piece of )?(?:exciting |good |great |big |happy |recent |late-breaking )?news\b/gi,
  /\bnews (?:that|which) (?:arrived|came|broke)\b/gi,
  // Something achieved, with a time since the interview in the same sentence: "I passed the exam on Saturday",
  // "yesterday I passed", "the series won a silver this morning".
  new RegExp(`\\b${ACHIEVED}\\b[^.?!\\n]{0,60}?\\b${RECENT}\\b`, 'gi'),
  new RegExp(`\\b${RECENT}\\b[^.?!\\n]{0,60}?\\b${ACHIEVED}\\b`, 'gi'),
  // A development in their world since the meeting: "Since we spoke, the regulator has released new guidance".
  /\bsince (?:we (?:last )?(?:spoke|met|talked)|our (?:last )?(?:conversation|interview|meeting|call|chat)|the interview|then),? (?:[\w'’-]{1,30} ){1,6}(?:has|have|had) (?:just |now |also )?(?:released|published|announced|launched|changed|issued|introduced|passed|approved|finali[sz]ed|opened)\b/gi,
  // Something made for them: "I've put together a short summary".
  /\bi(?:['’]ve| have) (?:just |also |since |now )?(?:put together|written up|drafted|sketched|mocked up|prepared|compiled|recorded) (?:a|an|some|the)\b/gi,
  // A credential or prize gained: "I earned my PMP credential", "the paper received an award".
  /\b(?:earned|passed|obtained|received|achieved|won|gained|been granted|was granted) (?:my|the|an?|our) (?:[\w-]{1,30} ){0,4}(?:certification|certificate|credential|license|licence|exam|award|designation|accreditation|scholarship|fellowship|prize|medal)\b/gi,
  /\b(?:i (?:was|have been|got)|i['’]ve been) (?:promoted|awarded|selected|named|shortlisted)\b/gi,
  /\bi (?:put together|wrote up|drafted|sketched|mocked up) (?:a|an|some)\b/gi,
];

export interface News {
  /** Where the draft brings it, for underlining or quoting. */
  ranges: TextRange[];
  /** What was found, in a few words ("a link", "one of your saved ideas"). */
  what: string;
}

/** What new thing the draft brings, or null. Reads only the main text (a portfolio link in the signature is not news). */
export function findNews(a: Analysis, ctx: ResolvedContext): News | null {
  const url = a.links.find((l) => l.kind === 'url' && l.start >= a.main.start && l.end <= a.main.end);
  if (url) return { ranges: [bodyRange(url)], what: 'a link' };
  const iv = ctx.interview;
  for (const item of [...(Array.isArray(iv?.news) ? iv.news : []), ...(Array.isArray(iv?.ideas) ? iv.ideas : [])]) {
    if (typeof item !== 'string' || !item.trim()) continue;
    const hit = mentions(a, item);
    if (hit) return { ranges: hit, what: 'an item from your notes' };
  }
  // On huge input the first 100,000 characters are plenty.
  const span = { start: a.main.start, end: Math.min(a.main.end, a.main.start + 100_000) };
  for (const re of NEWS_PATTERNS) {
    const hit = matchRanges(a, re, span);
    if (hit.length) return { ranges: hit.slice(0, 5), what: 'news' };
  }
  return null;
}
