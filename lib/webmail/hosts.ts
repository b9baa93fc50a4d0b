/**
 * The webmail addresses Afterview runs on: the content script's match patterns and the
 * only hosts the extension may touch. Gmail, then the four Outlook on the web hosts
 * (personal, work and school, and the newer cloud.microsoft to which work accounts now
 * redirect; webmail-notes, 2026). The adapters read their hosts from here.
 */
export const GMAIL_HOST = 'mail.google.com';
export const OUTLOOK_HOSTS = ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'] as const;

export const WEBMAIL_MATCHES = [GMAIL_HOST, ...OUTLOOK_HOSTS].map((host) => `https://${host}/*`);
