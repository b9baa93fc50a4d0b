/**
 * needy-tone: pleading, desperation and self-doubt, and more than one apology.
 * (Owned by the rule engineer for the context rules; see the rules brief.)
 */
import { matchRanges } from '../analysis';
import { ALL_KINDS, fail, fixed, pass, type Rule } from '../rule';
import { grams, holds, type Grams } from '../text/grams';
import type { TextRange } from '../types';

export interface Cue {
  re: RegExp;
  /**
   * Words of which every match of `re` holds one: when the lower-cased text holds none of them,
   * `re` is not run. (The patterns match ASCII letters in any case, and only ASCII letters, so
   * lower-casing the text keeps every literal they need.)
   */
  needs: readonly string[];
  /** What to do instead, one short sentence. */
  advice: string;
}

// Each pattern is a flat alternation of literal words: linear time on any input.
const A = "['’]";
export const CUES: readonly Cue[] = [
  {
    re: new RegExp(`\\bi (?:really |truly |desperately |badly |so )?need (?:this|the|that) (?:job|role|position|opportunity|work|offer)\\b`, 'gi'),
    needs: ['need'],
    advice: 'Say what you offer rather than what you need.',
  },
  {
    // About the writer ("I am desperate", "desperate to join"), not "a desperate need for better data".
    re: new RegExp(
      `\\bi(?:${A}m| am)? (?:so |really |quite |truly |getting |becoming )?desperate(?:ly)?\\b|\\bdesperate(?:ly)? (?:to|for) (?:join|work|get|land|hear|find|be|a |an |this|the|any)|\\bdesperation\\b`,
      'gi',
    ),
    needs: ['desperat'],
    advice: 'Sound keen, not desperate.',
  },
  {
    re: /\b(?:please,? |just )?(?:give|grant) me (?:a|one|another|one more) (?:chance|shot|try)\b/gi,
    needs: ['chance', 'shot', 'try'],
    advice: 'Ask for the next step with confidence instead of pleading.',
  },
  {
    re: new RegExp(`\\bi(?:${A}ll| will|${A}d| would) do (?:anything|whatever it takes|absolutely anything)\\b`, 'gi'),
    needs: ['anything', 'whatever'],
    advice: 'Say what you would bring, not that you would do anything.',
  },
  {
    re: new RegExp(`\\b(?:i(?: am|${A}m) )?begging\\b|\\bi beg\\b|\\bbeg (?:you|of you)\\b|\\bplease,? please\\b`, 'gi'),
    needs: ['beg', 'please'],
    advice: 'Drop the pleading; a plain request is stronger.',
  },
  {
    re: new RegExp(
      `\\b(?:i hope|hopefully) i (?:didn${A}t|did not|haven${A}t|have not) (?:blow|blown|mess|messed|screw|screwed|ruin|ruined|botch|botched|bomb|bombed)(?: (?:it|up|things|my chances?|the interview))?\\b` +
        `|\\bi (?:think |feel (?:like )?|know |fear )?i (?:blew it|messed up|screwed up|bombed|botched)\\b|\\bi (?:blew it|bombed the interview|messed up the interview)\\b`,
      'gi',
    ),
    needs: ['blow', 'blew', 'mess', 'screw', 'ruin', 'botch', 'bomb'],
    advice: 'Leave out doubts about how the interview went.',
  },
  {
    re: new RegExp(
      `\\b(?:i know |i reali[sz]e |i understand )?(?:that )?(?:(?:i${A}m|i am)(?: probably| likely| certainly| clearly)? not|i (?:may|might) not be) (?:the|your) (?:best|strongest|ideal|perfect|top|most qualified|most experienced|obvious|first) (?:candidate|fit|choice|applicant|person)\\b`,
      'gi',
    ),
    needs: ['candidate', 'fit', 'choice', 'applicant', 'person'],
    advice: 'Make the case for yourself rather than against.',
  },
  {
    re: new RegExp(
      `\\b(?:sorry|apologi[sz]e|i hate) (?:to|for|if i am|if i${A}m) (?:bother|bothering|bug|bugging|pester|pestering|disturb|disturbing|trouble|troubling|annoy|annoying|nag|nagging)\\b` +
        `|\\bi hope i(?:${A}m| am) not (?:bothering|pestering|bugging|annoying|being (?:a pest|a nuisance|annoying|pushy))\\b`,
      'gi',
    ),
    needs: ['sorry', 'apolog', 'hate', 'hope'],
    advice: 'A polite follow-up needs no apology.',
  },
  {
    // Arguing against oneself by comparison: "there are probably candidates with more experience than me".
    re: new RegExp(
      `\\b(?:there (?:are|were|will be)|you (?:have|had|saw|met|will see|are seeing|interviewed)) (?:probably |likely |surely |certainly |definitely |many |lots of |plenty of |a lot of |other |stronger |better )*(?:candidates|applicants|people|others) (?:with more|who are more|more (?:qualified|experienced)|better (?:qualified|suited)|stronger than)\\b`,
      'gi',
    ),
    needs: ['candidates', 'applicants', 'people', 'others'],
    advice: 'Make the case for yourself rather than against.',
  },
  {
    // Doubts about one's own interview: "I feel like I didn't get to say everything", "I worry I came across badly".
    re: new RegExp(
      `\\bi (?:feel like|felt like|feel that|worry(?: that)?|fear(?: that)?|am afraid(?: that)?|${A}m afraid(?: that)?|${A}m worried(?: that)?|am worried(?: that)?) i (?:didn${A}t|did not|wasn${A}t|was not|couldn${A}t|could not|came across|rambled|said something wrong|messed|blew)\\b`,
      'gi',
    ),
    needs: ['feel', 'felt', 'worr', 'fear', 'afraid'],
    advice: 'Leave out doubts about how the interview went.',
  },
  { re: new RegExp(`\\b(?:please )?(?:don${A}t|do not) forget (?:about )?me\\b`, 'gi'), needs: ['forget'], advice: 'Remind them of your value instead.' },
  {
    re: /\b(?:this job|this role|this opportunity|this position) (?:means|would mean) (?:everything|the world) to me\b|\bmy (?:last|only) (?:hope|chance)\b/gi,
    needs: ['mean', 'hope', 'chance'],
    advice: 'Show enthusiasm through what you would do in the role.',
  },
  {
    re: new RegExp(`\\brunning out of (?:money|options|savings)\\b|\\bi can(?:not|${A}t) afford to (?:lose|miss) (?:this|it)\\b`, 'gi'),
    needs: ['running', 'afford'],
    advice: 'Keep your circumstances out of it.',
  },
  {
    re: new RegExp(`\\b(?:anxiously|nervously|impatiently) (?:waiting|awaiting|checking)\\b|\\bi can(?:not|${A}t) (?:stop thinking about (?:it|the interview|this)|sleep)\\b`, 'gi'),
    needs: ['anxiously', 'nervously', 'impatiently', 'stop', 'sleep'],
    advice: 'Sound patient and confident.',
  },
];

