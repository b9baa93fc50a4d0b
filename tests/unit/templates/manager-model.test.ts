import { describe, expect, it } from 'vitest';
import { checkLinkUrl, createManagerModel, PASTE_TOO_LONG, preparePaste } from '@/components/templates/model';
import type { ManagerApi } from '@/lib/app/templates/manager-api';
import { STORAGE_FULL_MESSAGE } from '@/lib/platform/storage/area';
import {
  deleteUserTemplate,
  duplicateUserTemplate,
  exportUserTemplates,
  importUserTemplates,
  listUserTemplates,
  restoreUserTemplate,
  saveUserTemplate,
  type TemplateStoreDeps,
} from '@/lib/platform/storage/templates';
import { BUILTIN_TEMPLATES } from '@/lib/core/templates/builtin';
import { MAX_BODY_HTML, parseTemplatesFile, serializeTemplates, type UserTemplate } from '@/lib/dom/templates/user-templates';
import { memoryArea } from '../storage/helpers';

const NOW = new Date('2026-03-04T18:00:00Z');

/** A fake API over the real template store in memory; `failWrites` makes every write fail as a full disk does. */
function fakeApi(initial: UserTemplate[] = []) {
  const area = memoryArea(Object.fromEntries(initial.map((t) => [`template:${t.id}`, t])));
  const state = { failWrites: false, listeners: [] as (() => void)[], calls: 0 };
  let n = 0;
  const guardedArea = {
    get: area.get,
    async set(items: Record<string, unknown>) {
      if (state.failWrites) throw new Error('QUOTA_BYTES quota exceeded');
      await area.set(items);
      state.listeners.forEach((l) => l());
    },
    async remove(keys: string | string[]) {
      await area.remove(keys);
      state.listeners.forEach((l) => l());
    },
  };
  const deps: TemplateStoreDeps = { area: guardedArea, now: () => NOW, newId: () => `t-${++n}` };
  const api: ManagerApi = {
    list: () => listUserTemplates(deps),
    save: (input) => saveUserTemplate(input, deps),
    duplicate: (id) => duplicateUserTemplate(id, deps),
    remove: (id) => deleteUserTemplate(id, deps),
    restore: (t) => restoreUserTemplate(t, deps),
    exportFile: () => exportUserTemplates(deps),
    importFile: (text) => importUserTemplates(text, deps),
    onChanged: (listener, signal) => {
      state.listeners.push(listener);
      signal.addEventListener('abort', () => (state.listeners = state.listeners.filter((l) => l !== listener)));
    },
  };
  return { api, area, state, deps };
}

const sample = (over: Partial<UserTemplate> = {}): UserTemplate => ({
  id: 't-saved',
  kind: 'thank-you',
  title: 'After the panel',
  subject: 'Thank you, {{interviewer.firstName}}',
  bodyHtml: '<p>Hi {{interviewer.firstName}},</p><p>Thanks for <b>today</b>.</p>',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  ...over,
});

