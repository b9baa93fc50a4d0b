/**
 * What each import mode does to data already saved, counted as the notes page reports it:
 * companies added, updated, unchanged and removed, the profile and the dictionary.
 */
import { describe, expect, it } from 'vitest';
import { NotesStore, companyKey, KEY } from '@/lib/platform/storage';
import { MAX_DICTIONARY_WORDS } from '@/lib/platform/storage/items';
import { serializeBackup } from '@/lib/core/notes/backup';
import { memoryArea, sampleCompany } from './helpers';

const NOW = new Date('2026-03-20T12:00:00Z');
const storeOver = (initial: Record<string, unknown>) => {
  const area = memoryArea(initial);
  return { area, store: new NotesStore({ area, now: () => NOW }) };
};
const lumen = sampleCompany();
const north = sampleCompany({ id: 'c-north', name: 'Northwind', domains: ['northwind.com'], interviews: [] });

describe('import modes', () => {
  it('merge joins a changed company into the saved one, counts it as updated and raises its revision', async () => {
    const { store, area } = storeOver({ [companyKey(lumen.id)]: { rev: 3, record: lumen } });
    const changed = { ...lumen, role: 'Staff Data Engineer', updatedAt: '2026-03-19T09:00:00.000Z' };
    const text = await serializeBackup({ companies: [changed, north] }, NOW);
    expect(await store.importBackup(text, 'merge')).toEqual({ ok: true, added: 1, updated: 1, unchanged: 0, removed: 0 });
    const stored = area.data.get(companyKey(lumen.id)) as { rev: number; record: { role: string } };
    expect(stored.rev).toBe(4);
    expect(stored.record.role).toBe('Staff Data Engineer');
    expect((area.data.get(companyKey('c-north')) as { rev: number }).rev).toBe(1);
  });

  it('an unchanged company is not written again', async () => {
    const { store, area } = storeOver({ [companyKey(lumen.id)]: { rev: 3, record: lumen } });
    const text = await serializeBackup({ companies: [lumen] }, NOW);
    for (const mode of ['merge', 'replace'] as const) {
      expect(await store.importBackup(text, mode)).toEqual({ ok: true, added: 0, updated: 0, unchanged: 1, removed: 0 });
      expect((area.data.get(companyKey(lumen.id)) as { rev: number }).rev).toBe(3);
    }
  });

  it('replace takes the backup as it is, merge keeps what is only saved here', async () => {
    const mine = { ...lumen, notes: 'Written after the backup', updatedAt: '2026-03-21T09:00:00.000Z' };
    const text = await serializeBackup({ companies: [lumen] }, NOW);
    const merged = storeOver({ [companyKey(lumen.id)]: { rev: 1, record: mine } });
    await merged.store.importBackup(text, 'merge');
    expect((await merged.store.listCompanies())[0]!.notes).toBe('Written after the backup');
    const replaced = storeOver({ [companyKey(lumen.id)]: { rev: 1, record: mine } });
    expect(await replaced.store.importBackup(text, 'replace')).toMatchObject({ ok: true, updated: 1 });
    expect((await replaced.store.listCompanies())[0]!.notes).toBe(lumen.notes);
  });

  it('refuses a file naming one id twice, or a company with no name, and changes nothing', async () => {
    const { store, area } = storeOver({ [companyKey(north.id)]: { rev: 1, record: north } });
    const before = structuredClone([...area.data]);
    const twice = await serializeBackup({ companies: [lumen, { ...lumen, name: 'Lumen again' }] }, NOW);
    expect(await store.importBackup(twice, 'replace')).toEqual({ ok: false, error: `data.companies[1].id: the id "${lumen.id}" appears twice.` });
    const nameless = await serializeBackup({ companies: [north, { ...lumen, name: '  ' }] }, NOW);
    const refused = await store.importBackup(nameless, 'merge');
    expect(refused.ok).toBe(false);
    expect([...area.data]).toEqual(before);
  });

  it('the profile: replace takes the backup’s (or none), merge fills it only when none is saved', async () => {
    const saved = { [KEY.profile]: { name: 'Sam Lee' } };
    const withProfile = await serializeBackup({ companies: [], profile: { name: 'Sam Taylor', phone: '555 0100' } }, NOW);
    const without = await serializeBackup({ companies: [] }, NOW);

    const merge = storeOver(saved);
    await merge.store.importBackup(withProfile, 'merge');
    expect(await merge.store.getProfile()).toEqual({ name: 'Sam Lee' });
    const empty = storeOver({});
    await empty.store.importBackup(withProfile, 'merge');
    expect(await empty.store.getProfile()).toEqual({ name: 'Sam Taylor', phone: '555 0100' });

    const replace = storeOver(saved);
    await replace.store.importBackup(withProfile, 'replace');
    expect(await replace.store.getProfile()).toEqual({ name: 'Sam Taylor', phone: '555 0100' });
    await replace.store.importBackup(without, 'replace');
    expect(await replace.store.getProfile()).toEqual({});
    const kept = storeOver(saved);
    await kept.store.importBackup(without, 'merge');
    expect(await kept.store.getProfile()).toEqual({ name: 'Sam Lee' });
  });

  it('replace removes only companies, and says how many', async () => {
    const { store, area } = storeOver({ [companyKey(lumen.id)]: { rev: 1, record: lumen }, [companyKey(north.id)]: { rev: 1, record: north }, 'settings:muted': ['length'] });
    const text = await serializeBackup({ companies: [north] }, NOW);
    expect(await store.importBackup(text, 'replace')).toEqual({ ok: true, added: 0, updated: 0, unchanged: 1, removed: 1 });
    expect(area.data.has(companyKey(lumen.id))).toBe(false);
    expect(area.data.get('settings:muted')).toEqual(['length']);
    expect(await store.importBackup(text, 'merge')).toMatchObject({ removed: 0 });
  });
});

describe('the dictionary’s limits', () => {
  it('a full dictionary refuses a new word and says how to make room; a word already there is no error', async () => {
    const words = Array.from({ length: MAX_DICTIONARY_WORDS }, (_, i) => `word${String(i).padStart(4, '0')}`);
    const { store } = storeOver({ [KEY.dictionary]: { words } });
    await expect(store.addDictionaryWord('kubernetes')).rejects.toThrow(`Your dictionary is full (${MAX_DICTIONARY_WORDS} words). Remove a few on the notes page first.`);
    expect(await store.addDictionaryWord('word0007')).toHaveLength(MAX_DICTIONARY_WORDS);
    await store.removeDictionaryWord('word0007');
    expect(await store.addDictionaryWord('  kubernetes ')).toContain('kubernetes');
  });

  it('refuses two words with a message that quotes them', async () => {
    const { store } = storeOver({});
    await expect(store.addDictionaryWord('two words')).rejects.toThrow('"two words" is not a single word, so it cannot go in the dictionary.');
  });
});
