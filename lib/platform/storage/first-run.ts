/**
 * Whether the welcome page has been shown. Chromium reports an extension loaded from the
 * command line as installed again at every start, so "reason: install" alone would show the
 * page each time: the first showing is remembered in storage.local.
 */
import { localArea, type StorageAreaLike } from './area';

export const WELCOMED_KEY = 'welcomed';

/** True the first time it is asked on this profile (and records the moment), false ever after. */
export async function firstWelcome(now: Date, area: StorageAreaLike = localArea()): Promise<boolean> {
  const got = await area.get(WELCOMED_KEY);
  if (got[WELCOMED_KEY] !== undefined) return false;
  await area.set({ [WELCOMED_KEY]: now.toISOString() });
  return true;
}
