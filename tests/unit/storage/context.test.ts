import { describe, expect, it } from 'vitest';
import { NotesStore, checkContextLoader, companyKey, loadCheckContextFor, recordSentFollowUp, KEY } from '@/lib/platform/storage';
import { checkDraft } from '@/lib/core/guidelines';
import { memoryArea, sampleCompany } from './helpers';

const NOW = new Date('2026-03-05T09:00:00Z');

function storeWith(extra: Record<string, unknown> = {}) {
  const other = sampleCompany({ id: 'c-north', name: 'Northwind', domains: ['northwind.com'], interviews: [], updatedAt: '2026-01-01T00:00:00.000Z' });
  return new NotesStore({
    area: memoryArea({
      [companyKey('c-lumen')]: { rev: 1, record: sampleCompany() },
      [companyKey('c-north')]: { rev: 1, record: other },
      ...extra,
    }),
  });
}

describe('loadCheckContextFor', () => {
  it('finds the company by a recipient domain, including subdomains', async () => {
    const ctx = await loadCheckContextFor([{ address: 'Hiring <jobs@eu.lumenfreight.io>' }], NOW, storeWith());
    expect(ctx?.company?.id).toBe('c-lumen');
    expect(ctx?.now).toBe(NOW);
    expect(ctx?.sentFollowUps).toEqual([]);
  });

  it("finds it by an interviewer's saved address even on a public webmail domain", async () => {
    const ctx = await loadCheckContextFor([{ name: 'Tomás', address: 'TOMAS.IBARRA@gmail.com' }], NOW, storeWith());
    expect(ctx?.company?.id).toBe('c-lumen');
  });

  it('never matches a company by a public webmail domain alone', async () => {
    const store = storeWith({ [companyKey('c-odd')]: { rev: 1, record: sampleCompany({ id: 'c-odd', name: 'Odd', domains: ['gmail.com'], interviews: [] }) } });
    expect(await loadCheckContextFor([{ address: 'someone@gmail.com' }], NOW, store)).toBeUndefined();
  });

  it('carries the profile, with or without a company', async () => {
    const store = storeWith({ [KEY.profile]: { name: 'Sam Lee', phone: '+1 555 0100' } });
    expect((await loadCheckContextFor([{ address: 'x@lumenfreight.io' }], NOW, store))?.profile).toEqual({ name: 'Sam Lee', phone: '+1 555 0100' });
    expect(await loadCheckContextFor([{ address: 'x@unknown.org' }], NOW, store)).toEqual({ now: NOW, profile: { name: 'Sam Lee', phone: '+1 555 0100' } });
  });

  it('lets the engine catch a misspelled interviewer name', async () => {
    const ctx = await loadCheckContextFor([{ address: 'priya@lumenfreight.io' }], NOW, storeWith());
    const result = checkDraft(
      {
        subject: 'Thank you',
        to: [{ address: 'priya@lumenfreight.io' }],
        cc: [],
        bodyText: 'Dear Pria,\n\nThank you for the conversation about route planning yesterday.\n\nBest regards,\nSam',
      },
      ctx,
    );
    expect(result.findings.find((f) => f.rule === 'name-accuracy')?.status).toBe('fail');
  });
});

describe('recordSentFollowUp', () => {
  it('logs a sent message on the matched company once, even when reported twice', async () => {
    const store = storeWith();
    const sent = { kind: 'thank-you' as const, sentAt: NOW, to: [{ address: 'Priya <priya@lumenfreight.io>' }], subject: 'Thank you', bodyText: 'x'.repeat(10_000) };
    const first = await recordSentFollowUp(sent, store);
    const again = await recordSentFollowUp({ ...sent, sentAt: new Date(NOW.getTime() + 30_000) }, store);
    expect(first?.companyId).toBe('c-lumen');
    expect(again?.followUp.id).toBe(first?.followUp.id);
    const record = await store.getCompany('c-lumen');
    expect(record?.followUps).toHaveLength(1);
    expect(record?.followUps[0]).toMatchObject({ kind: 'thank-you', to: ['priya@lumenfreight.io'], subject: 'Thank you' });
    expect(record?.followUps[0]?.bodyText).toHaveLength(4000);
    const ctx = await loadCheckContextFor([{ address: 'priya@lumenfreight.io' }], NOW, store);
    expect(ctx?.sentFollowUps).toHaveLength(1);
  });

  it('writes nothing when no company matches', async () => {
    const store = storeWith();
    expect(await recordSentFollowUp({ kind: 'note', sentAt: NOW, to: [{ address: 'a@b.org' }], subject: 's', bodyText: 'b' }, store)).toBeUndefined();
    expect((await store.getStoredCompany('c-lumen'))?.rev).toBe(1);
  });
});

describe('checkContextLoader (the background checker, once per keystroke)', () => {
  function watchedStore() {
    const area = memoryArea({ [companyKey('c-lumen')]: { rev: 1, record: sampleCompany() } });
    const listeners = new Set<(changes: Record<string, { newValue?: unknown }>) => void>();
    const changes = { addListener: (l: never) => listeners.add(l), removeListener: (l: never) => listeners.delete(l) };
    let reads = 0;
    const counted = { ...area, get: (keys: Parameters<typeof area.get>[0]) => (reads++, area.get(keys)) };
    const store = new NotesStore({ area: counted, changes });
    const emit = (keys: string[]) => listeners.forEach((l) => l(Object.fromEntries(keys.map((k) => [k, {}]))));
    return { store, area, emit, reads: () => reads };
  }

  it('reads the notes once for many checks, and again after a company or the profile changes', async () => {
    const { store, area, emit, reads } = watchedStore();
    const load = checkContextLoader(store, new AbortController().signal);
    for (let i = 0; i < 20; i++) expect((await load([{ address: 'jobs@lumenfreight.io' }], NOW))?.company?.id).toBe('c-lumen');
    const afterTwenty = reads();
    expect(afterTwenty).toBe(2); // the companies and the profile, once each

    await area.set({ [companyKey('c-north')]: { rev: 1, record: sampleCompany({ id: 'c-north', name: 'Northwind', domains: ['northwind.com'], interviews: [] }) } });
    emit([companyKey('c-north')]);
    expect((await load([{ address: 'dana@northwind.com' }], NOW))?.company?.id).toBe('c-north');
    expect(reads()).toBe(afterTwenty + 2);

    await area.set({ [KEY.profile]: { name: 'Sam Lee' } });
    emit([KEY.profile]);
    expect((await load([{ address: 'x@unknown.org' }], NOW))?.profile).toEqual({ name: 'Sam Lee' });
  });

  it('reads every time from a store that cannot report changes', async () => {
    const store = storeWith();
    const load = checkContextLoader(store);
    expect((await load([{ address: 'jobs@lumenfreight.io' }], NOW))?.company?.id).toBe('c-lumen');
    await store.area.set({ [companyKey('c-lumen')]: { rev: 2, record: sampleCompany({ domains: ['elsewhere.io'] }) } });
    expect(await load([{ address: 'jobs@lumenfreight.io' }], NOW)).toBeUndefined();
  });
});
