/**
 * Every item Afterview keeps in `storage.local`, in one place. One key per company, so two
 * writers changing two companies never touch the same item.
 *
 * | key                | value                                             |
 * |--------------------|---------------------------------------------------|
 * | `meta`             | `{ schemaVersion, migratedAt? }`                  |
 * | `company:<id>`     | `{ rev, record }`: a company and its revision     |
 * | `profile`          | the user's own name, phone and email              |
 * | `reminders`        | reminder settings, snoozes and what already fired |
 * | `backup`           | when the last backup was exported                 |
 * | `dictionary`       | `{ words }`: the user's own words for spelling    |
 * | `migration-error`  | why the last migration failed (absent when fine)  |
 */
import * as v from 'valibot';
import { CompanyRecordSchema, isIsoDate, ProfileSchema } from '@/lib/core/notes/record-schemas';
import type { CompanyRecord, Profile, ReminderSettings } from '@/lib/core/notes/types';

// The reminder settings' shape belongs to the reminder planner (core); stored here.
export type { ReminderSettings };

export const KEY = {
  meta: 'meta',
  profile: 'profile',
  reminders: 'reminders',
  backup: 'backup',
  dictionary: 'dictionary',
  migrationError: 'migration-error',
} as const;

export const COMPANY_PREFIX = 'company:';
export const companyKey = (id: string) => `${COMPANY_PREFIX}${id}`;
export const isCompanyKey = (key: string) => key.startsWith(COMPANY_PREFIX);

/** The version of the layout above. Raise it with a migration in `./migrations.ts`. */
export const SCHEMA_VERSION = 1;

export interface Meta {
  schemaVersion: number;
  migratedAt?: string;
}

export interface StoredCompany {
  /** Raised by one on every write; a writer that read revision n writes n + 1. */
  rev: number;
  record: CompanyRecord;
}

export interface BackupState {
  /** When the user last exported a backup (ISO). */
  lastExportAt?: string;
}

export const DEFAULT_REMINDERS: ReminderSettings = { enabled: false, mutedCompanies: [], snoozed: {}, fired: {} };

const iso = () => v.pipe(v.string(), v.check(isIsoDate, 'expected an ISO date'));

export const MetaSchema = v.object({ schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(0)), migratedAt: v.optional(iso()) });
export const StoredCompanySchema = v.object({ rev: v.pipe(v.number(), v.integer(), v.minValue(0)), record: CompanyRecordSchema });
export const ReminderSettingsSchema = v.object({
  enabled: v.boolean(),
  mutedCompanies: v.array(v.string()),
  snoozed: v.record(v.string(), iso()),
  fired: v.record(v.string(), iso()),
});
export const BackupStateSchema = v.object({ lastExportAt: v.optional(iso()) });

export function readStoredCompany(value: unknown): StoredCompany | undefined {
  const r = v.safeParse(StoredCompanySchema, value);
  return r.success ? r.output : undefined;
}

export function readProfile(value: unknown): Profile {
  const r = v.safeParse(ProfileSchema, value);
  return r.success ? r.output : {};
}

export function readReminders(value: unknown): ReminderSettings {
  const r = v.safeParse(ReminderSettingsSchema, value);
  return r.success ? r.output : structuredClone(DEFAULT_REMINDERS);
}

export function readBackupState(value: unknown): BackupState {
  const r = v.safeParse(BackupStateSchema, value);
  return r.success ? r.output : {};
}

export function readSchemaVersion(value: unknown): number {
  const r = v.safeParse(MetaSchema, value);
  return r.success ? r.output.schemaVersion : 0;
}

/** A word the user may add to their dictionary: letters, digits and inner marks, at most 64 characters. */
export const DICTIONARY_WORD_RE = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.+#-]{0,63}$/u;
/** Enough for years of use, small enough to check every word against on each keystroke. */
export const MAX_DICTIONARY_WORDS = 5000;

/** The distinct valid words of a stored or imported list, sorted; anything else is dropped. */
export function normaliseDictionary(words: unknown): string[] {
  if (!Array.isArray(words)) return [];
  const valid = words.filter((w): w is string => typeof w === 'string').map((w) => w.trim().normalize('NFC')).filter((w) => DICTIONARY_WORD_RE.test(w));
  return [...new Set(valid)].sort((a, b) => a.localeCompare(b)).slice(0, MAX_DICTIONARY_WORDS);
}

export function readDictionary(value: unknown): string[] {
  return normaliseDictionary((value as { words?: unknown } | null | undefined)?.words);
}
