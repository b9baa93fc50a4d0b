// The edges of the user-template store a user can reach: long titles copied, items under the
// wrong key, titles that tie, updates of a template deleted elsewhere, imports that change
// nothing, and which locks each write takes (so two pages never write the same template at once).
import { describe, expect, it } from 'vitest';
import {
  deleteUserTemplate,
  duplicateUserTemplate,
  getUserTemplate,
  importUserTemplates,
  listUserTemplates,
  onUserTemplatesChanged,
  restoreUserTemplate,
  saveUserTemplate,
  templateKey,
} from '@/lib/platform/storage/templates';
import { createLocalLockManager, type LockManagerLike, type LockMode } from '@/lib/platform/storage/locks';
import type { StorageChanges } from '@/lib/platform/storage/area';
import { memoryArea } from './helpers';

const input = { kind: 'thank-you' as const, title: 'Panel thanks', subject: 'Thank you', bodyHtml: '<p>Dear {{interviewer.firstName}},</p>' };

function setup() {
  const area = memoryArea();
  let n = 0;
  let clock = Date.parse('2026-03-01T10:00:00Z');
  const locks: { name: string; mode: LockMode }[] = [];
  const inner = createLocalLockManager();
  const recording: LockManagerLike = {
    request(name, options, callback) {
      locks.push({ name, mode: options.mode });
      return inner.request(name, options, callback);
    },
  };
  const deps = { area, locks: recording, now: () => new Date((clock += 60_000)), newId: () => `t-${++n}` };
  return { area, deps, locks };
}

describe('copying a template', () => {
  it('adds " (copy)" and, for a title at the limit, shortens it to 120 characters with an ellipsis', async () => {
    const { deps } = setup();
    const fits = await saveUserTemplate({ ...input, title: 'a'.repeat(113) }, deps);
    expect((await duplicateUserTemplate(fits.id, deps)).title).toBe(`${'a'.repeat(113)} (copy)`);
    const long = await saveUserTemplate({ ...input, title: 'b'.repeat(114) }, deps);
    const copy = await duplicateUserTemplate(long.id, deps);
    expect(copy.title).toBe(`${'b'.repeat(112)}… (copy)`);
    expect(copy.title).toHaveLength(120);
  });

  it('keeps the kind, subject and body, under a new id', async () => {
    const { deps } = setup();
    const a = await saveUserTemplate({ ...input, kind: 'follow-up', subject: 'Checking in' }, deps);
    const copy = await duplicateUserTemplate(a.id, deps);
    expect(copy).toMatchObject({ kind: 'follow-up', subject: 'Checking in', bodyHtml: a.bodyHtml, title: 'Panel thanks (copy)' });
    expect(copy.id).not.toBe(a.id);
  });
});

describe('the list', () => {
  it('skips other items and a template stored under another template’s key; ties in title go by id', async () => {
    const { area, deps } = setup();
    const b = await saveUserTemplate({ ...input, title: 'Same' }, deps);
    const a = await saveUserTemplate({ ...input, title: 'Same' }, deps);
    // A template copied under another key (a hand-edited backup): not listed twice.
    await area.set({ [templateKey('t-99')]: { ...a }, 'company:c-x': { rev: 1 }, other: 1 });
    const listed = await listUserTemplates(deps);
    expect(listed.map((t) => t.id)).toEqual([b.id, a.id].sort());
  });
});

