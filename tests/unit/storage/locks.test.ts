// The in-process lock manager that stands in for Web Locks where the browser has none, and the
// choice between the two: what a writer of the notes relies on to never run beside another.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalLockManager, defaultLockManager, type LockManagerLike, type LockMode } from '@/lib/platform/storage/locks';

/** A lock held until `release()` is called; `events` records when each holder starts and ends. */
function holder(locks: LockManagerLike, name: string, mode: LockMode, label: string, events: string[]) {
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  const done = locks.request(name, { mode }, async () => {
    events.push(`${label} in`);
    await held;
    events.push(`${label} out`);
    return label;
  });
  return { release, done };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('the in-process lock manager', () => {
  it('runs exclusive holders one at a time, in the order they asked', async () => {
    const locks = createLocalLockManager();
    const events: string[] = [];
    const a = holder(locks, 'n', 'exclusive', 'a', events);
    const b = holder(locks, 'n', 'exclusive', 'b', events);
    await settle();
    expect(events).toEqual(['a in']);
    a.release();
    await a.done;
    await settle();
    expect(events).toEqual(['a in', 'a out', 'b in']);
    b.release();
    expect(await b.done).toBe('b');
  });

  it('lets shared holders in together, and an exclusive one only after all of them', async () => {
    const locks = createLocalLockManager();
    const events: string[] = [];
    const r1 = holder(locks, 'n', 'shared', 'r1', events);
    const r2 = holder(locks, 'n', 'shared', 'r2', events);
    const w = holder(locks, 'n', 'exclusive', 'w', events);
    await settle();
    expect(events).toEqual(['r1 in', 'r2 in']);
    r1.release();
    await r1.done;
    await settle();
    expect(events).not.toContain('w in');
    r2.release();
    await r2.done;
    await settle();
    expect(events.at(-1)).toBe('w in');
    w.release();
    await w.done;
  });

  it('keeps a shared request behind a waiting exclusive one (no writer starves)', async () => {
    const locks = createLocalLockManager();
    const events: string[] = [];
    const r1 = holder(locks, 'n', 'shared', 'r1', events);
    const w = holder(locks, 'n', 'exclusive', 'w', events);
    const r2 = holder(locks, 'n', 'shared', 'r2', events);
    await settle();
    expect(events).toEqual(['r1 in']);
    r1.release();
    await settle();
    expect(events).toEqual(['r1 in', 'r1 out', 'w in']);
    w.release();
    await settle();
    expect(events).toEqual(['r1 in', 'r1 out', 'w in', 'w out', 'r2 in']);
    r2.release();
    await r2.done;
  });

  it('does not let a shared holder in beside an exclusive one', async () => {
    const locks = createLocalLockManager();
    const events: string[] = [];
    const w = holder(locks, 'n', 'exclusive', 'w', events);
    const r = holder(locks, 'n', 'shared', 'r', events);
    await settle();
    expect(events).toEqual(['w in']);
    w.release();
    await settle();
    expect(events).toEqual(['w in', 'w out', 'r in']);
    r.release();
    await r.done;
  });

  it('keeps names apart, and frees a lock whose holder failed', async () => {
    const locks = createLocalLockManager();
    const events: string[] = [];
    const a = holder(locks, 'a', 'exclusive', 'a', events);
    const b = holder(locks, 'b', 'exclusive', 'b', events);
    await settle();
    expect(events).toEqual(['a in', 'b in']);
    a.release();
    b.release();
    await Promise.all([a.done, b.done]);

    await expect(locks.request('a', { mode: 'exclusive' }, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    // The failed holder let go: the next one runs (with a fresh state after the name was freed).
    expect(await locks.request('a', { mode: 'exclusive' }, async () => 'next')).toBe('next');
    const again: string[] = [];
    const c = holder(locks, 'a', 'shared', 'c', again);
    const d = holder(locks, 'a', 'exclusive', 'd', again);
    await settle();
    expect(again).toEqual(['c in']);
    c.release();
    await settle();
    expect(again).toEqual(['c in', 'c out', 'd in']);
    d.release();
    await d.done;
  });
});

describe('the lock manager the store uses', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is the browser’s Web Locks when there are any', async () => {
    const request = vi.fn(async (_name: string, _options: { mode: LockMode }, callback: () => Promise<unknown>) => callback());
    vi.stubGlobal('navigator', { locks: { request } });
    const locks = defaultLockManager();
    expect(await locks.request('afterview:notes', { mode: 'shared' }, async () => 7)).toBe(7);
    expect(request).toHaveBeenCalledWith('afterview:notes', { mode: 'shared' }, expect.any(Function));
  });

  it('is the in-process one without Web Locks, or with a navigator.locks that cannot lock', async () => {
    for (const navigator of [{}, { locks: {} }, { locks: { request: 'no' } }, undefined]) {
      vi.stubGlobal('navigator', navigator);
      const locks = defaultLockManager();
      const events: string[] = [];
      const a = holder(locks, 'n', 'exclusive', 'a', events);
      const b = holder(locks, 'n', 'exclusive', 'b', events);
      await settle();
      expect(events).toEqual(['a in']);
      a.release();
      b.release();
      await Promise.all([a.done, b.done]);
    }
  });
});
