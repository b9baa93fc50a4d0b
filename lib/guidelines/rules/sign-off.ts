import { bodyRange } from '../analysis';
import { ALL_KINDS, fail, fixed, pass, type Rule } from '../rule';
import { lastLines, splitLines } from '../text/lines';
import { CLOSING_RE } from '../text/segments';

// Closings that belong in a message to a friend, not to an interviewer. "Take care" and
// "Talk soon" are friendly but assume a relationship the candidate does not have yet;
// plain "Thanks," is ordinary business English and passes.
const CASUAL_RE =
  /^(?:(?:cheers|cheerio|thx|thnx|tx|ty|later|laters|see ya|see you soon|see you|xo|xoxo|xx|ttyl|talk soon|speak soon|take care|catch you later|peace|love|hugs|thanks a bunch|thanks a million|ta)\b|thanks!{2,}|thank you!{2,})[,.!]*\s*(?:\p{Extended_Pictographic}|[:;]-?[)D])*\s*$/iu;

// A closing phrase that segments may not list: "Looking forward to hearing from you,".
const OTHER_CLOSING_RE =
  /^(?:(?:i )?look(?:ing)? forward to [\p{L}\s'’]{1,60}|(?:with )?(?:best|kind|warm|warmest|sincere|many) [\p{L}]+|respectfully|sincerely|gratefully|appreciatively|thank you[\p{L}\s'’]{0,50}|thanks[\p{L}\s'’]{0,50}|yours [\p{L}]+|with [\p{L}]+(?: [\p{L}]+)?)[,.]?$/iu;


const casual = (t: string) => `"${t}" is too casual for a letter to an employer. Close with "Best regards," or "Kind regards," instead.`;
const NONE = 'There is no closing line before your name. Add one such as "Best regards," or "Sincerely,".';

export const signOff: Rule = {
  id: 'sign-off',
  kinds: ALL_KINDS,
  severity: fixed('warning'),
  english: false,
  title: 'Close professionally',
  why: 'A courteous closing line before your name is expected in a letter to an employer.',
  passMessage: 'You close with a professional sign-off.',
  check({ a }) {
    const so = a.segments.signOff;
    if (so) {
      const t = so.text.trim();
      if (CASUAL_RE.test(t)) return fail(casual(t), [bodyRange(so)]);
      return pass(`You close with "${t}".`);
    }
    // No closing found by the segmenter: accept a short closing phrase ending the main text
    // right before the signature ("Looking forward to hearing from you,").
    const candidates: { start: number; text: string }[] = [];
    const last = lastLines(a.body, a.main.start, a.main.end, 1)[0];
    if (last) candidates.push(last);
    const sig = a.segments.signature;
    if (sig) {
      const first = splitLines(a.body.slice(sig.start, Math.min(sig.end, sig.start + 2000))).find((l) => l.text.trim());
      if (first) candidates.push({ start: sig.start + first.start, text: first.text });
    }
    for (const c of candidates) {
      const t = c.text.trim();
      const start = c.start + (c.text.length - c.text.trimStart().length);
      const range = bodyRange({ start, end: start + t.length });
      if (t.length > 70) continue;
      if (CASUAL_RE.test(t)) return fail(casual(t), [range]);
      if (/,$/.test(t) && OTHER_CLOSING_RE.test(t) && sig) return pass(`You close with "${t}".`);
      // "Best regards, Jordan" on one line.
      const comma = t.indexOf(',');
      if (comma > 0 && /^\p{Lu}[\p{L}.'’ -]{0,40}$/u.test(t.slice(comma + 1).trim())) {
        const head = t.slice(0, comma + 1);
        if (CASUAL_RE.test(head)) return fail(casual(head.slice(0, -1)), [range]);
        if (CLOSING_RE.test(head) || OTHER_CLOSING_RE.test(head)) return pass(`You close with "${head}".`);
      }
    }
    if (last) {
      const start = last.start + (last.text.length - last.text.trimStart().length);
      return fail(NONE, [bodyRange({ start, end: start + last.text.trim().length })]);
    }
    return fail(NONE);
  },
};
