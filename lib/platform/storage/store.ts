/**
 * The notes store: every read and write of Afterview's saved data goes through here.
 *
 * Many writers (popup, notes page, side panel, background) may change the same company at
 * once. Each write is a read-modify-write of one company item done while holding that
 * company's exclusive lock (Web Locks, shared by every extension page and the background),
 * and each write raises the record's revision by one. Writers pass a change function, not
 * a whole record, so the change is applied to the latest saved version. Whole-store
 * operations (import, wipe, migrations) hold the store lock exclusively; single writes
 * hold it shared.
 */
import * as v from 'valibot';
import { parseBackupText, serializeBackup, type BackupData } from '@/lib/core/notes/backup';
import { CompanyRecordSchema } from '@/lib/core/notes/record-schemas';
import { createCompanyRecord, repairImportedCompany, type NewCompanyInput } from '@/lib/core/notes/records';
import { mergeCompany } from '@/lib/core/notes/merge';
import type { CompanyRecord, Profile } from '@/lib/core/notes/types';
import {
  localArea,
  localChanges,
  removeItems,
  writeItems,
  type ChangeSource,
  type StorageAreaLike,
  type StorageChanges,
} from './area';
import {
  companyKey,
  isCompanyKey,
  KEY,
  DICTIONARY_WORD_RE,
  MAX_DICTIONARY_WORDS,
  normaliseDictionary,
  readBackupState,
  readDictionary,
  readProfile,
  readReminders,
  readStoredCompany,
  type BackupState,
  type ReminderSettings,
  type StoredCompany,
} from './items';
import { defaultLockManager, type LockManagerLike } from './locks';
import { runMigrations, type MigrationReport } from './migrations';

export interface NotesStoreOptions {
  area?: StorageAreaLike;
  locks?: LockManagerLike;
  changes?: ChangeSource;
  now?: () => Date;
}

const STORE_LOCK = 'afterview:notes';
const companyLock = (id: string) => `afterview:company:${id}`;
const PROFILE_LOCK = 'afterview:profile';
const REMINDERS_LOCK = 'afterview:reminders';
const DICTIONARY_LOCK = 'afterview:dictionary';

export class CompanyNotFoundError extends Error {
  override name = 'CompanyNotFoundError';
  constructor(id: string) {
    super(`This company is no longer saved (it may have been deleted in another window): ${id}`);
  }
}

export type ImportMode = 'merge' | 'replace';
export type ImportResult =
  | { ok: true; added: number; updated: number; removed: number; unchanged: number }
  | { ok: false; error: string };

/** Which parts of the store a change touched. */
export interface StoreChange {
  companies: string[];
  profile: boolean;
  reminders: boolean;
  backup: boolean;
  dictionary: boolean;
  meta: boolean;
}

export class NotesStore {
  readonly area: StorageAreaLike;
  private readonly locks: LockManagerLike;
  private readonly changes: ChangeSource | undefined;
  private readonly now: () => Date;

  constructor(options: NotesStoreOptions = {}) {
    this.area = options.area ?? localArea();
    this.locks = options.locks ?? defaultLockManager();
    this.changes = options.changes ?? (options.area ? undefined : localChanges());
    this.now = options.now ?? (() => new Date());
  }

  private shared<T>(name: string, fn: () => Promise<T>): Promise<T> {
    return this.locks.request(STORE_LOCK, { mode: 'shared' }, () => this.locks.request(name, { mode: 'exclusive' }, fn));
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.locks.request(STORE_LOCK, { mode: 'exclusive' }, fn);
  }

  // ---- schema -------------------------------------------------------------------------

  /** Brings stored data to the current schema. Cheap when already current. */
  migrate(): Promise<MigrationReport> {
    return this.exclusive(() => runMigrations(this.area, { now: this.now() }));
  }

  /** Why the last migration failed, to show the user; undefined when all is well. */
  async migrationError(): Promise<string | undefined> {
    const got = await this.area.get(KEY.migrationError);
    const value = got[KEY.migrationError] as { message?: unknown } | undefined;
    return typeof value?.message === 'string' ? value.message : undefined;
  }

  // ---- companies ----------------------------------------------------------------------

