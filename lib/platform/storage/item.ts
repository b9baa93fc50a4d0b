/**
 * The one storage primitive: a stored item (one key) or a collection (one key per id under a
 * prefix), each with a valibot schema checked on every read and every write, a Web Lock for
 * read-modify-write, and a watcher that ends with its AbortSignal.
 *
 * A value that does not fit its schema reads as the item's fallback (a collection skips it),
 * so damaged data never crashes a page; a value that does not fit is never written. The
 * schema's output is what is returned and stored, so a schema may also normalise (drop
 * unknown rule ids, sort a list).
 *
 * Nothing touches the browser until a method runs: an item defined at import time over
 * `storage.local` resolves the area when first used. Tests bind their own area, locks and
 * change source with `with(deps)`.
 */
import * as v from 'valibot';
import { areaChanges, areaNamed, removeItems, watchChanges, writeItems, type AreaName, type ChangeSource, type StorageAreaLike } from './area';
import { defaultLockManager, type LockManagerLike } from './locks';

export interface StorageDeps {
  area?: StorageAreaLike;
  locks?: LockManagerLike;
  /** Where changes are heard; by default the named area's, and none for an area passed in. */
  changes?: ChangeSource;
}

interface Common<T> {
  schema: v.GenericSchema<unknown, T>;
  /** `local` (the default) or `session` (until the browser closes; absent in old browsers: nothing is kept). */
  area?: AreaName;
  /**
   * The lock a write holds: by default one named after the key (`afterview:<key>`). `false`
   * for an item with a single writer that must reach the area at once (a popup closing
   * mid-keystroke): no lock is taken.
   */
  lock?: string | false;
  /** A store-wide lock each write holds shared, so an operation holding it exclusively (an import) runs alone. */
  scope?: string;
}

export interface ItemSpec<T> extends Common<T> {
  key: string;
  /** What reads return when nothing, or nothing valid, is stored. */
  fallback: T;
}

export interface CollectionSpec<T> extends Common<T> {
  /** Each member is stored under `<prefix><id>`. */
  prefix: string;
}

export class StorageValidationError extends Error {
  override name = 'StorageValidationError';
}

export interface Item<T> {
  readonly key: string;
  with(deps: StorageDeps): Item<T>;
  /** A stored value as the item: the fallback when it does not fit. */
  read(stored: unknown): T;
  /** The item checked for writing with other items in one `set` call (applied whole or not at all). */
  entry(value: T): Record<string, unknown>;
  get(): Promise<T>;
  set(value: T): Promise<T>;
  /** Applies `change` to the latest stored value under the item's lock; returns what was written. */
  update(change: (current: T) => T | void): Promise<T>;
  remove(): Promise<void>;
  /** Calls `listener` with the new value after every change by any page or worker, until `signal` aborts. */
  watch(listener: (value: T) => void, signal: AbortSignal): void;
}

export interface Collection<T> {
  readonly prefix: string;
  with(deps: StorageDeps): Collection<T>;
  keyOf(id: string): string;
  /** The id a key stands for, or undefined for a key outside the collection. */
  idOf(key: string): string | undefined;
  read(stored: unknown): T | undefined;
  entry(id: string, value: T): Record<string, unknown>;
  /** Every member that fits the schema, as [id, value], in storage order. */
  list(): Promise<[string, T][]>;
  get(id: string): Promise<T | undefined>;
  set(id: string, value: T): Promise<T>;
  /** Applies `change` to the latest stored member (undefined when absent) under its lock; throwing writes nothing. */
  update(id: string, change: (current: T | undefined) => T): Promise<T>;
  /** Deletes a member under its lock and returns what was stored. */
  remove(id: string): Promise<T | undefined>;
  /** Calls `listener` with the ids of the members changed together, until `signal` aborts. */
  watch(listener: (ids: string[]) => void, signal: AbortSignal): void;
}

let pageLocks: LockManagerLike | undefined;
/** One lock manager per page: without Web Locks the in-process fallback must be shared to exclude anything. */
const sharedLocks = () => (pageLocks ??= defaultLockManager());

function parseOrUndefined<T>(schema: v.GenericSchema<unknown, T>, stored: unknown): { value: T } | undefined {
  if (stored === undefined) return undefined;
  const r = v.safeParse(schema, stored);
  return r.success ? { value: r.output } : undefined;
}

