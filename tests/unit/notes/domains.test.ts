// How the notes tie a company to the addresses a draft goes to and the sites the user visits:
// domains read from what people paste, and the company each recipient or host belongs to.
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '@/lib/core/notes/record-schemas';
import {
  bareAddress,
  baseDomain,
  domainOf,
  findCompanyForHost,
  findCompanyForRecipients,
  isCompanyDomain,
  nameFromDomain,
  normalizeDomain,
  repairImportedCompany,
} from '@/lib/core/notes/records';
import { sampleCompany } from '../storage/helpers';

describe('domains from what the user pastes', () => {
  it.each([
    ['  HTTPS://www.Lumen.io/jobs?x=1#y ', 'lumen.io'],
    ['lumen.io:8080', 'lumen.io'],
    ['lumen.io...', 'lumen.io'],
    ['Sam <sam@Quill.co.uk>', 'quill.co.uk'],
    ['ftp://files.acme.test', 'files.acme.test'],
    ['wwwlumen.io', 'wwwlumen.io'],
    ['a.www.lumen.io', 'a.www.lumen.io'],
    ['sam@localhost', ''],
    ['localhost', ''],
    ['lumen .io', ''],
    ['x/lumen.io', ''],
  ])('normalizeDomain(%j) is %j', (input, domain) => {
    expect(normalizeDomain(input)).toBe(domain);
  });

  it('reads the domain of an address, only when it has a dot', () => {
    expect(domainOf('Priya <priya@Lumen.IO.>')).toBe('lumen.io');
    expect(domainOf('x@lumen.io, y@b.com')).toBe('lumen.io');
    for (const none of ['a@localhost', 'no address', '@@', 'a@.']) expect(domainOf(none), none).toBeUndefined();
    expect(bareAddress('"Priya" <Priya@Lumen.io>')).toBe('priya@lumen.io');
    expect(bareAddress('  A@B.C  ')).toBe('a@b.c');
  });

  it('keeps the registered part of a host, and names a company after it', () => {
    expect(baseDomain('careers.lumen.io')).toBe('lumen.io');
    expect(baseDomain('jobs.acme.co.uk')).toBe('acme.co.uk');
    expect(baseDomain('acme.co.uk')).toBe('acme.co.uk');
    expect(baseDomain('a.b.com.au')).toBe('b.com.au');
    expect(baseDomain('io')).toBe('');
    expect(nameFromDomain('careers.lumen-freight.io')).toBe('Lumen Freight');
    expect(nameFromDomain('x--y.io')).toBe('X Y');
    expect(nameFromDomain('io')).toBe('');
  });

  it('lets only a normalised domain with a registrable part name a company', () => {
    for (const good of ['lumen.io', 'acme.co.uk']) expect(isCompanyDomain(good), good).toBe(true);
    for (const bad of ['Lumen.io', 'co.uk', 'com', 'www.lumen.io', '']) expect(isCompanyDomain(bad), bad).toBe(false);
  });
});

describe('the company a draft is written to', () => {
  const lumen = sampleCompany();
  const acme = sampleCompany({ id: 'c-acme', name: 'Acme', domains: ['acme.co.uk'], interviews: [], updatedAt: '2026-03-01T00:00:00.000Z' });
  const newerAcme = { ...acme, id: 'c-acme-2', updatedAt: '2026-03-09T00:00:00.000Z' };

  it('is the one with a saved interviewer address, even at a personal mail domain', () => {
    expect(findCompanyForRecipients([acme, lumen], [{ address: 'Tomás <Tomas.Ibarra@gmail.com>' }])?.id).toBe('c-lumen');
    expect(findCompanyForRecipients([acme, lumen], [{ address: 'someone.else@gmail.com' }])).toBeUndefined();
  });

  it('is the one whose domain covers a recipient, subdomains included, the newest on a tie', () => {
    expect(findCompanyForRecipients([lumen, acme], [{ address: 'hr@mail.acme.co.uk' }])?.id).toBe('c-acme');
    expect(findCompanyForRecipients([acme, newerAcme], [{ address: 'hr@acme.co.uk' }])?.id).toBe('c-acme-2');
    expect(findCompanyForRecipients([newerAcme, acme], [{ address: 'hr@acme.co.uk' }])?.id).toBe('c-acme-2');
    expect(findCompanyForRecipients([lumen, acme], [{ address: 'hr@notacme.co.uk' }, { address: 'not an address' }])).toBeUndefined();
  });

  it('never matches through a bare suffix saved as a domain', () => {
    const suffix = sampleCompany({ id: 'c-bad', domains: ['co.uk'], interviews: [] });
    expect(findCompanyForRecipients([suffix], [{ address: 'hr@acme.co.uk' }])).toBeUndefined();
    expect(findCompanyForHost([suffix], 'acme.co.uk')).toBeUndefined();
  });

  it('for a site, is the company covering its host; none for a host that is no domain', () => {
    expect(findCompanyForHost([lumen, acme], 'https://careers.acme.co.uk/jobs')?.id).toBe('c-acme');
    expect(findCompanyForHost([lumen, acme], 'notacme.co.uk')).toBeUndefined();
    expect(findCompanyForHost([sampleCompany({ domains: [] })], 'localhost')).toBeUndefined();
  });
});

describe('companies read from a backup', () => {
  it('keeps a record that needs nothing, as the same object', () => {
    const record = sampleCompany();
    expect(repairImportedCompany(record)).toEqual({ record, repaired: false });
    expect(repairImportedCompany(record).record).toBe(record);
  });

  it('repairs domains that change, even when as many remain, and gives unusable ids one per id', () => {
    const messy = repairImportedCompany(sampleCompany({ domains: ['https://www.Lumen.io/', 'acme.test'] }));
    expect(messy).toEqual({ record: expect.objectContaining({ id: 'c-lumen', domains: ['lumen.io', 'acme.test'] }) as unknown, repaired: true });
    const ids = ['', 'new', 'a b', 'ab', 'ba'].map((id) => repairImportedCompany(sampleCompany({ id })).record.id);
    expect(ids.slice(0, 3).every((id) => /^c-imported-[0-9a-f]{8}$/.test(id))).toBe(true);
    expect(ids[3]).toBe('ab');
    expect(new Set(ids.slice(0, 3)).size).toBe(3);
    expect(repairImportedCompany(sampleCompany({ id: 'a b' })).record.id).toBe(ids[2]);
    const [x, y] = ['a b', 'b a'].map((id) => repairImportedCompany(sampleCompany({ id })).record.id);
    expect(x).not.toBe(y);
  });
});

describe('dates in the notes', () => {
  it('accepts the last minute of a day and refuses hour 24, which Date.parse would take as the next day', () => {
    for (const good of ['2025-03-04T23:59:59Z', '2025-12-31T23:59Z', '2025-03-04 10:00']) expect(isIsoDate(good), good).toBe(true);
    for (const bad of ['2025-03-04T24:00Z', '2025-03-04T23:60Z', '2025-03-04T23:59:60Z']) expect(isIsoDate(bad), bad).toBe(false);
  });
});
