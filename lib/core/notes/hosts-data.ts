/**
 * The one list of mail providers anyone can sign up to and the one list of sites that say
 * nothing about a company (webmail, search, meetings, job boards, applicant tracking).
 * Pure data and two lookups; every part of the extension that guesses a company from a
 * domain or a host asks these, the writing rules in lib/core/guidelines included
 * (`rules/shared/mail-domain.ts`).
 */

/**
 * Personal mail providers: an address at one of these (or a subdomain) is a person, never
 * a company. `*` stands for any country ending (`gmx.de`, `yahoo.co.uk`).
 */
export const PERSONAL_MAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'outlook.*',
  'hotmail.com',
  'hotmail.*',
  'live.com',
  'live.*',
  'msn.com',
  'passport.com',
  'yahoo.com',
  'yahoo.*',
  'ymail.com',
  'rocketmail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'aim.com',
  'proton.me',
  'protonmail.com',
  'protonmail.ch',
  'pm.me',
  'gmx.com',
  'gmx.*',
  'web.de',
  'mail.com',
  'email.com',
  'yandex.com',
  'yandex.*',
  'ya.ru',
  'mail.ru',
  'zoho.com',
  'zohomail.com',
  'fastmail.com',
  'fastmail.fm',
  'hey.com',
  'tutanota.com',
  'tuta.io',
  'mailbox.org',
  'posteo.de',
  'hushmail.com',
  'qq.com',
  '163.com',
  '126.com',
  'naver.com',
  'orange.fr',
  'free.fr',
  'laposte.net',
  'libero.it',
  'btinternet.com',
  'comcast.net',
  'verizon.net',
];

/** Hosts (and their subdomains) that never name the company the user is dealing with. */
export const NEUTRAL_HOSTS: readonly string[] = [
  // Webmail
  'mail.google.com',
  'outlook.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.cloud.microsoft',
  'mail.yahoo.com',
  'mail.aol.com',
  'mail.proton.me',
  'icloud.com',
  'mail.zoho.com',
  'fastmail.com',
  // Search
  'google.com',
  'google.*',
  'bing.com',
  'duckduckgo.com',
  'search.yahoo.com',
  'yahoo.com',
  'ecosia.org',
  'startpage.com',
  'search.brave.com',
  'kagi.com',
  'yandex.com',
  'yandex.*',
  'baidu.com',
  // Meetings and calendars
  'zoom.us',
  'zoom.com',
  'teams.microsoft.com',
  'teams.live.com',
  'meet.google.com',
  'calendar.google.com',
  'webex.com',
  'gotomeeting.com',
  'whereby.com',
  'meet.jit.si',
  'calendly.com',
  'skype.com',
  // Job boards
  'linkedin.com',
  'indeed.com',
  'indeed.*',
  'glassdoor.com',
  'glassdoor.*',
  'monster.com',
  'ziprecruiter.com',
  'wellfound.com',
  'angel.co',
  'stepstone.*',
  'xing.com',
  'welcometothejungle.com',
  'otta.com',
  'dice.com',
  'seek.com.au',
  'reed.co.uk',
  'totaljobs.com',
  'builtin.com',
  'hired.com',
  // Applicant-tracking and hiring sites
  'greenhouse.io',
  'lever.co',
  'myworkdayjobs.com',
  'myworkday.com',
  'workday.com',
  'ashbyhq.com',
  'smartrecruiters.com',
  'icims.com',
  'workable.com',
  'jobvite.com',
  'bamboohr.com',
  'recruitee.com',
  'teamtailor.com',
  'personio.de',
  'personio.com',
  'breezy.hr',
  'jazzhr.com',
  'applytojob.com',
  'successfactors.com',
  'taleo.net',
  'hackerrank.com',
  'codility.com',
  'coderpad.io',
];

/** A lower-case host with no trailing dot, `www.` or port. */
function clean(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/:\d+$/, '')
    .replace(/\.+$/, '')
    .replace(/^www\./, '');
}

/**
 * Whether `host` is `entry` or one of its subdomains; an entry ending in `.*` takes any
 * one- or two-label country ending (`google.*` covers `google.de` and `google.co.uk`).
 */
function covers(host: string, entry: string): boolean {
  if (!entry.endsWith('.*')) return host === entry || host.endsWith(`.${entry}`);
  const stem = entry.slice(0, -1); // "google."
  const inside = host.indexOf(`.${stem}`);
  const start = host.startsWith(stem) ? stem.length : inside >= 0 ? inside + 1 + stem.length : -1;
  if (start < 0) return false;
  const ending = host.slice(start);
  return /^[a-z]{2,3}(\.[a-z]{2})?$/.test(ending);
}

function listed(list: readonly string[], host: string): boolean {
  const h = clean(host);
  return h !== '' && list.some((entry) => covers(h, entry));
}

/** True for a personal-mail domain such as `gmail.com`, `hotmail.co.uk` or `eu.proton.me`. */
export function isPersonalMailDomain(domain: string): boolean {
  return listed(PERSONAL_MAIL_DOMAINS, domain);
}

/** True for a site that says nothing about the company: `us02web.zoom.us`, `boards.greenhouse.io`. */
export function isNeutralHost(host: string): boolean {
  return listed(NEUTRAL_HOSTS, host);
}
