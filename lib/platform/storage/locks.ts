/**
 * Mutual exclusion between every writer of the notes.
 *
 * Extension pages (popup, notes page, side panel) and the background share one origin, so
 * the Web Locks API (`navigator.locks`) excludes writers across all of them: a lock is
 * released when its holder finishes or when its page or worker dies. Content scripts run
 * in the web page's origin and must not write notes themselves: they ask the background.
 *
 * Where `navigator.locks` is missing (unit tests under happy-dom, very old browsers), an
 * in-process lock manager with the same semantics (exclusive and shared modes, FIFO)
 * takes its place.
 */

export type LockMode = 'exclusive' | 'shared';

/** The part of the Web Locks `LockManager` the store uses. */
export interface LockManagerLike {
  request<T>(name: string, options: { mode: LockMode }, callback: () => Promise<T>): Promise<T>;
}

interface Waiter {
  mode: LockMode;
  start: () => void;
}

interface LockState {
  holders: number;
  mode: LockMode | undefined;
  queue: Waiter[];
}

/** An in-process lock manager: exclusive locks run alone, shared locks together, in order of request. */
export function createLocalLockManager(): LockManagerLike {
  const locks = new Map<string, LockState>();

  const pump = (name: string, state: LockState) => {
    while (state.queue.length > 0) {
      const next = state.queue[0]!;
      const free = state.holders === 0;
      const joinsShared = next.mode === 'shared' && state.mode === 'shared';
      if (!free && !joinsShared) break;
      state.queue.shift();
      state.holders++;
      state.mode = next.mode;
      next.start();
    }
    if (state.holders === 0 && state.queue.length === 0) locks.delete(name);
  };

  return {
    request<T>(name: string, options: { mode: LockMode }, callback: () => Promise<T>): Promise<T> {
      let state = locks.get(name);
      if (!state) {
        state = { holders: 0, mode: undefined, queue: [] };
        locks.set(name, state);
      }
      const s = state;
      return new Promise<T>((resolve, reject) => {
        s.queue.push({
          mode: options.mode,
          start: () => {
            Promise.resolve()
              .then(callback)
              .then(resolve, reject)
              .finally(() => {
                s.holders--;
                if (s.holders === 0) s.mode = undefined;
                pump(name, s);
              });
          },
        });
        pump(name, s);
      });
    },
  };
}

/** The browser's Web Locks when present, else an in-process lock manager. */
export function defaultLockManager(): LockManagerLike {
  const nav = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator;
  if (nav?.locks && typeof nav.locks.request === 'function') {
    const locks = nav.locks;
    return { request: (name, options, callback) => locks.request(name, options, callback) };
  }
  return createLocalLockManager();
}
