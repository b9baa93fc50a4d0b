// items.ts lists every key the extension stores. Each store is exercised over the WXT fake
// browser's areas (their default wiring, as in the extension); afterwards the areas may hold
// only keys the table lists, each written by the item the table names.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sessionDraftStorage } from '@/lib/platform/browser-env';
import { firstWelcome } from '@/lib/platform/storage/first-run';
import * as items from '@/lib/platform/storage/items';
import { STORED_KEYS, type StoredKey } from '@/lib/platform/storage/items';
import { pickedKinds, sessionArea } from '@/lib/platform/storage/picked-kinds';
import { setRuleMuted } from '@/lib/platform/storage/settings';
import { NotesStore } from '@/lib/platform/storage';
import { saveUserTemplate, userTemplates } from '@/lib/platform/storage/templates';
import { runMigrations } from '@/lib/platform/storage/migrations';

const settle = () => new Promise((r) => setTimeout(r, 0));
const listed = (area: StoredKey['area'], key: string) => STORED_KEYS.some((e) => e.area === area && (e.key === key || (e.prefix !== undefined && key.startsWith(e.prefix))));

/** Writes through every store the extension has: each item at least once. */
async function exerciseEveryStore() {
  const store = new NotesStore();
  expect((await store.migrate()).ok).toBe(true);
  const company = await store.createCompany({ name: 'Lumen Freight', domains: ['lumenfreight.io'] });
  await store.updateCompany(company.id, (r) => ({ ...r, role: 'Engineer' }));
  await store.updateProfile(() => ({ name: 'Sam' }));
  await store.updateReminders((r) => ({ ...r, enabled: true }));
  await store.addDictionaryWord('Kubernetes');
  const backup = await store.exportBackup();
  expect((await store.importBackup(backup.text, 'merge')).ok).toBe(true);
  await setRuleMuted('timing', true);
  await saveUserTemplate({ kind: 'note', title: 'Hello', subject: 'Hi', bodyHtml: '<p>Hi</p>' });
  await firstWelcome(new Date('2026-12-03T10:00:00Z'));
  pickedKinds(sessionArea()).keep(1, 'c1', 'update');
  await sessionDraftStorage().save({ company: 'Lumen', text: 'typed' });
  await settle();
  // A failed migration keeps its reason; run alone, over a copy, so the store above stays current.
  await fakeBrowser.storage.local.set({ meta: { schemaVersion: 99 } });
  expect((await runMigrations(fakeBrowser.storage.local as never)).ok).toBe(false);
}

describe('every stored key is listed in items.ts', () => {
  it('the stores write only keys of the table, and every table entry of the extension areas is written', async () => {
    fakeBrowser.reset();
    await exerciseEveryStore();
    const local = Object.keys(await fakeBrowser.storage.local.get(null));
    const session = Object.keys(await fakeBrowser.storage.session.get(null));
    expect(local.filter((k) => !listed('local', k))).toEqual([]);
    expect(session.filter((k) => !listed('session', k))).toEqual([]);
    const written = (e: StoredKey) => (e.area === 'session' ? session : local).some((k) => k === e.key || (e.prefix !== undefined && k.startsWith(e.prefix)));
    expect(STORED_KEYS.filter((e) => e.area !== 'localStorage' && !written(e)).map((e) => e.item)).toEqual([]);
  });

  it('each entry names the item that holds its key', () => {
    const defined: Record<string, unknown> = { ...items, userTemplates };
    for (const e of STORED_KEYS.filter((x) => x.area !== 'localStorage')) {
      const item = defined[e.item.split(' ')[0]!] as { key?: string; prefix?: string } | undefined;
      expect(item, e.item).toBeDefined();
      expect(e.key !== undefined ? item!.key : item!.prefix, e.item).toBe(e.key ?? e.prefix);
    }
  });
});
