import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CompanyNotFoundError, KEY, NotesStore, StorageFullError, companyKey, STORAGE_FULL_MESSAGE } from '@/lib/platform/storage';
import { memoryArea, sampleCompany } from './helpers';

describe('the notes store over storage.local (WXT fake browser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps one item per company with a revision that rises on every write', async () => {
    const store = new NotesStore();
    const a = await store.createCompany({ name: 'Lumen Freight', domains: ['https://www.LumenFreight.io/jobs'] });
    const b = await store.createCompany({ name: 'Northwind' });
    const raw = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(raw).sort()).toEqual([companyKey(a.id), companyKey(b.id)].sort());
    expect(a.domains).toEqual(['lumenfreight.io']);
    await store.updateCompany(a.id, (r) => ({ ...r, role: 'Backend Engineer' }));
    await store.updateCompany(a.id, (r) => ({ ...r, stage: 'offer' }));
    const stored = await store.getStoredCompany(a.id);
    expect(stored?.rev).toBe(3);
    expect(stored?.record).toMatchObject({ name: 'Lumen Freight', role: 'Backend Engineer', stage: 'offer' });
    expect((await store.listCompanies()).map((c) => c.name)).toEqual(['Lumen Freight', 'Northwind']);
  });

  it('refuses a company without a name and a record that breaks the schema, saving nothing', async () => {
    const store = new NotesStore();
    await expect(store.createCompany({ name: '   ' })).rejects.toThrow('A company needs a name.');
    const c = await store.createCompany({ name: 'Acme' });
    await expect(store.updateCompany(c.id, (r) => ({ ...r, stage: 'hired' as never }))).rejects.toThrow(/stage/);
    expect((await store.getStoredCompany(c.id))?.rev).toBe(1);
  });

  it('refuses a name of spaces given in an edit too', async () => {
    const store = new NotesStore();
    const c = await store.createCompany({ name: 'Acme' });
    await expect(store.updateCompany(c.id, (r) => ({ ...r, name: '   ' }))).rejects.toThrow('A company needs a name.');
    expect((await store.getCompany(c.id))?.name).toBe('Acme');
  });

  it('says a company edited after another window deleted it is no longer saved, and does not bring it back', async () => {
    const store = new NotesStore();
    const c = await store.createCompany({ name: 'Acme' });
    await new NotesStore().deleteCompany(c.id);
    const error = (await store.updateCompany(c.id, (r) => ({ ...r, role: 'Analyst' })).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(CompanyNotFoundError);
    expect(error.name).toBe('CompanyNotFoundError');
    expect(error.message).toBe(`This company is no longer saved (it may have been deleted in another window): ${c.id}`);
    expect(await store.listCompanies()).toEqual([]);
  });

  it('tells watchers when the stored format or its migration error changes, and only then', async () => {
    const store = new NotesStore();
    const seen: boolean[] = [];
    const companies: string[] = [];
    const controller = new AbortController();
    store.watch((change) => seen.push(change.meta) && companies.push(...change.companies), controller.signal);
    await fakeBrowser.storage.local.set({ [KEY.migrationError]: { message: 'x' } });
    await fakeBrowser.storage.local.set({ [KEY.meta]: { version: 1 } });
    await store.createCompany({ name: 'Acme' });
    controller.abort();
    expect(seen).toEqual([true, true, false]);
    // Only the company's own key names a company.
    expect(companies).toHaveLength(1);
  });

  it('answers "nothing" for a company that is not saved, and for a migration error when there is none', async () => {
    const store = new NotesStore();
    expect(await store.getCompany('not-saved')).toBeUndefined();
    expect(await store.deleteCompany('not-saved')).toBeUndefined();
    expect(await store.migrationError()).toBeUndefined();
  });

  it('deletes a company and restores it for undo', async () => {
    const store = new NotesStore();
    const c = await store.createCompany({ name: 'Acme' });
    const deleted = await store.deleteCompany(c.id);
    expect(await store.listCompanies()).toEqual([]);
    await store.putCompany(deleted!);
    expect(await store.listCompanies()).toEqual([c]);
  });

  it('tells watchers which company changed, and stops when its signal aborts', async () => {
    const store = new NotesStore();
    const seen: string[][] = [];
    const controller = new AbortController();
    store.watch((change) => seen.push(change.companies), controller.signal);
    const c = await store.createCompany({ name: 'Acme' });
    controller.abort();
    await store.updateCompany(c.id, (r) => r);
    expect(seen).toEqual([[c.id]]);
  });

  it('keeps the profile and the reminder settings in their own items', async () => {
    const store = new NotesStore();
    await store.updateProfile(() => ({ name: 'Sam Lee', email: 'sam@example.org' }));
    await store.updateReminders((s) => ({ ...s, enabled: true }));
    expect(await store.getProfile()).toEqual({ name: 'Sam Lee', email: 'sam@example.org' });
    expect((await store.getReminders()).enabled).toBe(true);
    const raw = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(raw).sort()).toEqual([KEY.profile, KEY.reminders]);
  });
});

describe('a full disk', () => {
  it('gives a clear message and leaves what was saved untouched', async () => {
    const area = memoryArea({ [companyKey('c-lumen')]: { rev: 4, record: sampleCompany() } });
    let full = false;
    const inner = area.set.bind(area);
    area.set = async (items) => {
      if (full) throw new Error('QUOTA_BYTES quota exceeded');
      return inner(items);
    };
    const store = new NotesStore({ area });
    full = true;
    const attempt = store.updateCompany('c-lumen', (r) => ({ ...r, notes: 'a long note the user typed' }));
    await expect(attempt).rejects.toBeInstanceOf(StorageFullError);
    await expect(attempt).rejects.toThrow(STORAGE_FULL_MESSAGE);
    expect(await store.getStoredCompany('c-lumen')).toEqual({ rev: 4, record: sampleCompany() });
    await expect(store.createCompany({ name: 'Acme' })).rejects.toThrow(/no room left/);
    expect(await store.listCompanies()).toHaveLength(1);
    full = false;
    await store.updateCompany('c-lumen', (r) => ({ ...r, notes: 'a long note the user typed' }));
    expect((await store.getCompany('c-lumen'))?.notes).toBe('a long note the user typed');
  });
});
