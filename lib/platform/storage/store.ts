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
 *
 * Backup files are read and written by the subclass in `./backup-store.ts`, which the pages
 * get from `./index.ts`; the service worker imports this module only, so the backup code
 * (file format, checksums, merging) stays out of its bundle.
 */
import * as v from 'valibot';
import { CompanyRecordSchema } from '@/lib/core/notes/record-schemas';
import { createCompanyRecord, type NewCompanyInput } from '@/lib/core/notes/records';
import type { CompanyRecord, Profile } from '@/lib/core/notes/types';
import { localArea, localChanges, removeItems, watchChanges, type ChangeSource, type StorageAreaLike, type StorageChanges } from './area';
import type { StorageDeps } from './item';
import {
  backupItem,
  companies,
  DICTIONARY_WORD_RE,
  dictionaryItem,
  KEY,
  MAX_DICTIONARY_WORDS,
  migrationErrorItem,
  normaliseDictionary,
  profileItem,
  remindersItem,
  STORE_LOCK,
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

export class CompanyNotFoundError extends Error {
  override name = 'CompanyNotFoundError';
  constructor(id: string) {
    super(`This company is no longer saved (it may have been deleted in another window): ${id}`);
  }
}

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
  protected readonly now: () => Date;
  protected readonly items;

  constructor(options: NotesStoreOptions = {}) {
    this.area = options.area ?? localArea();
    this.locks = options.locks ?? defaultLockManager();
    this.changes = options.changes ?? (options.area ? undefined : localChanges());
    this.now = options.now ?? (() => new Date());
    const deps: StorageDeps = { area: this.area, locks: this.locks, changes: this.changes };
    this.items = {
      companies: companies.with(deps),
      profile: profileItem.with(deps),
      reminders: remindersItem.with(deps),
      dictionary: dictionaryItem.with(deps),
      backup: backupItem.with(deps),
      migrationError: migrationErrorItem.with(deps),
    };
  }

  /** Runs `fn` alone: no other write of the notes, from any page or worker, runs meanwhile. */
  protected exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.locks.request(STORE_LOCK, { mode: 'exclusive' }, fn);
  }

  // ---- schema -------------------------------------------------------------------------

  /** Brings stored data to the current schema. Cheap when already current. */
  migrate(): Promise<MigrationReport> {
    return this.exclusive(() => runMigrations(this.area, { now: this.now() }));
  }

  /** Why the last migration failed, to show the user; undefined when all is well. */
  async migrationError(): Promise<string | undefined> {
    return (await this.items.migrationError.get())?.message;
  }

  // ---- companies ----------------------------------------------------------------------

  async listCompanies(): Promise<CompanyRecord[]> {
    const out = (await this.items.companies.list()).map(([, stored]) => stored.record);
    return out.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  getStoredCompany(id: string): Promise<StoredCompany | undefined> {
    return this.items.companies.get(id);
  }

  async getCompany(id: string): Promise<CompanyRecord | undefined> {
    return (await this.getStoredCompany(id))?.record;
  }

  async createCompany(input: NewCompanyInput): Promise<CompanyRecord> {
    const record = createCompanyRecord(input, this.now());
    checkRecord(record);
    await this.items.companies.set(record.id, { rev: 1, record });
    return record;
  }

  /**
   * Applies `change` to the latest saved version of a company and saves the result with
   * the next revision. `change` must not have side effects: it sees a private copy.
   */
  async updateCompany(id: string, change: (record: CompanyRecord) => CompanyRecord | void): Promise<CompanyRecord> {
    const written = await this.items.companies.update(id, (stored) => {
      if (!stored) throw new CompanyNotFoundError(id);
      const copy = structuredClone(stored.record);
      const next = { ...(change(copy) ?? copy), id, updatedAt: this.now().toISOString() };
      checkRecord(next);
      return { rev: stored.rev + 1, record: next };
    });
    return written.record;
  }

  /** Saves a whole record as it is (restoring a deleted company, for instance). */
  async putCompany(record: CompanyRecord): Promise<void> {
    checkRecord(record);
    await this.items.companies.update(record.id, (stored) => ({ rev: (stored?.rev ?? 0) + 1, record }));
  }

  /** Deletes a company and returns what was deleted, for undo. */
  async deleteCompany(id: string): Promise<CompanyRecord | undefined> {
    return (await this.items.companies.remove(id))?.record;
  }

  // ---- profile, reminders, backup bookkeeping -----------------------------------------

  getProfile(): Promise<Profile> {
    return this.items.profile.get();
  }

  updateProfile(change: (profile: Profile) => Profile): Promise<Profile> {
    return this.items.profile.update(change);
  }

  getReminders(): Promise<ReminderSettings> {
    return this.items.reminders.get();
  }

  updateReminders(change: (settings: ReminderSettings) => ReminderSettings | void): Promise<ReminderSettings> {
    return this.items.reminders.update(change);
  }

  // ---- personal dictionary -----------------------------------------------------------

  /** The words the user taught the spell checker, sorted. */
  async getDictionary(): Promise<string[]> {
    return (await this.items.dictionary.get()).words;
  }

  /** Adds a word (as written: "dbt" and "DBT" are both kept if both are added). Rejects what is not a word. */
  async addDictionaryWord(word: string): Promise<string[]> {
    const w = String(word).trim().normalize('NFC');
    if (!DICTIONARY_WORD_RE.test(w)) throw new RangeError(`"${w.slice(0, 40)}" is not a single word, so it cannot go in the dictionary.`);
    const written = await this.items.dictionary.update(({ words }) => {
      if (words.includes(w)) return { words };
      if (words.length >= MAX_DICTIONARY_WORDS) throw new RangeError(`Your dictionary is full (${MAX_DICTIONARY_WORDS} words). Remove a few on the notes page first.`);
      return { words: normaliseDictionary([...words, w]) };
    });
    return written.words;
  }

  async removeDictionaryWord(word: string): Promise<string[]> {
    return (await this.items.dictionary.update(({ words }) => ({ words: words.filter((w) => w !== word) }))).words;
  }

  getBackupState(): Promise<BackupState> {
    return this.items.backup.get();
  }

  /** Deletes every company, the profile and the personal dictionary (settings and backup bookkeeping stay). */
  wipe(): Promise<void> {
    return this.exclusive(async () => {
      const all = await this.area.get(null);
      const { companies, profile, dictionary } = this.items;
      await removeItems(this.area, [...Object.keys(all).filter((k) => companies.idOf(k) !== undefined), profile.key, dictionary.key]);
    });
  }

  // ---- watching -----------------------------------------------------------------------

  /** Whether `watch` reports changes (a store over a bare area in tests has no change source). */
  get watchable(): boolean {
    return this.changes !== undefined;
  }

  /** Calls `listener` after every change by any page, script or worker, until `signal` aborts. */
  watch(listener: (change: StoreChange) => void, signal: AbortSignal): void {
    const { companies, profile, reminders, backup, dictionary, migrationError } = this.items;
    watchChanges(
      this.changes,
      (changes: StorageChanges) => {
        const keys = Object.keys(changes);
        listener({
          companies: keys.flatMap((k) => companies.idOf(k) ?? []),
          profile: keys.includes(profile.key),
          reminders: keys.includes(reminders.key),
          backup: keys.includes(backup.key),
          dictionary: keys.includes(dictionary.key),
          meta: keys.includes(KEY.meta) || keys.includes(migrationError.key),
        });
      },
      signal,
    );
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