describe('writes', () => {
  it('trim the title and keep the first creation time; an update of a template deleted elsewhere is refused', async () => {
    const { deps } = setup();
    const a = await saveUserTemplate({ ...input, title: '  Spaced  ' }, deps);
    expect(a.title).toBe('Spaced');
    const b = await saveUserTemplate({ ...input, id: a.id, title: 'Renamed' }, deps);
    expect(b.createdAt).toBe(a.createdAt);
    expect(b.updatedAt).not.toBe(a.updatedAt);
    await deleteUserTemplate(a.id, deps);
    await expect(saveUserTemplate({ ...input, id: a.id }, deps)).rejects.toThrow(/no longer saved/);
    await expect(saveUserTemplate({ ...input, id: 'bad id with spaces' }, deps)).rejects.toThrow(/id: "bad id with spaces" is not a valid template id/);
    expect(await listUserTemplates(deps)).toEqual([]);
  });

  it('take a body that is not text as empty', async () => {
    const { deps } = setup();
    // A hand-made import or an old page may hand in anything: never the value as markup.
    const t = await saveUserTemplate({ ...input, bodyHtml: 42 as unknown as string }, deps);
    expect(t.bodyHtml).toBe('');
  });

  it('delete returns what was deleted (for undo) and nothing for an unknown or invalid id; restore puts it back', async () => {
    const { deps } = setup();
    const a = await saveUserTemplate(input, deps);
    expect(await deleteUserTemplate('not valid!', deps)).toBeUndefined();
    expect(await deleteUserTemplate('t-404', deps)).toBeUndefined();
    const gone = await deleteUserTemplate(a.id, deps);
    expect(gone).toEqual(a);
    expect(await getUserTemplate(a.id, deps)).toBeUndefined();
    await restoreUserTemplate(gone!, deps);
    expect(await getUserTemplate(a.id, deps)).toEqual(a);
    await expect(restoreUserTemplate({ ...a, title: '' }, deps)).rejects.toThrow(/cannot be saved/);
  });

  it('take the store-wide lock shared and the template’s own exclusively; imports take the store-wide one alone', async () => {
    const { deps, locks } = setup();
    const a = await saveUserTemplate(input, deps);
    expect(locks).toEqual([
      { name: 'afterview:templates', mode: 'shared' },
      { name: `afterview:template:${a.id}`, mode: 'exclusive' },
    ]);
    locks.length = 0;
    await deleteUserTemplate(a.id, deps);
    expect(locks.map((l) => `${l.name}/${l.mode}`)).toEqual(['afterview:templates/shared', `afterview:template:${a.id}/exclusive`]);
    locks.length = 0;
    await importUserTemplates('{}', deps);
    expect(locks).toEqual([]); // a file that does not parse takes no lock and writes nothing
  });
});

describe('imports', () => {
  it('count added, updated and unchanged, and write nothing when nothing changed', async () => {
    const { area, deps } = setup();
    const a = await saveUserTemplate(input, deps);
    const file = (templates: unknown[]) => JSON.stringify({ format: 'afterview-templates', version: 1, exportedAt: '2026-03-01T12:00:00.000Z', templates });
    let writes = 0;
    const set = area.set.bind(area);
    area.set = async (items) => {
      writes++;
      return set(items);
    };
    const same = await importUserTemplates(file([a]), deps);
    expect(same).toEqual({ ok: true, added: 0, updated: 0, unchanged: 1 });
    expect(writes).toBe(0);
    const changed = await importUserTemplates(
      file([
        { ...a, subject: 'New subject' },
        { ...a, id: 't-new', title: 'Fresh' },
      ]),
      deps,
    );
    expect(changed).toEqual({ ok: true, added: 1, updated: 1, unchanged: 0 });
    expect(writes).toBe(1);
    expect((await getUserTemplate(a.id, deps))?.subject).toBe('New subject');
  });
});

describe('watching', () => {
  it('reports template ids only, and nothing once the signal has aborted', () => {
    type Listener = (c: StorageChanges) => void;
    const listeners = new Set<Listener>();
    const changes = {
      addListener: (l: Listener) => void listeners.add(l),
      removeListener: (l: Listener) => void listeners.delete(l),
    };
    const seen: string[][] = [];
    const life = new AbortController();
    onUserTemplatesChanged((ids) => seen.push(ids), life.signal, { changes });
    for (const l of listeners) l({ 'company:c-1': {}, profile: {} });
    for (const l of listeners) l({ [templateKey('t-1')]: {}, other: {} });
    expect(seen).toEqual([['t-1']]);
    life.abort();
    expect(listeners.size).toBe(0);
    onUserTemplatesChanged((ids) => seen.push(ids), life.signal, { changes });
    expect(listeners.size).toBe(0);
  });
});
