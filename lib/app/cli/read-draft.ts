/**
 * Reads a draft from a file: an `.eml` message (parsed with postal-mime) or plain text
 * with optional header lines. Every failure is an `InputError` with a one-line reason.
 */
import { open, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import PostalMime, { addressParser } from 'postal-mime';
import type { Address } from 'postal-mime';
import type { Draft, Recipient } from '@/lib/core/guidelines/types';
import { htmlToText } from './html-to-text';

/** Input the command cannot use: exit status 2, the message on stderr. */
export class InputError extends Error {
  override name = 'InputError';
}

/** Drafts are short; anything larger is certainly not one. */
export const MAX_DRAFT_BYTES = 10 * 1024 * 1024;

export interface ReadDraft {
  draft: Draft;
  /** The Date header, when the message has a valid one. */
  date?: Date;
}

/** Reads and parses one draft file; `.eml` files as MIME messages, others as text. */
export async function readDraftFile(path: string): Promise<ReadDraft> {
  const bytes = await readBounded(path, MAX_DRAFT_BYTES, 'draft');
  return extname(path).toLowerCase() === '.eml' ? parseEml(bytes, path) : parsePlainText(decodeText(bytes, path));
}

/**
 * Reads a whole file, refusing directories, missing files and oversized ones in words. The
 * limit holds for the bytes actually read, not the size the file system reports: a device
 * or a pipe (`/dev/zero`, `/dev/stdin`) reports 0 and may never end.
 */
export async function readBounded(path: string, limit: number, what: string): Promise<Uint8Array> {
  const tooLarge = (size: string) => new InputError(`${path}: the file is too large for a ${what} (${size}; the limit is ${formatSize(limit)})`);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a ${what} file`);
    if (info.size > limit) throw tooLarge(formatSize(info.size));
    const file = await open(path, 'r');
    try {
      const chunks: Uint8Array[] = [];
      let total = 0;
      for (;;) {
        const chunk = new Uint8Array(Math.min(1024 * 1024, limit + 1 - total));
        const { bytesRead } = await file.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        total += bytesRead;
        if (total > limit) throw tooLarge(`more than ${formatSize(limit)}`);
      }
      return Buffer.concat(chunks, total);
    } finally {
      await file.close();
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${describeFsError(error)}`);
  }
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return `cannot be read${code ? ` (${code})` : ''}`;
  }
}

/**
 * Decodes a text file: UTF-8 (with or without a byte-order mark), else Windows-1252, the
 * usual encoding of text saved by older editors. Binary files are refused.
 */
