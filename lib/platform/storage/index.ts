/** The one storage module: every stored item, its schema version and its migrations. */
export { NotesStore, notesStore, CompanyNotFoundError } from './store';
export type { NotesStoreOptions, ImportMode, ImportResult, StoreChange } from './store';
export { checkContextLoader, loadCheckContextFor, recordSentFollowUp, KEPT_BODY_CHARS } from './context';
export type { RecipientLike, SentMessage } from './context';
export { runMigrations, MIGRATIONS } from './migrations';
export type { Migration, MigrationReport } from './migrations';
export { SCHEMA_VERSION, KEY, companyKey, DEFAULT_REMINDERS } from './items';
export type { Meta, StoredCompany, ReminderSettings, BackupState } from './items';
export { StorageFullError, StorageWriteError, STORAGE_FULL_MESSAGE, isQuotaError } from './area';
export type { StorageAreaLike, ChangeSource } from './area';
export { createLocalLockManager, defaultLockManager } from './locks';
export type { LockManagerLike } from './locks';
export { getMutedRules, setRuleMuted, onMutedRulesChanged, readMutedRules, isRuleId, MUTED_RULES_KEY } from './settings';
// User templates are stored by `./templates`, imported from there: re-exporting them here would pull
// their sanitiser (DOMPurify) into every context that reads notes, the worker and the popup included.
