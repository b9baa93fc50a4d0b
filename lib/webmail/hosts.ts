/**
 * The webmail addresses Afterview runs on: the content script's match patterns and the
 * only hosts the extension may touch. Gmail, then the four Outlook on the web hosts
 * (personal, work and school, and the newer cloud.microsoft to which work accounts now
 * redirect; webmail-notes, 2026).
 */
export const WEBMAIL_MATCHES = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
] as const;
