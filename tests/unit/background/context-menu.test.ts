import { describe, expect, it } from 'vitest';
import { MENU_IDS, saveSelectionNote } from '@/lib/app/background/notes-services';
import { NotesStore, companyKey } from '@/lib/platform/storage';
import { memoryArea, sampleCompany } from '../storage/helpers';

const now = new Date('2026-03-20T12:00:00Z');
const fresh = () => {
  const area = memoryArea({ [companyKey('c-north')]: { rev: 1, record: sampleCompany({ id: 'c-north', name: 'Northwind', domains: ['northwind.com'], notes: 'Met at the fair.' }) } });
  return new NotesStore({ area, now: () => now });
};

describe('"Save selection as a note for…"', () => {
  it('appends the selected text, with the page it came from, to the chosen company', async () => {
    const store = fresh();
    const saved = await saveSelectionNote(store, `${MENU_IDS.itemPrefix}c-north`, '  They are moving billing to Kafka this year. ', 'https://northwind.com/blog/billing');
    expect(saved).toEqual({ companyId: 'c-north', created: false });
    const notes = (await store.getCompany('c-north'))!.notes!;
    expect(notes).toBe('Met at the fair.\n\nThey are moving billing to Kafka this year.\n(from https://northwind.com/blog/billing)');
  });

  it('creates a company named after the site for "a new company"', async () => {
    const store = fresh();
    const saved = await saveSelectionNote(store, MENU_IDS.newCompany, 'Series B in March', 'https://www.brightleaf.co/news', now);
    expect(saved?.created).toBe(true);
    const record = await store.getCompany(saved!.companyId);
    expect(record?.domains).toEqual(['brightleaf.co']);
    expect(record?.name).toMatch(/Brightleaf/i);
    expect(record?.notes).toContain('Series B in March');
  });

  it('does nothing for an empty selection or a menu item that is not ours', async () => {
    const store = fresh();
    expect(await saveSelectionNote(store, `${MENU_IDS.itemPrefix}c-north`, '   ', undefined)).toBeUndefined();
    expect(await saveSelectionNote(store, 'someone-else:1', 'text', undefined)).toBeUndefined();
    expect((await store.getCompany('c-north'))!.notes).toBe('Met at the fair.');
    expect(await store.listCompanies()).toHaveLength(1);
  });
});
