/**
 * The notes page's unsaved edits. Every keystroke edits a draft at once (so the page shows
 * what was typed and re-renders never take it back), is written to the journal at once
 * (so closing the tab loses nothing), and is saved a moment later: after a pause in
 * typing, when the field is left, or when the page is hidden. A save applies the edits on
 * top of the latest saved version, so changes made meanwhile elsewhere stay.
 */
import { computed, signal } from '@preact/signals';
import type { EditJournal, JournalEntry } from '@/lib/platform/storage/edit-journal';
import { rebase } from '@/lib/core/notes/rebase';

export type SaveState = 'idle' | 'pending' | 'saved' | 'error';

export interface DraftsDeps {
  journal: EditJournal;
  /** Saves `next` over whatever is saved now, keeping what changed since `base`. */
  write: (key: string, base: unknown, next: unknown) => Promise<void>;
  /** True when the error means the item is gone (deleted elsewhere): its draft is dropped. */
  isGone?: (error: unknown) => boolean;
  onError: (error: unknown) => void;
  onSaved: () => void;
  /** The pause in typing after which a save starts. */
  debounceMs?: number;
}

export function createDrafts(deps: DraftsDeps) {
  const wait = deps.debounceMs ?? 400;
  const drafts = signal<ReadonlyMap<string, JournalEntry>>(new Map());
  const failed = signal(false);
  const touched = signal(false);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const chains = new Map<string, Promise<boolean>>();

  const put = (key: string, entry: JournalEntry | undefined) => {
    const next = new Map(drafts.value);
    if (entry) next.set(key, entry);
    else next.delete(key);
    drafts.value = next;
    if (entry) deps.journal.write(entry);
    else deps.journal.remove(key);
  };

  async function writeOne(key: string): Promise<boolean> {
    const entry = drafts.value.get(key);
    if (!entry) return true;
    try {
      await deps.write(key, entry.base, entry.next);
    } catch (error) {
      if (deps.isGone?.(error)) put(key, undefined);
      failed.value = true;
      deps.onError(error);
      return false;
    }
    const now = drafts.value.get(key);
    // Edits typed while saving stay a draft, now based on what was just saved.
    if (now) put(key, now.next === entry.next ? undefined : { key, base: entry.next, next: now.next });
    failed.value = false;
    deps.onSaved();
    return true;
  }

  /** Saves one item's draft now; saves of one item run one after another. */
  function flush(key: string): Promise<boolean> {
    clearTimeout(timers.get(key));
    timers.delete(key);
    const run = (chains.get(key) ?? Promise.resolve(true)).then(() => writeOne(key));
    chains.set(key, run);
    return run;
  }

  return {
    drafts,
    /** idle before any edit, pending while one is unsaved, then saved or error. */
    state: computed<SaveState>(() => (failed.value ? 'error' : drafts.value.size ? 'pending' : touched.value ? 'saved' : 'idle')),
    /** `current` is what the page shows now for `key`. */
    edit<T>(key: string, current: T, change: (value: T) => T, opts: { now?: boolean } = {}): Promise<boolean> {
      const had = drafts.value.get(key) as JournalEntry<T> | undefined;
      const base = had ? had.base : current;
      put(key, { key, base, next: change(had ? had.next : current) });
      touched.value = true;
      if (opts.now) return flush(key);
      clearTimeout(timers.get(key));
      timers.set(
        key,
        setTimeout(() => void flush(key), wait),
      );
      return Promise.resolve(true);
    },
    /** What the page shows for `key`: the saved value with the draft on top. */
    view<T>(key: string, saved: T): T {
      const d = drafts.value.get(key) as JournalEntry<T> | undefined;
      return d ? rebase(d.base, d.next, saved) : saved;
    },
    flush,
    flushAll: () => Promise.all([...drafts.value.keys()].map(flush)).then((all) => all.every(Boolean)),
    /** Takes back the drafts a closed page left in the journal; the caller saves them. */
    restore() {
      const next = new Map(drafts.value);
      for (const e of deps.journal.read()) next.set(e.key, e);
      drafts.value = next;
    },
    discard: (key: string) => {
      clearTimeout(timers.get(key));
      put(key, undefined);
    },
    dispose: () => timers.forEach((t) => clearTimeout(t)),
  };
}

export type Drafts = ReturnType<typeof createDrafts>;
