/** The notes page: the companies, search, the selected company, delete with undo, backup, reminders, profile. */
import { batch, computed, signal } from '@preact/signals';
import type { ImportMode, NotesStore, ReminderSettings } from '@/lib/platform/storage';
import { DEFAULT_REMINDERS } from '@/lib/platform/storage';
import { nextStep, nextStepEvent, type NextStep } from '@/lib/core/notes/next-step';
import { calendarFile, type CalendarEvent } from '@/lib/core/notes/ics';
import { buildSearchIndex, searchCompanies, searchMatches, type SearchIndex, type SearchMatch } from '@/lib/core/notes/search';
import type { CompanyRecord, Profile } from '@/lib/core/notes/types';
import { CompanyNotFoundError } from '@/lib/platform/storage';
import { editJournal, type EditJournal } from '@/lib/platform/storage/edit-journal';
import { rebase } from '@/lib/core/notes/rebase';
import { createDrafts } from './drafts';

export interface NotesDeps {
  store: NotesStore;
  now?: () => Date;
  /** How long the undo offer stays after a delete. */
  undoMs?: number;
  /** Where unsaved edits are kept synchronously (the page's localStorage); none in tests by default. */
  journal?: EditJournal;
  /** The pause in typing before a save. */
  saveDelayMs?: number;
}

const PROFILE_KEY = 'profile';
const companyDraftKey = (id: string) => `company:${id}`;

/** Companies changed since the last export beyond which the page suggests a backup. */
export const BACKUP_NUDGE_CHANGES = 5;

