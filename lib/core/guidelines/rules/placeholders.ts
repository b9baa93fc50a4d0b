import { ALL_KINDS, fail, fixed, pass, type Rule } from '../rule';
import { classifyChunk } from '../text/tokens';
import type { TextRange } from '../types';

// Every pattern is bounded and linear: bracketed spans cannot contain their own brackets
// or a line break and are at most a few hundred characters long (template instructions such
// as "{insert a detail about the project they described}" run long).
const SQUARE_RE = /\[([^[\]\n]{1,300})\]/g;
const CURLY_RE = /\{\{?([^{}\n]{1,300})\}?\}/g;
const ANGLE_RE = /<([A-Za-z][^<>\n]{0,120})>/g;
// "XX", "XXXX", "XXX-XXX-XXXX": capital X runs standing alone.
const XX_RE = /(?<![\p{L}\p{N}])X{2,10}(?![\p{L}\p{N}])/gu;
const BLANK_RE = /_{3,}/g;
// Mail-merge fields: "%FIRSTNAME%", "%company_name%", "%%Name%%", "*|FNAME|*", "$FIRST_NAME$".
const MERGE_RE = /%%?[A-Za-z][\w]{0,30}%%?|\*\|[A-Za-z][\w]{0,30}\|\*|\$[A-Z][A-Z_]{1,30}\$/g;
// A slot in round brackets is told from prose by what it holds: the name of a thing to fill in
// ("(position)", "(name of company)", "(interviewer's name)") or an instruction ("(insert ...)").
const ROUND_RE = /\(([^()\n]{1,300})\)/g;
const SLOT_NOUN =
  '(?:company|company name|organi[sz]ation|employer|position|position title|role|job|job title|title|interviewer|hiring manager|recipient|name|first name|last name|full name|surname|date|day|department|skill|skills|topic|project|phone|phone number|email|email address)';
const ROUND_SLOT_RE = new RegExp(
  `^(?:(?:insert|add|enter|mention|include|type|put|fill in|write)\\b.*|(?:the |your |their |his |her )?(?:name of (?:the |your )?)?${SLOT_NOUN}(?:['’]s)?(?: name| title)?(?: here)?(?: \\d)?)$`,
  'i',
);
// Names that templates use for people and firms not yet filled in: "So-and-so", "Company X",
// "Mr. X", "Jane Doe". Title Case only: "company x-ray" is not one.
const STAND_IN_RE =
  /\b[Ss]o-and-so\b|\b(?:Company|Firm|Organi[sz]ation|Employer|Business|Corporation|Agency|Client|Brand|Hospital|School|Store|Restaurant|Bank|Startup) [XYZ]\b(?![\p{L}\p{N}]|-\p{L})|\b(?:Mr|Mrs|Ms|Mx|Dr)\.? X\b(?![\p{L}\p{N}]|-\p{L})|\b(?:Jane|John) Doe\b/gu;
// Template words left bare; Title Case (or capitals) only, so that prose such as "your name
// came up" or "the job title" is not flagged.
const WORDS_RE =
  /\b(?:Company Name|Company's Name|Job Title|Position Title|Role Title|Interviewer(?:'s|’s)? Name|Hiring Manager(?:'s|’s)? Name|Recipient(?:'s|’s)? Name|Your Name|Your Full Name|Your Phone(?: Number)?|Your Email(?: Address)?|First Name|Last Name|COMPANY NAME|JOB TITLE|INTERVIEWER NAME|YOUR NAME)\b/g;

// Square brackets that are not template markers: footnote numbers "[1]", editorial
// "[sic]" and "[...]", email obfuscation "[at]", checkboxes "[x]", a link's text in Markdown
// "[text](url)", and links that mail clients render in brackets "[https://...]".
const OK_SQUARE_RE = /^(?:\d{1,3}|sic|\.{3}|…|at|dot|x| |\*)$/i;
// What mail systems themselves put in brackets: subject tags ("[EXTERNAL]") and, in the
// plain text of an HTML message, images and attachments ("[image: Lumenworks logo]").
const MAIL_TAG_RE = /^(?:external|ext|spam|suspicious|caution|warning|secure|encrypt|encrypted|confidential|sensitive|ticket|image|cid|attachment|logo|photo|icon|signature)\b/i;

