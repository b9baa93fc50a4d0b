// The notes page's journal of unsaved edits (what a tab closed mid-word leaves behind): only its
// own, well-formed entries come back, each under the key it was written for; a full or missing
// localStorage costs the guard, never an error.
import { describe, expect, it } from 'vitest';
import { editJournal, type SyncStorageLike } from '@/lib/platform/storage/edit-journal';

/** A Web Storage stand-in over a Map, in insertion order like the real one. */
function syncArea(initial: Record<string, string> = {}, opts: { full?: boolean } = {}): SyncStorageLike & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get length() {
      return data.size;
    },
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => {
      if (opts.full) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k: string) => void data.delete(k),
  };
}

const entry = (key: string, next: unknown = { notes: 'typed' }) => ({ key, base: { notes: '' }, next });

describe('the journal of unsaved edits', () => {
  it('gives back every entry it wrote, including the last key in storage, and forgets one on remove', () => {
    const area = syncArea({ unrelated: '1' });
    const journal = editJournal(area);
    journal.write(entry('company:c-1'));
    journal.write(entry('profile', { name: 'Sam' }));
    expect(journal.read()).toEqual([entry('company:c-1'), entry('profile', { name: 'Sam' })]);
    journal.remove('company:c-1');
    expect(journal.read()).toEqual([entry('profile', { name: 'Sam' })]);
    expect(area.data.get('unrelated')).toBe('1');
  });

  it('skips what is not its own or not whole: other keys, damaged JSON, entries without a base or an edit, an entry filed under another key', () => {
    const area = syncArea({
      'someone-else:company:c-1': JSON.stringify(entry('company:c-1')),
      'afterview:unsaved:company:c-2': '{not json',
      'afterview:unsaved:company:c-3': JSON.stringify({ key: 'company:c-3', next: {} }),
      'afterview:unsaved:company:c-4': JSON.stringify({ key: 'company:c-4', base: {} }),
      'afterview:unsaved:company:c-5': JSON.stringify({ key: 5, base: {}, next: {} }),
      'afterview:unsaved:company:c-6': JSON.stringify(entry('company:c-7')),
      'afterview:unsaved:company:c-8': 'null',
      'afterview:unsaved:company:c-9': '"a string"',
      'afterview:unsaved:profile': JSON.stringify(entry('profile')),
    });
    expect(editJournal(area).read()).toEqual([entry('profile')]);
  });

  it('keeps nothing, and throws nothing, without localStorage or when it is full', () => {
    const none = editJournal(undefined);
    none.write(entry('profile'));
    none.remove('profile');
    expect(none.read()).toEqual([]);
    const full = syncArea({}, { full: true });
    expect(() => editJournal(full).write(entry('profile'))).not.toThrow();
    expect(editJournal(full).read()).toEqual([]);
  });
});
