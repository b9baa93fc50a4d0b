// What a restore says about a file it refuses, word for word (the notes page and the CLI show
// this one line), and what the checksum's canonical JSON makes of values JSON cannot hold.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { backupChecksum, canonicalJson, parseBackupText, parseCompanyRecordFile, serializeBackup, type BackupData } from '@/lib/core/notes/backup';
import { sampleCompany } from '../storage/helpers';

const DATA: BackupData = { companies: [sampleCompany()] };

/** A backup file as an object, re-signed after each edit so that only the edit can fail it. */
async function editedBackup(edit: (file: Record<string, unknown>) => void): Promise<string> {
  const file = JSON.parse(await serializeBackup(DATA, new Date('2026-03-06T12:00:00Z'))) as Record<string, unknown>;
  edit(file);
  file['checksum'] = await backupChecksum(file['data']);
  return JSON.stringify(file);
}

async function errorOf(text: string): Promise<string> {
  const result = await parseBackupText(text);
  if (result.ok) throw new Error('accepted');
  return result.error;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a file that is not a backup', () => {
  it('is called not a backup when it is not a JSON object, without throwing on null', async () => {
    for (const text of ['[]', '[{"format": "afterview-backup"}]', 'null', '"hello"', '42', 'true']) {
      expect(await errorOf(text), text).toBe('Not an Afterview backup: expected a JSON object.');
    }
  });

  it('names the format it expected when the object is some other file', async () => {
    for (const text of ['{}', '{"format": "something-else", "version": 1}', '{"format": ["afterview-backup"]}']) {
      expect(await errorOf(text), text).toBe('Not an Afterview backup: "format" should be "afterview-backup".');
    }
  });

  it('asks for a whole version number from 1 up, and names a newer one', async () => {
    for (const version of ['"1"', '0', '-1', '1.5', '1.5e-9', 'null', '[1]']) {
      expect(await errorOf(`{"format": "afterview-backup", "version": ${version}}`), version).toBe('version: expected a whole number from 1 up.');
    }
    expect(await errorOf('{"format": "afterview-backup", "version": 2}')).toBe(
      'This backup was made by a newer Afterview, version 2; this version reads up to 1. Update Afterview to restore it.',
    );
  });

  it('says the data could not be checked when the browser cannot compute the checksum', async () => {
    const text = await serializeBackup(DATA);
    vi.spyOn(crypto.subtle, 'digest').mockRejectedValue(new DOMException('not here', 'NotSupportedError'));
    expect(await errorOf(text)).toBe('data: could not be checked.');
  });
});

describe('a notes file for the check command', () => {
  it('gives the companies of a backup, and no profile when the backup has none', async () => {
    const result = await parseCompanyRecordFile(await serializeBackup(DATA));
    expect(result).toStrictEqual({ ok: true, companies: DATA.companies });
  });

  it('passes on what is wrong with a backup instead of reading its companies', async () => {
    const text = (await serializeBackup(DATA)).replace('"Lumen Freight"', '"Lumen Freight Inc."');
    expect(await parseCompanyRecordFile(text)).toEqual({
      ok: false,
      error: 'The checksum does not match the data: the file was changed or damaged after it was exported.',
    });
    expect(await parseCompanyRecordFile(await editedBackup((file) => (file['version'] = 0)))).toEqual({ ok: false, error: 'version: expected a whole number from 1 up.' });
  });

  it('calls a value that is no object at all not a company record', async () => {
    for (const text of ['5', 'null', '"Lumen"']) expect(await parseCompanyRecordFile(text), text).toEqual({ ok: false, error: 'expected an object' });
  });

  it('names a missing field of a company record, and of a backup', async () => {
    const { stage: _stage, ...noStage } = sampleCompany();
    expect(await parseCompanyRecordFile(JSON.stringify(noStage))).toEqual({ ok: false, error: 'stage: is missing' });
    expect(await errorOf(await editedBackup((file) => delete file['exportedAt']))).toBe('exportedAt: is missing');
  });
});

describe('canonical JSON of values JSON cannot hold', () => {
  /** JSON values with, here and there, what JSON.stringify leaves out or writes as null. */
  const looseValue = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.jsonValue({ maxDepth: 1 }),
      fc.constantFrom(undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, () => 1),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.string({ maxLength: 4 }), tie('value'), { maxKeys: 4 }),
    ),
  })).value;

  it('writes what JSON.stringify keeps: undefined and functions dropped from objects and null in arrays, non-finite numbers null', () => {
    fc.assert(
      fc.property(fc.array(looseValue, { maxLength: 4 }), (value) => {
        const kept = JSON.parse(JSON.stringify(value)) as unknown;
        expect(canonicalJson(value)).toBe(canonicalJson(kept));
      }),
      { numRuns: 1000 },
    );
    expect(canonicalJson({ a: undefined, b: () => 1, c: [undefined, () => 1, Number.NaN] })).toBe('{"c":[null,null,null]}');
  });

  it('writes symbols and big integers as null rather than failing the export', () => {
    expect(canonicalJson([Symbol('s'), 10n])).toBe('[null,null]');
  });

  it('accepts nesting up to 65 levels and refuses deeper, arrays and objects alike', () => {
    const arrays = (levels: number) => JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`) as unknown;
    const objects = (levels: number) => JSON.parse(`${'{"a":'.repeat(levels - 1)}{}${'}'.repeat(levels - 1)}`) as unknown;
    expect(canonicalJson(arrays(65))).toBe(`${'['.repeat(65)}${']'.repeat(65)}`);
    expect(canonicalJson(objects(65))).toBe(JSON.stringify(objects(65)));
    expect(() => canonicalJson(arrays(66))).toThrow(new RangeError('the data is nested too deeply'));
    expect(() => canonicalJson(objects(66))).toThrow(RangeError);
  });
});
