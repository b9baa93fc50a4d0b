/**
 * The webmail sites Afterview supports, declared once: pure data, no DOM and no adapter code,
 * so the messaging protocol (bundled into the background worker) can read the site ids
 * without pulling in an adapter. Everything else derives from this list: the content script's
 * match patterns, the hosts each adapter serves, the protocol's site picklist and type, and
 * the unit tests' fixture lists (tests/unit/webmail/sites.test.ts holds the invariants).
 *
 * Match patterns stay literal strings: they ship in the content script and the background,
 * and the bundle scan (tests/e2e/security-bundle.test.mjs) accepts these URLs and no other.
 */

/** One supported webmail. */
export interface SiteSpec {
  /** Stable id: the adapter's id and the `site` of every message about a compose. */
  readonly id: string;
  /** The name users know it by. */
  readonly name: string;
  /** Where the content script runs: `https://HOST/*` patterns, written out in full. */
  readonly matches: readonly string[];
  /** Its fixtures' folder under tests/fixtures/. */
  readonly fixtures: string;
}

export const SITES = [
  {
    id: 'gmail',
    name: 'Gmail',
    matches: ['https://mail.google.com/*'],
    fixtures: 'gmail',
  },
  {
    // Personal, work and school, the older work address, and the newer cloud.microsoft to
    // which work accounts now redirect (shared/webmail-notes.md, 2026).
    id: 'outlook',
    name: 'Outlook on the web',
    matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.cloud.microsoft/*'],
    fixtures: 'outlook',
  },
] as const satisfies readonly SiteSpec[];

export type SiteId = (typeof SITES)[number]['id'];

/** Every site id, in registry order (the protocol's picklist). */
export const SITE_IDS: readonly SiteId[] = SITES.map((site) => site.id);

/** Every match pattern of every site: the content script's `matches`. */
export const WEBMAIL_MATCHES: readonly string[] = SITES.flatMap((site) => site.matches);

/** The scheme every pattern starts with; the host runs from there to the next slash. */
const SCHEME = 'https://';

/** The host of a pattern `https://HOST/*`. */
export const hostOfPattern = (pattern: string): string => pattern.slice(SCHEME.length, pattern.indexOf('/', SCHEME.length));

/** The hosts a site's patterns name: the only hosts its adapter serves. */
export function siteHosts(id: SiteId): readonly string[] {
  return SITES.find((site) => site.id === id)?.matches.map(hostOfPattern) ?? [];
}

/** Every host of every site. */
export const WEBMAIL_HOSTS: readonly string[] = WEBMAIL_MATCHES.map(hostOfPattern);
