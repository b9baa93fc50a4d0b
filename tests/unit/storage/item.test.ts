// The storage primitive itself: what it reads and writes is checked, a damaged value reads as
// the fallback, the lock makes read-modify-write safe, and a watcher ends with its signal.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { ChangeSource, StorageChanges } from '@/lib/platform/storage/area';
import { defineCollection, defineItem, StorageValidationError } from '@/lib/platform/storage/item';
import { createLocalLockManager, type LockManagerLike, type LockMode } from '@/lib/platform/storage/locks';
import { jitteryArea, memoryArea, seeded } from './helpers';

const Counter = v.object({ n: v.pipe(v.number(), v.integer(), v.minValue(0)) });
const counterSpec = { key: 'counter', schema: Counter, fallback: { n: 0 } };

/** A change source the test fires by hand, as `storage.onChanged` would. */
function manualChanges() {
  const listeners = new Set<(changes: StorageChanges) => void>();
  const source: ChangeSource = { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) };
  return { source, listeners, fire: (changes: StorageChanges) => [...listeners].forEach((l) => l(changes)) };
}

function recordingLocks() {
  const taken: string[] = [];
  const inner = createLocalLockManager();
  const locks: LockManagerLike = {
    request: (name: string, options: { mode: LockMode }, callback) => {
      taken.push(`${name}/${options.mode}`);
      return inner.request(name, options, callback);
    },
  };
  return { locks, taken };
}