export function decodeText(bytes: Uint8Array, path: string): string {
  if (bytes.includes(0)) throw new InputError(`${path}: looks like a binary file, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/** Bytes 0x80-0x9F of Windows-1252 (Node's decoder treats the label as ISO-8859-1). */
const CP1252_HIGH =
  '\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd' +
  '\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    let chunk = '';
    const end = Math.min(bytes.length, start + CHUNK);
    for (let k = start; k < end; k++) {
      const b = bytes[k]!;
      chunk += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80]! : String.fromCharCode(b);
    }
    chunks.push(chunk);
  }
  return chunks.join('');
}

const normaliseNewlines = (s: string): string => s.replace(/\r\n?/g, '\n');

// ---------------------------------------------------------------------------------------
// Plain text

/** Header lines a plain-text draft may start with. */
const TEXT_HEADERS = new Set(['subject', 'to', 'cc', 'bcc', 'from', 'date']);
const HEADER_LINE_RE = /^([A-Za-z][A-Za-z0-9-]*)[ \t]*:[ \t]?(.*)$/;

/**
 * A plain-text draft: optional header lines (`Subject:`, `To:`, `Cc:`, `From:`, `Date:`),
 * a blank line, then the body. When the first line is not one of those headers, the whole
 * text is the body.
 */
export function parsePlainText(input: string): ReadDraft {
  const text = normaliseNewlines(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
  const headers = new Map<string, string>();
  let bodyStart = 0;
  const first = HEADER_LINE_RE.exec(text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')));
  if (first && TEXT_HEADERS.has(first[1]!.toLowerCase())) {
    let pos = 0;
    let lastKey: string | undefined;
    while (pos <= text.length) {
      const nl = text.indexOf('\n', pos);
      const end = nl === -1 ? text.length : nl;
      const line = text.slice(pos, end);
      const next = nl === -1 ? text.length : nl + 1;
      if (line.trim() === '') {
        // The blank line ends the headers and belongs to neither part.
        bodyStart = next;
        break;
      }
      const m = HEADER_LINE_RE.exec(line);
      if (m) {
        lastKey = m[1]!.toLowerCase();
        if (TEXT_HEADERS.has(lastKey)) {
          const previous = headers.get(lastKey);
          headers.set(lastKey, previous ? `${previous}, ${m[2]!.trim()}` : m[2]!.trim());
        }
      } else if (/^[ \t]/.test(line) && lastKey) {
        // A folded header line continues the last one.
        if (TEXT_HEADERS.has(lastKey)) headers.set(lastKey, `${headers.get(lastKey) ?? ''} ${line.trim()}`.trim());
      } else {
        // Not a header: the body starts here, without a blank line.
        bodyStart = pos;
        break;
      }
      bodyStart = next;
      pos = next;
      if (nl === -1) break;
    }
  }
  const draft: Draft = {
    subject: headers.get('subject') ?? '',
    to: parseAddressList(headers.get('to')),
    cc: parseAddressList(headers.get('cc')),
    bodyText: text.slice(bodyStart),
  };
  const from = parseAddressList(headers.get('from'))[0];
  if (from) draft.from = from;
  const date = parseDate(headers.get('date'));
  return date ? { draft, date } : { draft };
}

function parseAddressList(value: string | undefined): Recipient[] {
  if (!value) return [];
  return toRecipients(addressParser(value, { flatten: true }));
}

function toRecipients(addresses: readonly Address[] | undefined): Recipient[] {
  const out: Recipient[] = [];
  for (const entry of addresses ?? []) {
    const mailboxes = entry.group ?? [entry];
    for (const box of mailboxes) {
      if (!box.address) continue;
      out.push(box.name ? { name: box.name, address: box.address } : { address: box.address });
    }
  }
  return out;
}

function parseDate(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time);
}

// ---------------------------------------------------------------------------------------
// .eml

const FIELD_LINE_RE = /^[!-9;-~]+[ \t]*:/;
const KNOWN_FIELDS_RE = /^(?:from|to|cc|subject|date|mime-version|content-type|message-id)[ \t]*:/i;

/**
 * Checks that the bytes start with an RFC 5322 header block, so that a file that is not a
 * message is refused rather than read as an empty one.
 */
function checkHeaderBlock(bytes: Uint8Array, path: string): void {
  // Latin-1 keeps one character per byte; only the header block is examined.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, Math.min(bytes.length, 256 * 1024)));
  const lines = normaliseNewlines(head).split('\n');
  let i = 0;
  // An mbox "From " separator line may precede the headers.
  if (lines[0]?.startsWith('From ')) i++;
  if (lines[i] === undefined || lines[i]!.trim() === '') {
    throw new InputError(`${path}: malformed message: it does not start with header lines`);
  }
  let known = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') break;
    if (FIELD_LINE_RE.test(line)) {
      if (KNOWN_FIELDS_RE.test(line)) known = true;
      continue;
    }
    if (/^[ \t]/.test(line) && i > 0) continue;
    if (i === lines.length - 1 && head.length < bytes.length) break; // cut off by the sample size
    throw new InputError(`${path}: malformed message: line ${i + 1} is not a header line ("Name: value") and no blank line comes before it`);
  }
  if (!known) throw new InputError(`${path}: malformed message: none of the headers From, To, Subject or Date is present`);
}

/** Parses an `.eml` message: headers To, Cc, From, Subject and Date, and the text body. */
export async function parseEml(bytes: Uint8Array, path = 'message'): Promise<ReadDraft> {
  if (bytes.length === 0) throw new InputError(`${path}: the file is empty`);
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${path}: looks like a binary file, not an email message`);
  checkHeaderBlock(bytes, path);
  let email;
  try {
    email = await PostalMime.parse(bytes, { maxNestingDepth: 64, maxHeadersSize: 512 * 1024, attachmentEncoding: 'arraybuffer' });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'cannot be parsed';
    throw new InputError(`${path}: malformed message: ${reason}`);
  }
  const text = email.text !== undefined ? normaliseNewlines(email.text) : undefined;
  const html = email.html;
  let bodyText: string;
  if (text !== undefined && text.trim() !== '') bodyText = text;
  else if (html !== undefined) bodyText = htmlToText(html);
  else if (text !== undefined) bodyText = text;
  else throw new InputError(`${path}: malformed message: it has no text or HTML body`);

  const draft: Draft = {
    subject: email.subject ?? '',
    to: toRecipients(email.to),
    cc: toRecipients(email.cc),
    bodyText: trimTrailingNewlines(bodyText),
  };
  if (html !== undefined) draft.bodyHtml = html;
  const from = toRecipients(email.from ? [email.from] : [])[0];
  if (from) draft.from = from;
  const date = parseDate(email.date);
  return date ? { draft, date } : { draft };
}

/** MIME bodies usually end with a line break that the writer never typed. */
function trimTrailingNewlines(s: string): string {
  let end = s.length;
  while (end > 0 && (s[end - 1] === '\n' || s[end - 1] === ' ')) end--;
  return s.slice(0, end);
}
