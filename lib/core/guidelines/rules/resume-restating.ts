import { fail, fixed, pass, type Rule } from '../rule';
import type { TextRange } from '../types';

const BULLET_RE = /^\s{0,8}(?:[-*•·–—▪◦●○➢➤►✓✔]|\d{1,2}[.)]|[a-z][.)])\s+\S/u;
// Past this many, the count no longer matters.
const MAX_BULLETS = 100;
const MARKER_SYMBOLS = new Set(['-', '*', '•', '·', '–', '—', '▪', '◦', '●', '○', '➢', '➤', '►', '✓', '✔']);

/** A cheap test before the regular expression: a symbol, or "1." / "a)" with its mark. */
function mayStartItem(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) {
    const n1 = text.charCodeAt(i + 1);
    const next = n1 >= 48 && n1 <= 57 ? text.charCodeAt(i + 2) : n1;
    return next === 46 /* . */ || next === 41; /* ) */
  }
  return code > 41 && MARKER_SYMBOLS.has(text[i]!);
}
// Sentences that list a past duty or a tally of years, in the résumé's own voice.
const DUTY_RE =
  /\b(?:(?:i was|i am|i've been|i have been|i'm)(?: also| previously| directly| primarily| mainly| solely)? (?:responsible|in charge|accountable|tasked) (?:for|of|with)|(?:my|the) (?:duties|responsibilities|tasks|role)(?: also| there)? (?:included|include|were|involved|consisted)|(?:duties|responsibilities) (?:included|include|were)|i have (?:over |more than |nearly |almost |about |around )?(?:\d{1,2}\+?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\+? years?|(?:\d{1,2}\+?|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\+? years? of (?:experience|expertise|work)|i (?:have )?spent (?:my (?:whole |entire )?career|(?:the (?:past|last) )?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty) years)|i (?:managed(?! to\b)|oversaw|handled|supervised|coordinated|administered|maintained|processed|performed|prepared|conducted|organized|organised|assisted|served as|worked as|was employed as)|(?:in|at) my (?:previous|current|last|prior|former) (?:role|position|job),? i|i (?:also )?(?:have )?(?:worked|served) (?:as|in) (?:a|an|the)\b)/i;
// A sentence that is only a past achievement, résumé style: "I built and led a team of 35."
const ACHIEVEMENT_RE =
  /^(?:i|and i) (?:also |personally )?(?:grew|built|led|launched|rebuilt|negotiated|founded|created|developed|designed|delivered|drove|doubled|tripled|closed|won|shipped|hired)\b/i;

export const resumeRestating: Rule<'resume-restating'> = {
  id: 'resume-restating',
  kinds: ['thank-you', 'follow-up', 'second-follow-up'],
  severity: fixed('warning'),
  english: true,
  title: 'Do not retell your résumé',
  why: 'They have your résumé already; the letter should pick the one or two points that matter to them.',
  passMessage: 'The letter does not retell your résumé.',
  check({ a }) {
    const bullets: TextRange[] = [];
    const offset = a.main.start;
    const text = a.mainText;
    for (let start = 0; start < text.length && bullets.length < MAX_BULLETS;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      // Only lines that open with a marker are worth the regular expression.
      let i = start;
      while (i < end && (text[i] === ' ' || text[i] === '\t')) i++;
      if (i < end && end - start <= 2000 && mayStartItem(text, i) && BULLET_RE.test(text.slice(start, end))) {
        bullets.push({ field: 'body', start: offset + i, end: offset + end - (text[end - 1] === '\r' ? 1 : 0) });
      }
      start = end + 1;
    }
    if (bullets.length > 5)
      return fail(
        `The letter lists ${bullets.length >= MAX_BULLETS ? `over ${MAX_BULLETS}` : bullets.length} bullet points, which reads like your résumé. Keep the two or three that answer their needs.`,
        bullets,
      );
    const duties: TextRange[] = [];
    for (const s of a.sentences) {
      if (s.text.length > 2000 || s.text.length < 9) continue;
      // A cheap test first: every duty pattern has one of these.
      const low = s.text.toLowerCase();
      if (!low.includes('i ') && !low.includes('dut') && !low.includes('respons') && !low.includes('year')) continue;
      const norm = low.replace(/’/g, "'");
      if (DUTY_RE.test(norm) || ACHIEVEMENT_RE.test(norm)) duties.push({ field: 'body', start: s.start, end: s.end });
    }
    if (duties.length > 3) return fail(`${duties.length} sentences walk through past duties, which reads like your résumé. Keep the result that matters most to them.`, duties);
    return pass();
  },
};
