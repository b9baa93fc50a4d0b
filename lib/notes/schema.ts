/**
 * Runtime validation of the interview notes and of the backup (export) format.
 *
 * The TypeScript interfaces in `./types.ts` stay the source of truth: every schema below
 * is checked at compile time against them (see the `Same<...>` assertions), so a change
 * to one without the other fails `tsc`.
 *
 * Parsing never evaluates anything: every string (HTML, script, `__proto__`) stays a
 * plain string, unknown keys are dropped, and no object is built by assigning
 * attacker-chosen keys onto an ordinary object.
 */
import * as v from 'valibot';
import { KINDS } from '@/lib/guidelines/types';
import type {
  CompanyRecord,
  Interview,
  Interviewer,
  Profile,
  SentFollowUp,
} from '@/lib/notes/types';

// ---------------------------------------------------------------------------------------
// Field schemas

const ISO_DATE_RE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** A calendar date or date-time in ISO 8601 form that names a real moment. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE_RE.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi, s] = m;
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (day > daysInMonth) return false;
  if (h !== undefined && (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59)) return false;
  return !Number.isNaN(Date.parse(value.replace(' ', 'T')));
}

const MSG = {
  string: 'expected a string',
  date: 'expected an ISO date',
  list: 'expected a list',
  object: 'expected an object',
  boolean: 'expected true or false',
  stringList: 'expected a list of strings',
} as const;

const str = () => v.string(MSG.string);
const isoDate = () => v.pipe(v.string(MSG.date), v.check(isIsoDate, MSG.date));
const strList = () => v.array(v.string(MSG.stringList), MSG.stringList);
const oneOf = <const T extends readonly string[]>(options: T) =>
  v.picklist(options, `expected one of ${options.map((o) => `"${o}"`).join(', ')}`);

export const STAGES = ['applied', 'interviewing', 'offer', 'rejected', 'withdrawn'] as const;
export const INTERVIEW_FORMATS = ['phone', 'video', 'onsite'] as const;
export const CONTACT_PREFERENCES = ['email', 'phone', 'linkedin', 'other'] as const;

export const InterviewerSchema = v.object(
  {
    id: str(),
    name: str(),
    title: v.optional(str()),
    email: v.optional(str()),
    lead: v.optional(v.boolean(MSG.boolean)),
    mostSenior: v.optional(v.boolean(MSG.boolean)),
    preferredContact: v.optional(oneOf(CONTACT_PREFERENCES)),
  },
  MSG.object,
);

export const InterviewSchema = v.object(
  {
    id: str(),
    at: isoDate(),
    format: v.optional(oneOf(INTERVIEW_FORMATS)),
    decisionDate: v.optional(isoDate()),
    interviewers: v.array(InterviewerSchema, MSG.list),
    topics: strList(),
    challenges: strList(),
    wishISaid: strList(),
    ideas: strList(),
    news: strList(),
  },
  MSG.object,
);

export const SentFollowUpSchema = v.object(
  {
    id: str(),
    kind: oneOf(KINDS),
    sentAt: isoDate(),
    to: strList(),
    interviewerIds: v.optional(strList()),
    subject: str(),
    bodyText: str(),
  },
  MSG.object,
);

export const CompanyRecordSchema = v.object(
  {
    id: str(),
    name: str(),
    domains: strList(),
    role: v.optional(str()),
    stage: oneOf(STAGES),
    notes: v.optional(str()),
    interviews: v.array(InterviewSchema, MSG.list),
    followUps: v.array(SentFollowUpSchema, MSG.list),
    lastReplyAt: v.optional(isoDate()),
    updatedAt: isoDate(),
  },
  MSG.object,
);

export const ProfileSchema = v.object(
  {
    name: v.optional(str()),
    phone: v.optional(str()),
    email: v.optional(str()),
  },
  MSG.object,
);

// Compile-time proof that the schemas and the interfaces describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const assertSame = <T extends true>(): T | undefined => undefined;
assertSame<Same<v.InferOutput<typeof InterviewerSchema>, Interviewer>>();
assertSame<Same<v.InferOutput<typeof InterviewSchema>, Interview>>();
assertSame<Same<v.InferOutput<typeof SentFollowUpSchema>, SentFollowUp>>();
assertSame<Same<v.InferOutput<typeof CompanyRecordSchema>, CompanyRecord>>();
assertSame<Same<v.InferOutput<typeof ProfileSchema>, Profile>>();

// ---------------------------------------------------------------------------------------
// The backup format

