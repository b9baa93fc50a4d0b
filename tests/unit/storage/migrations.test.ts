import { describe, expect, it } from 'vitest';
import { KEY, MIGRATIONS, NotesStore, SCHEMA_VERSION, companyKey, runMigrations, type Migration } from '@/lib/platform/storage';
import { memoryArea, sampleCompany } from './helpers';

const NOW = new Date('2026-11-01T10:00:00Z');

/** What storage held at each older schema version: one fixture per version, all tested. */
const OLDER_VERSIONS: Record<number, Record<string, unknown>[]> = {
  0: [
    {}, // a fresh install
    // A pre-release build: a bare record per company and a profile, no meta.
    { [companyKey('c-lumen')]: sampleCompany(), [KEY.profile]: { name: 'Sam Lee' } },
  ],
};

describe('migrations', () => {
  it('has a fixture for every older version', () => {
    for (let v = 0; v < SCHEMA_VERSION; v++) expect(OLDER_VERSIONS[v], `fixture for version ${v}`).toBeDefined();
    expect(MIGRATIONS.map((m) => m.to)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1));
  });

  for (const [version, fixtures] of Object.entries(OLDER_VERSIONS)) {
    for (const [n, fixture] of fixtures.entries()) {
      it(`brings version ${version} data (fixture ${n}) to version ${SCHEMA_VERSION}, and a second run changes nothing`, async () => {
        const area = memoryArea(fixture);
        const first = await runMigrations(area, { now: NOW });
        expect(first).toEqual({ ok: true, from: Number(version), to: SCHEMA_VERSION, changed: true });
        const after = Object.fromEntries(area.data);
        expect(after[KEY.meta]).toEqual({ schemaVersion: SCHEMA_VERSION, migratedAt: NOW.toISOString() });
        const second = await runMigrations(area, { now: new Date('2027-01-01T00:00:00Z') });
        expect(second).toEqual({ ok: true, from: SCHEMA_VERSION, to: SCHEMA_VERSION, changed: false });
        expect(Object.fromEntries(area.data)).toEqual(after);
        // The data reads back through the store.
        const store = new NotesStore({ area });
        if (fixture[companyKey('c-lumen')]) {
          expect(await store.getCompany('c-lumen')).toEqual(sampleCompany());
          expect(await store.getProfile()).toEqual({ name: 'Sam Lee' });
        }
      });
    }
  }

  // A longer chain, to show how the runner walks several steps and what a failure does.
  const chain: Migration[] = [
    ...MIGRATIONS,
    {
      to: 2,
      description: 'test step: uppercase stage names',
      migrate(items) {
        for (const [k, value] of Object.entries(items)) {
          if (k.startsWith('company:')) (value as { record: { role?: string } }).record.role = 'Staff Engineer';
        }
      },
    },
    {
      to: 3,
      description: 'test step that breaks',
      migrate() {
        throw new Error('cannot read the old reminders');
      },
    },
  ];

  it('walks every step from the stored version to the target', async () => {
    const area = memoryArea({ [companyKey('c-lumen')]: sampleCompany() });
    const report = await runMigrations(area, { migrations: chain, target: 2, now: NOW });
    expect(report).toEqual({ ok: true, from: 0, to: 2, changed: true });
    expect(area.data.get(companyKey('c-lumen'))).toMatchObject({ rev: 1, record: { role: 'Staff Engineer' } });
  });

  it('a failing step changes no data and tells the user why', async () => {
    const before = { [KEY.meta]: { schemaVersion: 1 }, [companyKey('c-lumen')]: { rev: 7, record: sampleCompany() } };
    const area = memoryArea(before);
    const report = await runMigrations(area, { migrations: chain, target: 3, now: NOW });
    expect(report.ok).toBe(false);
    expect(!report.ok && report.error).toMatch(/could not update your saved notes.*cannot read the old reminders.*Nothing was changed/);
    const { [KEY.migrationError]: error, ...rest } = Object.fromEntries(area.data);
    expect(rest).toEqual(before);
    expect(error).toMatchObject({ message: !report.ok ? report.error : '' });
    expect(await new NotesStore({ area }).migrationError()).toMatch(/Nothing was changed/);
  });

  it('a step whose result does not validate changes nothing', async () => {
    const bad: Migration[] = [
      ...MIGRATIONS,
      { to: 2, description: 'drops names', migrate: (items) => void ((items[companyKey('c-lumen')] as { record: { name?: string } }).record.name = undefined) },
    ];
    const before = { [KEY.meta]: { schemaVersion: 1 }, [companyKey('c-lumen')]: { rev: 2, record: sampleCompany() } };
    const area = memoryArea(before);
    const report = await runMigrations(area, { migrations: bad, target: 2 });
    expect(report.ok).toBe(false);
    expect(area.data.get(companyKey('c-lumen'))).toEqual(before[companyKey('c-lumen')]);
    expect(area.data.get(KEY.meta)).toEqual({ schemaVersion: 1 });
  });

  it('data from a newer Afterview is left alone', async () => {
    const before = { [KEY.meta]: { schemaVersion: SCHEMA_VERSION + 1 }, [companyKey('x')]: { anything: true } };
    const area = memoryArea(before);
    const report = await runMigrations(area);
    expect(report.ok).toBe(false);
    expect(!report.ok && report.error).toMatch(/newer Afterview/);
    expect(area.data.get(companyKey('x'))).toEqual({ anything: true });
  });

  it('a failed write during migration leaves the old data', async () => {
    const before = { [companyKey('c-lumen')]: sampleCompany() };
    const area = memoryArea(before);
    const set = area.set.bind(area);
    let calls = 0;
    area.set = async (items) => {
      if (calls++ === 0) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    };
    const report = await runMigrations(area);
    expect(report.ok).toBe(false);
    expect(!report.ok && report.error).toMatch(/no room left/);
    expect(area.data.get(companyKey('c-lumen'))).toEqual(sampleCompany());
    expect(area.data.has(KEY.meta)).toBe(false);
  });
});
