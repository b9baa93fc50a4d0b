import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  BACKUP_VERSION,
  MAX_BACKUP_BYTES,
  backupChecksum,
  canonicalJson,
  createBackup,
  parseBackupText,
  parseCompanyRecordFile,
  serializeBackup,
  type BackupData,
} from '@/lib/core/notes/backup';
import { findJsonError, lineColumn } from '@/lib/core/notes/json-text';
import { isIsoDate } from '@/lib/core/notes/record-schemas';
import type { CompanyRecord } from '@/lib/core/notes/types';

function company(overrides: Partial<CompanyRecord> = {}): CompanyRecord {
  return {
    id: 'c-lumen',
    name: 'Lumen Freight',
    domains: ['lumenfreight.io'],
    role: 'Backend Engineer',
    stage: 'interviewing',
    notes: 'Met the platform team.',
    interviews: [
      {
        id: 'i-1',
        at: '2025-03-04T15:00:00Z',
        format: 'video',
        decisionDate: '2025-03-14',
        interviewers: [
          { id: 'p-1', name: 'Priya Raman', title: 'Engineering Manager', email: 'priya@lumenfreight.io', lead: true },
          { id: 'p-2', name: 'Tomás Ibarra', title: 'VP Engineering', mostSenior: true, preferredContact: 'email' },
        ],
        topics: ['route planning service', 'on-call rotation'],
        challenges: ['slow nightly batch jobs'],
        wishISaid: ['my Kafka migration work'],
        ideas: ['https://example.org/batch-tuning'],
        news: [],
      },
    ],
    followUps: [
      {
        id: 'f-1',
        kind: 'thank-you',
        sentAt: '2025-03-04T20:10:00Z',
        to: ['priya@lumenfreight.io'],
        subject: 'Thank you for today',
        bodyText: 'Dear Priya, thank you for the conversation...',
      },
    ],
    lastReplyAt: '2025-03-05T09:00:00+01:00',
    updatedAt: '2025-03-05T10:00:00.000Z',
    ...overrides,
  };
}

const DATA: BackupData = {
  companies: [company(), company({ id: 'c-2', name: 'Quillbyte', domains: ['quillbyte.com'], interviews: [], followUps: [] })],
  profile: { name: 'Sam Ortiz', phone: '+1 555 0100', email: 'sam@example.net' },
};

async function backupText(data: BackupData = DATA): Promise<string> {
  return serializeBackup(data, new Date('2025-03-06T12:00:00Z'));
}

/** Re-signs an edited backup so that only the edit under test can fail. */
async function resign(obj: { checksum: string; data: unknown }): Promise<string> {
  obj.checksum = await backupChecksum(obj.data);
  return JSON.stringify(obj, null, 2);
}

describe('backup round trip', () => {
  it('parses what it writes, unchanged', async () => {
    const text = await backupText();
    const result = await parseBackupText(text);
    expect(result).toEqual({
      ok: true,
      backup: {
        format: 'afterview-backup',
        version: BACKUP_VERSION,
        exportedAt: '2025-03-06T12:00:00.000Z',
        checksum: expect.stringMatching(/^[0-9a-f]{64}$/),
        data: DATA,
      },
    });
  });

  it('gives the same checksum whatever the key order', async () => {
    const reordered = JSON.parse(JSON.stringify(DATA), (_k, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).reverse()) : value,
    ) as unknown;
    expect(await backupChecksum(reordered)).toBe(await backupChecksum(DATA));
    expect(canonicalJson({ b: 1, a: [true, null, 'x'], c: undefined })).toBe('{"a":[true,null,"x"],"b":1}');
  });

  it('round-trips any valid profile and company names (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), fc.option(fc.string(), { nil: undefined }), async (name, notes, phone) => {
        const data: BackupData = {
          companies: [company({ name, notes })],
          profile: phone === undefined ? {} : { phone },
        };
        const result = await parseBackupText(await serializeBackup(data));
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.backup.data).toEqual(data);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses to write a backup of malformed records', async () => {
    const bad = { companies: [{ ...company(), updatedAt: 'yesterday' }] };
    await expect(createBackup(bad)).rejects.toThrow();
    const good = await createBackup(DATA, new Date('2025-03-06T12:00:00Z'));
    expect(good.checksum).toBe(await backupChecksum(DATA));
  });

  it('drops unknown keys but still verifies the checksum over them', async () => {
    const obj = JSON.parse(await backupText()) as { checksum: string; data: { companies: Record<string, unknown>[] } };
    obj.data.companies[0]!['futureField'] = { nested: [1, 2, 3] };
    const result = await parseBackupText(await resign(obj));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.backup.data.companies[0]).not.toHaveProperty('futureField');
  });
});

