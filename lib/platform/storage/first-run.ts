/**
 * Whether the welcome page has been shown. Chromium reports an extension loaded from the
 * command line as installed again at every start, so "reason: install" alone would show the
 * page each time: the first showing is remembered in storage.local (`welcomedItem`).
 */
import type { StorageAreaLike } from './area';
import { welcomedItem } from './items';

export const WELCOMED_KEY = welcomedItem.key;

/** True the first time it is asked on this profile (and records the moment), false ever after. */
export async function firstWelcome(now: Date, area?: StorageAreaLike): Promise<boolean> {
  const item = area ? welcomedItem.with({ area }) : welcomedItem;
  if ((await item.get()) !== '') return false;
  await item.set(now.toISOString());
  return true;
}
