// @vitest-environment node
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError, parseEml, parsePlainText, readDraftFile } from '@/lib/app/cli/read-draft';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/drafts/${name}`, import.meta.url));

describe('.eml files', () => {
  it('decodes a quoted-printable body and encoded-word headers', async () => {
    const { draft, date } = await readDraftFile(fixture('quoted-printable.eml'));
    expect(draft.subject).toBe('Thank you — Platform Engineer interview');
    expect(draft.to).toEqual([{ name: 'Tomás Ibarra', address: 'tomas.ibarra@lumenfreight.io' }]);
    expect(draft.from).toEqual({ name: 'Sam Ortiz', address: 'sam.ortiz@example.net' });
    expect(draft.bodyText.startsWith('Dear Tomás,\n\nThank you for the time you gave me')).toBe(true);
    // Soft line breaks are joined, multi-byte characters decoded, CRLF normalised.
    expect(draft.bodyText).toContain('our conversation about the on-call rotation');
    expect(draft.bodyText).toContain('I’d be glad');
    expect(draft.bodyText).not.toMatch(/=\n|=E2|\r/);
    expect(draft.bodyText.endsWith('+1 555 0142')).toBe(true);
    expect(date?.toISOString()).toBe('2026-03-04T08:30:00.000Z');
  });

  it('decodes a base64 body and reads Cc', async () => {
    const { draft } = await readDraftFile(fixture('base64.eml'));
    expect(draft.bodyText).toMatch(/^Dear Priya,\n\nThank you for meeting with me today/);
    expect(draft.bodyText).toContain('from four hours to twelve minutes');
    expect(draft.cc).toEqual([{ name: 'Jordan Pike', address: 'jordan.pike@lumenfreight.io' }]);
    expect(draft.bodyHtml).toBeUndefined();
  });

  it('converts a text/html-only body to text', async () => {
    const { draft } = await readDraftFile(fixture('html-only.eml'));
    expect(draft.bodyHtml).toContain('<div dir="ltr">');
    expect(draft.bodyText).toBe(
      [
        'Dear Priya,',
        '',
        'Thank you for the conversation this afternoon about the Platform Engineer role. I enjoyed hearing about the route planning service and the plan to retire the nightly batch jobs.',
        '',
        'A few things from my time at Kestrel Logistics that match what you described:',
        '- moved a scheduling pipeline to streaming updates, cutting refresh time from four hours to twelve minutes',
        '- rewrote alert thresholds that halved night pages',
        'I am excited about the chance to bring this work to Lumen Freight & its platform team, and I look forward to hearing about the next steps.',
        '',
        'Best regards,',
        'Sam Ortiz',
        'sam.ortiz@example.net',
        '+1 555 0142',
      ].join('\n'),
    );
  });

  it('prefers the text/plain part of a multipart/alternative message', async () => {
    const { draft } = await readDraftFile(fixture('multipart-alternative.eml'));
    expect(draft.to).toEqual([{ address: 'priya.raman@lumenfreight.io' }]);
    expect(draft.bodyText).toMatch(/^Dear Priya,\n\nThank you for your time this morning\. I enjoyed our conversation/);
    expect(draft.bodyText).not.toContain('<p>');
    expect(draft.bodyHtml).toContain('<p>Dear Priya,</p>');
  });

  it('uses the HTML part when the text part is empty', async () => {
    const raw = [
      'To: a@lumenfreight.io',
      'Subject: Thanks',
      'Content-Type: multipart/alternative; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      '',
      '--b',
      'Content-Type: text/html',
      '',
      '<p>Dear Ann,</p><p>Thank you.</p>',
      '--b--',
      '',
    ].join('\r\n');
    const { draft } = await parseEml(new TextEncoder().encode(raw));
    expect(draft.bodyText).toBe('Dear Ann,\n\nThank you.');
  });

  it('refuses files that are not messages, with a one-line reason', async () => {
    await expect(readDraftFile(fixture('malformed.eml'))).rejects.toThrow(InputError);
    await expect(readDraftFile(fixture('malformed.eml'))).rejects.toThrow(/malformed message: line 1 is not a header line/);
    const cases: [string, RegExp][] = [
      ['', /the file is empty/],
      ['\u0000\u0001PK', /binary/],
      ['X-Custom: 1\r\nX-Other: 2\r\n\r\nbody', /none of the headers From, To, Subject or Date/],
      ['To: a@b.com\r\nSubject: only headers\r\n', /no text or HTML body/],
      ['\r\n\r\nTo: a@b.com', /does not start with header lines/],
    ];
    for (const [text, reason] of cases) {
      const error = await parseEml(new TextEncoder().encode(text), 'x.eml').catch((e: unknown) => e);
      expect(error, JSON.stringify(text)).toBeInstanceOf(InputError);
      expect((error as Error).message).toMatch(reason);
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

describe('plain text files', () => {
  it('reads header lines, a blank line, then the body', () => {
    const { draft, date } = parsePlainText(
      'Subject: Thank you for Tuesday\r\nTo: Priya Raman <priya@lumenfreight.io>, ops@lumenfreight.io\r\nCc: Tomás Ibarra <tomas@lumenfreight.io>\r\nDate: 2026-03-03T18:00:00Z\r\n\r\nDear Priya,\r\n\r\nThank you.\r\n',
    );
    expect(draft.subject).toBe('Thank you for Tuesday');
    expect(draft.to).toEqual([{ name: 'Priya Raman', address: 'priya@lumenfreight.io' }, { address: 'ops@lumenfreight.io' }]);
    expect(draft.cc).toEqual([{ name: 'Tomás Ibarra', address: 'tomas@lumenfreight.io' }]);
    expect(draft.bodyText).toBe('Dear Priya,\n\nThank you.\n');
    expect(date?.toISOString()).toBe('2026-03-03T18:00:00.000Z');
  });

  it('takes the whole file as the body when the first line is not a header', () => {
    for (const text of ['Dear Priya,\n\nThank you.', 'Dear Ms. Raman:\nThank you.', 'Note: this is a body line\n\nThanks']) {
      const { draft } = parsePlainText(text);
      expect(draft).toEqual({ subject: '', to: [], cc: [], bodyText: text });
    }
  });

  it('reads the header-less fixture as a body', async () => {
    const { draft, date } = await readDraftFile(fixture('body-only.txt'));
    expect(draft.subject).toBe('');
    expect(draft.to).toEqual([]);
    expect(draft.bodyText.startsWith('Dear Mr. Ibarra,')).toBe(true);
    expect(date).toBeUndefined();
  });

  it('ends the headers at the first line that is not one, even without a blank line', () => {
    const { draft } = parsePlainText('Subject: Thanks\nTo: a@b.com\nDear Ann,\nThank you.');
    expect(draft.subject).toBe('Thanks');
    expect(draft.bodyText).toBe('Dear Ann,\nThank you.');
  });

  it('joins folded header lines and ignores unknown headers', () => {
    const { draft } = parsePlainText('To: Ann Lee <ann@x.io>,\n  Bo Chan <bo@x.io>\nX-Mailer: vim\nSubject: Hi\n\nBody');
    expect(draft.to.map((r) => r.address)).toEqual(['ann@x.io', 'bo@x.io']);
    expect(draft.subject).toBe('Hi');
    expect(draft.bodyText).toBe('Body');
  });

  it('reads Windows-1252 text and refuses binary files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'afterview-read-'));
    const latin = join(dir, 'latin.txt');
    await writeFile(latin, Buffer.from([0x44, 0x65, 0x61, 0x72, 0x20, 0x4a, 0x6f, 0x73, 0xe9, 0x2c, 0x0a, 0x93, 0x48, 0x69, 0x94]));
    expect((await readDraftFile(latin)).draft.bodyText).toBe('Dear José,\n“Hi”');
    const bin = join(dir, 'image.txt');
    await writeFile(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    await expect(readDraftFile(bin)).rejects.toThrow(/binary file/);
    await expect(readDraftFile(join(dir, 'missing.txt'))).rejects.toThrow(/missing\.txt: no such file/);
    await expect(readDraftFile(dir)).rejects.toThrow(/is a directory/);
  });
});

describe('reading files of any size', () => {
  it('stops at the limit on a device that never ends (/dev/zero reports size 0)', async () => {
    const { readBounded } = await import('@/lib/app/cli/read-draft');
    await expect(readBounded('/dev/zero', 64 * 1024, 'draft')).rejects.toThrow(/too large for a draft \(more than 64 KB; the limit is 64 KB\)/);
  });

  it('reads a file of exactly the limit, and refuses one byte more', async () => {
    const { readBounded } = await import('@/lib/app/cli/read-draft');
    const dir = await mkdtemp(join(tmpdir(), 'afterview-read-'));
    await writeFile(join(dir, 'exact.txt'), 'a'.repeat(2048));
    await writeFile(join(dir, 'over.txt'), 'a'.repeat(2049));
    expect((await readBounded(join(dir, 'exact.txt'), 2048, 'draft')).length).toBe(2048);
    await expect(readBounded(join(dir, 'over.txt'), 2048, 'draft')).rejects.toThrow(/too large/);
  });
});