export function createNotesModel(deps: NotesDeps) {
  const { store } = deps;
  const now = deps.now ?? (() => new Date());
  const saved = signal<CompanyRecord[]>([]);
  const savedProfile = signal<Profile>({});
  const query = signal('');
  const selectedId = signal<string | undefined>(undefined);
  const reminders = signal<ReminderSettings>(structuredClone(DEFAULT_REMINDERS));
  const lastExportAt = signal<string | undefined>(undefined);
  const error = signal('');
  const notice = signal('');
  const deleted = signal<CompanyRecord | undefined>(undefined);
  const loaded = signal(false);
  const clock = signal(now());

  const drafts = createDrafts({
    journal: deps.journal ?? editJournal(undefined),
    debounceMs: deps.saveDelayMs,
    async write(key, base, next) {
      if (key === PROFILE_KEY) {
        savedProfile.value = await store.updateProfile((latest) => rebase(base as Profile, next as Profile, latest));
        return;
      }
      await store.updateCompany(key.slice('company:'.length), (latest) => rebase(base as CompanyRecord, next as CompanyRecord, latest));
      await refreshCompanies();
    },
    isGone: (e) => e instanceof CompanyNotFoundError,
    onError: (e) => (error.value = e instanceof Error ? e.message : String(e)),
    onSaved: () => (error.value = ''),
  });
  // What the page shows: the saved notes with the user's unsaved edits on top.
  const companies = computed(() => saved.value.map((c) => drafts.view(companyDraftKey(c.id), c)));
  const profile = computed(() => drafts.view(PROFILE_KEY, savedProfile.value));

  // Built on first use (the first search), then rebuilt after each change reusing the words
  // of every company that did not change.
  let previousIndex: SearchIndex | undefined;
  // Over the saved versions (an edit being typed is searchable once saved, a moment later).
  const index = computed(() => (previousIndex = buildSearchIndex(saved.value, previousIndex)));
  const byId = computed(() => new Map(companies.value.map((c) => [c.id, c])));
  const results = computed(() => (query.value.trim() ? searchCompanies(index.value, query.value).map((id) => byId.value.get(id)!) : companies.value));
  // The pane follows the list: a company the search hides gives way to the first match.
  // While the user is in a company's fields it stays in the pane, even when an edit makes it
  // stop matching the search (the pane jumping away would take the typing with it).
  const editingId = signal<string | undefined>(undefined);
  const selected = computed(() => {
    const chosen = selectedId.value ? byId.value.get(selectedId.value) : undefined;
    const editing = editingId.value ? byId.value.get(editingId.value) : undefined;
    if (editing) return editing;
    if (!query.value.trim()) return chosen;
    return chosen && results.value.includes(chosen) ? chosen : results.value[0];
  });
  const matches = computed(() => (query.value.trim() ? new Map(results.value.map((c) => [c.id, searchMatches(c, query.value)])) : new Map<string, SearchMatch[]>()));
  const steps = computed(() => new Map<string, NextStep>(companies.value.map((c) => [c.id, nextStep(c, clock.value)])));
  const changedSinceBackup = computed(() => {
    const last = lastExportAt.value;
    return companies.value.filter((c) => !last || c.updatedAt > last).length;
  });
  const backupNudge = computed(() => changedSinceBackup.value >= BACKUP_NUDGE_CHANGES);

  let undoTimer: ReturnType<typeof setTimeout> | undefined;

  async function refreshCompanies() {
    saved.value = await store.listCompanies();
  }

  async function load(lifetime: AbortSignal) {
    // Watch before the first read: a note the popup saves while the page is loading would
    // otherwise fall between the read and the subscription and stay unseen until a reload.
    let changedWhileLoading = false;
    store.watch((change) => {
      if (!loaded.value) {
        changedWhileLoading = true;
        return;
      }
      if (change.companies.length) void refreshCompanies();
      if (change.profile) void store.getProfile().then((x) => (savedProfile.value = x));
      if (change.reminders) void store.getReminders().then((x) => (reminders.value = x));
      if (change.backup) void store.getBackupState().then((x) => (lastExportAt.value = x.lastExportAt));
    }, lifetime);
    const report = await store.migrate();
    if (!report.ok) error.value = report.error;
    const readAll = () => Promise.all([store.listCompanies(), store.getProfile(), store.getReminders(), store.getBackupState()]);
    let [list, p, r, b] = await readAll();
    // Read again until no change came in meanwhile, so what is shown is what is stored.
    while (changedWhileLoading && !lifetime.aborted) {
      changedWhileLoading = false;
      [list, p, r, b] = await readAll();
    }
    batch(() => {
      saved.value = list;
      savedProfile.value = p;
      reminders.value = r;
      lastExportAt.value = b.lastExportAt;
      loaded.value = true;
    });
    // Edits a closed page left unsaved are saved now.
    drafts.restore();
    for (const key of drafts.drafts.value.keys()) {
      if (key !== PROFILE_KEY && !list.some((c) => companyDraftKey(c.id) === key)) drafts.discard(key);
    }
    void drafts.flushAll();
    const tick = setInterval(() => (clock.value = now()), 60_000);
    // Prepare the search index while the user reads, so the first search is instant too.
    const warm = setTimeout(() => void index.value, 200);
    lifetime.addEventListener('abort', () => {
      clearInterval(tick);
      clearTimeout(warm);
      clearTimeout(undoTimer);
      drafts.dispose();
    });
  }

  /** Runs a write and shows its error; what the user typed stays on screen. */
  async function attempt<T>(write: () => Promise<T>): Promise<T | undefined> {
    try {
      const out = await write();
      error.value = '';
      return out;
    } catch (e) {
      error.value = e instanceof Error ? e.message : String(e);
      return undefined;
    }
  }

  /** Edits a company as the user types: shown at once, saved after a pause (or `now`). */
  function edit(id: string, change: (r: CompanyRecord) => CompanyRecord, opts: { now?: boolean } = {}): Promise<boolean> {
    const current = byId.value.get(id);
    if (!current) return Promise.resolve(false);
    return drafts.edit(companyDraftKey(id), current, change, opts);
  }

  /** Edits a company and saves at once. */
  const patch = (id: string, change: (r: CompanyRecord) => CompanyRecord) => edit(id, change, { now: true });

  async function addCompany(name: string) {
    const record = await attempt(() => store.createCompany({ name }));
    if (!record) return;
    await refreshCompanies();
    batch(() => {
      query.value = '';
      selectedId.value = record.id;
    });
  }

  async function remove(id: string) {
    drafts.discard(companyDraftKey(id));
    const record = await attempt(() => store.deleteCompany(id));
    if (!record) return;
    await refreshCompanies();
    batch(() => {
      deleted.value = record;
      if (selectedId.value === id) selectedId.value = undefined;
    });
    clearTimeout(undoTimer);
    undoTimer = setTimeout(() => (deleted.value = undefined), deps.undoMs ?? 15_000);
  }

  async function undoDelete() {
    const record = deleted.value;
    if (!record) return;
    clearTimeout(undoTimer);
    if ((await attempt(() => store.putCompany(record))) === undefined && error.value) return;
    deleted.value = undefined;
    await refreshCompanies();
    selectedId.value = record.id;
  }

  async function exportBackup(): Promise<{ text: string; fileName: string } | undefined> {
    const out = await attempt(() => store.exportBackup());
    if (out) {
      lastExportAt.value = now().toISOString();
      notice.value = `Exported ${companies.value.length} ${companies.value.length === 1 ? 'company' : 'companies'} to ${out.fileName}.`;
    }
    return out;
  }

  async function importBackup(text: string, mode: ImportMode): Promise<boolean> {
    const result = await store.importBackup(text, mode);
    if (!result.ok) {
      batch(() => {
        error.value = `The backup was not imported, and nothing was changed. ${result.error}`;
        notice.value = '';
      });
      return false;
    }
    await refreshCompanies();
    batch(() => {
      error.value = '';
      notice.value = `Imported: ${result.added} added, ${result.updated} updated, ${result.unchanged} unchanged${mode === 'replace' ? `, ${result.removed} removed` : ''}.`;
    });
    return true;
  }

  /** Edits the user's details as they type; saved after a pause (or `now`). */
  const editProfile = (change: (p: Profile) => Profile, opts: { now?: boolean } = {}) => drafts.edit(PROFILE_KEY, profile.value, change, opts);
  const saveProfile = (next: Profile) => editProfile(() => next, { now: true });

  async function setReminders(change: (s: ReminderSettings) => ReminderSettings) {
    const saved = await attempt(() => store.updateReminders(change));
    if (saved) reminders.value = saved;
  }

  /** The next step of one company, or of every company, as a calendar file; undefined when none is due. */
  function calendar(id?: string): { fileName: string; text: string } | undefined {
    const list = id ? companies.value.filter((c) => c.id === id) : companies.value;
    const events = list.map((c) => nextStepEvent(c, steps.value.get(c.id) ?? nextStep(c, clock.value))).filter((e): e is CalendarEvent => e !== undefined);
    if (events.length === 0) return undefined;
    const slug = id
      ? list[0]!.name
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '') || 'company'
      : 'all';
    return { fileName: `afterview-next-step-${slug}.ics`, text: calendarFile(events, now()) };
  }

  const snooze = (reminderId: string, days = 1) => setReminders((s) => ({ ...s, snoozed: { ...s.snoozed, [reminderId]: new Date(now().getTime() + days * 86_400_000).toISOString() } }));
  const muteCompany = (id: string, muted: boolean) =>
    setReminders((s) => ({ ...s, mutedCompanies: muted ? [...new Set([...s.mutedCompanies, id])] : s.mutedCompanies.filter((x) => x !== id) }));

  return {
    companies,
    query,
    selectedId,
    selected,
    editingId,
    results,
    matches,
    steps,
    profile,
    reminders,
    lastExportAt,
    changedSinceBackup,
    backupNudge,
    error,
    notice,
    deleted,
    loaded,
    clock,
    saveState: drafts.state,
    load,
    edit,
    patch,
    calendar,
    editProfile,
    flushAll: drafts.flushAll,
    addCompany,
    remove,
    undoDelete,
    exportBackup,
    importBackup,
    saveProfile,
    setReminders,
    snooze,
    muteCompany,
  };
}

export type NotesModel = ReturnType<typeof createNotesModel>;
