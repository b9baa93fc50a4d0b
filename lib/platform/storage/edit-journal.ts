/**
 * Unsaved edits of the notes page, written synchronously on every keystroke so that a tab
 * closed mid-word loses nothing: `storage.local` writes are asynchronous (and go through a
 * Web Lock) and may not finish while a page closes, `localStorage` writes do. The page
 * saves the edits to `storage.local` as usual and then forgets them here; whatever is still
 * here when a notes page opens is saved then.
 *
 * `localStorage` is the extension's own origin, on this machine, like `storage.local`.
 */
export interface JournalEntry<T = unknown> {
  /** What was edited: `company:<id>` or `profile`. */
  key: string;
  /** The saved version the edits started from. */
  base: T;
  /** The edited version. */
  next: T;
}

export interface EditJournal {
  read(): JournalEntry[];
  write(entry: JournalEntry): void;
  remove(key: string): void;
}

/** The part of the Web Storage API the journal uses. */
export type SyncStorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const PREFIX = 'afterview:unsaved:';

function isEntry(v: unknown): v is JournalEntry {
  const e = v as JournalEntry | null;
  return !!e && typeof e === 'object' && typeof e.key === 'string' && 'base' in e && 'next' in e;
}

/** The journal over `area` (the page's `localStorage`); one that keeps nothing without it. */
export function editJournal(area: SyncStorageLike | undefined): EditJournal {
  if (!area) return { read: () => [], write: () => undefined, remove: () => undefined };
  return {
    read() {
      const out: JournalEntry[] = [];
      for (let i = 0; i < area.length; i++) {
        const k = area.key(i);
        if (!k?.startsWith(PREFIX)) continue;
        try {
          const v: unknown = JSON.parse(area.getItem(k) ?? 'null');
          if (isEntry(v) && v.key === k.slice(PREFIX.length)) out.push(v);
        } catch {
          // A damaged entry is skipped; the next edit of that item writes a new one.
        }
      }
      return out;
    },
    write(entry) {
      try {
        area.setItem(PREFIX + entry.key, JSON.stringify(entry));
      } catch {
        // Full: the edit still goes to storage.local a moment later; only the tab-closing guard is lost.
      }
    },
    remove(key) {
      area.removeItem(PREFIX + key);
    },
  };
}
