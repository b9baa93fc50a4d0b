/**
 * The webmail addresses Afterview runs on: the content script's match patterns and the
 * only hosts the extension may touch. Gmail, then the four Outlook on the web hosts
 * (personal, work and school, and the newer cloud.microsoft to which work accounts now
 * redirect; webmail-notes, 2026). Kept as literal patterns: they ship in the content
 * script, where the bundle scan accepts these and no other URL.
 */
export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
] as const;

/** The host of one of the patterns above (`https://HOST/*`). */
export const hostOfPattern = (pattern: string): string => pattern.slice('https://'.length, pattern.indexOf('/', 'https://'.length));

/** Every host the patterns name. The adapters take theirs from here. */
export const WEBMAIL_HOSTS: readonly string[] = WEBMAIL_MATCHES.map(hostOfPattern);
