// The notes page's model while the user types: edits show at once, are saved after a pause,
// survive a page closed before the save (the journal), and keep changes made elsewhere.
import { describe, expect, it } from 'vitest';
import { NotesStore, companyKey } from '@/lib/platform/storage';
import { editJournal } from '@/lib/platform/storage/edit-journal';
import { createNotesModel } from '@/components/notes/model';
import { memoryArea, sampleCompany } from '../storage/helpers';

const NOW = new Date('2026-03-04T18:00:00Z');

/** A Web Storage stand-in that outlives the models using it, as localStorage outlives a tab. */
function memoryLocalStorage() {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    key: (i: number) => [...m.keys()][i] ?? null,
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
    keys: () => [...m.keys()],
  };
}

async function openPage(store: NotesStore, local: ReturnType<typeof memoryLocalStorage>) {
  const model = createNotesModel({ store, now: () => NOW, journal: editJournal(local), saveDelayMs: 20 });
  const lifetime = new AbortController();
  await model.load(lifetime.signal);
  return { model, lifetime };
}

const until = async (check: () => boolean | Promise<boolean>) => {
  for (let i = 0; i < 200 && !(await check()); i++) await new Promise((r) => setTimeout(r, 5));
  expect(await check()).toBe(true);
};

describe('typing on the notes page', () => {
  it('shows each keystroke at once, saves after a pause, then says Saved', async () => {
    const store = new NotesStore({ area: memoryArea({ [companyKey('c-lumen')]: { rev: 1, record: sampleCompany() } }), now: () => NOW });
    const { model, lifetime } = await openPage(store, memoryLocalStorage());
    expect(model.saveState.value).toBe('idle');
    let typed = '';
    for (const ch of 'Staff ') {
      typed += ch;
      void model.edit('c-lumen', (r) => ({ ...r, role: typed }));
    }
    expect(model.companies.value[0]!.role).toBe('Staff ');
    expect(model.saveState.value).toBe('pending');
    await until(async () => (await store.getCompany('c-lumen'))?.role === 'Staff ');
    await until(() => model.saveState.value === 'saved');
    lifetime.abort();
  });

  it('an edit a closed page left unsaved is saved by the next page, over a note added meanwhile', async () => {
    const store = new NotesStore({ area: memoryArea({ [companyKey('c-lumen')]: { rev: 1, record: sampleCompany() } }), now: () => NOW });
    const local = memoryLocalStorage();
    const first = await openPage(store, local);
    void first.model.edit('c-lumen', (r) => ({ ...r, notes: 'Ask about the on-call rot' }));
    // The tab closes before the pause is over: no save has run.
    first.lifetime.abort();
    expect((await store.getCompany('c-lumen'))?.notes).toBeUndefined();
    expect(local.keys()).toEqual(['afterview:unsaved:company:c-lumen']);
    await store.updateCompany('c-lumen', (r) => ({ ...r, role: 'From the popup' }));

    const second = await openPage(store, local);
    await until(async () => (await store.getCompany('c-lumen'))?.notes === 'Ask about the on-call rot');
    expect(await store.getCompany('c-lumen')).toMatchObject({ role: 'From the popup' });
    await until(() => local.keys().length === 0);
    second.lifetime.abort();
  });

  it('a change saved elsewhere while the user types shows up without undoing what was typed', async () => {
    const store = new NotesStore({ area: memoryArea({ [companyKey('c-lumen')]: { rev: 1, record: sampleCompany() } }), now: () => NOW });
    const { model, lifetime } = await openPage(store, memoryLocalStorage());
    void model.edit('c-lumen', (r) => ({ ...r, notes: 'typing' }));
    await model.patch('c-lumen', (r) => r); // a save lands
    await store.updateCompany('c-lumen', (r) => ({ ...r, role: 'Elsewhere' }));
    void model.edit('c-lumen', (r) => ({ ...r, notes: 'typing more' }));
    await model.flushAll();
    expect(await store.getCompany('c-lumen')).toMatchObject({ notes: 'typing more', role: 'Elsewhere' });
    lifetime.abort();
  });

  it('the user details are saved as typed, and a failed save says Not saved and keeps the text', async () => {
    const area = memoryArea({ [companyKey('c-lumen')]: { rev: 1, record: sampleCompany() } });
    const store = new NotesStore({ area, now: () => NOW });
    const { model, lifetime } = await openPage(store, memoryLocalStorage());
    void model.editProfile((p) => ({ ...p, name: 'Sam Taylor' }));
    await model.flushAll();
    expect(await store.getProfile()).toEqual({ name: 'Sam Taylor' });
    area.set = () => Promise.reject(new Error('disk is full'));
    void model.edit('c-lumen', (r) => ({ ...r, role: 'Kept on screen' }));
    expect(await model.flushAll()).toBe(false);
    expect(model.saveState.value).toBe('error');
    expect(model.companies.value[0]!.role).toBe('Kept on screen');
    lifetime.abort();
  });
});
