import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  deleteUserTemplate,
  duplicateUserTemplate,
  exportUserTemplates,
  getUserTemplate,
  importUserTemplates,
  listUserTemplates,
  onUserTemplatesChanged,
  restoreUserTemplate,
  saveUserTemplate,
  templateKey,
} from '@/lib/platform/storage/templates';
import { jitteryArea, memoryArea, seeded } from './helpers';

let clock = Date.parse('2026-03-01T10:00:00Z');
const now = () => new Date((clock += 60_000));
let n = 0;
const newId = () => `t-${++n}`;
const deps = () => ({ now, newId });

const input = { kind: 'thank-you' as const, title: 'Panel thanks', subject: 'Thank you – {{role}}', bodyHtml: '<p>Dear {{interviewer.firstName}},</p>' };

describe('user templates in storage.local (WXT fake browser)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    n = 0;
  });

  it('keeps one item per template, updates keep createdAt, lists by title', async () => {
    const a = await saveUserTemplate(input, deps());
    const b = await saveUserTemplate({ ...input, title: 'Another', kind: 'note' }, deps());
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).sort()).toEqual([templateKey('t-1'), templateKey('t-2')]);
    const edited = await saveUserTemplate({ ...input, id: a.id, subject: 'Thanks again' }, deps());
    expect(edited.createdAt).toBe(a.createdAt);
    expect(edited.updatedAt > a.updatedAt).toBe(true);
    expect((await listUserTemplates()).map((t) => t.title)).toEqual(['Another', 'Panel thanks']);
    expect(await getUserTemplate(b.id)).toEqual(b);
    expect(await getUserTemplate('missing')).toBeUndefined();
  });

  it('sanitises the body on save and refuses a bad template, writing nothing', async () => {
    const t = await saveUserTemplate({ ...input, bodyHtml: '<p onclick=x>Hi<img src=x onerror=alert(1)><script>alert(1)</script></p>' }, deps());
    expect(t.bodyHtml).toBe('<p>Hi</p>');
    await expect(saveUserTemplate({ ...input, title: ' ' }, deps())).rejects.toThrow('This template cannot be saved: title: a template needs a title.');
    await expect(saveUserTemplate({ ...input, kind: 'memo' as never }, deps())).rejects.toThrow(/kind: expected one of/);
    await expect(saveUserTemplate({ ...input, id: 'gone' }, deps())).rejects.toThrow(/no longer saved/);
    await expect(saveUserTemplate({ ...input, id: '../../x' }, deps())).rejects.toThrow(/not a valid template id/);
    expect((await listUserTemplates()).length).toBe(1);
  });

  it('duplicates, deletes and restores', async () => {
    const a = await saveUserTemplate(input, deps());
    const copy = await duplicateUserTemplate(a.id, deps());
    expect(copy).toMatchObject({ title: 'Panel thanks (copy)', kind: a.kind, subject: a.subject, bodyHtml: a.bodyHtml });
    expect(copy.id).not.toBe(a.id);
    const gone = await deleteUserTemplate(a.id);
    expect(gone).toEqual(a);
    expect((await listUserTemplates()).map((t) => t.id)).toEqual([copy.id]);
    await restoreUserTemplate(gone!);
    expect((await listUserTemplates()).length).toBe(2);
    await expect(duplicateUserTemplate('nope', deps())).rejects.toThrow(/no longer saved/);
  });

  it('skips stored items that do not validate', async () => {
    await saveUserTemplate(input, deps());
    await fakeBrowser.storage.local.set({ [templateKey('bad')]: { id: 'bad', title: 3 }, [templateKey('other')]: { ...(await getUserTemplate('t-1')), id: 't-1' } });
    expect((await listUserTemplates()).map((t) => t.id)).toEqual(['t-1']);
  });

  it('exports and imports a file; a bad file changes nothing and says where', async () => {
    await saveUserTemplate(input, deps());
    await saveUserTemplate({ ...input, title: 'Second' }, deps());
    const { text, fileName } = await exportUserTemplates(deps());
    expect(fileName).toMatch(/^afterview-templates-\d{4}-\d{2}-\d{2}\.json$/);
    const before = await fakeBrowser.storage.local.get(null);

    const broken = text.replace('"kind": "thank-you"', '"kind": "memo"');
    const r = await importUserTemplates(broken);
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/^templates\[0\]\.kind: /) });
    const junk = await importUserTemplates(text.slice(0, 40));
    expect(junk).toMatchObject({ ok: false, error: expect.stringMatching(/^Not valid JSON: .* at line \d+, column \d+\.$/) });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);

    expect(await importUserTemplates(text)).toEqual({ ok: true, added: 0, updated: 0, unchanged: 2 });
    await deleteUserTemplate('t-1');
    const changed = JSON.parse(text);
    changed.templates[1].subject = 'Changed';
    expect(await importUserTemplates(JSON.stringify(changed))).toEqual({ ok: true, added: 1, updated: 1, unchanged: 0 });
    expect((await getUserTemplate('t-2'))?.subject).toBe('Changed');
  });

  it('tells watchers which templates changed, until the signal aborts', async () => {
    const seen: string[][] = [];
    const controller = new AbortController();
    onUserTemplatesChanged((ids) => seen.push(ids), controller.signal);
    const a = await saveUserTemplate(input, deps());
    await fakeBrowser.storage.local.set({ 'company:x': {} });
    controller.abort();
    await deleteUserTemplate(a.id);
    expect(seen).toEqual([[a.id]]);
  });

  it('keeps every template when writers interleave', async () => {
    const area = jitteryArea(memoryArea(), seeded(11));
    let k = 0;
    const d = { area, now, newId: () => `w-${++k}` };
    const a = await saveUserTemplate(input, d);
    await Promise.all([
      ...Array.from({ length: 8 }, (_, i) => saveUserTemplate({ ...input, title: `T${i}` }, d)),
      duplicateUserTemplate(a.id, d),
      saveUserTemplate({ ...input, id: a.id, title: 'Edited' }, d),
    ]);
    const all = await listUserTemplates({ area });
    expect(all.length).toBe(10);
    expect(all.find((t) => t.id === a.id)?.title).toBe('Edited');
  });
});
