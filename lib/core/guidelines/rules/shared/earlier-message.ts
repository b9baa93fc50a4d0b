/**
 * Does the draft point back at a message the candidate already sent? Shared by kind
 * detection (such a draft is a second follow-up) and `prior-reference` (which asks a
 * second follow-up to do it). Every pattern is a flat alternation or a bounded gap:
 * linear time on any input.
 *
 * - explicit: the earlier message is named or dated ("my note of 3 May", "as I wrote last
 *   week", "when I followed up with Dana", "following up once more", "bumping this").
 * - implied: writing again is said without naming the first message ("reaching out again").
 * - apology: the "again" sits in an apology ("sorry to bother you again"), a politeness
 *   formula that people also use in a first follow-up, so kind detection does not rely on it.
 */

import { grams, holds, type Grams } from '../../text/grams';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
/** A point in the past: "on March 3", "on the 4th", "last week", "two weeks ago". */
const WHEN = [
  `on (?:the )?\\d{1,2}(?:st|nd|rd|th)?\\b`,
  `on ${MONTH} \\d{1,2}`,
  `on \\d{1,2}(?:st|nd|rd|th)? ${MONTH}`,
  `on ${WEEKDAY}`,
  `last (?:week|month|time|${WEEKDAY})`,
  `earlier (?:this|in the|last) (?:week|month)`,
  `(?:a|one|two|three|four|a few|a couple of|several) (?:days?|weeks?) ago`,
  `previously`,
].join('|');
// The candidate's own earlier message. A thank-you note is left out: a first follow-up often
// mentions it. "my letter of recommendation" and "my notes" are not messages either.
const MESSAGE = '(?:e-?mails?|messages?|note|letter(?! of (?:recommendation|reference|intent|support))|follow-?ups?|follow up|voicemail|inquiry|enquiry)';
/** Verbs of having written, in the first person past. */
const WROTE =
  '(?:wrote (?:to|you)|emailed|e-mailed|messaged|pinged|reached out|followed up|got in touch|contacted you|left (?:you )?an? (?:voicemail|message)|sent (?:you |over )?(?:a|an|my)(?: short| quick| brief)?(?: follow-up| follow up| thank-you)? (?:note|e-?mail|message|letter|follow-up|line))';

const src = (parts: string[]): string => parts.join('|');

const EXPLICIT_PARTS: [string[], string][] = [
  // my previous email, my earlier note, my last follow-up
  [['my '], `\\bmy (?:previous|earlier|last|prior|first|initial|recent|original) (?:${MESSAGE}|reply|response)\\b(?! (?:address|interview|questions?|call|meeting))`],
  // my note from last week, my email of 2 May, my message on the 4th
  [['my '], `\\bmy ${MESSAGE} (?:of|from|dated|sent|last|earlier|${WHEN})`],
  // since my email, a reply to my note, regarding my message (not "my email address")
  [[' my '], `\\b(?:since|to|about|regarding|re|after|on|seen|saw|received|receive|got|get|read) my ${MESSAGE}\\b(?! (?:address|interview|questions?|call|meeting))`],
  // as I wrote on March 3, as I mentioned last week, as I said in my email
  [['as i '], `\\bas i (?:wrote|mentioned|said|noted|shared|explained|indicated|asked)(?: to you)? (?:${WHEN}|earlier|in my (?:last |previous |earlier )?${MESSAGE}|recently)`],
  // I wrote to Ms. Alvarado on March 6, I pinged Priya on the 4th, I sent a note last week
  [['wrote', 'mailed', 'messaged', 'pinged', 'reached out', 'followed up', 'got in touch', 'contacted you', 'left ', 'sent '], `\\bi ${WROTE}\\b[^?!\\n]{0,50}?\\b(?:${WHEN})`],
  // when I followed up with Priya; I already reached out; the email I sent on the 4th
  [['followed up'], `\\bi (?:already |previously |last )?followed up\\b`],
  [['already', 'previously'], `\\bi(?:'ve| have)? (?:already|previously) (?:reached out|written|wrote|emailed|e-mailed|contacted you|sent)\\b`],
  [[' i sent', ' i wrote', ' i left'], `\\bthe (?:e-?mail|note|message|letter|follow-?up|voicemail) i (?:sent|wrote|left)\\b`],
  // since I last wrote, since I reached out
  [['since i '], `\\bsince i (?:last )?(?:wrote|emailed|e-mailed|reached out|followed up|contacted you|got in touch)\\b`],
  // Last week I wrote to you; On May 2, I emailed
  [
    ['wrote', 'mailed', 'messaged', 'reached out', 'followed up', 'sent ', 'contacted you'],
    `\\b(?:last (?:week|month|${WEEKDAY})|earlier this (?:week|month)|on (?:the )?\\d{1,2}(?:st|nd|rd|th)?|on ${MONTH} \\d{1,2}(?:st|nd|rd|th)?|(?:a|one|two|a few) (?:days?|weeks?) ago),? i (?:wrote (?:to|you)|emailed|e-mailed|messaged|reached out|followed up|sent (?:you )?(?:a|an|my) (?:[a-z-]{1,20} )?${MESSAGE}|contacted you)`,
  ],
  // following up once more, writing one more time, following up on my email
  [['follow'], `\\b(?:following|follow) up (?:again|once more|once again|one more time|a second time|for the second time)\\b`],
  [
    ['once more', 'time'],
    `\\b(?:writing|reaching out|getting in touch|checking in|touching base|circling back|following up|contacting you|emailing you|write|reach out|check in|touch base|circle back|follow up)(?: with you| to you)? (?:once more|one more time|one last time|one final time|a final time|a last time|a second time|for a second time)\\b`,
  ],
  // bumping this, bump this up, just a bump
  [['bump'], `\\bbump(?:ing)? (?:this|it|up|my (?:e-?mail|message|note))\\b`],
  [['bump'], `\\b(?:a|quick|gentle|friendly|little) bump\\b`],
  // second follow-up said outright
  [['follow-up', 'followup'], `\\b(?:second|2nd|another|final|last) follow-?up\\b(?! (?:interview|call|meeting|conversation|round|questions?))`],
];
const EXPLICIT_SRC = src(EXPLICIT_PARTS.map((p) => p[1]));

