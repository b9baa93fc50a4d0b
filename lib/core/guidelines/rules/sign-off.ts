import { bodyRange } from '../analysis';
import { ALL_KINDS, fail, fixed, pass, type Rule } from '../rule';
import { lastLines } from '../text/lines';

// Closings that belong in a message to a friend, not to an interviewer. "Take care" and
// "Talk soon" are friendly but assume a relationship the candidate does not have yet;
// plain "Thanks," is ordinary business English and passes.
const CASUAL_RE =
  /^(?:(?:cheers|cheerio|thx|thnx|tx|ty|later|laters|see ya|see you soon|see you|xo|xoxo|xx|ttyl|talk soon|speak soon|take care|catch you later|peace|love|hugs|be well|thanks a bunch|thanks a million|ta)(?![\p{L}])|thanks!{2,}|thank you!{2,})[,.!]*\s*(?:\p{Extended_Pictographic}|[:;]-?[)D])*\s*$/iu;

// A closing phrase the segmenter does not list, ending the text right above the signature
// with a comma: "Looking forward to hearing from you,", "With sincere appreciation,".
const OTHER_CLOSING_RE =
  /^(?:(?:i )?look(?:ing)? forward to [\p{L}\s'’]{1,60}|(?:with )?(?:best|kind|warm|warmest|sincere|many|deep|great) [\p{L}]+(?: [\p{L}]+)?|respectfully|sincerely|gratefully|appreciatively|thank you[\p{L}\s'’]{0,50}|thanks[\p{L}\s'’]{0,50}|yours [\p{L}]+|with [\p{L}]+(?: [\p{L}]+)?)[,]$/iu;

/** Whether a closing line is one of the casual ones ("Cheers,", "Talk soon :)"). */
export const isCasualClosing = (line: string): boolean => CASUAL_RE.test(line.trim());

const casual = (t: string) => `“${t}” is too casual for a letter to an employer. Close with “Best regards,” or “Kind regards,” instead.`;
const NONE = 'There is no closing line before your name. Add one such as “Best regards,” or “Sincerely,”.';

export const signOff: Rule<'sign-off'> = {
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
      return pass(`You close with “${t}”.`);
    }
    // No closing found by the segmenter: accept a short closing phrase that ends the main
    // text with a comma right above the signature.
    const last = lastLines(a.body, a.main.start, a.main.end, 1)[0];
    if (last) {
      const t = last.text.trim();
      const start = last.start + (last.text.length - last.text.trimStart().length);
      const range = bodyRange({ start, end: start + t.length });
      if (t.length <= 70 && CASUAL_RE.test(t)) return fail(casual(t), [range]);
      if (t.length <= 70 && a.segments.signature && OTHER_CLOSING_RE.test(t)) return pass(`You close with “${t}”.`);
      return fail(NONE, [range]);
    }
    return fail(NONE);
  },
};
