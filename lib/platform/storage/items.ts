/**
 * Every key Afterview stores, in one table (`STORED_KEYS`), and the items and collections
 * over them (`./item`). Code outside this folder never names a key: it goes through a store
 * built on these items. One key per company and per template, so two writers changing two
 * of them never touch the same item. A unit test checks that the stores write no key
 * missing from the table (tests/unit/storage/keys.test.ts).
 */
import * as v from 'valibot';
import { RULE_IDS, KINDS, type Kind, type RuleId } from '@/lib/core/guidelines/types';
import { CompanyRecordSchema, isIsoDate, ProfileSchema } from '@/lib/core/notes/record-schemas';
import { QUICK_NOTE_KINDS } from '@/lib/core/notes/records';
import type { CompanyRecord, ReminderSettings } from '@/lib/core/notes/types';
import { defineCollection, defineItem } from './item';

// The reminder settings' shape belongs to the reminder planner (core); stored here.
export type { ReminderSettings };

export interface StoredKey {
  /** The item or collection that reads and writes it (the name exported below, or the module). */
  item: string;
  /** One key, or `prefix` for a collection (one key per id). */
  key?: string;
  prefix?: string;
  area: 'local' | 'session' | 'localStorage';
  holds: string;
}

/** Every key the extension stores. */
export const STORED_KEYS: readonly StoredKey[] = [
  { item: 'metaItem', key: 'meta', area: 'local', holds: '{ schemaVersion, migratedAt? }' },
  { item: 'migrationErrorItem', key: 'migration-error', area: 'local', holds: 'why the last migration failed (absent when fine)' },
  { item: 'companies', prefix: 'company:', area: 'local', holds: '{ rev, record }: a company and its revision' },
  { item: 'profileItem', key: 'profile', area: 'local', holds: "the user's own name, phone and email" },
  { item: 'remindersItem', key: 'reminders', area: 'local', holds: 'reminder settings, snoozes and what already fired' },
  { item: 'backupItem', key: 'backup', area: 'local', holds: 'when the last backup was exported' },
  { item: 'dictionaryItem', key: 'dictionary', area: 'local', holds: "{ words }: the user's own words for spelling" },
  { item: 'mutedRulesItem', key: 'settings:mutedRules', area: 'local', holds: 'the rules muted in the sidebar, sorted ids' },
  { item: 'welcomedItem', key: 'welcomed', area: 'local', holds: 'when the welcome page was first shown' },
  { item: 'userTemplates (./templates)', prefix: 'template:', area: 'local', holds: "the user's own templates, one per id" },
  { item: 'pickedKindsItem', key: 'compose:kinds', area: 'session', holds: 'the kind picked in the sidebar per tab and compose' },
  { item: 'popupDraftItem', key: 'popup-draft', area: 'session', holds: 'what was typed in the popup and not saved yet' },
  // Synchronous on purpose (a tab closing mid-word), so not on the asynchronous primitive.
  { item: 'editJournal (./edit-journal)', prefix: 'afterview:unsaved:', area: 'localStorage', holds: 'unsaved edits of the notes page' },
];

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
export const TEMPLATE_PREFIX = 'template:';

/** Whole-store operations (import, wipe, migrations) hold it exclusively; every write of the notes holds it shared. */
export const STORE_LOCK = 'afterview:notes';

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

/** A word the user may add to their dictionary: letters, digits and inner marks, at most 64 characters. */
export const DICTIONARY_WORD_RE = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.+#-]{0,63}$/u;
/** Enough for years of use, small enough to check every word against on each keystroke. */
export const MAX_DICTIONARY_WORDS = 5000;

/** The distinct valid words of a stored or imported list, sorted; anything else is dropped. */
export function normaliseDictionary(words: unknown): string[] {
  if (!Array.isArray(words)) return [];
  const valid = words
    .filter((w): w is string => typeof w === 'string')
    .map((w) => w.trim().normalize('NFC'))
    .filter((w) => DICTIONARY_WORD_RE.test(w));
  return [...new Set(valid)].sort((a, b) => a.localeCompare(b)).slice(0, MAX_DICTIONARY_WORDS);
}

