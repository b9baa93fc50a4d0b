/**
 * Finds the parts of an email body: a printed letter's heading, the greeting, the main text,
 * the sign-off, the signature and quoted history, so that each rule reads the right part.
 * Offsets are into the original text.
 *
 * Every pattern here runs on one line (or on a bounded slice of one), and none has nested
 * quantifiers, so a 100k-character paste stays linear.
 */
import { isBlank, splitLines, type Line } from './lines';

export interface Span {
  start: number;
  end: number;
}

export interface Segments {
  /**
   * A printed letter's heading above the greeting: the sender's name and address, the date
   * line and the recipient's name, title and address. Neither body nor signature.
   */
  letterhead?: Span;
  /** The greeting ("Dear Ms. Okafor,"), if any. */
  greeting?: Span & { text: string };
  /** The message itself: between the greeting and the sign-off. */
  main: Span;
  /** The closing ("Best regards,"), if any; on a line of its own or run into the last line. */
  signOff?: Span & { text: string };
  /** The lines after the sign-off (or a trailing name/contact block). */
  signature?: Span;
  /** Quoted earlier messages: from the first quote marker to the end. */
  quoted?: Span;
}

// ---------------------------------------------------------------------------------------
// Greetings

// Words that open a greeting. The lookahead stands in for \b, which ignores accented letters.
const OPENER_RE =
  /^(?:dear|hi|hii|hello|hey|heya|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|to whom it may concern|hallo|hola|bonjour|buongiorno|ciao|liebe[rs]?|sehr geehrte[rs]?|estimad[oa]s?|querid[oa]s?|cher|chère|caro|cara|prezad[oa]s?|olá)(?![\p{L}\p{N}])/iu;

// Courtesy titles that may stand before a name ("Dr", "Ms.").
const TITLE_RE =
  /^(?:mr|mrs|ms|mx|miss|dr|prof|professor|sir|madam|madame|dame|chef|dean|coach|captain|capt|rev|reverend|pastor|father|judge|officer|senator|herr|frau|sr|sra|srta|señor|señora|mme|mlle|monsieur)\.?$/i;

// A name word: capitalised ("Okafor", "O'Neil", "Jean-Luc"), or a word of a script without case.
const NAME_WORD_RE = /^(?:\p{Lu}[\p{L}\p{M}'’.-]{0,30}|\p{Lo}[\p{Lo}\p{M}]{0,30})$/u;
// Joining words inside a name or a list of names ("Sir or Madam", "van der Berg", "Dana and Owen").
const JOINER_RE = /^(?:de|da|di|du|van|von|der|den|del|della|la|le|bin|binti|al|el|dos|das|y|and|or|&)$/i;
// Template slots standing for a name: "[Interviewer Name]", "<Interviewer>", "%FIRSTNAME%", "____".
const SLOT_AT_RE = /^(?:\[[^\]\n]{1,40}\]|<[^>\n]{1,40}>|\{[^}\n]{1,40}\}|%[\w ]{1,30}%|_{2,20}|\([\w ]{1,30}\))/u;

// Capitalised words that start a sentence rather than name someone ("Hi I wanted...",
// "Good afternoon Mrs. Jensen I hope..."), and common words that are never an inline name
// ("Thanks, ...", "Yesterday, ...").
const NOT_A_NAME = new Set(
  (
    "i i'm i’m i've i’ve i'd i’d i'll i’ll im ive thank thanks thx thnx ty hoping hopefully it it's it’s its this that these those " +
    "just we our my your you you’re you're the a an so and but or also again sorry please quick great good nice lovely wow " +
    'well yes no ok okay sure congrats congratulations happy glad wanted writing following checking reaching hello hi hey dear ' +
    'yesterday today tonight tomorrow last next first second third finally lastly however unfortunately fortunately honestly ' +
    'frankly actually anyway anyways additionally also overall meanwhile instead still otherwise ultimately personally sadly ' +
    'recently currently basically regarding re fwd fw subject update note ps p.s. as after before since when while if although ' +
    'because though here there what which who how why where is was are am be been can could would should shall might must ' +
    'do did does have has had not all both each every some any one two in on at for with from by about to of into over per ' +
    'attached enclosed following per apologies apology bump bumping circling touching hopefully nothing something everything ' +
    'once lol omg btw fyi asap urgent important monday tuesday wednesday thursday friday saturday sunday january february ' +
    'march july september october november december'
  ).split(' '),
);

