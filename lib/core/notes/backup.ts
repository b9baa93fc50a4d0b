/**
 * The backup (export) format: its schema, the canonical JSON its checksum covers, writing a
 * backup and reading one back with a one-line message for the first thing wrong.
 * Loaded by the notes store (`lib/platform/storage/store.ts`, which runs in the service worker) and the CLI.
 */
import * as v from 'valibot';
import { MAX_JSON_TEXT_BYTES, formatPath, parseJsonText } from '@/lib/core/notes/json-text';
import { CompanyRecordSchema, MSG, ProfileSchema, assertSame, isoDate, str, type Same } from '@/lib/core/notes/record-schemas';
import type { CompanyRecord, Profile } from '@/lib/core/notes/types';

export const BACKUP_FORMAT = 'afterview-backup';
/** The newest backup version this build writes and reads. */
export const BACKUP_VERSION = 1;
/** Larger inputs are refused before parsing. */
export const MAX_BACKUP_BYTES = MAX_JSON_TEXT_BYTES;

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
    checksum: v.pipe(v.string('expected a SHA-256 hex string'), v.regex(/^[0-9a-f]{64}$/i, 'expected a SHA-256 hex string')),
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
 * For well-formed values this is RFC 8785 (JCS) text (tests/unit/notes/canonical-json.test.ts
 * checks it against an implementation); unlike JCS it also writes a lone surrogate, which
 * pasted notes can hold, instead of refusing the whole backup.
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
export async function parseBackupText(text: string): Promise<{ ok: true; backup: Backup } | { ok: false; error: string }> {
  const json = parseJsonText(text);
  if (!json.ok) return json;
  return parseBackupValue(json.value);
}

/**
 * Reads the notes file the `check` command is given: either a whole backup (all its
 * companies, and its profile) or the JSON of a single company record. Never throws.
 */
export async function parseCompanyRecordFile(text: string): Promise<{ ok: true; companies: CompanyRecord[]; profile?: Profile } | { ok: false; error: string }> {
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
    return { ok: false, error: describeIssue(record.issues[0]) };
  }
  return { ok: true, companies: [record.output] };
}

async function parseBackupValue(value: unknown): Promise<{ ok: true; backup: Backup } | { ok: false; error: string }> {
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
  if (!result.success) return { ok: false, error: describeIssue(result.issues[0]) };
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
      error: 'The checksum does not match the data: the file was changed or damaged after it was exported.',
    };
  }
  return { ok: true, backup: result.output };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type AnyIssue = v.BaseIssue<unknown>;

/** One line naming the JSON path of the issue and what was expected there (a failed parse always has a first issue). */
function describeIssue(issue: AnyIssue): string {
  const items = issue.path ?? [];
  const missing = issue.type === 'object' && issue.input === undefined && typeof issue.expected === 'string' && issue.expected.startsWith('"');
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