async function loaded(initial: UserTemplate[] = [], undoMs = 40) {
  const fake = fakeApi(initial);
  const model = createManagerModel({ api: fake.api, now: () => NOW, undoMs });
  const lifetime = new AbortController();
  await model.load(lifetime.signal);
  return { model, ...fake, lifetime };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('templates manager model', () => {
  it('lists the saved templates and follows changes made elsewhere', async () => {
    const { model, api, lifetime } = await loaded([sample()]);
    expect(model.loaded.value).toBe(true);
    expect(model.templates.value.map((t) => t.title)).toEqual(['After the panel']);
    await api.save({ kind: 'update', title: 'An update', subject: '', bodyHtml: '<p>News</p>' });
    await settle();
    expect(model.templates.value.map((t) => t.title)).toEqual(['After the panel', 'An update']);
    lifetime.abort();
  });

  it('creates a blank template: a title is needed, then it saves and counts as saved', async () => {
    const { model, lifetime } = await loaded();
    expect(model.newBlank()).toBe(true);
    expect(model.draft.value).toMatchObject({ kind: 'thank-you', title: '', bodyHtml: '' });
    expect(model.dirty.value).toBe(false);
    model.edit({ bodyHtml: '<p>Dear {{interviewer.firstName}},</p>' });
    expect(model.dirty.value).toBe(true);
    expect(await model.save()).toBe(false);
    expect(model.error.value).toMatch(/title/);
    model.edit({ title: '  Short thanks  ', kind: 'note', subject: 'Thanks' });
    expect(await model.save()).toBe(true);
    expect(model.error.value).toBe('');
    expect(model.notice.value).toMatch(/Saved “Short thanks”/);
    expect(model.draft.value).toMatchObject({ id: 't-1', title: 'Short thanks', kind: 'note' });
    expect(model.dirty.value).toBe(false);
    expect(model.templates.value).toHaveLength(1);
    lifetime.abort();
  });

  it('starts from a copy of a built-in template, saved only when the user saves', async () => {
    const { model, lifetime } = await loaded();
    const builtin = BUILTIN_TEMPLATES[0]!;
    expect(model.builtins.length).toBe(BUILTIN_TEMPLATES.length);
    model.newFromBuiltin(builtin.id);
    // Named apart from the built-in it copies.
    expect(model.draft.value).toMatchObject({ kind: builtin.kind, title: `${builtin.title} (copy)`, subject: builtin.subject });
    expect(model.draft.value!.id).toBeUndefined();
    expect(model.draft.value!.bodyHtml).toMatch(/<p>/);
    expect(model.draft.value!.bodyHtml).toMatch(/\{\{/);
    expect(model.templates.value).toHaveLength(0);
    await model.save();
    expect(model.templates.value.map((t) => t.title)).toEqual([`${builtin.title} (copy)`]);
    lifetime.abort();
  });

  it('saves hostile rich text sanitised, and shows the editor what was stored', async () => {
    const { model, lifetime } = await loaded([sample()]);
    model.open('t-saved');
    const version = model.editorVersion.value;
    model.edit({ bodyHtml: '<p onclick="x()">Hi<img src=x onerror="__xss(1)"><a href="javascript:__xss(2)">link</a><script>__xss(3)</script></p>' });
    await model.save();
    const stored = model.templates.value[0]!.bodyHtml;
    expect(stored).not.toMatch(/onerror|onclick|javascript|script|<img/i);
    expect(stored).toMatch(/Hi/);
    expect(model.draft.value!.bodyHtml).toBe(stored);
    expect(model.editorVersion.value).toBe(version + 1);
    expect(model.dirty.value).toBe(false);
    lifetime.abort();
  });

  it('keeps unsaved changes on screen when saving fails (full storage), and saves them on retry', async () => {
    const { model, state, lifetime } = await loaded([sample()]);
    model.open('t-saved');
    model.edit({ title: 'Changed title', bodyHtml: '<p>New words</p>' });
    state.failWrites = true;
    expect(await model.save()).toBe(false);
    expect(model.error.value).toContain(STORAGE_FULL_MESSAGE);
    expect(model.draft.value).toMatchObject({ title: 'Changed title', bodyHtml: '<p>New words</p>' });
    expect(model.dirty.value).toBe(true);
    expect(model.templates.value[0]!.title).toBe('After the panel');
    state.failWrites = false;
    expect(await model.save()).toBe(true);
    expect(model.templates.value[0]!.title).toBe('Changed title');
    expect(model.error.value).toBe('');
    lifetime.abort();
  });

  it('asks before unsaved changes are dropped', async () => {
    const { model, lifetime } = await loaded([sample(), sample({ id: 't-other', title: 'Other' })]);
    model.open('t-saved');
    model.edit({ subject: 'edited' });
    expect(model.open('t-other')).toBe(false);
    expect(model.confirmDiscard.value?.action).toMatch(/Other/);
    expect(model.draft.value!.id).toBe('t-saved');
    model.cancelDiscard();
    expect(model.confirmDiscard.value).toBeNull();
    expect(model.draft.value!.subject).toBe('edited');
    expect(model.newBlank()).toBe(false);
    model.discardConfirmed();
    expect(model.draft.value).toMatchObject({ title: '', bodyHtml: '' });
    expect(model.dirty.value).toBe(false);
    expect(model.close()).toBe(true);
    expect(model.draft.value).toBeNull();
    lifetime.abort();
  });

  it('duplicates a template and opens the copy', async () => {
    const { model, lifetime } = await loaded([sample()]);
    expect(await model.duplicate('t-saved')).toBe(true);
    expect(model.templates.value.map((t) => t.title)).toEqual(['After the panel', 'After the panel (copy)']);
    expect(model.draft.value).toMatchObject({ id: 't-1', title: 'After the panel (copy)', bodyHtml: sample().bodyHtml });
    expect(model.notice.value).toMatch(/copy/);
    lifetime.abort();
  });

  it('deletes with undo, and the offer expires', async () => {
    const { model, lifetime } = await loaded([sample()], 30);
    model.open('t-saved');
    expect(await model.remove('t-saved')).toBe(true);
    expect(model.templates.value).toHaveLength(0);
    expect(model.draft.value).toBeNull();
    expect(model.deleted.value?.title).toBe('After the panel');
    expect(await model.undoDelete()).toBe(true);
    expect(model.templates.value).toEqual([sample()]);
    expect(model.deleted.value).toBeUndefined();
    await model.remove('t-saved');
    await new Promise((r) => setTimeout(r, 60));
    expect(model.deleted.value).toBeUndefined();
    expect(await model.undoDelete()).toBe(false);
    expect(model.templates.value).toHaveLength(0);
    lifetime.abort();
  });

  it('exports a file that reads back as the same templates', async () => {
    const { model, lifetime } = await loaded([sample(), sample({ id: 't-two', title: 'Two' })]);
    const out = await model.exportFile();
    expect(out?.fileName).toBe('afterview-templates-2026-03-04.json');
    const parsed = parseTemplatesFile(out!.text);
    expect(parsed.ok && parsed.templates.map((t) => t.id)).toEqual(['t-saved', 't-two']);
    expect(model.notice.value).toMatch(/Exported 2 templates/);
    lifetime.abort();
  });

  it('imports a file: a bad one changes nothing and names the field; a good one is counted', async () => {
    const { model, area, lifetime } = await loaded([sample()]);
    const before = structuredClone([...area.data.entries()]);
    const bad = serializeTemplates([sample({ id: 't-new' })]).replace('"kind": "thank-you"', '"kind": "love-letter"');
    expect(await model.importFile(bad)).toBe(false);
    expect(model.error.value).toMatch(/nothing changed/);
    expect(model.error.value).toMatch(/templates\[0\]\.kind/);
    expect([...area.data.entries()]).toEqual(before);
    expect(await model.importFile('{"format": "afterview-templates",')).toBe(false);
    expect(model.error.value).toMatch(/line 1/i);
    expect([...area.data.entries()]).toEqual(before);
    const good = serializeTemplates([sample({ title: 'Renamed' }), sample({ id: 't-new', title: 'New one' })]);
    expect(await model.importFile(good)).toBe(true);
    expect(model.error.value).toBe('');
    expect(model.notice.value).toBe('Imported: added 1, updated 1.');
    expect(model.templates.value.map((t) => t.title)).toEqual(['New one', 'Renamed']);
    lifetime.abort();
  });
});

describe('editor checks', () => {
  it('allows only web and email links', () => {
    expect(checkLinkUrl(' https://example.com/a ')).toEqual({ ok: true, url: 'https://example.com/a' });
    expect(checkLinkUrl('http://example.com')).toMatchObject({ ok: true });
    expect(checkLinkUrl('mailto:dana@example.com')).toMatchObject({ ok: true });
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', 'example.com', '/relative', '']) {
      expect(checkLinkUrl(bad).ok, bad).toBe(false);
    }
  });

  it('pastes HTML sanitised, or plain text', () => {
    const r = preparePaste({ html: '<img src=x onerror=__xss(1)><a href="javascript:__xss(2)">x</a><b style="color:red">bold</b>', text: 'x bold' });
    expect(r.ok && 'html' in r).toBe(true);
    const html = (r as { html: string }).html;
    expect(html).not.toMatch(/img|onerror|javascript|style/i);
    expect(html).toContain('<b>bold</b>');
    expect(preparePaste({ text: 'just text' })).toEqual({ ok: true, text: 'just text' });
    expect(preparePaste({ html: '  ', text: 'fallback' })).toEqual({ ok: true, text: 'fallback' });
  });

  it('refuses a huge paste, and counts what the editor already holds', () => {
    const huge = `<p>${'a'.repeat(1_000_000)}</p>`;
    expect(preparePaste({ html: huge, text: 'a'.repeat(1_000_000) })).toEqual({ ok: false, error: PASTE_TOO_LONG });
    expect(preparePaste({ text: 'b'.repeat(1_000_000) })).toEqual({ ok: false, error: PASTE_TOO_LONG });
    expect(preparePaste({ text: 'c'.repeat(100) }, MAX_BODY_HTML - 50)).toEqual({ ok: false, error: PASTE_TOO_LONG });
    expect(preparePaste({ text: 'c'.repeat(100) }, MAX_BODY_HTML - 200)).toMatchObject({ ok: true });
  });
});