export const APOLOGY_RE = /\b(?:sorry|apologi[sz](?:e|es|ed|ing)|apolog(?:y|ies))\b/gi;
// Every match of APOLOGY_RE holds one of these.
export const APOLOGY_NEEDS = ['sorry', 'apolog'];

/** Whether the lower-cased text `lower` (with its bitmap `g`) holds one of the literals a pattern needs. */
export const mayHoldOne = (g: Grams, lower: string, needs: readonly string[]): boolean => needs.some((n) => holds(g, lower, n));

export const needyTone: Rule<'needy-tone'> = {
  id: 'needy-tone',
  kinds: ALL_KINDS,
  severity: fixed('warning'),
  english: true,
  title: 'Sound confident, not needy',
  why: 'Employers want a candidate who is interested, not desperate; pleading or self-doubt undercuts the case you just made.',
  passMessage: 'The tone is confident.',
  check({ a }) {
    // The user's own words: from the greeting to the closing line (not the quoted thread).
    // (On huge input the first 100,000 characters are plenty.)
    const start = a.segments.greeting?.start ?? a.main.start;
    const span = { start, end: Math.min(a.segments.signOff?.end ?? a.main.end, start + 100_000) };
    const ranges: TextRange[] = [];
    let advice = '';
    let firstAt = Infinity;
    const lower = a.body.slice(span.start, span.end).toLowerCase();
    const g = grams(lower);
    for (const cue of CUES) {
      if (!mayHoldOne(g, lower, cue.needs)) continue;
      const hit = matchRanges(a, cue.re, span);
      if (!hit.length) continue;
      if (hit[0]!.start < firstAt) {
        firstAt = hit[0]!.start;
        advice = cue.advice;
      }
      ranges.push(...hit);
    }
    const apologies = mayHoldOne(g, lower, APOLOGY_NEEDS) ? matchRanges(a, APOLOGY_RE, span) : [];
    if (apologies.length > 1) {
      if (ranges.length === 0) {
        return fail(`You apologise ${apologies.length} times. Keep one apology at most: following up is no imposition.`, apologies.slice(0, 20));
      }
      for (const r of apologies) if (!ranges.some((x) => x.start <= r.start && r.end <= x.end)) ranges.push(r);
    }
    if (ranges.length === 0) return pass();
    ranges.sort((x, y) => x.start - y.start);
    const first = a.body.slice(firstAt, ranges.find((r) => r.start === firstAt)!.end);
    const more = ranges.length > 1 ? ` and ${ranges.length - 1} more phrase${ranges.length > 2 ? 's' : ''}` : '';
    return fail(`"${first}"${more} sound${ranges.length > 1 ? '' : 's'} needy. ${advice}`, ranges.slice(0, 20));
  },
};