export const BACKUP_FORMAT = 'afterview-backup';
/** The newest backup version this build writes and reads. */
export const BACKUP_VERSION = 1;
/** Larger inputs are refused before parsing. */
export const MAX_BACKUP_BYTES = 20 * 1024 * 1024;

export interface BackupData {
  companies: CompanyRecord[];
  profile?: Profile;
  /** The words the user added to their personal dictionary. */
  dictionary?: string[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** When the backup was written (ISO date-time). */
  exportedAt: string;
  /** SHA-256, lowercase hex, of `canonicalJson(data)`. */
  checksum: string;
  data: BackupData;
}

export const BackupDataSchema = v.object(
  {
    companies: v.array(CompanyRecordSchema, MSG.list),
    profile: v.optional(ProfileSchema),
    dictionary: v.optional(v.array(str(), MSG.list)),
  },
  MSG.object,
);

export const BackupSchema = v.object(
  {
    format: v.literal(BACKUP_FORMAT, `expected "${BACKUP_FORMAT}"`),
    version: v.literal(BACKUP_VERSION, `expected ${BACKUP_VERSION}`),
    exportedAt: isoDate(),
    checksum: v.pipe(
      v.string('expected a SHA-256 hex string'),
      v.regex(/^[0-9a-f]{64}$/i, 'expected a SHA-256 hex string'),
    ),
    data: BackupDataSchema,
  },
  MSG.object,
);

assertSame<Same<v.InferOutput<typeof BackupDataSchema>, BackupData>>();
assertSame<Same<v.InferOutput<typeof BackupSchema>, Backup>>();

// ---------------------------------------------------------------------------------------
// Canonical JSON and the checksum

/** Deeper values are refused rather than risking the call stack. */
const MAX_DEPTH = 64;

/**
 * A canonical JSON text for a JSON value: object keys sorted by UTF-16 code units, no
 * insignificant whitespace, `undefined` members left out (as `JSON.stringify` does), and
 * strings and numbers written by `JSON.stringify`. The same value always gives the same
 * text whatever the order its keys were written in, which is what the checksum needs.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = [];
  write(value, 0, parts);
  return parts.join('');
}

function write(value: unknown, depth: number, out: string[]): void {
  if (depth > MAX_DEPTH) throw new RangeError('the data is nested too deeply');
  if (value === null || typeof value === 'boolean' || typeof value === 'string') {
    out.push(JSON.stringify(value));
    return;
  }
  if (typeof value === 'number') {
    out.push(Number.isFinite(value) ? JSON.stringify(value) : 'null');
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    value.forEach((item, i) => {
      if (i > 0) out.push(',');
      write(item === undefined || typeof item === 'function' ? null : item, depth + 1, out);
    });
    out.push(']');
    return;
  }
  if (typeof value === 'object') {
    // Own enumerable keys only; a JSON `__proto__` key is an own key like any other.
    const keys = Object.keys(value).sort();
    const record = value as Record<string, unknown>;
    out.push('{');
    let first = true;
    for (const key of keys) {
      const item = record[key];
      if (item === undefined || typeof item === 'function') continue;
      if (!first) out.push(',');
      first = false;
      out.push(JSON.stringify(key), ':');
      write(item, depth + 1, out);
    }
    out.push('}');
    return;
  }
  // undefined, functions, symbols, bigints: not JSON.
  out.push('null');
}

/** SHA-256 (lowercase hex) of the canonical JSON of `data`, via Web Crypto. */
export async function backupChecksum(data: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(data));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Builds a backup of the given data, ready for `JSON.stringify`. */
export async function createBackup(data: BackupData, exportedAt: Date = new Date()): Promise<Backup> {
  // Validate first so that only well-formed records are ever written, and so that the
  // checksum covers exactly what is written (unknown keys are dropped here).
  const clean = v.parse(BackupDataSchema, data);
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    checksum: await backupChecksum(clean),
    data: clean,
  };
}

