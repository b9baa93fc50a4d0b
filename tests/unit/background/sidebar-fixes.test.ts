/**
 * The fixes the sidebar gets with the focused draft: the card's own for each failing finding's
 * words, and for a failing subject one suggested from the notes' role and the user's name. The
 * page's summary never carries the suggestion (it names what the notes hold).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startComposeServices } from '@/lib/app/background/compose-services';
import { draftFixes } from '@/lib/app/background/sidebar-fixes';
import { checkDraft } from '@/lib/core/guidelines';
import type { DraftFix } from '@/lib/platform/messaging/protocol';
import { company } from '../guidelines/helpers';

type Listener = (message: unknown, sender: object) => Promise<{ ok: boolean; value?: unknown }> | undefined;

const draft = {
  subject: 'Interview',
  to: [{ name: 'Priya Raman', address: 'priya.raman@lumenworks.com' }],
  cc: [],
  bodyText: 'Dear Priya,\n\nThank you for the the interview today, i enjoyed it.\n\nCheers,\nSam Lee\nsam@example.com',
};
const words = (f: DraftFix) => (f.range.field === 'subject' ? draft.subject : draft.bodyText).slice(f.range.start, f.range.end);

describe('the sidebar’s fixes', () => {
  it('are the card’s fixes of each failing finding, on its own words, with the finding’s check', () => {
    const fixes = draftFixes(checkDraft(draft, undefined, { kind: 'thank-you' }), draft);
    const shown = fixes.map((f) => `${f.rule}: “${words(f)}” ${f.label} -> ${f.replacement}`);
    expect(shown).toEqual(
      expect.arrayContaining([
        'spelling: “the the” Remove the repeated word -> the',
        'spelling: “i” Change to “I” -> I',
        'sign-off: “Cheers,” Replace with “Best regards,” -> Best regards,',
      ]),
    );
    // Without a role or a name there is no subject to suggest.
    expect(fixes.some((f) => f.range.field === 'subject')).toBe(false);
  });

  it('carry the speller’s suggestions for an unknown word, as the card does, but not beside a certain fix', async () => {
    const { loadSpellerNode } = await import('@/lib/platform/spelling/load-node');
    const speller = await loadSpellerNode();
    const typo = { ...draft, bodyText: 'Dear Priya,\n\nThank you for the interview today. I recieved the brief and thx again.\n\nBest regards,\nSam Lee' };
    const result = checkDraft(typo, undefined, { kind: 'thank-you', speller });
    const fixes = draftFixes(result, typo, {}, { suggest: (word, limit) => speller.suggest!(word, limit) });
    const on = (w: string) => fixes.filter((f) => typo.bodyText.slice(f.range.start, f.range.end) === w).map((f) => f.replacement);
    expect(on('recieved')).toContain('received');
    // "thx": the texting-word fix is certain, so no spelling guesses beside it.
    expect(on('thx').every((r) => /^(thanks|thank you)$/i.test(r))).toBe(true);
    expect(draftFixes(result, typo).some((f) => f.replacement === 'received')).toBe(false);
  });

  it('suggest a subject from the role and the user’s name for a failing subject', () => {
    const fixes = draftFixes(checkDraft(draft, undefined, { kind: 'follow-up' }), draft, { role: 'Product Analyst', name: 'Sam Lee' });
    expect(fixes.filter((f) => f.range.field === 'subject')).toEqual([
      { rule: 'subject-line', range: { field: 'subject', start: 0, end: 9 }, label: 'Use the suggested subject', replacement: 'Following up – Product Analyst interview, Sam Lee' },
    ]);
  });
});

describe('the focused draft', () => {
  let listener: Listener;
  const loadContext = vi.fn(async () => ({ company: company(), profile: { name: 'Sam Lee' } }));
  beforeEach(() => {
    fakeBrowser.reset();
    loadContext.mockClear();
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    startComposeServices({ loadContext });
    listener = add.mock.calls.at(-1)![0] as unknown as Listener;
  });
  const page = { id: browser.runtime.id, url: 'https://mail.google.com/mail/u/0/', tab: { id: 4, windowId: 1, active: true } };
  const sidebar = { id: browser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') };

  it('carries the fixes, the subject suggested from the notes; the page’s summary does not', async () => {
    const badge = (await listener({ afterview: 1, name: 'draft:check', payload: { composeId: 'c1', site: 'gmail', draft, focused: true } }, page))!;
    const focused = (await listener({ afterview: 1, name: 'focused:get', payload: {} }, sidebar))!.value as { fixes: DraftFix[] };
    expect(focused.fixes.find((f) => f.rule === 'subject-line')?.replacement).toBe('Thank you – Product Analyst interview, Sam Lee');
    expect(focused.fixes.some((f) => f.rule === 'spelling' && words(f) === 'the the')).toBe(true);
    expect(JSON.stringify(badge.value)).not.toContain('Product Analyst');
  });

  it('reads the notes for the subject only when the subject fails', async () => {
    const good = { ...draft, subject: 'Thank you – Product Analyst interview' };
    await listener({ afterview: 1, name: 'draft:check', payload: { composeId: 'c1', site: 'gmail', draft: good, focused: true } }, page);
    const calls = loadContext.mock.calls.length;
    const focused = (await listener({ afterview: 1, name: 'focused:get', payload: {} }, sidebar))!.value as { fixes: DraftFix[] };
    expect(loadContext.mock.calls.length).toBe(calls);
    expect(focused.fixes.some((f) => f.range.field === 'subject')).toBe(false);
  });
});