function scan(text: string, offset: number, field: 'body' | 'subject'): { ranges: TextRange[]; first?: string } {
  const ranges: TextRange[] = [];
  const add = (start: number, end: number) => ranges.push({ field, start: offset + start, end: offset + end });
  const run = (re: RegExp, keep: (m: RegExpExecArray) => boolean) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) if (keep(m)) add(m.index, m.index + m[0].length);
  };
  // Every match of each pattern holds its bracket or marker: a text without it is not scanned.
  if (text.includes('['))
    run(SQUARE_RE, (m) => {
      const inner = m[1]!.trim();
      if (OK_SQUARE_RE.test(inner) || MAIL_TAG_RE.test(inner)) return false;
      if (text[m.index + m[0].length] === '(') return false;
      if (classifyChunk(inner) !== 'text' || /^(?:https?:|mailto:|www\.)/i.test(inner)) return false;
      return /\p{L}/u.test(inner);
    });
  if (text.includes('{')) run(CURLY_RE, (m) => /[\p{L}\p{N}_]/u.test(m[1]!));
  if (text.includes('<'))
    run(ANGLE_RE, (m) => {
      const inner = m[1]!;
      // "<dana@x.com>", "<https://...>" and HTML-like tags are not placeholders.
      if (inner.includes('@') || inner.includes('://') || /^www\./i.test(inner)) return false;
      if (/^\/?(?:br|p|div|span|b|i|u|a|li|ul|ol|strong|em|hr|img|table|tr|td)\b/i.test(inner)) return false;
      return /^[\p{L}][\p{L}\s.'’/_-]*$/u.test(inner);
    });
  if (text.includes('XX')) run(XX_RE, () => true);
  // Not a piece of a URL ("caf%C3%A9") or of a word.
  if (text.includes('%') || text.includes('*|') || text.includes('$'))
    run(MERGE_RE, (m) => !/[\p{L}\p{N}/=%&?]/u.test(text[m.index - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[m.index + m[0].length] ?? ' '));
  if (text.includes('(')) run(ROUND_RE, (m) => ROUND_SLOT_RE.test(m[1]!.trim()));
  // Every match of these two holds one of the literals checked first: most texts skip the scan.
  // (The literals open with a letter: a search for one that opens with a space is far slower.)
  if (text.includes('X') || text.includes('Y') || text.includes('Z') || text.includes('Doe') || text.includes('o-and-so')) run(STAND_IN_RE, () => true);
  if (text.includes('___'))
    run(BLANK_RE, (m) => {
      // A line made only of underscores is a divider, not a blank to fill in.
      const ls = text.lastIndexOf('\n', m.index) + 1;
      let le = text.indexOf('\n', m.index);
      if (le < 0) le = text.length;
      return text.slice(ls, le).trim() !== m[0];
    });
  if (text.includes('Name') || text.includes('Title') || text.includes('Your') || text.includes('NAME') || text.includes('TITLE')) run(WORDS_RE, () => true);
  // Keep the outermost marker where two overlap ("[Your Name]" holds "Your Name").
  ranges.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: TextRange[] = [];
  for (const r of ranges) if (!kept.length || r.start >= kept[kept.length - 1]!.end) kept.push(r);
  return { ranges: kept, first: kept.length ? text.slice(kept[0]!.start - offset, kept[0]!.end - offset) : undefined };
}

export const placeholders: Rule<'placeholders'> = {
  id: 'placeholders',
  kinds: ALL_KINDS,
  severity: fixed('error'),
  english: false,
  title: 'Fill in every placeholder',
  why: 'A template marker left in the text tells the reader the letter was copied and not written for them.',
  passMessage: 'No template markers are left.',
  check({ a }) {
    const body = scan(a.body.slice(a.own.start, a.own.end), a.own.start, 'body');
    const subject = scan(a.subject, 0, 'subject');
    const ranges = [...subject.ranges, ...body.ranges];
    if (!ranges.length) return pass();
    const shown = subject.first ?? body.first ?? '';
    const more = ranges.length > 1 ? ` and ${ranges.length - 1} more` : '';
    return fail(`A template marker is still in the text: "${shown.slice(0, 60)}"${more}. Replace each one with the real words before sending.`, ranges);
  },
};