describe('defineItem', () => {
  it('reads the fallback when nothing is stored, as a copy each time', async () => {
    const item = defineItem(counterSpec, { area: memoryArea(), locks: createLocalLockManager() });
    const first = await item.get();
    expect(first).toEqual({ n: 0 });
    first.n = 99;
    expect(await item.get()).toEqual({ n: 0 });
  });

  it('reads a stored value that does not fit the schema as the fallback, never throwing', async () => {
    for (const junk of [null, 'seven', { n: -1 }, { n: 1.5 }, [1, 2], { m: 3 }]) {
      const item = defineItem(counterSpec, { area: memoryArea({ counter: junk }) });
      await expect(item.get()).resolves.toEqual({ n: 0 });
    }
    expect(defineItem(counterSpec).read({ n: 4 })).toEqual({ n: 4 });
  });

  it('refuses to write a value that does not fit, and writes nothing', async () => {
    const area = memoryArea({ counter: { n: 2 } });
    const item = defineItem(counterSpec, { area, locks: createLocalLockManager() });
    await expect(item.set({ n: -5 })).rejects.toThrow(StorageValidationError);
    await expect(item.set({ n: 'x' } as never)).rejects.toThrow(/counter.*n:/);
    await expect(item.update(() => ({ n: 0.5 }))).rejects.toThrow(StorageValidationError);
    expect(() => item.entry({ n: -1 })).toThrow(StorageValidationError);
    expect(area.data.get('counter')).toEqual({ n: 2 });
  });

  it('says which item a refused value was for, and why, when the whole value is wrong', async () => {
    const item = defineItem(counterSpec, { area: memoryArea(), locks: createLocalLockManager() });
    const why = v.safeParse(Counter, 5).issues![0].message;
    const error = (await item.set(5 as never).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(StorageValidationError);
    expect(error.name).toBe('StorageValidationError');
    expect(error.message).toBe(`This change cannot be saved (counter): ${why}.`);
  });

  it('keeps the stored value when an update returns nothing', async () => {
    const area = memoryArea({ counter: { n: 2 } });
    const item = defineItem(counterSpec, { area, locks: createLocalLockManager() });
    await expect(item.update(() => undefined)).resolves.toEqual({ n: 2 });
    expect(area.data.get('counter')).toEqual({ n: 2 });
  });

  it('`with` gives the same item over other storage', async () => {
    const first = memoryArea({ counter: { n: 1 } });
    const second = memoryArea({ counter: { n: 7 } });
    const item = defineItem(counterSpec, { area: first });
    expect(await item.with({ area: second }).get()).toEqual({ n: 7 });
    await item.with({ area: second, locks: createLocalLockManager() }).set({ n: 8 });
    expect([first.data.get('counter'), second.data.get('counter')]).toEqual([{ n: 1 }, { n: 8 }]);
  });

  it('stores what the schema makes of a value (a schema may normalise)', async () => {
    const area = memoryArea();
    const sorted = defineItem(
      {
        key: 'tags',
        schema: v.pipe(
          v.array(v.string()),
          v.transform((l) => [...new Set(l)].sort()),
        ),
        fallback: [] as string[],
      },
      { area, locks: createLocalLockManager() },
    );
    await sorted.set(['b', 'a', 'b']);
    expect(area.data.get('tags')).toEqual(['a', 'b']);
  });

  it('loses no update among 200 at once over an area whose calls interleave', async () => {
    const area = memoryArea();
    const locks = createLocalLockManager();
    const random = seeded(11);
    // Each writer has its own handle, as each page has its own.
    await Promise.all(Array.from({ length: 200 }, () => defineItem(counterSpec, { area: jitteryArea(area, random), locks }).update((c) => ({ n: c.n + 1 }))));
    expect(area.data.get('counter')).toEqual({ n: 200 });
  });

  it('the same 200 updates without a lock do lose some (the test can see a lost update)', async () => {
    const area = memoryArea();
    const random = seeded(11);
    await Promise.all(Array.from({ length: 200 }, () => defineItem({ ...counterSpec, lock: false }, { area: jitteryArea(area, random) }).update((c) => ({ n: c.n + 1 }))));
    expect((area.data.get('counter') as { n: number }).n).toBeLessThan(200);
  });

  it('takes the lock named after the key, inside its scope held shared', async () => {
    const { locks, taken } = recordingLocks();
    const area = memoryArea();
    await defineItem(counterSpec, { area, locks }).update((c) => ({ n: c.n + 1 }));
    await defineItem({ ...counterSpec, scope: 'afterview:all' }, { area, locks }).set({ n: 3 });
    await defineItem({ ...counterSpec, lock: 'afterview:other' }, { area, locks }).set({ n: 4 });
    expect(taken).toEqual(['afterview:counter/exclusive', 'afterview:all/shared', 'afterview:counter/exclusive', 'afterview:other/exclusive']);
  });

  it('waits while its scope is held exclusively (a whole-store operation runs alone)', async () => {
    const area = memoryArea();
    const locks = createLocalLockManager();
    const item = defineItem({ ...counterSpec, scope: 'afterview:all' }, { area, locks });
    let release!: () => void;
    const held = locks.request('afterview:all', { mode: 'exclusive' }, () => new Promise<void>((r) => (release = r)));
    const write = item.set({ n: 1 });
    await new Promise((r) => setTimeout(r, 5));
    expect(area.data.has('counter')).toBe(false);
    release();
    await held;
    await write;
    expect(area.data.get('counter')).toEqual({ n: 1 });
  });

  it('tells a watcher each new value (read through the schema) and stops when its signal aborts', async () => {
    const changes = manualChanges();
    const item = defineItem(counterSpec, { area: memoryArea(), changes: changes.source });
    const seen: unknown[] = [];
    const controller = new AbortController();
    item.watch((value) => seen.push(value), controller.signal);
    changes.fire({ counter: { newValue: { n: 1 } } });
    changes.fire({ other: { newValue: 1 } });
    changes.fire({ counter: { newValue: 'junk' } });
    changes.fire({ counter: {} }); // removed
    controller.abort();
    changes.fire({ counter: { newValue: { n: 2 } } });
    expect(seen).toEqual([{ n: 1 }, { n: 0 }, { n: 0 }]);
    expect(changes.listeners.size).toBe(0);
    item.watch(() => seen.push('late'), controller.signal); // an aborted signal: never registered
    expect(changes.listeners.size).toBe(0);
  });

  it('removes its key', async () => {
    const area = memoryArea({ counter: { n: 5 }, other: 1 });
    await defineItem(counterSpec, { area }).remove();
    expect([...area.data.keys()]).toEqual(['other']);
  });
});

describe('defineCollection', () => {
  const Note = v.object({ id: v.string(), text: v.pipe(v.string(), v.maxLength(20)) });
  const spec = { prefix: 'note:', schema: Note, scope: 'afterview:notes-test' };

  it('lists the members that fit, skipping damaged ones and keys outside the prefix', async () => {
    const area = memoryArea({ 'note:a': { id: 'a', text: 'hi' }, 'note:b': { id: 'b', text: 7 }, 'note:c': null, other: { id: 'x', text: 'no' } });
    const notes = defineCollection(spec, { area });
    expect(await notes.list()).toEqual([['a', { id: 'a', text: 'hi' }]]);
    expect(await notes.get('b')).toBeUndefined();
    expect(await notes.get('missing')).toBeUndefined();
    expect(notes.keyOf('a')).toBe('note:a');
    expect(notes.idOf('note:a')).toBe('a');
    expect(notes.idOf('other')).toBeUndefined();
  });

  it('`with` gives the same collection over other storage', async () => {
    const notes = defineCollection(spec, { area: memoryArea({ 'note:a': { id: 'a', text: 'one' } }) });
    const other = memoryArea({ 'note:b': { id: 'b', text: 'two' } });
    expect(await notes.with({ area: other }).list()).toEqual([['b', { id: 'b', text: 'two' }]]);
  });

  it('refuses to write a member that does not fit, and writes nothing', async () => {
    const area = memoryArea({ 'note:a': { id: 'a', text: 'hi' } });
    const notes = defineCollection(spec, { area, locks: createLocalLockManager() });
    await expect(notes.set('b', { id: 'b', text: 'x'.repeat(21) })).rejects.toThrow(StorageValidationError);
    await expect(notes.update('a', () => ({ id: 'a', text: 3 }) as never)).rejects.toThrow(/note:a.*text/);
    expect(() => notes.entry('a', { id: 'a' } as never)).toThrow(StorageValidationError);
    expect(Object.fromEntries(area.data)).toEqual({ 'note:a': { id: 'a', text: 'hi' } });
  });

  it('update sees undefined for a member not stored; a change that throws writes nothing; remove returns what was stored', async () => {
    const area = memoryArea();
    const notes = defineCollection(spec, { area, locks: createLocalLockManager() });
    await notes.update('a', (current) => ({ id: 'a', text: current === undefined ? 'new' : 'old' }));
    expect(await notes.get('a')).toEqual({ id: 'a', text: 'new' });
    await expect(
      notes.update('a', () => {
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(await notes.get('a')).toEqual({ id: 'a', text: 'new' });
    expect(await notes.remove('a')).toEqual({ id: 'a', text: 'new' });
    expect(await notes.remove('a')).toBeUndefined();
    expect(area.data.size).toBe(0);
  });

  it('loses no update among 200 at once, on one member and on members side by side', async () => {
    const area = memoryArea();
    const locks = createLocalLockManager();
    const random = seeded(5);
    const bump = (id: string) => defineCollection(spec, { area: jitteryArea(area, random), locks }).update(id, (c) => ({ id, text: String(Number(c?.text ?? 0) + 1) }));
    await Promise.all(Array.from({ length: 200 }, (_, i) => bump(i % 2 ? 'one' : 'two')));
    expect(area.data.get('note:one')).toEqual({ id: 'one', text: '100' });
    expect(area.data.get('note:two')).toEqual({ id: 'two', text: '100' });
  });

  it('locks each member by its key, inside the scope held shared', async () => {
    const { locks, taken } = recordingLocks();
    const notes = defineCollection(spec, { area: memoryArea(), locks });
    await notes.set('a', { id: 'a', text: '' });
    await notes.remove('a');
    expect(taken).toEqual(['afterview:notes-test/shared', 'afterview:note:a/exclusive', 'afterview:notes-test/shared', 'afterview:note:a/exclusive']);
  });

  it('tells a watcher which members changed together, and stops when its signal aborts', () => {
    const changes = manualChanges();
    const notes = defineCollection(spec, { area: memoryArea(), changes: changes.source });
    const seen: string[][] = [];
    const controller = new AbortController();
    notes.watch((ids) => seen.push(ids), controller.signal);
    changes.fire({ 'note:a': {}, other: {}, 'note:b': {} });
    changes.fire({ other: {} });
    controller.abort();
    changes.fire({ 'note:c': {} });
    expect(seen).toEqual([['a', 'b']]);
    expect(changes.listeners.size).toBe(0);
  });
});