function parseForWrite<T>(schema: v.GenericSchema<unknown, T>, key: string, value: unknown): T {
  const r = v.safeParse(schema, value);
  if (r.success) return r.output;
  const issue = r.issues[0];
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? '';
  throw new StorageValidationError(`This change cannot be saved (${key}): ${path ? `${path}: ` : ''}${issue.message}.`);
}

/** What both kinds share: resolving the area, the locks and the change source from `deps`. */
function bind(spec: Common<unknown>, deps: StorageDeps) {
  const areaName = spec.area ?? 'local';
  const area = () => deps.area ?? areaNamed(areaName);
  const locks = () => deps.locks ?? sharedLocks();
  const changes = () => deps.changes ?? (deps.area ? undefined : areaChanges(areaName));
  const guarded = <R>(key: string, fn: () => Promise<R>): Promise<R> => {
    if (spec.lock === false) return fn();
    const name = typeof spec.lock === 'string' ? spec.lock : `afterview:${key}`;
    const own = () => locks().request(name, { mode: 'exclusive' }, fn);
    return spec.scope ? locks().request(spec.scope, { mode: 'shared' }, own) : own();
  };
  const load = async (key: string): Promise<unknown> => {
    const a = area();
    return a ? (await a.get(key))[key] : undefined;
  };
  const store = async (items: Record<string, unknown>) => {
    const a = area();
    if (a) await writeItems(a, items);
  };
  const drop = async (key: string) => {
    const a = area();
    if (a) await removeItems(a, [key]);
  };
  return { area, changes, guarded, load, store, drop };
}

export function defineItem<T>(spec: ItemSpec<T>, deps: StorageDeps = {}): Item<T> {
  const { key, schema } = spec;
  const b = bind(spec, deps);
  const read = (stored: unknown): T => parseOrUndefined(schema, stored)?.value ?? structuredClone(spec.fallback);
  const write = async (value: T): Promise<T> => {
    const checked = parseForWrite(schema, key, value);
    await b.store({ [key]: checked });
    return checked;
  };
  const get = async () => read(await b.load(key));
  return {
    key,
    with: (next) => defineItem(spec, next),
    read,
    entry: (value) => ({ [key]: parseForWrite(schema, key, value) }),
    get,
    set: (value) => b.guarded(key, () => write(value)),
    update: (change) =>
      b.guarded(key, async () => {
        const current = await get();
        const next = change(current);
        return write(next === undefined ? current : next);
      }),
    remove: () => b.guarded(key, () => b.drop(key)),
    watch(listener, signal) {
      watchChanges(b.changes(), (changes) => void (Object.hasOwn(changes, key) && listener(read(changes[key]!.newValue))), signal);
    },
  };
}

export function defineCollection<T>(spec: CollectionSpec<T>, deps: StorageDeps = {}): Collection<T> {
  const { prefix, schema } = spec;
  const b = bind(spec, deps);
  const keyOf = (id: string) => `${prefix}${id}`;
  const idOf = (key: string) => (key.startsWith(prefix) ? key.slice(prefix.length) : undefined);
  const read = (stored: unknown) => parseOrUndefined(schema, stored)?.value;
  const get = async (id: string) => read(await b.load(keyOf(id)));
  const write = async (id: string, value: T): Promise<T> => {
    const checked = parseForWrite(schema, keyOf(id), value);
    await b.store({ [keyOf(id)]: checked });
    return checked;
  };
  return {
    prefix,
    with: (next) => defineCollection(spec, next),
    keyOf,
    idOf,
    read,
    entry: (id, value) => ({ [keyOf(id)]: parseForWrite(schema, keyOf(id), value) }),
    async list() {
      const a = b.area();
      const out: [string, T][] = [];
      for (const [key, stored] of Object.entries(a ? await a.get(null) : {})) {
        const id = idOf(key);
        const value = id === undefined ? undefined : read(stored);
        if (id !== undefined && value !== undefined) out.push([id, value]);
      }
      return out;
    },
    get,
    set: (id, value) => b.guarded(keyOf(id), () => write(id, value)),
    update: (id, change) => b.guarded(keyOf(id), async () => write(id, change(await get(id)))),
    remove: (id) =>
      b.guarded(keyOf(id), async () => {
        const was = await get(id);
        await b.drop(keyOf(id));
        return was;
      }),
    watch(listener, signal) {
      watchChanges(
        b.changes(),
        (changes) => {
          const ids = Object.keys(changes).flatMap((k) => idOf(k) ?? []);
          if (ids.length) listener(ids);
        },
        signal,
      );
    },
  };
}