describe('backup errors', () => {
  it('names the line and column where a truncated file stops', async () => {
    const text = await backupText();
    const cut = text.slice(0, 300);
    const result = await parseBackupText(cut);
    expect(result.ok).toBe(false);
    const { line, column } = lineColumn(cut, cut.length);
    if (!result.ok) {
      expect(result.error).toContain(`line ${line}, column ${column}`);
      expect(result.error).toMatch(/^Not valid JSON: the text ends/);
    }
  });

  it('names the line and column of a stray character', async () => {
    const result = await parseBackupText('{\n  "format": "afterview-backup",\n  "version": 1,,\n}');
    expect(result).toEqual({
      ok: false,
      error: 'Not valid JSON: unexpected "," where a property name in double quotes was expected at line 3, column 16.',
    });
  });

  it('names the exact path of a wrong type deep inside', async () => {
    const obj = JSON.parse(await backupText()) as { checksum: string; data: { companies: CompanyRecord[] } };
    obj.data.companies.push(company({ id: 'c-3' }));
    (obj.data.companies[2]!.interviews[0] as unknown as Record<string, unknown>)['at'] = 'last Tuesday';
    const result = await parseBackupText(await resign(obj));
    expect(result).toEqual({ ok: false, error: 'data.companies[2].interviews[0].at: expected an ISO date' });
  });

  it('names a missing field and a bad enum value', async () => {
    const obj = JSON.parse(await backupText()) as { checksum: string; data: { companies: Record<string, unknown>[] } };
    delete obj.data.companies[1]!['stage'];
    expect(await parseBackupText(await resign(obj))).toEqual({ ok: false, error: 'data.companies[1].stage: is missing' });
    obj.data.companies[1]!['stage'] = 'ghosted';
    const result = await parseBackupText(await resign(obj));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^data\.companies\[1\]\.stage: expected one of "applied", /);
    (obj.data.companies as unknown[])[1] = ['not', 'a', 'record'];
    expect(await parseBackupText(await resign(obj))).toEqual({ ok: false, error: 'data.companies[1]: expected an object' });
  });

  it('refuses a backup from a newer version, saying so', async () => {
    const obj = JSON.parse(await backupText()) as Record<string, unknown>;
    obj['version'] = 3;
    obj['data'] = { somethingNew: true };
    const result = await parseBackupText(JSON.stringify(obj));
    expect(result).toEqual({
      ok: false,
      error: expect.stringContaining('made by a newer Afterview, version 3; this version reads up to 1') as unknown,
    });
  });

  it('refuses files that are not backups', async () => {
    for (const text of ['[]', '"hello"', '{"format":"something-else","version":1}', '{"format":"afterview-backup","version":"1"}']) {
      const result = await parseBackupText(text);
      expect(result.ok).toBe(false);
    }
    expect(await parseBackupText('   ')).toEqual({ ok: false, error: 'The file is empty.' });
  });

  it('detects a checksum mismatch after an edit', async () => {
    const obj = JSON.parse(await backupText()) as { data: { companies: CompanyRecord[] } };
    obj.data.companies[0]!.name = 'Lumen Freight Inc.';
    const result = await parseBackupText(JSON.stringify(obj));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/checksum does not match/);
  });

  it('refuses oversized input before parsing it', async () => {
    const text = `{"x":"${'a'.repeat(MAX_BACKUP_BYTES)}"}`;
    const result = await parseBackupText(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/too large .*limit is 20 MB/);
  });

  it('does not overflow the stack on hostile nesting', async () => {
    const deep = `${'['.repeat(200_000)}`;
    const result = await parseBackupText(deep);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/ends where a value was expected at line 1, column 200001/);
    const deepData = JSON.stringify({
      format: 'afterview-backup',
      version: 1,
      exportedAt: '2025-01-01',
      checksum: '0'.repeat(64),
      data: { companies: [], extra: JSON.parse(`${'['.repeat(500)}${']'.repeat(500)}`) as unknown },
    });
    const nested = await parseBackupText(deepData);
    expect(nested).toEqual({ ok: false, error: 'data: the data is nested too deeply.' });
  });
});

