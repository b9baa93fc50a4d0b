import { describe, expect, it } from 'vitest';
import { createSidebarModel, fixGroups, groupFindings, recipientSummary, unknownWords } from '@/components/sidebar/model';
import type { SidebarApi } from '@/lib/app/sidebar/api';
import { checkDraft } from '@/lib/core/guidelines';
import type { DraftFix, FocusedDraft } from '@/lib/platform/messaging/protocol';

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
    select: async (tabId, r) => (calls.push(`select ${tabId} ${r.field} ${r.text} ${r.occurrence}${r.rule ? ` ${r.rule}` : ''}`), { ok: true }),
    insert: async () => ({ ok: true, method: 'execCommand' }),
    getMuted: async () => mutedStore,
    setMuted: async (id, muted) => {
      mutedStore = muted ? [...mutedStore, id] : mutedStore.filter((x) => x !== id);
    },
    onMutedChanged: () => undefined,
    addToDictionary: async (word) => void calls.push(`add ${word}`),
    fix: async (tabId, r) => (calls.push(`fix ${tabId} ${r.field} ${r.text} ${r.occurrence} -> ${r.replacement}`), { ok: true }),
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
    expect(calls).toContain('select 7 body the the 0 spelling');
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
    const finding = {
      rule: 'spelling' as const,
      status: 'fail' as const,
      severity: 'error' as const,
      message: 'x',
      ranges: [at('dbt'), at('Figma'), at('dbt', 20), { field: 'body' as const, start: 0, end: 4 }],
    };
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

  describe('one-click fixes', () => {
    // "the the" twice: the fix on the second is sent as the second occurrence of those words.
    const body = 'Dear Dana,\n\nThank you for the the chat. I liked the the demo.\n\nCheers,\nSam';
    const d = { ...draft, subject: 'Hi', bodyText: body };
    const second = body.lastIndexOf('the the');
    const at = (start: number, end: number) => ({ field: 'body' as const, start, end });
    const fixes: DraftFix[] = [
      { rule: 'spelling', range: at(second, second + 7), label: 'Remove the repeated word', replacement: 'the' },
      { rule: 'sign-off', range: at(body.indexOf('Cheers,'), body.indexOf('Cheers,') + 7), label: 'Replace with “Best regards,”', replacement: 'Best regards,' },
      { rule: 'sign-off', range: at(body.indexOf('Cheers,'), body.indexOf('Cheers,') + 7), label: 'Replace with “Kind regards,”', replacement: 'Kind regards,' },
      { rule: 'subject-line', range: { field: 'subject', start: 0, end: 2 }, label: 'Use the suggested subject', replacement: 'Thank you – Data Analyst interview' },
    ];
    const withFixes = (): FocusedDraft => ({ ...focused(), draft: d, result: checkDraft(d, undefined, { kind: 'thank-you' }), fixes });
    const findingOf = (f: FocusedDraft, rule: string) => f.result.findings.find((x) => x.rule === rule)!;

    it('are grouped by the words they replace, for the finding’s own check only, and only while it fails', () => {
      const f = withFixes();
      expect(fixGroups(findingOf(f, 'sign-off'), f)).toEqual([{ words: 'Cheers,', fixes: [fixes[1], fixes[2]] }]);
      expect(fixGroups(findingOf(f, 'spelling'), f)).toEqual([{ words: 'the the', fixes: [fixes[0]] }]);
      expect(fixGroups(findingOf(f, 'subject-line'), f)).toEqual([{ words: '', fixes: [fixes[3]] }]);
      expect(fixGroups({ ...findingOf(f, 'sign-off'), status: 'pass' }, f)).toEqual([]);
      expect(fixGroups(findingOf(f, 'gratitude'), f)).toEqual([]);
      expect(fixGroups(findingOf(f, 'sign-off'), { ...f, fixes: undefined })).toEqual([]);
    });

    it('are sent to the compose the draft is in, with the words they replace and which occurrence', async () => {
      const { api, calls } = fakeApi({ getFocused: async () => withFixes() });
      const model = createSidebarModel(api);
      await model.load(new AbortController().signal);
      await model.applyFix(fixes[0]!);
      expect(calls).toContain('fix 7 body the the 1 -> the');
      expect(model.notice.value).toBe('Changed “the the” to “the”. Ctrl+Z in the email undoes it.');
      await model.applyFix(fixes[3]!);
      expect(calls).toContain('fix 7 subject Hi 0 -> Thank you – Data Analyst interview');
      expect(model.notice.value).toBe('The subject is now “Thank you – Data Analyst interview”.');
    });

    it('say why when the compose refuses one or cannot be reached', async () => {
      const refusing = createSidebarModel(fakeApi({ getFocused: async () => withFixes(), fix: async () => ({ ok: false, reason: 'Those words changed since the check.' }) }).api);
      await refusing.load(new AbortController().signal);
      await refusing.applyFix(fixes[1]!);
      expect(refusing.notice.value).toBe('Those words changed since the check.');
      const gone = createSidebarModel(fakeApi({ getFocused: async () => withFixes(), fix: () => Promise.reject(new Error('no tab')) }).api);
      await gone.load(new AbortController().signal);
      await gone.applyFix(fixes[1]!);
      expect(gone.notice.value).toBe('The compose window could not be reached.');
    });
  });
});
