// What a failed write tells the user: a full disk or quota is named as such (with what to do),
// any other failure says it was not saved; removing nothing asks the browser nothing.
import { describe, expect, it, vi } from 'vitest';
import { isQuotaError, removeItems, StorageFullError, StorageWriteError, STORAGE_FULL_MESSAGE, writeItems, type StorageAreaLike } from '@/lib/platform/storage/area';

function failingArea(error: unknown): StorageAreaLike & { remove: ReturnType<typeof vi.fn> } {
  return {
    get: async () => ({}),
    set: async () => Promise.reject(error),
    remove: vi.fn(async () => Promise.reject(error)),
  };
}

describe('quota errors', () => {
  it('are recognised by the names and words Chromium and Firefox use', () => {
    for (const error of [
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
      Object.assign(new Error('x'), { name: 'QuotaExceededError' }),
      new Error('QUOTA_BYTES quota exceeded'),
      new Error('IO error: .../000003.log: No space left on device'),
      new Error('The disk is full'),
      new Error('disk full'),
      new Error('NS_ERROR_FILE_NO_DEVICE_SPACE'),
      new Error('NS_ERROR_DOM_QUOTA_REACHED'),
      'Quota exceeded',
      'no space',
    ]) {
      expect(isQuotaError(error), String(error)).toBe(true);
    }
  });

  it('are not other failures', () => {
    for (const error of [new Error('Extension context invalidated.'), 'network down', undefined, null, 0, '', {}, { message: 42 }, { name: 'TypeError', message: 'x' }]) {
      expect(isQuotaError(error), String(error)).toBe(false);
    }
  });
});

describe('writes', () => {
  it('say the storage is full, with what to do, when it is', async () => {
    const cause = new Error('QUOTA_BYTES quota exceeded');
    const error = await writeItems(failingArea(cause), { a: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageFullError);
    expect((error as Error).message).toBe(STORAGE_FULL_MESSAGE);
    expect((error as Error).message).toMatch(/was not saved.*export a backup/s);
    expect((error as Error).cause).toBe(cause);
    expect((error as Error).name).toBe('StorageFullError');
  });

  it('say why when another failure stops them', async () => {
    const error = await writeItems(failingArea(new Error('Extension context invalidated.')), { a: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageWriteError);
    expect((error as Error).name).toBe('StorageWriteError');
    expect((error as Error).message).toBe('Afterview could not save this change (Extension context invalidated.). Everything saved before is still there; try again.');
    const odd = await writeItems(failingArea('just a string'), { a: 1 }).catch((e: unknown) => e);
    expect((odd as Error).message).toMatch(/\(just a string\)/);
  });

  it('go through in one call when the area takes them', async () => {
    const set = vi.fn(async () => undefined);
    await writeItems({ get: async () => ({}), set, remove: async () => undefined }, { a: 1, b: 2 });
    expect(set).toHaveBeenCalledTimes(1);
    expect(set).toHaveBeenCalledWith({ a: 1, b: 2 });
  });
});

describe('removals', () => {
  it('ask nothing of the browser when there is nothing to remove', async () => {
    const area = failingArea(new Error('should not be called'));
    await removeItems(area, []);
    expect(area.remove).not.toHaveBeenCalled();
  });

  it('name a full disk, or another failure, like writes do', async () => {
    await expect(removeItems(failingArea(new Error('No space left on device')), ['a'])).rejects.toBeInstanceOf(StorageFullError);
    await expect(removeItems(failingArea(new Error('gone')), ['a'])).rejects.toBeInstanceOf(StorageWriteError);
  });
});
