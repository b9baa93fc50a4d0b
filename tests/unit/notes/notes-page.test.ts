import { describe, expect, it } from 'vitest';
import { NotesStore, companyKey } from '@/lib/platform/storage';
import { createNotesModel, BACKUP_NUDGE_CHANGES } from '@/components/notes/model';
import { planReminders, snoozeReminder } from '@/lib/core/notes/reminders';
import { DEFAULT_REMINDERS } from '@/lib/platform/storage';
import { memoryArea, sampleCompany } from '../storage/helpers';

const NOW = new Date('2026-03-04T18:00:00Z');

async function loadedModel(extra: Record<string, unknown> = {}) {
  const area = memoryArea({ [companyKey('c-lumen')]: { rev: 1, record: sampleCompany() }, ...extra });
  const store = new NotesStore({ area, now: () => NOW });
  const model = createNotesModel({ store, now: () => NOW, undoMs: 50 });
  const lifetime = new AbortController();
  await model.load(lifetime.signal);
  return { model, store, area, lifetime };
}

describe('notes page', () => {
  it('a note saved elsewhere while the page is still reading its first list is shown, not lost', async () => {
    const area = memoryArea({ [companyKey('c-lumen')]: { rev: 1, record: sampleCompany() } });
    const listeners = new Set<(c: Record<string, { newValue?: unknown }>) => void>();
    const changes = {
      addListener: (l: (c: Record<string, { newValue?: unknown }>) => void) => listeners.add(l),
      removeListener: (l: (c: Record<string, { newValue?: unknown }>) => void) => listeners.delete(l),
    };
    const popupWrite = { [companyKey('c-zephyr')]: { rev: 1, record: sampleCompany({ id: 'c-zephyr', name: 'Zephyr Labs' }) } };
    // The popup's save lands between the page's read of the companies and its first paint: after
    // the read (once the migration has stamped the data) has looked, before its answer arrives.
    let raced = false;
    const racingArea = {
      ...area,
      async get(keys?: string | string[] | null) {
        const migrated = area.data.has('meta');
        const out = await area.get(keys);
        if (!raced && migrated && keys == null) {
          raced = true;
          await area.set(popupWrite);
          for (const l of listeners) l(Object.fromEntries(Object.entries(popupWrite).map(([k, newValue]) => [k, { newValue }])));
        }
        return out;
      },
    };
    const store = new NotesStore({ area: racingArea, changes, now: () => NOW });
    const model = createNotesModel({ store, now: () => NOW, undoMs: 50 });
    const lifetime = new AbortController();
    await model.load(lifetime.signal);
    expect(raced).toBe(true);
    expect(model.results.value.map((c) => c.name).sort()).toEqual(['Lumen Freight', 'Zephyr Labs']);
    lifetime.abort();
  });

  it('lists companies with their next step, and searches every note', async () => {
    const { model, lifetime } = await loadedModel();
    await model.addCompany('Northwind');
    expect(model.results.value.map((c) => c.name)).toEqual(['Lumen Freight', 'Northwind']);
    expect(model.steps.value.get('c-lumen')).toMatchObject({ kind: 'thank-you', due: new Date('2026-03-05T15:00:00Z') });
    model.query.value = 'batch';
    expect(model.results.value.map((c) => c.name)).toEqual(['Lumen Freight']);
    lifetime.abort();
  });

  it('edits apply to the latest saved version, so a note added elsewhere meanwhile stays', async () => {
    const { model, store, lifetime } = await loadedModel();
    await store.updateCompany('c-lumen', (r) => ({ ...r, notes: 'added from the popup' }));
    await model.patch('c-lumen', (r) => ({ ...r, role: 'Staff Engineer' }));
    expect(await store.getCompany('c-lumen')).toMatchObject({ notes: 'added from the popup', role: 'Staff Engineer' });
    lifetime.abort();
  });

  it('deletes with undo', async () => {
    const { model, store, lifetime } = await loadedModel();
    await model.remove('c-lumen');
    expect(await store.listCompanies()).toEqual([]);
    expect(model.deleted.value?.name).toBe('Lumen Freight');
    await model.undoDelete();
    expect((await store.listCompanies()).map((c) => c.name)).toEqual(['Lumen Freight']);
    expect(model.deleted.value).toBeUndefined();
    lifetime.abort();
  });

  it('a bad import changes nothing and says where the file is wrong', async () => {
    const { model, store, lifetime } = await loadedModel();
    const before = await store.listCompanies();
    expect(await model.importBackup('{"format": "afterview-backup",\n  "version": 1,,}', 'replace')).toBe(false);
    expect(model.error.value).toMatch(/nothing was changed.*line 2, column 16/);
    expect(await store.listCompanies()).toEqual(before);
    lifetime.abort();
  });

  it('suggests a backup once enough has changed since the last export', async () => {
    const extra = Object.fromEntries(Array.from({ length: BACKUP_NUDGE_CHANGES }, (_, i) => [companyKey(`c-${i}`), { rev: 1, record: sampleCompany({ id: `c-${i}`, name: `Co ${i}` }) }]));
    const { model, lifetime } = await loadedModel(extra);
    expect(model.backupNudge.value).toBe(true);
    await model.exportBackup();
    expect(model.backupNudge.value).toBe(false);
    lifetime.abort();
  });
});

describe('reminder planning', () => {
  const c = sampleCompany();
  it('plans nothing until reminders are turned on, and nothing for a muted company', () => {
    expect(planReminders([c], DEFAULT_REMINDERS, NOW)).toEqual([]);
    expect(planReminders([c], { ...DEFAULT_REMINDERS, enabled: true, mutedCompanies: ['c-lumen'] }, NOW)).toEqual([]);
  });
  it('fires once at the due date, later when snoozed', () => {
    const on = { ...DEFAULT_REMINDERS, enabled: true };
    const [r] = planReminders([c], on, NOW);
    expect(r).toMatchObject({ kind: 'thank-you', fireAt: new Date('2026-03-05T15:00:00Z') });
    expect(planReminders([c], { ...on, fired: { [r!.id]: NOW.toISOString() } }, NOW)).toEqual([]);
    const snoozed = snoozeReminder({ ...on, fired: { [r!.id]: NOW.toISOString() } }, r!.id, new Date('2026-03-06T15:00:00Z'));
    expect(planReminders([c], snoozed, NOW)[0]!.fireAt).toEqual(new Date('2026-03-06T15:00:00Z'));
  });
});

describe('the detail pane follows the search', () => {
  it('a company the search hides gives way to the first match, then to an empty pane; the edited one stays', async () => {
    const extra = { [companyKey('c-north')]: { rev: 1, record: sampleCompany({ id: 'c-north', name: 'Northwind', interviews: [] }) } };
    const { model, lifetime } = await loadedModel(extra);
    model.selectedId.value = 'c-north';
    model.query.value = 'batch';
    expect(model.selected.value?.name).toBe('Lumen Freight');
    expect(model.matches.value.get('c-lumen')).toEqual([{ field: 'challenges', text: 'slow nightly batch jobs' }]);
    model.query.value = 'no such words';
    expect(model.selected.value).toBeUndefined();
    model.query.value = 'batch';
    model.editingId.value = 'c-lumen';
    void model.edit('c-lumen', (r) => ({ ...r, interviews: r.interviews.map((iv) => ({ ...iv, challenges: ['slow nightly jobs'] })) }));
    await model.flushAll();
    expect(model.results.value).toEqual([]);
    expect(model.selected.value?.name).toBe('Lumen Freight');
    model.editingId.value = undefined;
    expect(model.selected.value).toBeUndefined();
    lifetime.abort();
  });
});
