import { describe, expect, it } from 'vitest';
import { NotesStore, companyKey, loadCheckContextFor, recordSentFollowUp, KEY } from '@/lib/storage';
import { checkDraft } from '@/lib/guidelines';
import { memoryArea, sampleCompany } from './helpers';

const NOW = new Date('2026-03-05T09:00:00Z');

function storeWith(extra: Record<string, unknown> = {}) {
  const other = sampleCompany({ id: 'c-north', name: 'Northwind', domains: ['northwind.com'], interviews: [], updatedAt: '2026-01-01T00:00:00.000Z' });
  return new NotesStore({
    area: memoryArea({
      [companyKey('c-lumen')]: { rev: 1, record: sampleCompany() },
      [companyKey('c-north')]: { rev: 1, record: other },
      ...extra,
    }),
  });
}

describe('loadCheckContextFor', () => {
  it('finds the company by a recipient domain, including subdomains', async () => {
    const ctx = await loadCheckContextFor([{ address: 'Hiring <jobs@eu.lumenfreight.io>' }], NOW, storeWith());
    expect(ctx?.company?.id).toBe('c-lumen');
    expect(ctx?.now).toBe(NOW);
    expect(ctx?.sentFollowUps).toEqual([]);
  });

  it("finds it by an interviewer's saved address even on a public webmail domain", async () => {
    const ctx = await loadCheckContextFor([{ name: 'Tomás', address: 'TOMAS.IBARRA@gmail.com' }], NOW, storeWith());
    expect(ctx?.company?.id).toBe('c-lumen');
  });

  it('never matches a company by a public webmail domain alone', async () => {
    const store = storeWith({ [companyKey('c-odd')]: { rev: 1, record: sampleCompany({ id: 'c-odd', name: 'Odd', domains: ['gmail.com'], interviews: [] }) } });
    expect(await loadCheckContextFor([{ address: 'someone@gmail.com' }], NOW, store)).toBeUndefined();
  });

  it('carries the profile, with or without a company', async () => {
    const store = storeWith({ [KEY.profile]: { name: 'Sam Lee', phone: '+1 555 0100' } });
    expect((await loadCheckContextFor([{ address: 'x@lumenfreight.io' }], NOW, store))?.profile).toEqual({ name: 'Sam Lee', phone: '+1 555 0100' });
    expect(await loadCheckContextFor([{ address: 'x@unknown.org' }], NOW, store)).toEqual({ now: NOW, profile: { name: 'Sam Lee', phone: '+1 555 0100' } });
  });

  it('lets the engine catch a misspelled interviewer name', async () => {
    const ctx = await loadCheckContextFor([{ address: 'priya@lumenfreight.io' }], NOW, storeWith());
    const result = checkDraft(
      {
        subject: 'Thank you',
        to: [{ address: 'priya@lumenfreight.io' }],
        cc: [],
        bodyText: 'Dear Pria,\n\nThank you for the conversation about route planning yesterday.\n\nBest regards,\nSam',
      },
      ctx,
    );
    expect(result.findings.find((f) => f.rule === 'name-accuracy')?.status).toBe('fail');
  });
});

describe('recordSentFollowUp', () => {
  it('logs a sent message on the matched company once, even when reported twice', async () => {
    const store = storeWith();
    const sent = { kind: 'thank-you' as const, sentAt: NOW, to: [{ address: 'Priya <priya@lumenfreight.io>' }], subject: 'Thank you', bodyText: 'x'.repeat(10_000) };
    const first = await recordSentFollowUp(sent, store);
    const again = await recordSentFollowUp({ ...sent, sentAt: new Date(NOW.getTime() + 30_000) }, store);
    expect(first?.companyId).toBe('c-lumen');
    expect(again?.followUp.id).toBe(first?.followUp.id);
    const record = await store.getCompany('c-lumen');
    expect(record?.followUps).toHaveLength(1);
    expect(record?.followUps[0]).toMatchObject({ kind: 'thank-you', to: ['priya@lumenfreight.io'], subject: 'Thank you' });
    expect(record?.followUps[0]?.bodyText).toHaveLength(4000);
    const ctx = await loadCheckContextFor([{ address: 'priya@lumenfreight.io' }], NOW, store);
    expect(ctx?.sentFollowUps).toHaveLength(1);
  });

  it('writes nothing when no company matches', async () => {
    const store = storeWith();
    expect(await recordSentFollowUp({ kind: 'note', sentAt: NOW, to: [{ address: 'a@b.org' }], subject: 's', bodyText: 'b' }, store)).toBeUndefined();
    expect((await store.getStoredCompany('c-lumen'))?.rev).toBe(1);
  });
});