const RULES = new Set<string>(RULE_IDS);
export const isRuleId = (id: unknown): id is RuleId => typeof id === 'string' && RULES.has(id);

/** The valid, distinct rule ids in a stored value, sorted; anything else is dropped. */
export function readMutedRules(value: unknown): RuleId[] {
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter(isRuleId))].sort();
}

export interface PickedKind {
  tabId: number;
  composeId: string;
  kind: Kind;
}

const PickedKindSchema = v.object({ tabId: v.pipe(v.number(), v.integer()), composeId: v.string(), kind: v.picklist(KINDS) });

/** The popup's unsaved typing, as the capture model keeps it. */
export const PopupDraftSchema = v.object({
  company: v.optional(v.string()),
  interviewer: v.optional(v.string()),
  interviewAt: v.optional(v.string()),
  kind: v.optional(v.picklist(QUICK_NOTE_KINDS)),
  text: v.optional(v.string()),
  domain: v.optional(v.string()),
  suggestedName: v.optional(v.string()),
  suggestedEmail: v.optional(v.string()),
});
export type PopupDraft = v.InferOutput<typeof PopupDraftSchema>;

// ---- the items ---------------------------------------------------------------------------

export const metaItem = defineItem<Meta>({ key: KEY.meta, schema: MetaSchema, fallback: { schemaVersion: 0 } });
export const migrationErrorItem = defineItem<{ at?: unknown; message: string } | undefined>({
  key: KEY.migrationError,
  schema: v.object({ at: v.optional(v.unknown()), message: v.string() }),
  fallback: undefined,
});
/** Each write holds its company's lock, `afterview:company:<id>` (and the store lock, shared). */
export const companies = defineCollection<StoredCompany>({ prefix: COMPANY_PREFIX, schema: StoredCompanySchema, scope: STORE_LOCK });
export const profileItem = defineItem({ key: KEY.profile, schema: ProfileSchema, fallback: {}, scope: STORE_LOCK });
export const remindersItem = defineItem({ key: KEY.reminders, schema: ReminderSettingsSchema, fallback: DEFAULT_REMINDERS, scope: STORE_LOCK });
export const backupItem = defineItem<BackupState>({ key: KEY.backup, schema: BackupStateSchema, fallback: {}, scope: STORE_LOCK });
// Stored as `{ words }`; read, the list is normalised (invalid words and duplicates dropped, sorted).
export const dictionaryItem = defineItem<{ words: string[] }>({
  key: KEY.dictionary,
  schema: v.pipe(
    v.unknown(),
    v.transform((x) => ({ words: normaliseDictionary((x as { words?: unknown } | null)?.words) })),
  ),
  fallback: { words: [] },
  scope: STORE_LOCK,
});
export const mutedRulesItem = defineItem<RuleId[]>({
  key: 'settings:mutedRules',
  schema: v.pipe(v.unknown(), v.transform(readMutedRules)),
  fallback: [],
  lock: 'afterview:settings',
});
export const welcomedItem = defineItem({ key: 'welcomed', schema: v.string(), fallback: '' });
// Written by the background worker alone, at once (no lock), and never on disk.
export const pickedKindsItem = defineItem<PickedKind[]>({
  key: 'compose:kinds',
  area: 'session',
  schema: v.pipe(
    v.array(v.unknown()),
    v.transform((list) => list.flatMap((x) => (v.is(PickedKindSchema, x) ? [x] : []))),
  ),
  fallback: [],
  lock: false,
});
// Written on every keystroke by the popup, which may close a moment later: no lock to wait for.
export const popupDraftItem = defineItem<PopupDraft | undefined>({ key: 'popup-draft', area: 'session', schema: PopupDraftSchema, fallback: undefined, lock: false });

export const readSchemaVersion = (value: unknown): number => metaItem.read(value).schemaVersion;
