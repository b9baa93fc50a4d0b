import { describe, expect, it } from 'vitest';
import { createSidebarModel, groupFindings, recipientSummary, unknownWords, type SidebarApi } from '@/components/sidebar/model';
import { checkDraft } from '@/lib/guidelines';
import type { FocusedDraft } from '@/lib/messaging/protocol';

const draft = {
  subject: 'Thanks',
  to: [{ name: 'Dana Reyes', address: 'dana@northwind.example' }],
  cc: [],
  bodyText: 'Hi Dana,\n\nThank you for the chat yesterday about the the queue.\n\nBest,\nSam',
};
const focused = (): FocusedDraft => ({ tabId: 7, composeId: 'c1', site: 'gmail', draft, result: checkDraft(draft), kindOverride: null });

function fakeApi(overrides: Partial<SidebarApi> = {}) {
  const calls: string[] = [];
  let changed: () => void = () => undefined;
  let mutedStore: string[] = ['self-focus'];
  const api: SidebarApi = {
    getFocused: async () => focused(),
    onFocusedChanged: (listener) => (changed = listener),
    setKind: async (tabId, composeId, kind) => void calls.push(`kind ${tabId} ${composeId} ${kind}`),
    select: async (tabId, r) => (calls.push(`select ${tabId} ${r.field} ${r.text} ${r.occurrence}`), { ok: true }),
    insert: async () => ({ ok: true, method: 'execCommand' }),
    getMuted: async () => mutedStore,
    setMuted: async (id, muted) => {
      mutedStore = muted ? [...mutedStore, id] : mutedStore.filter((x) => x !== id);
    },
    onMutedChanged: () => undefined,
    addToDictionary: async (word) => void calls.push(`add ${word}`),
    ...overrides,
  };
  return { api, calls, fire: () => changed(), muted: () => mutedStore };
}

describe('sidebar model', () => {
  it('loads the focused draft with its muted rules, and says when there is none', async () => {
    const { api } = fakeApi();
    const model = createSidebarModel(api);
    await model.load(new AbortController().signal);
    expect(model.status.value).toBe('ready');
    expect([...model.muted.value]).toEqual(['self-focus']);
    const empty = createSidebarModel(fakeApi({ getFocused: async () => null }).api);
    await empty.load(new AbortController().signal);
    expect(empty.status.value).toBe('empty');
  });

  it('groups findings as Must fix, Should fix, Could add, with passing ones apart', () => {
    const g = groupFindings(focused().result.findings);
    expect(g.must.every((f) => f.severity === 'error' && f.status === 'fail')).toBe(true);
    expect(g.must.map((f) => f.rule)).toContain('spelling');
    expect(g.should.every((f) => f.severity === 'warning')).toBe(true);
    expect(g.passing.map((f) => f.rule)).toContain('gratitude');
    expect(g.must.length + g.should.length + g.could.length + g.passing.length + g.notApplicable.length).toBe(26);
  });

  it('asks the compose to select the text of a finding, with its occurrence', async () => {
    const { api, calls } = fakeApi();
    const model = createSidebarModel(api);
    await model.load(new AbortController().signal);
    const spelling = model.groups.value.must.find((f) => f.rule === 'spelling')!;
    await model.selectFinding(spelling);
    expect(calls).toContain('select 7 body the the 0');
  });

  it('follows the focused compose when the background says it changed', async () => {
    let n = 0;
    const { api, fire } = fakeApi({ getFocused: async () => ({ ...focused(), composeId: `c${++n}` }) });
    const model = createSidebarModel(api);
    await model.load(new AbortController().signal);
    expect(model.focused.value?.composeId).toBe('c1');
    fire();
    await new Promise((r) => setTimeout(r, 0));
    expect(model.focused.value?.composeId).toBe('c2');
  });

  it('mutes and unmutes a rule through the settings, and undoes the toggle when saving fails', async () => {
    const { api, muted } = fakeApi();
    const model = createSidebarModel(api);
    await model.load(new AbortController().signal);
    await model.toggleMute('length');
    expect(muted()).toContain('length');
    expect(model.muted.value.has('length')).toBe(true);
    await model.toggleMute('length');
    expect(muted()).not.toContain('length');

    const failing = createSidebarModel(fakeApi({ setMuted: () => Promise.reject(new Error('QUOTA_BYTES')) }).api);
    await failing.load(new AbortController().signal);
    await failing.toggleMute('length');
    expect(failing.muted.value.has('length')).toBe(false);
    expect(failing.notice.value).toMatch(/could not be saved/);
  });

  it('passes a kind choice to the background for this compose', async () => {
    const { api, calls } = fakeApi();
    const model = createSidebarModel(api);
    await model.load(new AbortController().signal);
    await model.chooseKind('follow-up');
    expect(calls).toContain('kind 7 c1 follow-up');
  });

  it('names the recipients in a few words', () => {
    expect(recipientSummary(draft)).toBe('Dana Reyes');
    expect(recipientSummary({ ...draft, cc: [{ address: 'a@b.c' }, { address: 'd@e.f' }] })).toBe('Dana Reyes and 2 others');
    expect(recipientSummary({ ...draft, to: [] })).toBe('no recipient yet');
  });

  it('offers the words the dictionary did not know, once each, and adds one on request', async () => {
    const body = 'Dear Dana, dbt and Figma, then dbt again.';
    const at = (w: string, from = 0) => ({ field: 'body' as const, start: body.indexOf(w, from), end: body.indexOf(w, from) + w.length, tag: 'unknown-word' as const });
    const finding = { rule: 'spelling' as const, status: 'fail' as const, severity: 'error' as const, message: 'x', ranges: [at('dbt'), at('Figma'), at('dbt', 20), { field: 'body' as const, start: 0, end: 4 }] };
    const d = { ...draft, bodyText: body };
    expect(unknownWords(finding, d)).toEqual(['dbt', 'Figma']);
    expect(unknownWords({ ...finding, status: 'pass' }, d)).toEqual([]);
    const { api, calls } = fakeApi();
    const model = createSidebarModel(api);
    await model.addToDictionary('dbt');
    expect(calls).toContain('add dbt');
    expect(model.notice.value).toMatch(/dbt.*dictionary/);
    const refusing = createSidebarModel(fakeApi({ addToDictionary: async () => Promise.reject(new RangeError('Your dictionary is full.')) }).api);
    await refusing.addToDictionary('dbt');
    expect(refusing.notice.value).toBe('Your dictionary is full.');
  });
});
