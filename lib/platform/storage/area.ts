/**
 * The storage area the notes live in (`storage.local` through WXT's browser polyfill), and
 * the translation of a full disk or an exhausted quota into one clear error.
 */
import { browser } from 'wxt/browser';

/** The part of a `storage.StorageArea` the store uses; tests pass their own. */
export interface StorageAreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/** What a change listener receives: the keys that changed, with their new values (undefined when removed). */
export type StorageChanges = Record<string, { newValue?: unknown; oldValue?: unknown }>;

export interface ChangeSource {
  addListener(listener: (changes: StorageChanges) => void): void;
  removeListener(listener: (changes: StorageChanges) => void): void;
}

export type AreaName = 'local' | 'session';

export function localArea(): StorageAreaLike {
  return browser.storage.local as unknown as StorageAreaLike;
}

/** `storage.session`, where the browser has it (Chrome 102+, Firefox 115+): kept until the browser closes, never on disk. */
export function sessionArea(): StorageAreaLike | undefined {
  return (browser.storage as { session?: unknown }).session as StorageAreaLike | undefined;
}

export function areaNamed(name: AreaName): StorageAreaLike | undefined {
  return name === 'session' ? sessionArea() : localArea();
}

/** Changes to one area, from any page, worker or script of the extension. */
export function areaChanges(name: AreaName): ChangeSource {
  const wrapped = new Map<(changes: StorageChanges) => void, (changes: object, area: string) => void>();
  return {
    addListener(listener) {
      const onChanged = (changes: object, area: string) => {
        if (area === name) listener(changes as StorageChanges);
      };
      wrapped.set(listener, onChanged);
      browser.storage.onChanged.addListener(onChanged);
    },
    removeListener(listener) {
      const onChanged = wrapped.get(listener);
      if (!onChanged) return;
      wrapped.delete(listener);
      browser.storage.onChanged.removeListener(onChanged);
    },
  };
}

/** Changes to `storage.local`. */
export const localChanges = (): ChangeSource => areaChanges('local');

/** Calls `listener` with every change `source` reports until `signal` aborts; without a source, never. */
export function watchChanges(source: ChangeSource | undefined, listener: (changes: StorageChanges) => void, signal: AbortSignal): void {
  if (!source || signal.aborted) return;
  source.addListener(listener);
  signal.addEventListener('abort', () => source.removeListener(listener), { once: true });
}

export const STORAGE_FULL_MESSAGE =
  "Your browser has no room left for Afterview's notes, so this change was not saved. Everything saved before is still there, and what you typed is still on screen. Free some disk space, or export a backup and delete companies you no longer need, then save again.";

/** Thrown when a write fails because the disk or the storage quota is full. Nothing was written. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
  constructor(cause?: unknown) {
    super(STORAGE_FULL_MESSAGE, { cause });
  }
}

/** Thrown when a write fails for another reason. Nothing was written. */
export class StorageWriteError extends Error {
  override name = 'StorageWriteError';
  constructor(cause?: unknown) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(`Afterview could not save this change (${reason}). Everything saved before is still there; try again.`, { cause });
  }
}

const QUOTA_RE = /quota|QUOTA_BYTES|no space|disk (is )?full|NS_ERROR_FILE_NO_DEVICE_SPACE|NS_ERROR_DOM_QUOTA_REACHED/i;

export function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return typeof error === 'string' && QUOTA_RE.test(error);
  const e = error as { name?: unknown; message?: unknown };
  return e.name === 'QuotaExceededError' || (typeof e.message === 'string' && QUOTA_RE.test(e.message));
}

/** Writes `items` in one call (one call is applied whole or not at all), naming quota errors clearly. */
export async function writeItems(area: StorageAreaLike, items: Record<string, unknown>): Promise<void> {
  try {
    await area.set(items);
  } catch (error) {
    throw isQuotaError(error) ? new StorageFullError(error) : new StorageWriteError(error);
  }
}

export async function removeItems(area: StorageAreaLike, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  try {
    await area.remove(keys);
  } catch (error) {
    throw isQuotaError(error) ? new StorageFullError(error) : new StorageWriteError(error);
  }
}