/** The text of a backup file: pretty-printed JSON with a final newline. */
export async function serializeBackup(data: BackupData, exportedAt?: Date): Promise<string> {
  return `${JSON.stringify(await createBackup(data, exportedAt), null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------
// Parsing

/** Parses and verifies the text of a backup file. Never throws. */
export async function parseBackupText(
  text: string,
): Promise<{ ok: true; backup: Backup } | { ok: false; error: string }> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  return parseBackupValue(json.value);
}

/**
 * Reads the notes file the `check` command is given: either a whole backup (all its
 * companies, and its profile) or the JSON of a single company record. Never throws.
 */
export async function parseCompanyRecordFile(
  text: string,
): Promise<{ ok: true; companies: CompanyRecord[]; profile?: Profile } | { ok: false; error: string }> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  const value = json.value;
  if (isPlainObject(value) && Object.hasOwn(value, 'format')) {
    const result = await parseBackupValue(value);
    if (!result.ok) return result;
    const { companies, profile } = result.backup.data;
    return profile ? { ok: true, companies, profile } : { ok: true, companies };
  }
  const record = v.safeParse(CompanyRecordSchema, value, { abortEarly: true });
  if (!record.success) {
    return { ok: false, error: describeIssue(record.issues[0], 'not a company record or a backup') };
  }
  return { ok: true, companies: [record.output] };
}

async function parseBackupValue(
  value: unknown,
): Promise<{ ok: true; backup: Backup } | { ok: false; error: string }> {
  if (!isPlainObject(value)) return { ok: false, error: 'Not an Afterview backup: expected a JSON object.' };
  if (value['format'] !== BACKUP_FORMAT) {
    return { ok: false, error: `Not an Afterview backup: "format" should be "${BACKUP_FORMAT}".` };
  }
  const version = value['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, error: 'version: expected a whole number from 1 up.' };
  }
  if (version > BACKUP_VERSION) {
    return {
      ok: false,
      error: `This backup was made by a newer Afterview, version ${version}; this version reads up to ${BACKUP_VERSION}. Update Afterview to restore it.`,
    };
  }
  const result = v.safeParse(BackupSchema, value, { abortEarly: true });
  if (!result.success) return { ok: false, error: describeIssue(result.issues[0], 'not a valid backup') };
  let actual: string;
  try {
    // The checksum covers the data as written, including keys this version ignores.
    actual = await backupChecksum(value['data']);
  } catch (e) {
    return { ok: false, error: `data: ${e instanceof RangeError ? e.message : 'could not be checked'}.` };
  }
  if (actual !== result.output.checksum.toLowerCase()) {
    return {
      ok: false,
      error:
        'The checksum does not match the data: the file was changed or damaged after it was exported.',
    };
  }
  return { ok: true, backup: result.output };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type AnyIssue = v.BaseIssue<unknown>;

/** One line naming the JSON path of the issue and what was expected there. */
function describeIssue(issue: AnyIssue | undefined, fallback: string): string {
  if (!issue) return fallback;
  const items = issue.path ?? [];
  const missing =
    issue.type === 'object' && issue.input === undefined && typeof issue.expected === 'string' && issue.expected.startsWith('"');
  // Valibot takes an array for an object with every key missing: say what was expected.
  const parent = items[items.length - 1]?.input;
  if (missing && Array.isArray(parent)) {
    const path = formatPath(items.slice(0, -1).map((item) => item.key as unknown));
    return path ? `${path}: ${MSG.object}` : MSG.object;
  }
  const path = formatPath(items.map((item) => item.key as unknown));
  const what = missing ? 'is missing' : issue.message;
  return path ? `${path}: ${what}` : what;
}

const IDENT_RE = /^[A-Za-z_$][\w$]*$/;

/** `data.companies[2].interviews[0].at`; odd keys are quoted: `data["a b"]`. */
export function formatPath(keys: readonly unknown[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && IDENT_RE.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// JSON text with located errors

/**
 * Parses JSON text, bounding its size. When `JSON.parse` refuses the text, a small
 * scanner finds where the first error is so that the message can name a line and a column
 * (engines word and place their own errors differently).
 */
export function parseJsonText(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  // A UTF-16 code unit is at least one byte of UTF-8, so this bound is never too strict.
  if (text.length > MAX_BACKUP_BYTES) {
    const mb = (text.length / (1024 * 1024)).toFixed(1);
    return { ok: false, error: `The file is too large (${mb} MB); the limit is ${MAX_BACKUP_BYTES / (1024 * 1024)} MB.` };
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, error: 'The file is empty.' };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const fault = findJsonError(body);
    const offset = text.length - body.length;
    const { line, column } = lineColumn(text, fault.at + offset);
    return { ok: false, error: `Not valid JSON: ${fault.reason} at line ${line}, column ${column}.` };
  }
}

/** 1-based line and column (in characters) of an offset; `\r\n`, `\r` and `\n` end lines. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  // Count code points so that an emoji is one column.
  let column = 1;
  for (let i = lineStart; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < end) i++;
    column++;
  }
  return { line, column };
}

/**
 * Finds the first syntax error of a JSON text in one pass, with an explicit stack (no
 * recursion, so hostile nesting cannot overflow). Only called once `JSON.parse` failed.
 */
export function findJsonError(text: string): { at: number; reason: string } {
  let i = 0;
  const n = text.length;
  // What each open container expects next.
  const stack: ('array' | 'object')[] = [];
  type State = 'value' | 'afterValue' | 'key' | 'colon' | 'firstValueOrEnd' | 'firstKeyOrEnd' | 'done';
  let state = 'value' as State;

  const skipWs = () => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };
  const describe = (at: number): string => {
    if (at >= n) return 'the text ends too soon';
    const ch = text[at] ?? '';
    return `unexpected ${JSON.stringify(ch)}`;
  };
  const fail = (reason?: string): { at: number; reason: string } => ({
    at: Math.min(i, n),
    reason: reason ?? describe(i),
  });

  // Scans a string starting at the opening quote; returns null on success.
  const scanString = (): { at: number; reason: string } | null => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === undefined) {
          i++;
          return fail('the text ends inside a string');
        }
        if ('"\\/bfnrt'.includes(e)) i += 2;
        else if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return fail('a bad \\u escape in a string');
          i += 6;
        } else return fail(`a bad escape "\\${e}" in a string`);
        continue;
      }
      if (c < 0x20) return fail(c === 0x0a ? 'a line break inside a string' : 'a control character inside a string');
      i++;
    }
    return fail('the text ends inside a string');
  };

  const NUMBER_RE = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

  // Scans one scalar or opens a container.
  const scanValue = (): { at: number; reason: string } | null => {
    const ch = text[i];
    if (ch === '{') {
      stack.push('object');
      i++;
      state = 'firstKeyOrEnd';
      return null;
    }
    if (ch === '[') {
      stack.push('array');
      i++;
      state = 'firstValueOrEnd';
      return null;
    }
    if (ch === '"') {
      const err = scanString();
      if (err) return err;
    } else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) {
      NUMBER_RE.lastIndex = i;
      const m = NUMBER_RE.exec(text);
      if (!m || m[0] === '-') return fail('a malformed number');
      i += m[0].length;
      const next = text[i];
      if (next !== undefined && /[0-9.eE+-]/.test(next)) return fail('a malformed number');
    } else {
      let matched = false;
      for (const word of ['true', 'false', 'null']) {
        if (text.startsWith(word, i)) {
          i += word.length;
          matched = true;
          break;
        }
      }
      if (!matched) return fail(i >= n ? 'the text ends where a value was expected' : `${describe(i)} where a value was expected`);
    }
    state = stack.length === 0 ? 'done' : 'afterValue';
    return null;
  };

  for (;;) {
    skipWs();
    switch (state) {
      case 'done':
        if (i < n) return fail(`${describe(i)} after the end of the data`);
        // JSON.parse failed but the scanner did not: point at the end.
        return { at: n, reason: 'an unknown error' };
      case 'value': {
        const err = scanValue();
        if (err) return err;
        break;
      }
      case 'firstValueOrEnd':
        if (text[i] === ']') {
          i++;
          stack.pop();
          state = stack.length === 0 ? 'done' : 'afterValue';
        } else {
          const err = scanValue();
          if (err) return err;
        }
        break;
      case 'firstKeyOrEnd':
        if (text[i] === '}') {
          i++;
          stack.pop();
          state = stack.length === 0 ? 'done' : 'afterValue';
        } else {
          state = 'key';
        }
        break;
      case 'key':
        if (text[i] !== '"') {
          return fail(i >= n ? 'the text ends where a property name was expected' : `${describe(i)} where a property name in double quotes was expected`);
        }
        {
          const err = scanString();
          if (err) return err;
        }
        state = 'colon';
        break;
      case 'colon':
        if (text[i] !== ':') return fail(i >= n ? 'the text ends where ":" was expected' : `${describe(i)} where ":" was expected`);
        i++;
        state = 'value';
        break;
      case 'afterValue': {
        const top = stack[stack.length - 1];
        const close = top === 'object' ? '}' : ']';
        if (text[i] === ',') {
          i++;
          state = top === 'object' ? 'key' : 'value';
        } else if (text[i] === close) {
          i++;
          stack.pop();
          state = stack.length === 0 ? 'done' : 'afterValue';
        } else {
          return fail(
            i >= n
              ? `the text ends where "," or "${close}" was expected`
              : `${describe(i)} where "," or "${close}" was expected`,
          );
        }
        break;
      }
    }
  }
}
