import { describe, expect, it } from 'vitest';
import { isNeutralHost, isPersonalMailDomain } from '@/lib/core/notes/hosts-data';

describe('personal mail domains', () => {
  it.each([
    'gmail.com',
    'googlemail.com',
    'outlook.com',
    'hotmail.com',
    'hotmail.co.uk',
    'live.fr',
    'msn.com',
    'yahoo.com',
    'yahoo.co.jp',
    'icloud.com',
    'me.com',
    'aol.com',
    'proton.me',
    'protonmail.com',
    'gmx.de',
    'gmx.net',
    'mail.com',
    'yandex.ru',
    'fastmail.com',
  ])('%s is a person’s mail, not a company', (domain) => expect(isPersonalMailDomain(domain)).toBe(true));

  it('matches in any case, with a trailing dot, and on subdomains', () => {
    expect(isPersonalMailDomain('GMail.COM.')).toBe(true);
    expect(isPersonalMailDomain('eu.proton.me')).toBe(true);
  });

  it('takes a country ending after a subdomain, spaces around and several trailing dots', () => {
    expect(isPersonalMailDomain('mail.hotmail.co.uk')).toBe(true);
    expect(isPersonalMailDomain('  Yahoo.co.jp..  ')).toBe(true);
    expect(isPersonalMailDomain('myhotmail.de')).toBe(false);
    expect(isPersonalMailDomain('hotmail.example')).toBe(false);
  });

  it('counts no one-word intranet host as personal mail or a neutral site', () => {
    for (const host of ['wiki', 'jira', 'abcd', 'hr']) {
      expect(isPersonalMailDomain(host), host).toBe(false);
      expect(isNeutralHost(host), host).toBe(false);
    }
  });

  it.each(['northwind.example', 'lumen.io', 'notgmail.com', 'gmail.com.evil.io', 'gmx.example.org', 'yahoo-inc.com', 'mail.company.com', ''])('%s is not', (domain) =>
    expect(isPersonalMailDomain(domain)).toBe(false),
  );
});

describe('neutral hosts', () => {
  it.each([
    'mail.google.com',
    'outlook.live.com',
    'outlook.office.com',
    'outlook.office365.com',
    'www.google.com',
    'google.de',
    'www.google.co.uk',
    'bing.com',
    'duckduckgo.com',
    'zoom.us',
    'us02web.zoom.us',
    'teams.microsoft.com',
    'teams.live.com',
    'meet.google.com',
    'acme.webex.com',
    'www.linkedin.com',
    'de.indeed.com',
    'www.glassdoor.co.uk',
    'boards.greenhouse.io',
    'job-boards.greenhouse.io',
    'jobs.lever.co',
    'acme.wd5.myworkdayjobs.com',
    'jobs.ashbyhq.com',
    'careers.smartrecruiters.com',
    'careers-acme.icims.com',
    'apply.workable.com',
    'jobs.jobvite.com',
    'WWW.ZOOM.US:443',
  ])('%s names no company', (host) => expect(isNeutralHost(host)).toBe(true));

  it.each(['careers.northwind.example', 'lumen.io', 'zoom.usa.example', 'notzoom.us', 'google.evil.com', 'greenhouse.io.example.org', 'mylever.com', ''])('%s may name one', (host) =>
    expect(isNeutralHost(host)).toBe(false),
  );
});
