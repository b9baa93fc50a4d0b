// The findings in the sidebar offer the same one-click fixes as their cards in the compose: a
// button each, reached by keyboard like any other, that sends the fix to the compose; the subject's
// suggestion shows what it would write. A finding's words are shown in the compose on a click.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ChecksPanel } from '@/components/sidebar/ChecksPanel';
import { createSidebarModel } from '@/components/sidebar/model';
import type { SidebarApi } from '@/lib/app/sidebar/api';
import { checkDraft } from '@/lib/core/guidelines';
import type { DraftFix, FocusedDraft } from '@/lib/platform/messaging/protocol';

const body = 'Dear Dana,\n\nThank you for the the chat, thx again.\n\nCheers,\nSam';
const draft = { subject: 'Hi', to: [{ name: 'Dana Reyes', address: 'dana@northwind.example' }], cc: [], bodyText: body };
const at = (words: string) => ({ field: 'body' as const, start: body.indexOf(words), end: body.indexOf(words) + words.length });
const FIXES: DraftFix[] = [
  { rule: 'spelling', range: at('the the'), label: 'Remove the repeated word', replacement: 'the' },
  { rule: 'sign-off', range: at('Cheers,'), label: 'Replace with “Best regards,”', replacement: 'Best regards,' },
  { rule: 'subject-line', range: { field: 'subject', start: 0, end: 2 }, label: 'Use the suggested subject', replacement: 'Thank you – Data Analyst interview' },
];
const FOCUSED: FocusedDraft = { tabId: 7, composeId: 'c1', site: 'gmail', draft, result: checkDraft(draft, undefined, { kind: 'thank-you' }), kindOverride: null, fixes: FIXES };

async function mount() {
  const sent: string[] = [];
  const api: SidebarApi = {
    getFocused: async () => FOCUSED,
    onFocusedChanged: () => undefined,
    setKind: async () => undefined,
    select: async (_tab, r) => (sent.push(`select ${r.field} ${r.text} ${r.rule}`), { ok: true, card: true }),
    insert: async () => ({ ok: true, method: 'execCommand' }),
    getMuted: async () => [],
    setMuted: async () => undefined,
    onMutedChanged: () => undefined,
    addToDictionary: async () => undefined,
    fix: async (_tab, r) => (sent.push(`fix ${r.field} “${r.text}” -> “${r.replacement}”`), { ok: true }),
  };
  const model = createSidebarModel(api);
  await model.load(new AbortController().signal);
  const root = document.createElement('div');
  document.body.append(root);
  render(<ChecksPanel model={model} />, root);
  const item = (rule: string) => root.querySelector<HTMLElement>(`li.finding[data-rule="${rule}"]`)!;
  const buttons = (rule: string) => [...item(rule).querySelectorAll<HTMLButtonElement>('[data-testid="sidebar-fixes"] button')];
  return { sent, item, buttons };
}

const settle = () => new Promise((r) => setTimeout(r, 0));
afterEach(() => document.body.replaceChildren());

describe('fixes in the sidebar', () => {
  it('are buttons on their findings, with the card’s words', async () => {
    const { buttons } = await mount();
    expect(buttons('spelling').map((b) => b.textContent)).toEqual(['Remove the repeated word']);
    expect(buttons('sign-off').map((b) => b.textContent)).toEqual(['Replace with “Best regards,”']);
    expect(buttons('subject-line').map((b) => b.textContent)).toEqual(['Use the suggested subject: “Thank you – Data Analyst interview”']);
    // Plain buttons: in the tab order, and pressed with Enter or Space like any other.
    for (const b of buttons('spelling')) expect(b.type).toBe('button');
    expect(buttons('gratitude')).toEqual([]);
  });

  it('send the fix to the compose when pressed', async () => {
    const { sent, buttons } = await mount();
    buttons('spelling')[0]!.click();
    buttons('subject-line')[0]!.click();
    await settle();
    expect(sent).toEqual(['fix body “the the” -> “the”', 'fix subject “Hi” -> “Thank you – Data Analyst interview”']);
  });

  it('sit beside the finding’s words, which a click shows in the compose', async () => {
    const { sent, item } = await mount();
    item('spelling').querySelector<HTMLButtonElement>('button.finding-message')!.click();
    await settle();
    expect(sent).toEqual(['select body the the spelling']);
  });
});
