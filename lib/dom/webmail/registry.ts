/**
 * The webmail adapters, one line each. Adding a site: one adapter file, one line here,
 * its fixtures under tests/fixtures/<site>/ and its tests.
 */
import { gmail } from './gmail';
import { outlook } from './outlook';
import type { WebmailAdapter } from './types';

export const ADAPTERS: readonly WebmailAdapter[] = [gmail, outlook];

/** The adapter serving a page address, or null for a page no adapter knows. */
export function adapterFor(url: string | URL | Location): WebmailAdapter | null {
  let parsed: URL;
  try {
    parsed = new URL(typeof url === 'string' ? url : url.href);
  } catch {
    return null;
  }
  return ADAPTERS.find((adapter) => adapter.matches(parsed)) ?? null;
}
