import { describe, expect, it } from 'vitest';
import { domainNamesEmployer } from '@/lib/core/guidelines/rules/shared/mail-domain';
import { roleStems } from '@/lib/core/guidelines/rules/shared/references';
import { companyNames } from '@/lib/core/guidelines/rules/self-focus';

const draftTo = (...addresses: string[]) => ({ subject: '', to: addresses.map((address) => ({ address })), cc: [], bodyText: '' });

describe('which recipient domains name the employer', () => {
  it('a company domain does; personal providers, with their country endings and subdomains, and the example domains do not', () => {
    expect(domainNamesEmployer('lumenworks.com')).toBe(true);
    expect(domainNamesEmployer('careers.lumenworks.co.uk')).toBe(true);
    for (const d of ['gmail.com', 'GMAIL.COM', 'yahoo.co.uk', 'hotmail.fr', 'eu.proton.me', 'fastmail.com', 'web.de', 'example.com', 'example.org', ''])
      expect(domainNamesEmployer(d), d).toBe(false);
  });

  it('the rules read the same list: a provider missing from their old word lists names no company either', () => {
    // fastmail and yandex were in the extension's list but not in the writing rules' own copies.
    expect([...roleStems(undefined, undefined, ['dana@fastmail.com', 'li@yandex.ru'])]).toEqual([]);
    expect(companyNames(draftTo('dana@fastmail.com'))).toEqual([]);
    expect([...roleStems(undefined, undefined, ['dana@mail.lumenworks.co.uk'])]).toEqual(['lumenworks']);
    expect(companyNames(draftTo('dana@careers.lumenworks.co.uk'))).toEqual([['lumenworks']]);
  });
});