const IMPLIED_PARTS: [string[], string][] = [
  [
    ['again'],
    `\\b(?:writing|reaching out|getting in touch|checking in|touching base|circling back|following up|contacting you|emailing|messaging|pinging you|nudging you|write|reach out|get in touch|check in|touch base|circle back|follow up|contact you|email you|ping you)(?: with you| to you| here)? (?:again|once again)\\b`,
  ],
  [['nudge'], `\\b(?:a|quick|gentle|friendly|little) nudge\\b`],
];
const IMPLIED_SRC = src(IMPLIED_PARTS.map((p) => p[1]));

const APOLOGY_PARTS: [string[], string][] = [
  [[' you again'], `\\b(?:bother(?:ing)?|troubl(?:e|ing)|disturb(?:ing)?|pester(?:ing)?|bug(?:ging)?) you again\\b`],
  [['sorry '], `\\bsorry (?:for|about|to be) (?:emailing|writing|messaging|reaching out|contacting you|following up)(?: you)? (?:again|so (?:much|often))\\b`],
  [['so '], `\\b(?:emailing|writing|messaging) (?:you )?so (?:much|often)\\b`],
];
const APOLOGY_SRC = src(APOLOGY_PARTS.map((p) => p[1]));

export type EarlierStrength = 'explicit' | 'implied' | 'apology';

/** Global, case-insensitive patterns for `matchRanges`, in the order they are tried. */
export const EARLIER_PATTERNS: { strength: EarlierStrength; re: RegExp }[] = [
  { strength: 'explicit', re: new RegExp(EXPLICIT_SRC, 'gi') },
  // An apology is looked for before a bare "again": "sorry for emailing again" is one.
  { strength: 'apology', re: new RegExp(APOLOGY_SRC, 'gi') },
  { strength: 'implied', re: new RegExp(IMPLIED_SRC, 'gi') },
];

const TESTERS: { strength: EarlierStrength; re: RegExp }[] = EARLIER_PATTERNS.map((p) => ({ strength: p.strength, re: new RegExp(p.re.source, 'i') }));

/** The strongest reference to an earlier message in `text`, with the words that make it, or null. */
export function earlierReference(text: string): { strength: EarlierStrength; match: string } | null {
  const t = text.replace(/’/g, "'");
  for (const { strength, re } of TESTERS) {
    const m = re.exec(t);
    if (m) return { strength, match: m[0] };
  }
  return null;
}

// Each alternative on its own, with the literals every match of it holds (in lower case).
const GATED: { strength: EarlierStrength; parts: { needs: string[]; re: RegExp }[] }[] = [
  { strength: 'explicit', parts: EXPLICIT_PARTS.map(([needs, source]) => ({ needs, re: new RegExp(source, 'i') })) },
  { strength: 'apology', parts: APOLOGY_PARTS.map(([needs, source]) => ({ needs, re: new RegExp(source, 'i') })) },
  { strength: 'implied', parts: IMPLIED_PARTS.map(([needs, source]) => ({ needs, re: new RegExp(source, 'i') })) },
];

/**
 * The strength `earlierReference` finds, for a text already in lower case with plain
 * apostrophes: each alternative is tried alone, and only when the text holds a literal that
 * all its matches hold, so that most of them are never run. `g` is the bitmap of `lower`
 * or of a text that holds it.
 */
export function earlierStrengthOfLower(lower: string, g: Grams = grams(lower)): EarlierStrength | null {
  for (const { strength, parts } of GATED) {
    for (const { needs, re } of parts) if (needs.some((n) => holds(g, lower, n)) && re.test(lower)) return strength;
  }
  return null;
}
