/**
 * Turns an email's HTML body into the plain text a reader sees, without a DOM, in one
 * pass over the input (every loop advances; no regular expression backtracks over more
 * than the text it consumes). Good enough for the guideline rules, not a renderer:
 *
 * - blocks (div, p, headings, tables rows...) start new lines; paragraphs and headings
 *   are set off by a blank line; `<br>` is a line break;
 * - list items become `- item` (or `1. item` in an ordered list), nested lists indented;
 * - quoted text (`<blockquote>`) gets `> ` before each line, as plain-text mail does;
 * - script, style, head, title, template and similar are dropped with their content,
 *   as are comments;
 * - character references (`&amp;`, `&#8217;`, `&#x1F600;`) are decoded once;
 * - a link whose text is not its own address keeps the address: `text <https://...>`.
 */

/** Elements dropped with everything inside them. */
const SKIP = new Set(['script', 'style', 'head', 'title', 'template', 'noscript', 'object', 'iframe', 'svg', 'math', 'select', 'textarea']);
/** Elements that sit on lines of their own. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'main', 'menu', 'nav', 'section', 'summary',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'caption', 'ul', 'ol', 'li', 'blockquote', 'pre', 'legend',
]);
/** Blocks set off by a blank line. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr']);

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', shy: '\u00ad', lsquo: '\u2018', rsquo: '\u2019',
  sbquo: '\u201a', ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e', laquo: '\u00ab', raquo: '\u00bb',
  lsaquo: '\u2039', rsaquo: '\u203a', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', bull: '\u2022',
  middot: '\u00b7', prime: '\u2032', Prime: '\u2033', dagger: '\u2020', Dagger: '\u2021', permil: '\u2030',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0', plusmn: '\u00b1', times: '\u00d7',
  divide: '\u00f7', frac12: '\u00bd', frac14: '\u00bc', frac34: '\u00be', sup2: '\u00b2', sup3: '\u00b3',
  micro: '\u00b5', para: '\u00b6', sect: '\u00a7', cent: '\u00a2', pound: '\u00a3', euro: '\u20ac',
  yen: '\u00a5', curren: '\u00a4', iexcl: '\u00a1', iquest: '\u00bf', ordf: '\u00aa', ordm: '\u00ba',
  larr: '\u2190', rarr: '\u2192', uarr: '\u2191', darr: '\u2193', harr: '\u2194', check: '\u2713',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä', Aring: 'Å', AElig: 'Æ', Ccedil: 'Ç',
  Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì', Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï',
  ETH: 'Ð', Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô', Otilde: 'Õ', Ouml: 'Ö', Oslash: 'Ø',
  Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý', THORN: 'Þ', szlig: 'ß', agrave: 'à',
  aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç', egrave: 'è',
  eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï', eth: 'ð',
  ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø', ugrave: 'ù',
  uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', thorn: 'þ', yuml: 'ÿ', OElig: 'Œ', oelig: 'œ',
  Scaron: 'Š', scaron: 'š', Yuml: 'Ÿ', Zcaron: 'Ž', zcaron: 'ž', fnof: 'ƒ', circ: 'ˆ', tilde: '˜',
};
/** Legacy references that browsers accept without the final semicolon. */
const NO_SEMICOLON = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

/** The Windows-1252 meanings browsers give to numeric references 128-159. */
const C1_REMAP: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

const ENTITY_RE = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,7})|([A-Za-z][A-Za-z0-9]{1,31}))(;?)/g;

/** Decodes character references in one pass; unknown ones are kept as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY_RE, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined, semi: string) => {
    if (name !== undefined) {
      const value = NAMED_ENTITIES[name];
      if (value === undefined || (!semi && !NO_SEMICOLON.has(name))) return whole;
      return value;
    }
    let code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
    code = C1_REMAP[code] ?? code;
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  });
}

interface ListState {
  ordered: boolean;
  next: number;
}

/** Builds the text, managing line starts, pending line breaks and quote prefixes. */
class Output {
  private parts: string[] = [];
  /** Newlines at the end of the text written so far. */
  private trailing = 0;
  /** How many newlines the next text wants before it. */
  private pending = 0;
  private empty = true;
  private lastSpace = true;
  quoteDepth = 0;

