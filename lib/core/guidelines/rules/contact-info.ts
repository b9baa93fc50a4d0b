import { bodyRange } from '../analysis';
import { fail, fixed, pass, type Rule } from '../rule';
import { lastLines, splitLines } from '../text/lines';
import { classifyChunk } from '../text/tokens';
import { CLOSING_RE, type Span } from '../text/segments';

const PHONE_RE = /(?:^|[^\w])\+?\(?\d[\d\s().\-/]{5,22}\d(?![\w])/;
// A capitalised word, or a word of a script without case ("王伟", "محمد").
const NAME_WORD_RE = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lo}[\p{Lo}\p{M}]*)$/u;
// Lines that are not a name even though they are capitalised.
const NOT_NAME_RE = /^(?:sent from|get outlook|linkedin|portfolio|website|phone|mobile|cell|tel|email|e-mail|address)\b/i;

// A template slot for the name ("[Your Name]") is not a name.
const SLOT_RE = /^[[<{%(].{0,40}[\]>}%)]$/;

const PARTICLE_RE = /^(?:de|da|di|du|van|von|der|den|del|della|la|le|bin|binti|al|el|dos|das|y)$/i;

function digits(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= '0' && ch <= '9') n++;
  return n;
}

/** Whether a block of text holds a phone number or an email address. */
function hasContact(text: string): boolean {
  return text.split(/\s+/).some((p) => classifyChunk(p) === 'email') || (digits(text) >= 7 && PHONE_RE.test(text));
}

/**
 * The lines where a signature lives: the signature block, or what follows the sign-off, or
 * (when neither was found) the short lines that end the user's own text.
 */
function signatureSpan(body: string, s: { signOff?: Span; signature?: Span; quoted?: Span }): Span | undefined {
  const ownEnd = s.quoted ? s.quoted.start : body.length;
  if (s.signature) return { start: s.signOff ? Math.min(s.signOff.end, s.signature.start) : s.signature.start, end: s.signature.end };
  if (s.signOff) return s.signOff.end < ownEnd && body.slice(s.signOff.end, ownEnd).trim() ? { start: s.signOff.end, end: ownEnd } : undefined;
  const lines = lastLines(body, 0, ownEnd, 4);
  let k = lines.length;
  while (k > 0 && lines.length - k < 3) {
    const t = lines[k - 1]!.text.trim();
    if (t.length > 60 || /[.!?:;]$/.test(t)) break;
    k--;
  }
  return k < lines.length ? { start: lines[k]!.start, end: lines[lines.length - 1]!.end } : undefined;
}

export const contactInfo: Rule<'contact-info'> = {
  id: 'contact-info',
  kinds: ['thank-you', 'follow-up', 'second-follow-up', 'update', 'withdrawal'],
  severity: fixed('warning'),
  english: false,
  title: 'Sign with your name and contact',
  why: 'Letters get forwarded and printed, and a signature with your name and phone or email is the part that always travels with them.',
  passMessage: 'Your signature gives your name and a way to reach you.',
  check({ a, draft, ctx }) {
    const span = signatureSpan(a.body, a.segments);
    // A signature is a few lines; a huge one is not worth reading in full.
    const text = span ? a.body.slice(span.start, Math.min(span.end, span.start + 4000)) : '';
    // Names we may recognise: from the profile and the sender's display name.
    const known = new Set<string>();
    for (const n of [ctx.profile?.name, draft.from?.name]) for (const w of (n ?? '').toLowerCase().split(/[^\p{L}\p{M}'’-]+/u)) if (w.length > 1) known.add(w);

    let name = false;
    let reach = false;
    for (const line of splitLines(text)) {
      const t = line.text.trim();
      if (!t || t.length > 160) continue;
      const parts = t.split(/\s+/);
      if (parts.some((p) => classifyChunk(p) === 'email')) reach = true;
      if (digits(t) >= 7 && PHONE_RE.test(t)) reach = true;
      if (name || NOT_NAME_RE.test(t)) continue;
      // The name may share its line with a phone or an email ("Jamie Lin 555-0100" in a
      // paste that lost its line breaks): only the words left once those are gone count.
      const words = parts.filter((p) => classifyChunk(p) === 'text' && !/\d/.test(p) && !/^[|·•/]$/.test(p));
      if (words.length === 0 || words.length > 8) continue;
      // A name: one to five capitalised words, or a word of the profile's name.
      // "Marcus Bell, RN", "Jordan Avery | Analyst", "Best regards, Jordan": look at each part.
      // "— Jordan", "Jordan Avery (she/her)": the dash and the pronouns are not the name.
      const bare = words
        .join(' ')
        .replace(/^[-–—~\s]+/, '')
        .replace(/\s*\([^()]{0,30}\)/g, '');
      for (const part of bare.split(/\s*[,|•·–—]\s*|\s+-\s+/)) {
        const clean = part.trim();
        if (!clean || /\d|@|:\/\//.test(clean) || CLOSING_RE.test(clean) || SLOT_RE.test(clean)) continue;
        const ws = clean.split(/\s+/);
        if (known.size && ws.some((w) => known.has(w.toLowerCase().replace(/[,.]+$/, '')))) name = true;
        else if (ws.length <= 5 && ws.every((w) => NAME_WORD_RE.test(w) || PARTICLE_RE.test(w)) && !/[.!?:]$/.test(clean)) name = true;
        if (name) break;
      }
    }
    const range = span ? [bodyRange({ start: span.start + (text.length - text.trimStart().length), end: span.end })] : [];
    if (name && reach) return pass();
    // A printed letter's heading may give the phone and email; the signature should repeat them.
    if (name && a.segments.letterhead && hasContact(a.body.slice(a.segments.letterhead.start, Math.min(a.segments.letterhead.end, a.segments.letterhead.start + 2000))))
      return fail('Your phone and email are only in the letter heading. Repeat one of them under your name, where a forwarded copy keeps it.', range);
    if (!span || (!name && !reach)) return fail('There is no signature. End with your full name and a phone number or email address.', range);
    if (!name) return fail('Your signature has no name. Put your full name above your phone number or email address.', range);
    return fail('Your signature gives no way to reach you. Add a phone number or email address under your name.', range);
  },
};
