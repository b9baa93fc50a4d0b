/** The one storage module: every stored item, its schema version and its migrations. */
// The pages get the store with backup files under the plain name; the service worker imports
// './store' and './context' instead, which keeps the backup code out of its bundle.
export { NotesStoreWithBackup as NotesStore, notesStoreWithBackup as notesStore } from './backup-store';
export type { ImportMode, ImportResult } from './backup-store';
export { CompanyNotFoundError } from './store';
export type { NotesStoreOptions, StoreChange } from './store';
export { checkContextLoader, loadCheckContextFor, recordSentFollowUp, KEPT_BODY_CHARS } from './context';
export type { RecipientLike, SentMessage } from './context';
export { runMigrations, MIGRATIONS } from './migrations';
export type { Migration, MigrationReport } from './migrations';
export { SCHEMA_VERSION, KEY, companyKey, DEFAULT_REMINDERS, STORED_KEYS } from './items';
export { defineItem, defineCollection, StorageValidationError } from './item';
export type { Item, Collection, StorageDeps } from './item';
export type { Meta, StoredCompany, ReminderSettings, BackupState } from './items';
export { StorageFullError, StorageWriteError, STORAGE_FULL_MESSAGE, isQuotaError } from './area';
export type { StorageAreaLike, ChangeSource } from './area';
export { createLocalLockManager, defaultLockManager } from './locks';
export type { LockManagerLike } from './locks';
export { getMutedRules, setRuleMuted, onMutedRulesChanged, readMutedRules, isRuleId, MUTED_RULES_KEY } from './settings';
// User templates are stored by `./templates`, imported from there: re-exporting them here would pull
// their sanitiser (DOMPurify) into every context that reads notes, the worker and the popup included.