  /** Asks for the next text to start at least `count` newlines after the last one. */
  block(count: 1 | 2): void {
    if (this.empty) return;
    this.pending = Math.max(this.pending, count);
  }

  lineBreak(): void {
    this.flush();
    this.raw('\n');
  }

  /** Text whose whitespace was already collapsed (or that is preformatted). */
  text(chunk: string, preformatted = false): void {
    if (chunk === '') return;
    let s = chunk;
    if (!preformatted) {
      if (this.pending > 0 || this.trailing > 0 || this.empty || this.lastSpace) s = s.replace(/^ +/, '');
      if (s === '') return;
    }
    this.flush();
    if (preformatted) {
      // Keep the quote prefix on every line of preformatted text.
      const lines = s.split('\n');
      lines.forEach((line, i) => {
        if (i > 0) this.raw('\n');
        if (line !== '') this.raw(line);
      });
      return;
    }
    this.raw(s);
  }

  /** A list marker or other prefix written at the start of a line as is. */
  marker(prefix: string): void {
    this.flush();
    this.raw(prefix);
    this.lastSpace = true;
  }

  private flush(): void {
    if (this.pending > this.trailing && !this.empty) this.raw('\n'.repeat(this.pending - this.trailing));
    this.pending = 0;
  }

  private raw(s: string): void {
    if (s === '') return;
    // Text that starts a line inside a quotation gets the quote marker first.
    if (this.quoteDepth > 0 && s[0] !== '\n' && (this.empty || this.trailing > 0)) {
      this.parts.push('> '.repeat(Math.min(this.quoteDepth, MAX_DRAWN_DEPTH)));
    }
    this.parts.push(s);
    this.empty = false;
    let n = 0;
    while (n < s.length && s.charCodeAt(s.length - 1 - n) === 10) n++;
    this.trailing = n === s.length ? this.trailing + n : n;
    this.lastSpace = s.endsWith(' ') || n > 0;
  }

  toString(): string {
    const lines = this.parts.join('').replace(/\u00a0/g, ' ').split('\n');
    // Trailing spaces go, and runs of blank lines shrink to one.
    const kept: string[] = [];
    for (const line of lines) {
      const t = line.trimEnd();
      if (t === '' && (kept.length === 0 || kept[kept.length - 1] === '')) continue;
      kept.push(t);
    }
    while (kept.length > 0 && kept[kept.length - 1] === '') kept.pop();
    return kept.join('\n');
  }
}

/**
 * Deeper quotes and lists are drawn as this deep: a mail nested thousands of levels would
 * otherwise put megabytes of "> " before every line (and overflow the string length).
 */
export const MAX_DRAWN_DEPTH = 20;

const TAG_NAME_RE = /[A-Za-z][A-Za-z0-9-]*/y;
const WS_RUN_RE = /[ \t\n\r\f]+/g;