// Words that are names as often as they are not ("Hi April,", "Dear May Chen:", but "Hi Hope
// you are well"): a name only when punctuation, the line's end or a surname follows.
const NAME_OR_WORD = new Set('april may june august hope will'.split(' '));

// Lowercase words that may follow an opener without naming anyone ("Hi there,", "Dear hiring team,").
const GENERIC_WORDS = new Set(
  (
    "there all everyone everybody team folks friends guys y’all y'all colleagues sir madam sirs or and hiring manager managers " +
    'committee recruiter recruiters recruiting recruitment talent acquisition search selection interview panel interviewer ' +
    'interviewers hr human resources people the to whom again both you members member staff department board crew group of'
  ).split(' '),
);

interface Word {
  text: string;
  start: number;
  end: number;
}

/** Whitespace-separated words of `s` from `from`, at most `max` of them. */
function wordsFrom(s: string, from: number, max: number): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while (out.length < max && (m = re.exec(s))) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const stripEdge = (w: string): string => w.replace(/^[("'“‘]+/, '').replace(/[,:;!?.—–)"'”’-]+$/, '');
const endsGreetingPunct = (w: string): boolean => /[,:!—–-]$/.test(w);
const isNameWord = (w: string): boolean => {
  const core = stripEdge(w);
  if (!core) return false;
  if (TITLE_RE.test(core)) return true;
  // "Mr./Ms.", "Sir/Madam": each side of the slash is a title or a name.
  if (core.includes('/')) return core.split('/').every((p) => p !== '' && (TITLE_RE.test(p) || NAME_WORD_RE.test(p)));
  return NAME_WORD_RE.test(core) && !NOT_A_NAME.has(core.toLowerCase());
};

/**
 * Name words starting at `from` in `s`: titles, capitalised words, joiners between them and
 * template slots. Returns the offset just past the last name word (punctuation that is part
 * of it, such as "Dr." or a closing comma, included) and how many words were read.
 */
function readNames(s: string, from: number, allowLowerName: boolean): { end: number; count: number; closed: boolean } {
  let pos = from;
  let count = 0;
  let closed = false;
  for (let guard = 0; guard < 6; guard++) {
    while (pos < s.length && (s[pos] === ' ' || s[pos] === '\t')) pos++;
    if (pos >= s.length) break;
    const slot = SLOT_AT_RE.exec(s.slice(pos, pos + 50));
    if (slot) {
      pos += slot[0].length;
      count++;
      const p = /^[,:!—–-]+/.exec(s.slice(pos, pos + 4));
      if (p) {
        pos += p[0].length;
        closed = true;
        break;
      }
      continue;
    }
    const w = wordsFrom(s, pos, 2);
    const word = w[0];
    if (!word || word.start !== pos) break;
    const core = stripEdge(word.text);
    const lower = core.toLowerCase();
    let ok = isNameWord(word.text);
    if (
      ok &&
      NAME_OR_WORD.has(lower) &&
      !/[,:!—–]$/.test(word.text) &&
      s.slice(word.end).trim() !== '' &&
      !(w[1] && isNameWord(w[1].text) && !NAME_OR_WORD.has(stripEdge(w[1].text).toLowerCase()))
    )
      ok = false;
    if (!ok && JOINER_RE.test(core) && count > 0 && w[1] && isNameWord(w[1].text)) ok = true;
    // "Dear Ms. Okafor and team,": the rest of the greeting, not the start of the text.
    if (!ok && /^(?:and|&)$/i.test(core) && count > 0 && w[1] && GENERIC_WORDS.has(stripEdge(w[1].text).toLowerCase())) {
      pos = w[1].end;
      count++;
      if (/[,:!—–]$/.test(w[1].text)) closed = true;
      break;
    }
    // A name written in lower case ("hey marcus!!"), only as the single word right after the opener.
    if (!ok && allowLowerName && count === 0 && /^\p{Ll}[\p{L}'’-]{1,20}$/u.test(core) && !NOT_A_NAME.has(lower) && !GENERIC_WORDS.has(lower)) {
      const after = s.slice(word.end).trim();
      if (endsGreetingPunct(word.text) || after === '' || /^[—–-]/.test(after)) ok = true;
    }
    // "Hi Ledgerline team,": a group word after the company's name ends the greeting.
    if (!ok && count > 0 && GENERIC_WORDS.has(lower) && /^\p{Ll}/u.test(core)) {
      const after = s.slice(word.end).trim();
      if (/[,:!—–]$/.test(word.text) || after === '') {
        pos = word.end;
        count++;
        closed = /[,:!—–]$/.test(word.text);
        break;
      }
    }
    // "Mr. Jensen I hope": a capital that starts the sentence ends the name (checked in isNameWord).
    if (!ok) break;
    pos = word.end;
    count++;
    if (/[,:!—–]$/.test(word.text) || (/-$/.test(word.text) && core.length > 0 && !/-$/.test(core))) {
      closed = true;
      break;
    }
  }
  // The name may be closed by punctuation after a space: "Priya —", "Dana !".
  if (count > 0 && !closed) {
    const rest = /^[ \t]*([—–-]{1,2}|[,:!]{1,3})(?=\s|$)/.exec(s.slice(pos, pos + 8));
    if (rest) {
      pos += rest[0].length;
      closed = true;
    }
  }
  // "!!" after the closing mark.
  while (closed && pos < s.length && /[!.]/.test(s[pos]!)) pos++;
  return { end: pos, count, closed };
}

/** Lowercase generic words after an opener ("there", "hiring team"), up to the closing mark. */
function readGeneric(s: string, from: number): number {
  const ws = wordsFrom(s, from, 4);
  let end = from;
  for (const w of ws) {
    const core = stripEdge(w.text).toLowerCase();
    if (!GENERIC_WORDS.has(core)) return -1;
    end = w.end;
    if (/[,:!—–]$/.test(w.text)) return end;
  }
  // Generic words that end the line are a greeting too ("Hello there").
  return s.slice(end).trim() === '' && ws.length > 0 ? end : -1;
}

/**
 * Length of the greeting that starts `t` (a trimmed line), or 0. An opener word ("Dear",
 * "Hi") followed by a name or by nothing; never the sentence that may follow on the line.
 */
function openerGreeting(t: string): number {
  const m = OPENER_RE.exec(t);
  if (!m) return 0;
  let pos = m[0].length;
  // "Hello," then maybe a name after it: "Hello, Mr. Brennan,".
  const punct = /^[ \t]*(?:[,:!]{1,3}|[—–-]{1,2}(?=\s|$))/.exec(t.slice(pos, pos + 8));
  if (punct) {
    const afterPunct = pos + punct[0].length;
    const names = readNames(t, afterPunct, false);
    if (names.count > 0 && (names.closed || t.slice(names.end).trim() === '')) return names.end;
    return afterPunct;
  }
  const names = readNames(t, pos, true);
  if (names.count > 0) pos = names.end;
  else {
    const g = readGeneric(t, pos);
    if (g > 0) pos = g;
  }
  const p = /^[ \t]*[,:!—–.]{1,3}/.exec(t.slice(pos, pos + 6));
  if (p) pos += p[0].length;
  return pos;
}

/**
 * Length of a greeting made of a name alone at the start of `t`: "Rita, thank you for...",
 * "Marcus — thanks for...", "Ms. Raman:" or "Dana," on its own line. The name must be closed
 * by a comma, colon, dash or exclamation mark, and what follows on the line must be prose.
 */
function nameGreeting(t: string, lineAlone: boolean): number {
  const first = wordsFrom(t, 0, 1)[0];
  if (!first) return 0;
  const core = stripEdge(first.text);
  // "Yesterday," "Honestly," "Thanks,": sentence openers are not names.
  if (/ly$/i.test(core) && !TITLE_RE.test(core)) return 0;
  const names = readNames(t, 0, false);
  if (names.count === 0 || names.count > 4 || !names.closed) return 0;
  const rest = t.slice(names.end).trim();
  if (!rest) return lineAlone ? names.end : 0;
  // "Alicia Moreno, RN" or "Towson, MD 21204" is a heading line, not a greeting and a sentence.
  const restWords = wordsFrom(rest, 0, 4);
  if (restWords.length < 3 || !/^[\p{Ll}\p{Lu}]/u.test(rest)) return 0;
  if (restWords.every((w) => /^[\p{Lu}\p{N}]/u.test(w.text))) return 0;
  return names.end;
}

// ---------------------------------------------------------------------------------------
// Letterheads

const DATE_LINE_RE =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s)?(?:\d{1,2}(?:st|nd|rd|th)?\s)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}$|^(?:\d{1,2}(?:st|nd|rd|th)?\s)(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s\d{4}$|^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/i;

// A line ending in an abbreviation rather than a full stop: "Apt. 3B" no, but "Acme Inc.",
// "Sofia Brandt, P.Eng.", "Dana Cole, Ph.D.", "Sr." do.
const ABBREV_END_RE = /(?:^|[\s,])(?:\p{Lu}\p{L}{0,3}\.|(?:\p{L}{1,4}\.){2,3})$/u;

/** A short line of a printed heading: a name, an address, a phone, a date; not a sentence. */
function isHeadingLine(t: string): boolean {
  if (t.length > 90) return false;
  const n = wordsFrom(t, 0, 12).length;
  if (n > 10) return false;
  if (/[?!;]$/.test(t)) return false;
  // A full stop ends a sentence unless it ends an abbreviation ("Apt. 3B", "Inc.", "P.Eng.").
  if (/\.$/.test(t) && !ABBREV_END_RE.test(t)) return false;
  return true;
}

// ---------------------------------------------------------------------------------------
// Closings

const CLOSING_CORE = [
  // Sincerely, Yours truly, Very truly yours, Respectfully yours, Warmly, Gratefully
  '(?:very )?(?:yours )?(?:sincerely|truly|faithfully|respectfully|cordially|gratefully|appreciatively|warmly|fondly)(?: yours)?',
  'yours',
  // Best regards, Kind regards, Warmest wishes, With all good wishes, With heartfelt thanks
  '(?:with )?(?:all )?(?:my |our )?(?:very )?(?:best|kind|kindest|warm|warmest|good|sincere|sincerest|many|heartfelt|deepest|respectful|cordial|fond|high|highest|friendly) (?:regards|wishes|thanks|greetings|appreciation|gratitude)',
  '(?:with )?(?:regards|thanks|gratitude|appreciation|respect)(?: (?:and|&) (?:regards|thanks|best wishes))?',
  // Again, thank you / Once again, thanks for your time
  "(?:once )?again,? (?:thanks|thank you)(?: for [\\p{L}\\s'’]{1,40})?",
  // Best, All the best, My best, All my best, Best wishes to you
  '(?:all )?(?:the |my )?best(?: wishes)?(?: to you)?',
  // Thank you, Thank you again, Thanks so much, Thank you for your time and consideration
  "(?:thanks|thank you|thankyou)(?: (?:again|so much|very much|once again|once more|kindly|in advance))?(?: for [\\p{L}\\s'’]{1,40})?",
  '(?:many|much) thanks(?: again)?',
  'respectfully submitted',
  // Casual ones: found here so that the sign-off rule can say they are too casual.
  'cheers|cheerio|thx|thnx|ty|later|laters|xo|xoxo|xx|ttyl|take care|talk soon|speak soon|see you soon|see ya|catch you later|peace|love|hugs|be well|thanks a bunch|thanks a million',
  // Other languages
  'cordialement|bien à vous|saludos(?: cordiales)?|un saludo|atentamente|mit freundlichen grüßen|viele grüße|beste grüße|liebe grüße|cordiali saluti|atenciosamente',
].join('|');

/** A closing line, alone: "Best regards,", "Thank you again", "Respectfully yours". */
export const CLOSING_RE = new RegExp(`^(?:${CLOSING_CORE})[,.!]*$`, 'iu');

// A forward-looking line that closes the letter when a comma hands over to the name:
// "Looking forward to hearing from you," (with a full stop it is the last sentence).
const COMMA_CLOSING_RE = /^(?:(?:i am |i'm |i’m )?looking forward|i look forward|hoping|hope) to [\p{L}\s'’]{1,50},$/iu;
const isClosingLine = (t: string): boolean => CLOSING_RE.test(t) || COMMA_CLOSING_RE.test(t);

const PHONE_RE = /\+?\(?\d[\d\s().-]{6,20}\d/;
const EMAIL_IN_LINE_RE = /[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,63}/;
// A link or a bare domain: "https://…", "www.…", "linkedin.com/in/ana", "samokafor.design".
const LINK_RE = /(?:^|\s)(?:[Hh][Tt][Tt][Pp][Ss]?:\/\/|[Ww][Ww][Ww]\.)\S|(?:^|\s)[a-z0-9-]{1,63}\.(?:[a-z0-9-]{1,63}\.){0,3}[a-z]{2,12}(?:\/\S{0,200})?(?:\s|$)/;
const SLOT_LINE_RE = /^(?:\[[^\]]{1,40}\]|<[^>]{1,40}>|%[\w ]{1,30}%|\{[^}]{1,40}\})/;
const wordCount = (s: string): number => wordsFrom(s, 0, 40).length;

/** A line that looks like part of a signature block: a name, a title, a phone, an address, a link. */
function looksLikeSignatureLine(t: string, rightUnderClosing = false): boolean {
  if (!t || t.length > 100) return false;
  if (PHONE_RE.test(t) || EMAIL_IN_LINE_RE.test(t) || LINK_RE.test(t) || SLOT_LINE_RE.test(t)) return true;
  const n = wordCount(t);
  if (/^\d/.test(t)) return n <= 10; // a street address
  // A comma at the end belongs to a closing or a sentence, never to a signature line.
  if (n > 8 || /[?!;:,]$/.test(t)) return false;
  if (/\.$/.test(t) && !ABBREV_END_RE.test(t)) return false;
  if (/^[—–~-]\s?\p{L}/u.test(t) && n <= 3) return true; // "— Jen"
  if (/^@\w/.test(t)) return true; // a handle
  if (/^[\p{Lu}\p{Lo}]/u.test(t)) return true;
  // Right under a closing, the name may be written in lowercase ("jordan").
  return rightUnderClosing && n <= 4 && !/[.,]$/.test(t);
}

// "— Jen", "- Tay", "~ Sam Lee": a name signed after a dash.
const DASH_NAME_RE = /^[—–~-]{1,2}\s?\p{L}[\p{L}\p{M}.'’-]{0,30}(?:\s\p{L}[\p{L}\p{M}.'’-]{0,30}){0,2}$/u;

// A line that is a name: one to five capitalised words, maybe with credentials ("Dana Cole, RN").
const NAME_LINE_RE = /^\p{Lu}[\p{L}\p{M}'’.-]{0,30}(?:,? [\p{Lu}\p{L}][\p{L}\p{M}'’.-]{0,30}){0,4}$/u;

// A whitespace token that is contact detail, not a name: a phone piece, an email, a link, a separator, a label.
const CONTACT_TOKEN_RE =
  /^(?:[+(]{0,2}\d[\d().\-/]{0,20}|[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}|(?:https?:\/\/|www\.)\S{1,200}|[a-z0-9-]{1,63}\.[a-z0-9.-]{1,100}(?:\/\S{0,200})?|[|·•/]|(?:tel|phone|mobile|cell|email|e-mail|m|t|e|p)[.:])[,.;]?$/i;
const RUN_IN_NAME_RE = /^[[<{%(]?\p{Lu}[\p{L}\p{M}'’.-]{0,30}[\]>}%)]?,?$/u;

interface RunIn {
  /** Offsets into the line's text. */
  closing?: { start: number; end: number };
  /** Where the name (the signature) starts, or -1 when the line ends with the closing. */
  nameStart: number;
}

/**
 * A sign-off run into the end of a line, as in a paste that lost its line breaks: "… hearing
 * from you. Regards Jamie Lin 555-0100" or "… next steps. Best regards, Jamie Lin". Also a
 * closing at the end of a prose line above a signature block ("… soon. Best regards," then
 * the name on the next line), when `blockFollows`. Without a closing, a name followed by a
 * phone or email after a full stop is still a signature.
 */
function runIn(line: string, blockFollows: boolean): RunIn | null {
  // Only the end of the line matters; a long paste is not scanned in full.
  const from = Math.max(0, line.length - 400);
  const toks = wordsFrom(line, from, 120);
  if (from > 0) toks.shift(); // the first token may be cut
  let j = toks.length;
  let contactDigits = 0;
  let email = false;
  while (j > 0 && CONTACT_TOKEN_RE.test(toks[j - 1]!.text)) {
    const t = toks[j - 1]!.text;
    for (const ch of t) if (ch >= '0' && ch <= '9') contactDigits++;
    if (t.includes('@') || /\.[a-z]{2,}/i.test(t)) email = true;
    j--;
  }
  const contact = contactDigits >= 7 || email;
  if (!contact) j = toks.length;
  const boundaryBefore = (k: number, strong: boolean): boolean => {
    if (k === 0) return from === 0 && line.slice(0, toks[0]!.start).trim() === '';
    const prev = toks[k - 1]!.text;
    return strong ? /[.!?]["”’)]?$/.test(prev) : /[.!?,;:]["”’)]?$/.test(prev);
  };
  const closingBefore = (end: number): { start: number; end: number } | undefined => {
    for (let m = 1; m <= 7 && end - m >= 0; m++) {
      const phrase = toks
        .slice(end - m, end)
        .map((t) => t.text)
        .join(' ');
      if (phrase.length <= 60 && CLOSING_RE.test(phrase) && boundaryBefore(end - m, false)) {
        return { start: toks[end - m]!.start, end: toks[end - 1]!.end };
      }
    }
    return undefined;
  };
  // A closing, then a name of one to four words, then (maybe) contact details.
  for (let n = 1; n <= 4 && j - n >= 0; n++) {
    if (!RUN_IN_NAME_RE.test(toks[j - n]!.text)) break;
    // "Kind regards, Jamie": the comma may sit only on the closing, not inside the name.
    if (n > 1 && /,$/.test(toks[j - n]!.text) && !/^\p{Lu}{2,}/u.test(toks[j - n + 1]!.text)) break;
    const closing = closingBefore(j - n);
    if (closing) return { closing, nameStart: toks[j - n]!.start };
  }
  // A closing that ends the line, with the name on the lines below.
  if (blockFollows && j === toks.length) {
    const closing = closingBefore(toks.length);
    if (closing && /[,!]$/.test(line.slice(0, closing.end))) return { closing, nameStart: -1 };
  }
  // No closing: "… from you. Jamie Lin 555-0100".
  if (contact && j < toks.length) {
    for (let n = 2; n >= 1; n--) {
      if (j - n < 0) continue;
      const ws = toks.slice(j - n, j);
      if (ws.every((w) => RUN_IN_NAME_RE.test(w.text) && !/,$/.test(w.text)) && boundaryBefore(j - n, true)) return { nameStart: ws[0]!.start };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Quoted history

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

// ---------------------------------------------------------------------------------------

const lead = (l: Line): number => l.text.length - l.text.trimStart().length;
// Greetings are looked for in the first characters of a line only.
const head = (l: Line): string => l.text.slice(0, 300).trim();

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

  // Greeting: on the first line, or below a printed letter's heading (sender, date, recipient).
  let greeting: Segments['greeting'];
  let letterhead: Span | undefined;
  let g = -1;
  let glen = 0;
  for (let i = 0; i < Math.min(own.length - 1, 18); i++) {
    const t = head(own[i]!);
    const len = openerGreeting(t);
    if (len > 0) {
      g = i;
      glen = len;
      break;
    }
    // "Ms. Okonkwo:" alone on its line under a heading with a date line.
    if (i > 0 && own.slice(0, i).some((l) => DATE_LINE_RE.test(l.text.trim()))) {
      const n = nameGreeting(t, true);
      if (n > 0 && n === t.length && /[:,]$/.test(t)) {
        g = i;
        glen = n;
        break;
      }
    }
    if (!isHeadingLine(t)) break;
  }
  if (g < 0) {
    const t = head(own[0]!);
    // A one-line paste was not looked at above: its greeting may open with a word or a name.
    const len = (own.length === 1 ? openerGreeting(t) : 0) || nameGreeting(t, own.length > 1);
    if (len > 0) {
      g = 0;
      glen = len;
    }
  }
  if (g >= 0) {
    const l = own[g]!;
    const start = l.start + lead(l);
    const gtext = text.slice(start, start + glen).trimEnd();
    greeting = { start, end: start + gtext.length, text: gtext };
    if (g > 0) letterhead = { start: own[0]!.start + lead(own[0]!), end: own[g - 1]!.end };
  }
  const bodyFrom = g >= 0 ? g : 0;
  // The first line that may be taken for a signature: the body keeps at least one line of text.
  const firstSigLine = bodyFrom + (greeting && greeting.end - own[bodyFrom]!.start >= own[bodyFrom]!.text.trimEnd().length ? 2 : 1);

  // A postscript under the signature ("P.S. I attached the deck.") is set aside while the
  // closing is looked for, and joins the signature if one is found.
  let postscript: Line[] = [];
  for (let i = own.length - 1; i > firstSigLine && i >= own.length - 4; i--) {
    if (/^p\.?\s?p?\.?s\.?(?:[:\s—–-]|$)/i.test(own[i]!.text.trim())) {
      postscript = own.slice(i);
      own = own.slice(0, i);
      break;
    }
  }

  // Sign-off: the last closing line among the final lines of the message.
  let signOff: Segments['signOff'];
  const closeAt = (l: Line, start: number, len: number): Segments['signOff'] => {
    const s = l.start + start;
    return { start: s, end: s + len, text: l.text.slice(start, start + len) };
  };
  const tailFrom = Math.max(firstSigLine, own.length - 10);
  for (let i = own.length - 1; i >= tailFrom; i--) {
    const l = own[i]!;
    const t = l.text.trim();
    if (t.length > 70 || !isClosingLine(t)) continue;
    const rest = own.slice(i + 1);
    // "Thank you again." is a closing only when a signature follows it; "Thank you for
    // the tour of the plant." is the last sentence of the text.
    if (/[.!]$/.test(t) && !/^(?:best|regards|cheers|thanks|thx|later|xoxo)[.!]+$/i.test(t) && (rest.length === 0 || wordCount(t) > 3)) continue;
    if (rest.every((r, k) => looksLikeSignatureLine(r.text.trim(), k === 0))) {
      signOff = closeAt(l, lead(l), t.length);
      if (rest.length) signature = { start: rest[0]!.start, end: signature ? signature.end : rest[rest.length - 1]!.end };
      own = own.slice(0, i);
      break;
    }
  }
  if (!signOff && own.length > bodyFrom) {
    // A closing with the name on the same line ("Best regards, Jamie Lin"), or run into the
    // last line of a paste that lost its line breaks. The lines under it, if any, are contact.
    let k = own.length;
    while (k > firstSigLine && own.length - k < 6 && looksLikeSignatureLine(own[k - 1]!.text.trim())) k--;
    let found: { at: number; r: RunIn } | undefined;
    for (let at = own.length - 1; at >= Math.max(bodyFrom, k - 1); at--) {
      const l = own[at]!;
      const r = runIn(l.text, at < own.length - 1);
      if (!r) continue;
      // On the greeting's own line, only what follows the greeting can be a sign-off.
      const cut = r.closing ? r.closing.start : r.nameStart;
      if (at === g && greeting && l.start + cut < greeting.end) continue;
      if (r.closing) {
        found = { at, r };
        break;
      }
      // Without a closing, only a name run into prose on the same line is taken here.
      if (!found && r.nameStart > 0 && (at === own.length - 1 || at === k - 1)) found = { at, r };
    }
    if (found) {
      const { at, r } = found;
      const l = own[at]!;
      const cut = r.closing ? r.closing.start : r.nameStart;
      if (r.closing) signOff = closeAt(l, r.closing.start, r.closing.end - r.closing.start);
      const sigStart = r.nameStart >= 0 ? l.start + r.nameStart : own[at + 1]?.start;
      if (sigStart !== undefined) signature = { start: sigStart, end: signature ? signature.end : own[own.length - 1]!.end };
      // What stays of the line is text; a line that held only the sign-off goes entirely.
      const keep = l.text.slice(0, cut).trimEnd();
      own = own.slice(0, at);
      if (keep) own.push({ start: l.start, end: l.start + keep.length, text: keep });
    }
  }
  if (!signOff && !signature && own.length > firstSigLine) {
    // No closing line: a trailing block of name/contact lines still counts as a signature,
    // when a blank line sets it off from the text.
    let k = own.length;
    while (k > firstSigLine && own.length - k < 8 && looksLikeSignatureLine(own[k - 1]!.text.trim())) k--;
    if (k < own.length) {
      const between = text.slice(own[k - 1]!.end, own[k]!.start);
      // A name after a dash ("— Jen") signs the message even straight under the text.
      // So does a name with a phone or an email under it.
      const block = own.slice(k).map((l) => l.text.trim());
      const named = NAME_LINE_RE.test(block[0]!) && block.slice(1).some((b) => PHONE_RE.test(b) || EMAIL_IN_LINE_RE.test(b));
      // A lone short name right under a finished sentence ("… Thanks!" then "Jo") signs it too.
      const ended = /[.!?,)]["”’]?$/.test(own[k - 1]!.text.trim());
      const lone = block.length === 1 && ended && NAME_LINE_RE.test(block[0]!) && wordCount(block[0]!) <= 3;
      if (/\n[^\S\n]*\r?\n/.test(between) || (ended && DASH_NAME_RE.test(block[0]!)) || named || lone) {
        signature = { start: own[k]!.start, end: own[own.length - 1]!.end };
        own = own.slice(0, k);
      }
    }
  }

  if (postscript.length) {
    const end = postscript[postscript.length - 1]!.end;
    if (signOff || signature) signature = { start: signature ? signature.start : postscript[0]!.start, end: Math.max(end, signature?.end ?? 0) };
    else own = own.concat(postscript);
  }

  const body = own.slice(bodyFrom);
  let mainStart = greeting ? greeting.end : (body[0]?.start ?? 0) + (body[0] ? lead(body[0]) : 0);
  const mainEnd = body.length ? Math.max(mainStart, body[body.length - 1]!.end) : mainStart;
  while (mainStart < mainEnd && /\s/.test(text[mainStart]!)) mainStart++;
  return {
    ...(letterhead ? { letterhead } : {}),
    greeting,
    main: { start: mainStart, end: mainEnd },
    signOff,
    signature,
    quoted,
  };
}