describe('hostile content', () => {
  it('keeps HTML and script in notes as plain strings', async () => {
    const evil = '<img src=x onerror="alert(1)"><script>globalThis.__pwned = true</script>';
    const data: BackupData = { companies: [company({ notes: evil, name: '</textarea><svg onload=alert(1)>' })] };
    const result = await parseBackupText(await serializeBackup(data));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.backup.data.companies[0]!.notes).toBe(evil);
      expect(result.backup.data.companies[0]!.name).toBe('</textarea><svg onload=alert(1)>');
    }
    expect((globalThis as Record<string, unknown>)['__pwned']).toBeUndefined();
  });

  it('does not let __proto__ or constructor keys pollute Object.prototype', async () => {
    // Built as JSON text, as in a file: JSON.parse makes "__proto__" an ordinary own key.
    const text = (await backupText())
      .replace(/"companies": \[\s*\{/, '"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "companies": [{"__proto__": {"polluted": "yes"},')
      .replace('"interviewers": [', '"interviewers": [{"__proto__": {"polluted": "yes"}, "id": "p-0", "name": "Ann Lee"},');
    const raw = JSON.parse(text) as { checksum: string; data: unknown };
    expect(Object.hasOwn(raw.data as object, '__proto__')).toBe(true);
    raw.checksum = await backupChecksum(raw.data);
    const result = await parseBackupText(JSON.stringify(raw));
    expect(result.ok).toBe(true);
    if (result.ok) {
      const first = result.backup.data.companies[0]!;
      expect(Object.getPrototypeOf(first)).toBe(Object.prototype);
      expect(Object.hasOwn(first, '__proto__')).toBe(false);
      expect(Object.hasOwn(result.backup.data, '__proto__')).toBe(false);
      expect(first.interviews[0]!.interviewers[0]).toEqual({ id: 'p-0', name: 'Ann Lee' });
    }
    const single = await parseCompanyRecordFile(
      '{"__proto__": {"polluted": "yes"}, "id": "x", "name": "N", "domains": [], "stage": "applied", "interviews": [], "followUps": [], "updatedAt": "2025-01-01"}',
    );
    expect(single.ok).toBe(true);
    if (single.ok) expect(Object.getPrototypeOf(single.companies[0])).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('parseCompanyRecordFile', () => {
  it('reads a whole backup, with its profile', async () => {
    const result = await parseCompanyRecordFile(await backupText());
    expect(result).toEqual({ ok: true, companies: DATA.companies, profile: DATA.profile });
  });

  it('reads a single company record', async () => {
    const result = await parseCompanyRecordFile(JSON.stringify(company()));
    expect(result).toEqual({ ok: true, companies: [company()] });
  });

  it('names the path of a bad field in a single record', async () => {
    const bad = company();
    (bad.interviews[0]!.interviewers[1] as unknown as Record<string, unknown>)['lead'] = 'yes';
    expect(await parseCompanyRecordFile(JSON.stringify(bad))).toEqual({
      ok: false,
      error: 'interviews[0].interviewers[1].lead: expected true or false',
    });
    expect(await parseCompanyRecordFile('[1, 2]')).toEqual({ ok: false, error: 'expected an object' });
  });
});

describe('helpers', () => {
  it('accepts ISO dates and date-times, and nothing else', () => {
    for (const good of ['2025-03-04', '2025-03-04T15:00Z', '2025-03-04T15:00:00.123+02:00', '2024-02-29']) {
      expect(isIsoDate(good), good).toBe(true);
    }
    for (const bad of ['2025-02-30', '2025-13-01', 'March 4', '2025-03-04T25:00Z', '', '2023-02-29']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });

  it('locates JSON errors the way JSON.parse rejects them (property)', () => {
    fc.assert(
      fc.property(fc.json(), fc.nat(), (json, cut) => {
        const text = json.slice(0, cut % (json.length + 1));
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        if (!valid) {
          const fault = findJsonError(text);
          expect(fault.at).toBeLessThanOrEqual(text.length);
          expect(fault.reason).not.toBe('an unknown error');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('counts lines across \\r\\n and columns in code points', () => {
    expect(lineColumn('a\r\nb\rc\n😀x', 10)).toEqual({ line: 4, column: 3 });
  });
});
