/**
 * Finds the parts of an email body: greeting, main text, sign-off, signature and quoted
 * history, so that each rule reads the right part. Offsets are into the original text.
 */
import { isBlank, splitLines, type Line } from './lines';

export interface Span {
  start: number;
  end: number;
}

export interface Segments {
  /** The greeting ("Dear Ms. Okafor,"), if any. */
  greeting?: Span & { text: string };
  /** The message itself: between the greeting and the sign-off. */
  main: Span;
  /** The closing line ("Best regards,"), if any. */
  signOff?: Span & { text: string };
  /** The lines after the sign-off (or a trailing name/contact block). */
  signature?: Span;
  /** Quoted earlier messages: from the first quote marker to the end. */
  quoted?: Span;
}

// Openers that address the reader. Matched at the start of the first line, case-insensitively.
const GREETING_RE =
  /^(?:dear|hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening|day)|to whom it may concern|hallo|hola|bonjour|liebe|lieber|sehr geehrte[rs]?|estimad[oa]s?|querid[oa]s?)\b/i;

// Closings. A sign-off line is short and is one of these, optionally followed by a few words
// ("Thank you again for your time,") and a comma or nothing.
export const CLOSING_RE =
  /^(?:(?:yours )?(?:sincerely|truly|faithfully|respectfully)(?: yours)?|(?:with )?(?:best|kind|kindest|warm|warmest|many) (?:regards|wishes|thanks)|best|regards|warmly|cordially|respectfully yours|all the best|(?:thanks|thank you)(?: (?:again|so much|very much|once again))?(?: for [\p{L}\s'’]{1,40})?|many thanks|with (?:appreciation|gratitude|thanks)|gratefully|cheers|thx|thanks!*|later|xoxo|ttyl|take care|talk soon|cordialement|saludos|mit freundlichen grüßen|viele grüße|atentamente)[,.!]*$/iu;

/** Offset in `text` where quoted history starts, or -1. */
export function findQuoteStart(text: string, lines: Line[] = splitLines(text)): number {
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i]!.text.trim();
    if (!t) continue;
    const next = lines[i + 1]?.text.trim() ?? '';
    if (t.startsWith('>')) return lines[i]!.start;
    if (/^-{2,} ?(?:original message|forwarded message|ursprüngliche nachricht|mensaje original|message d'origine) ?-{2,}/i.test(t)) return lines[i]!.start;
    // "On Tue, 3 Mar 2026 at 10:02, Dana Lee <dana@x.com> wrote:" (also wrapped over two lines)
    if (t.length <= 400) {
      if (/^(?:on|am|le|el|il|op)\s.{4,}\s(?:wrote|schrieb|a écrit|escribió|ha scritto|schreef)(?:\s.{1,200})?\s?:$/i.test(t)) return lines[i]!.start;
      if (/^on\s/i.test(t) && next.length <= 200 && /(?:^|\s)wrote:$/i.test(next)) return lines[i]!.start;
    }
    // Outlook's header block: "From: ..." followed closely by "Sent:"/"Date:".
    if (/^_{8,}$/.test(t) && /^(?:from|von|de):/i.test(next)) return lines[i]!.start;
    if (/^(?:from|von|de):\s\S/i.test(t)) {
      for (let k = i + 1; k <= i + 4 && k < lines.length; k++) {
        if (/^(?:sent|date|gesendet|enviado|envoyé):\s/i.test(lines[k]!.text.trim())) return lines[i]!.start;
      }
    }
  }
  return -1;
}

const wordCount = (s: string): number => (s.match(/\S+/g) ?? []).length;
const PHONE_RE = /\+?\d[\d\s().-]{6,}\d/;
const EMAIL_IN_LINE_RE = /[\w.+-]+@[\w-]+\.[\w.-]+/;

/** A line that looks like part of a signature block: a name, a title, a phone, an address. */
function looksLikeSignatureLine(t: string): boolean {
  if (t.length > 80) return false;
  if (PHONE_RE.test(t) || EMAIL_IN_LINE_RE.test(t) || /^(?:https?:\/\/|www\.|linkedin\.com)/i.test(t)) return true;
  return wordCount(t) <= 6 && !/[.?!:;]$/.test(t) && /^\p{Lu}/u.test(t);
}

/** A short line that can be a name written any way, as long as it is not a sentence. */
function looksLikeNameLine(t: string): boolean {
  return t.length <= 60 && wordCount(t) <= 5 && !/[.?!:;,]$/.test(t) && /^\p{L}/u.test(t);
}

export function segment(text: string): Segments {
  const lines = splitLines(text);
  const quoteStart = findQuoteStart(text, lines);
  const quoted = quoteStart >= 0 ? { start: quoteStart, end: text.length } : undefined;
  const limit = quoteStart >= 0 ? quoteStart : text.length;
  let own = lines.filter((l) => l.start < limit && !isBlank(l));
  // A "-- " line starts a signature by convention.
  let signature: Span | undefined;
  const dash = own.findIndex((l) => l.text === '-- ' || l.text.trim() === '--');
  if (dash >= 0) {
    signature = { start: own[dash]!.start, end: own[own.length - 1]!.end };
    own = own.slice(0, dash);
  }
  if (own.length === 0) {
    return { main: { start: 0, end: 0 }, signature, quoted };
  }

  let greeting: Segments['greeting'];
  const first = own[0]!;
  const firstText = first.text.trim();
  const lead = first.text.length - first.text.trimStart().length;
  if (GREETING_RE.test(firstText)) {
    // The greeting runs to its comma, colon or exclamation mark when the line goes on.
    const stop = firstText.search(/[,:!—–]/);
    const len = stop >= 0 && stop < 80 ? stop + 1 : firstText.length <= 80 ? firstText.length : 0;
    if (len > 0) greeting = { start: first.start + lead, end: first.start + lead + len, text: firstText.slice(0, len) };
  } else if (own.length > 1 && firstText.length <= 40 && /^\p{Lu}[\p{L}.'’ -]*[,:—–!]$/u.test(firstText)) {
    // A bare name as the greeting: "Dana,", "Ms. Raman:", "Priya —"
    greeting = { start: first.start + lead, end: first.start + lead + firstText.length, text: firstText };
  }

  // Sign-off: the last closing line among the final lines of the message.
  let signOff: Segments['signOff'];
  const tailFrom = Math.max(greeting ? 1 : 0, own.length - 8);
  for (let i = own.length - 1; i >= tailFrom; i--) {
    const l = own[i]!;
    const t = l.text.trim();
    if (t.length <= 60 && CLOSING_RE.test(t)) {
      // "Thank you again for your time." is a closing only when what follows is a signature.
      const rest = own.slice(i + 1);
      if (/[.!]$/.test(t) && !/^(?:best|regards|cheers|thanks|thx|later|xoxo)[.!]+$/i.test(t) && rest.length === 0) continue;
      // Right under a closing, the name may be written in lowercase ("jordan"); the lines after it are contact details.
      if (rest.every((r, k) => looksLikeSignatureLine(r.text.trim()) || (k === 0 && looksLikeNameLine(r.text.trim())))) {
        const lead2 = l.text.length - l.text.trimStart().length;
        signOff = { start: l.start + lead2, end: l.start + lead2 + t.length, text: t };
        if (rest.length && !signature) signature = { start: rest[0]!.start, end: rest[rest.length - 1]!.end };
        else if (rest.length && signature) signature = { start: rest[0]!.start, end: signature.end };
        own = own.slice(0, i);
        break;
      }
    }
  }
  if (!signOff && !signature && own.length > 1) {
    // No closing line: a trailing block of name/contact lines still counts as a signature.
    let k = own.length;
    while (k > 1 && looksLikeSignatureLine(own[k - 1]!.text.trim())) k--;
    // Only when the block is separated from the text by a blank line.
    if (k < own.length && k > 0) {
      const between = text.slice(own[k - 1]!.end, own[k]!.start);
      if (/\n[^\S\n]*\r?\n/.test(between)) {
        signature = { start: own[k]!.start, end: own[own.length - 1]!.end };
        own = own.slice(0, k);
      }
    }
  }

  let mainStart = greeting ? greeting.end : own[0]?.start ?? 0;
  while (mainStart < text.length && /\s/.test(text[mainStart]!) && own.length > (greeting ? 1 : 0)) mainStart++;
  const mainEnd = own.length ? Math.max(mainStart, own[own.length - 1]!.end) : mainStart;
  return { greeting, main: { start: mainStart, end: mainEnd }, signOff, signature, quoted };
}