  async listCompanies(): Promise<CompanyRecord[]> {
    const all = await this.area.get(null);
    const out: CompanyRecord[] = [];
    for (const [key, value] of Object.entries(all)) {
      if (!isCompanyKey(key)) continue;
      const stored = readStoredCompany(value);
      if (stored) out.push(stored.record);
    }
    return out.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  async getStoredCompany(id: string): Promise<StoredCompany | undefined> {
    const key = companyKey(id);
    const got = await this.area.get(key);
    return readStoredCompany(got[key]);
  }

  async getCompany(id: string): Promise<CompanyRecord | undefined> {
    return (await this.getStoredCompany(id))?.record;
  }

  async createCompany(input: NewCompanyInput): Promise<CompanyRecord> {
    const record = createCompanyRecord(input, this.now());
    checkRecord(record);
    await this.shared(companyLock(record.id), () =>
      writeItems(this.area, { [companyKey(record.id)]: { rev: 1, record } satisfies StoredCompany }),
    );
    return record;
  }

  /**
   * Applies `change` to the latest saved version of a company and saves the result with
   * the next revision. `change` must not have side effects: it sees a private copy.
   */
  updateCompany(id: string, change: (record: CompanyRecord) => CompanyRecord | void): Promise<CompanyRecord> {
    return this.shared(companyLock(id), async () => {
      const stored = await this.getStoredCompany(id);
      if (!stored) throw new CompanyNotFoundError(id);
      const copy = structuredClone(stored.record);
      const next = { ...(change(copy) ?? copy), id, updatedAt: this.now().toISOString() };
      checkRecord(next);
      await writeItems(this.area, { [companyKey(id)]: { rev: stored.rev + 1, record: next } satisfies StoredCompany });
      return next;
    });
  }

  /** Saves a whole record as it is (restoring a deleted company, for instance). */
  putCompany(record: CompanyRecord): Promise<void> {
    checkRecord(record);
    return this.shared(companyLock(record.id), async () => {
      const stored = await this.getStoredCompany(record.id);
      await writeItems(this.area, { [companyKey(record.id)]: { rev: (stored?.rev ?? 0) + 1, record } satisfies StoredCompany });
    });
  }

  /** Deletes a company and returns what was deleted, for undo. */
  deleteCompany(id: string): Promise<CompanyRecord | undefined> {
    return this.shared(companyLock(id), async () => {
      const stored = await this.getStoredCompany(id);
      await removeItems(this.area, [companyKey(id)]);
      return stored?.record;
    });
  }

  // ---- profile, reminders, backup bookkeeping -----------------------------------------

  async getProfile(): Promise<Profile> {
    return readProfile((await this.area.get(KEY.profile))[KEY.profile]);
  }

  updateProfile(change: (profile: Profile) => Profile): Promise<Profile> {
    return this.shared(PROFILE_LOCK, async () => {
      const next = v.parse(v.object({ name: v.optional(v.string()), phone: v.optional(v.string()), email: v.optional(v.string()) }), change(await this.getProfile()));
      await writeItems(this.area, { [KEY.profile]: next });
      return next;
    });
  }

  async getReminders(): Promise<ReminderSettings> {
    return readReminders((await this.area.get(KEY.reminders))[KEY.reminders]);
  }

  updateReminders(change: (settings: ReminderSettings) => ReminderSettings | void): Promise<ReminderSettings> {
    return this.shared(REMINDERS_LOCK, async () => {
      const copy = await this.getReminders();
      const next = change(copy) ?? copy;
      await writeItems(this.area, { [KEY.reminders]: next });
      return next;
    });
  }

  // ---- personal dictionary -----------------------------------------------------------

  /** The words the user taught the spell checker, sorted. */
  async getDictionary(): Promise<string[]> {
    return readDictionary((await this.area.get(KEY.dictionary))[KEY.dictionary]);
  }

  /** Adds a word (as written: "dbt" and "DBT" are both kept if both are added). Rejects what is not a word. */
  addDictionaryWord(word: string): Promise<string[]> {
    const w = String(word).trim().normalize('NFC');
    if (!DICTIONARY_WORD_RE.test(w)) return Promise.reject(new RangeError(`"${w.slice(0, 40)}" is not a single word, so it cannot go in the dictionary.`));
    return this.shared(DICTIONARY_LOCK, async () => {
      const words = await this.getDictionary();
      if (words.includes(w)) return words;
      if (words.length >= MAX_DICTIONARY_WORDS) throw new RangeError(`Your dictionary is full (${MAX_DICTIONARY_WORDS} words). Remove a few on the notes page first.`);
      const next = normaliseDictionary([...words, w]);
      await writeItems(this.area, { [KEY.dictionary]: { words: next } });
      return next;
    });
  }

  removeDictionaryWord(word: string): Promise<string[]> {
    return this.shared(DICTIONARY_LOCK, async () => {
      const next = (await this.getDictionary()).filter((w) => w !== word);
      await writeItems(this.area, { [KEY.dictionary]: { words: next } });
      return next;
    });
  }

  async getBackupState(): Promise<BackupState> {
    return readBackupState((await this.area.get(KEY.backup))[KEY.backup]);
  }

  // ---- backup -------------------------------------------------------------------------

  /** Everything, as the text of a backup file; records the export for the backup reminder. */
  async exportBackup(): Promise<{ text: string; fileName: string }> {
    const at = this.now();
    const text = await this.exclusive(async () => {
      const companies = (await this.listCompanies()).sort((a, b) => a.id.localeCompare(b.id));
      const profile = await this.getProfile();
      const dictionary = await this.getDictionary();
      const data: BackupData = {
        companies,
        ...(Object.keys(profile).length ? { profile } : {}),
        ...(dictionary.length ? { dictionary } : {}),
      };
      const out = await serializeBackup(data, at);
      await writeItems(this.area, { [KEY.backup]: { lastExportAt: at.toISOString() } satisfies BackupState });
      return out;
    });
    return { text, fileName: `afterview-backup-${at.toISOString().slice(0, 10)}.json` };
  }

  /**
   * Restores a backup. `replace` makes the saved companies exactly those of the backup;
   * `merge` keeps every saved company and joins in the backup's. A file that does not
   * parse, verify or validate changes nothing and the error names where it is wrong.
   */
  async importBackup(text: string, mode: ImportMode): Promise<ImportResult> {
    const parsed = await parseBackupText(text);
    if (!parsed.ok) return parsed;
    const { profile, dictionary } = parsed.backup.data;
    // Domains normalised and unusable ids replaced before anything is compared or stored.
    const companies = parsed.backup.data.companies.map((c) => repairImportedCompany(c).record);
    const ids = new Set<string>();
    for (const [i, c] of companies.entries()) {
      if (ids.has(c.id)) return { ok: false, error: `data.companies[${i}].id: the id "${c.id}" appears twice.` };
      if (!c.name.trim()) return { ok: false, error: `data.companies[${i}].name: a company needs a name.` };
      ids.add(c.id);
    }
    return this.exclusive(async () => {
      const all = await this.area.get(null);
      const saved = new Map<string, StoredCompany>();
      for (const [key, value] of Object.entries(all)) {
        const stored = isCompanyKey(key) ? readStoredCompany(value) : undefined;
        if (stored) saved.set(stored.record.id, stored);
      }
      const set: Record<string, unknown> = {};
      let added = 0;
      let updated = 0;
      let unchanged = 0;
      for (const incoming of companies) {
        const mine = saved.get(incoming.id);
        const next = mode === 'merge' && mine ? mergeCompany(mine.record, incoming) : incoming;
        if (!mine) added++;
        else if (JSON.stringify(next) === JSON.stringify(mine.record)) {
          unchanged++;
          continue;
        } else updated++;
        set[companyKey(incoming.id)] = { rev: (mine?.rev ?? 0) + 1, record: next } satisfies StoredCompany;
      }
      if (profile && (mode === 'replace' || Object.keys(readProfile(all[KEY.profile])).length === 0)) set[KEY.profile] = profile;
      const removeKeys =
        mode === 'replace' ? [...saved.keys()].filter((id) => !ids.has(id)).map(companyKey) : [];
      if (mode === 'replace' && !profile && all[KEY.profile] !== undefined) removeKeys.push(KEY.profile);
      // The dictionary: replace takes the backup's words; merge keeps the user's and adds the backup's.
      const savedWords = readDictionary(all[KEY.dictionary]);
      const words = normaliseDictionary(mode === 'replace' ? (dictionary ?? []) : [...savedWords, ...(dictionary ?? [])]);
      if (words.join('\n') !== savedWords.join('\n')) set[KEY.dictionary] = { words };
      // One set call is applied whole or not at all; stale companies go only after it succeeded.
      if (Object.keys(set).length) await writeItems(this.area, set);
      await removeItems(this.area, removeKeys);
      return { ok: true, added, updated, unchanged, removed: mode === 'replace' ? removeKeys.filter(isCompanyKey).length : 0 };
    });
  }

  /** Deletes every company, the profile and the personal dictionary (settings and backup bookkeeping stay). */
  wipe(): Promise<void> {
    return this.exclusive(async () => {
      const all = await this.area.get(null);
      await removeItems(this.area, [...Object.keys(all).filter(isCompanyKey), KEY.profile, KEY.dictionary]);
    });
  }

  // ---- watching -----------------------------------------------------------------------

  /** Whether `watch` reports changes (a store over a bare area in tests has no change source). */
  get watchable(): boolean {
    return this.changes !== undefined;
  }

  /** Calls `listener` after every change by any page, script or worker, until `signal` aborts. */
  watch(listener: (change: StoreChange) => void, signal: AbortSignal): void {
    const source = this.changes;
    if (!source || signal.aborted) return;
    const onChange = (changes: StorageChanges) => {
      const keys = Object.keys(changes);
      listener({
        companies: keys.filter(isCompanyKey).map((k) => k.slice('company:'.length)),
        profile: keys.includes(KEY.profile),
        reminders: keys.includes(KEY.reminders),
        backup: keys.includes(KEY.backup),
        dictionary: keys.includes(KEY.dictionary),
        meta: keys.includes(KEY.meta) || keys.includes(KEY.migrationError),
      });
    };
    source.addListener(onChange);
    signal.addEventListener('abort', () => source.removeListener(onChange), { once: true });
  }
}

function checkRecord(record: CompanyRecord): void {
  if (!record.name.trim()) throw new Error('A company needs a name.');
  const r = v.safeParse(CompanyRecordSchema, record);
  if (!r.success) {
    const issue = r.issues[0];
    const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
    throw new Error(`This change cannot be saved: ${path ? `${path}: ` : ''}${issue?.message ?? 'invalid record'}.`);
  }
}

let shared: NotesStore | undefined;

/** The store over `storage.local`, created on first use (nothing happens at import time). */
export function notesStore(): NotesStore {
  shared ??= new NotesStore();
  return shared;
}
