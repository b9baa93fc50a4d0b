import { describe, expect, it } from 'vitest';
import { NotesStore, companyKey, KEY } from '@/lib/platform/storage';
import { findCompanyForRecipients, isUsableCompanyId } from '@/lib/core/notes/records';
import { serializeBackup } from '@/lib/core/notes/backup';
import { memoryArea, sampleCompany } from './helpers';

function filled() {
  const area = memoryArea({
    [companyKey('c-lumen')]: { rev: 3, record: sampleCompany() },
    [companyKey('c-north')]: { rev: 1, record: sampleCompany({ id: 'c-north', name: 'Northwind', domains: ['northwind.com'], interviews: [] }) },
    [KEY.profile]: { name: 'Sam Lee', email: 'sam@example.org' },
  });
  return { area, store: new NotesStore({ area, now: () => new Date('2026-03-20T12:00:00Z') }) };
}

describe('backup', () => {
  it('export, wipe, import gives identical data', async () => {
    const { store } = filled();
    const before = { companies: await store.listCompanies(), profile: await store.getProfile() };
    const { text, fileName } = await store.exportBackup();
    expect(fileName).toBe('afterview-backup-2026-03-20.json');
    await store.wipe();
    expect(await store.listCompanies()).toEqual([]);
    expect(await store.importBackup(text, 'replace')).toEqual({ ok: true, added: 2, updated: 0, unchanged: 0, removed: 0 });
    expect({ companies: await store.listCompanies(), profile: await store.getProfile() }).toEqual(before);
    expect((await store.getBackupState()).lastExportAt).toBe('2026-03-20T12:00:00.000Z');
  });

  it('replace removes companies missing from the file; merge keeps them', async () => {
    const { store } = filled();
    const { text } = await store.exportBackup();
    await store.createCompany({ name: 'Added later' });
    const merged = await store.importBackup(text, 'merge');
    expect(merged).toMatchObject({ ok: true, added: 0, unchanged: 2 });
    expect((await store.listCompanies()).map((c) => c.name)).toEqual(['Added later', 'Lumen Freight', 'Northwind']);
    expect(await store.importBackup(text, 'replace')).toMatchObject({ ok: true, removed: 1 });
    expect((await store.listCompanies()).map((c) => c.name)).toEqual(['Lumen Freight', 'Northwind']);
  });

  it('a corrupted, truncated, future or hostile file changes nothing and says where it is wrong', async () => {
    const { area, store } = filled();
    const { text } = await store.exportBackup();
    const snapshot = structuredClone(Object.fromEntries(area.data));
    const cases: [string, RegExp][] = [
      [text.slice(0, text.length / 2), /^Not valid JSON: .* at line \d+, column \d+\.$/],
      [text.replace('"Lumen Freight"', '"Lumen Freightt"'), /checksum does not match/],
      [text.replace('"version": 1', '"version": 9'), /newer Afterview, version 9/],
      [text.replace('"stage": "interviewing"', '"stage": "<img src=x onerror=alert(1)>"'), /^data\.companies\[\d\]\.stage: expected one of/],
      ['{"format":"afterview-backup","version":1,"exportedAt":"2026-01-01","checksum":"' + '0'.repeat(64) + '","data":{"companies":[{"__proto__":{}}]}}', /^data\.companies\[0\]/],
      ['', /empty/],
    ];
    for (const [bad, message] of cases) {
      const result = await store.importBackup(bad, 'replace');
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(message);
      expect(Object.fromEntries(area.data)).toEqual(snapshot);
    }
  });
});

describe('backup files written by hand or by an attacker', () => {
  const bad = () =>
    serializeBackup({
      companies: [
        sampleCompany({ id: '', name: 'Blank Id', domains: ['com'], interviews: [] }),
        sampleCompany({ id: 'new', name: 'Reserved Id', domains: ['co.uk', 'https://www.Quill.co.uk/jobs'], interviews: [] }),
        sampleCompany({ id: 'c-fine', name: 'Fine', domains: ['LumenFreight.IO'], interviews: [] }),
      ],
    });

  it('normalises domains: a bare suffix such as "com" never takes over every recipient', async () => {
    const store = new NotesStore({ area: memoryArea() });
    expect((await store.importBackup(await bad(), 'replace')).ok).toBe(true);
    const saved = await store.listCompanies();
    expect(saved.map((c) => [c.name, c.domains])).toEqual([
      ['Blank Id', []],
      ['Fine', ['lumenfreight.io']],
      ['Reserved Id', ['quill.co.uk']],
    ]);
    expect(findCompanyForRecipients(saved, [{ address: 'anyone@somewhere.com' }])).toBeUndefined();
    expect(findCompanyForRecipients(saved, [{ address: 'hr@quill.co.uk' }])?.name).toBe('Reserved Id');
    expect(findCompanyForRecipients(saved, [{ address: 'ops@other.co.uk' }])).toBeUndefined();
  });

  it('gives "" and "new" ids usable ones, the same on a second import, keeping the data', async () => {
    const store = new NotesStore({ area: memoryArea() });
    const text = await bad();
    await store.importBackup(text, 'merge');
    await store.importBackup(text, 'merge');
    const saved = await store.listCompanies();
    expect(saved).toHaveLength(3);
    for (const c of saved) expect(isUsableCompanyId(c.id), c.id).toBe(true);
    expect(saved.find((c) => c.name === 'Fine')?.id).toBe('c-fine');
  });
});