/** Converts an HTML document or fragment to plain text. */
export function htmlToText(html: string): string {
  const out = new Output();
  const lists: ListState[] = [];
  let pre = 0;
  /** The open link: its address, to write after its text when the text differs. */
  let link: { href: string; text: string } | undefined;
  let i = 0;
  const n = html.length;

  const emitText = (rawText: string): void => {
    if (rawText === '') return;
    const decoded = pre > 0 ? decodeEntities(rawText.replace(/\r\n?/g, '\n')) : decodeEntities(rawText.replace(WS_RUN_RE, ' '));
    if (link && link.text.length < 2048) link.text += decoded;
    out.text(decoded, pre > 0);
  };

  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt === -1) {
      emitText(html.slice(i));
      break;
    }
    if (lt > i) emitText(html.slice(i, lt));
    i = lt;

    // Comments, doctype and processing instructions.
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? n : end + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const end = html.indexOf('>', i + 2);
      i = end === -1 ? n : end + 1;
      continue;
    }

    const closing = html[i + 1] === '/';
    TAG_NAME_RE.lastIndex = i + (closing ? 2 : 1);
    const nameMatch = TAG_NAME_RE.exec(html);
    if (!nameMatch) {
      // A lone "<" (as in "a < b") is text.
      emitText('<');
      i++;
      continue;
    }
    const name = nameMatch[0].toLowerCase();
    const attrStart = TAG_NAME_RE.lastIndex;
    const tagEnd = findTagEnd(html, attrStart);
    const attrs = html.slice(attrStart, tagEnd);
    i = tagEnd === n ? n : tagEnd + 1;

    if (closing) {
      closeTag(name);
      continue;
    }

    if (SKIP.has(name)) {
      if (attrs.trimEnd().endsWith('/')) continue;
      const endRe = new RegExp(`</${name}[\\s/>]`, 'gi');
      endRe.lastIndex = i;
      const m = endRe.exec(html);
      if (!m) {
        i = n;
        continue;
      }
      const close = findTagEnd(html, m.index + 2 + name.length);
      i = close === n ? n : close + 1;
      continue;
    }

    openTag(name, attrs);
  }

  function openTag(name: string, attrs: string): void {
    if (name === 'br') {
      out.lineBreak();
      return;
    }
    if (PARAGRAPH.has(name)) {
      out.block(2);
      return;
    }
    if (name === 'ul' || name === 'ol' || name === 'dir' || name === 'menu') {
      out.block(1);
      const start = name === 'ol' ? Number.parseInt(attribute(attrs, 'start') ?? '1', 10) : 1;
      lists.push({ ordered: name === 'ol', next: Number.isFinite(start) ? start : 1 });
      return;
    }
    if (name === 'li') {
      out.block(1);
      const list = lists[lists.length - 1];
      const indent = '  '.repeat(Math.min(MAX_DRAWN_DEPTH, Math.max(0, lists.length - 1)));
      if (list?.ordered) out.marker(`${indent}${list.next++}. `);
      else out.marker(`${indent}- `);
      return;
    }
    if (name === 'blockquote') {
      out.block(1);
      out.quoteDepth++;
      return;
    }
    if (name === 'pre') {
      out.block(1);
      pre++;
      return;
    }
    if (name === 'td' || name === 'th') {
      out.text(' ');
      return;
    }
    if (name === 'a') {
      // Links do not nest: a new one closes the last, as browsers do.
      closeLink();
      link = { href: attribute(attrs, 'href') ?? '', text: '' };
      return;
    }
    if (name === 'img') {
      return;
    }
    if (BLOCK.has(name)) out.block(1);
  }

  function closeLink(): void {
    const open = link;
    link = undefined;
    if (open && /^https?:\/\//i.test(open.href.trim())) {
      const href = open.href.trim();
      const shown = open.text.trim();
      if (shown !== '' && !sameAddress(shown, href)) out.text(` <${href}>`);
    }
  }

  function closeTag(name: string): void {
    if (PARAGRAPH.has(name)) {
      out.block(2);
      return;
    }
    if (name === 'ul' || name === 'ol' || name === 'dir' || name === 'menu') {
      lists.pop();
      out.block(1);
      return;
    }
    if (name === 'blockquote') {
      out.block(1);
      out.quoteDepth = Math.max(0, out.quoteDepth - 1);
      return;
    }
    if (name === 'pre') {
      pre = Math.max(0, pre - 1);
      out.block(1);
      return;
    }
    if (name === 'a') {
      closeLink();
      return;
    }
    if (BLOCK.has(name)) out.block(1);
  }

  closeLink();
  return out.toString();
}

function sameAddress(text: string, href: string): boolean {
  const strip = (s: string) => s.toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/, '').replace(/\/$/, '');
  return strip(text) === strip(href);
}

/** Offset of the `>` that ends a tag, skipping quoted attribute values; `n` when none. */
function findTagEnd(html: string, from: number): number {
  let quote = 0;
  /** The last character that was not whitespace: quotes open a value only after "=". */
  let last = 0;
  for (let k = from; k < html.length; k++) {
    const c = html.charCodeAt(k);
    if (quote) {
      if (c === quote) {
        quote = 0;
        last = c;
      }
      continue;
    }
    if ((c === 0x22 || c === 0x27) && last === 0x3d) quote = c;
    else if (c === 0x3e) return k;
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) last = c;
  }
  return html.length;
}

/** The value of one attribute in a tag's attribute text, entity-decoded. */
function attribute(attrs: string, wanted: string): string | undefined {
  const re = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(attrs))) {
    if (m[1]!.toLowerCase() === wanted) return decodeEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return undefined;
}
