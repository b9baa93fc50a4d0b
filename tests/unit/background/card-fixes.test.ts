/**
 * The card's fixes that need the background: spelling suggestions in the summary, "Add to my
 * dictionary" (dictionary:add) and a placeholder filled from the notes (fix:note-value), through
 * the real compose handlers with a small speller and a saved company.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startComposeServices, summarise, type ComposeServicesOptions } from '@/lib/app/background/compose-services';
import { checkDraft } from '@/lib/core/guidelines';
import { createSpeller } from '@/lib/core/guidelines/spelling/speller';
import { cardFixes, NOTHING_SAVED, type BodyMark, type ScoreSummary } from '@/lib/platform/messaging/protocol';
import type { CheckContext } from '@/lib/core/guidelines/types';
import { company, priya } from '../guidelines/helpers';

type Listener = (message: unknown, sender: object) => Promise<{ ok: boolean; value?: unknown; error?: string }> | undefined;

const WORDS = [
  'dear',
  'priya',
  'thank',
  'you',
  'for',
  'the',
  'interview',
  'at',
  'i',
  'received',
  'relieved',
  'your',
  'note',
  'about',
  'role',
  'best',
  'regards',
  'sam',
  'lee',
  'thanks',
  'and',
  'a',
  'chat',
  'on',
  'monday',
  'tax',
  'tux',
];
const speller = createSpeller(WORDS.join('\n'));

const to = [{ name: 'Priya Raman', address: 'priya.raman@lumenworks.com' }];
const draftOf = (bodyText: string) => ({ subject: 'Thank you', to, cc: [], bodyText });
const markOn = (summary: ScoreSummary, body: string, words: string, rule?: string): BodyMark | undefined =>
  summary.marks.find((m) => body.slice(m.start, m.end) === words && (!rule || m.rule === rule));

describe('summarise: suggestions and fill-from-notes fixes on the marks', () => {
  it('offers the speller’s suggestions on a word it does not know, and tags the mark for the dictionary', () => {
    const body = 'Dear Priya,\n\nI recieved your note about the role.\n\nBest regards,\nSam Lee';
    const d = draftOf(body);
    const summary = summarise(checkDraft(d, undefined, { kind: 'thank-you', speller }), d, { suggest: (w, n) => speller.suggest!(w, n) });
    const mark = markOn(summary, body, 'recieved')!;
    expect(mark.tag).toBe('unknown-word');
    expect(cardFixes(mark)).toEqual([
      { label: 'Change to “received”', replacement: 'received' },
      { label: 'Change to “relieved”', replacement: 'relieved' },
    ]);
  });

  it('gives a texting word its plain words, not the speller’s guesses', () => {
    const body = 'Dear Priya,\n\nThanks for the chat on Monday. I recieved your note, thx.\n\nBest regards,\nSam Lee';
    const d = draftOf(body);
    const summary = summarise(checkDraft(d, undefined, { kind: 'thank-you', speller }), d, { suggest: (w, n) => speller.suggest!(w, n) });
    for (const m of summary.marks.filter((x) => body.slice(x.start, x.end) === 'thx')) {
      expect(cardFixes(m).map((f) => ('replacement' in f ? f.replacement : f.slot))).toEqual(['thanks', 'thank you']);
    }
  });

  it('offers a fill-in that names the slot and carries no value, with or without notes', () => {
    const body = 'Dear [Interviewer Name],\n\nThank you for the [Role] interview at [Company].\n\nBest regards,\nSam Lee';
    const d = draftOf(body);
    // The page's check has no notes: the fixes are the same whatever the notes hold.
    const summary = summarise(checkDraft(d, undefined, { kind: 'thank-you' }), d);
    expect(['[Interviewer Name]', '[Role]', '[Company]'].map((w) => cardFixes(markOn(summary, body, w, 'placeholders')!))).toEqual([
      [{ label: 'Fill in from your notes', slot: 'interviewer' }],
      [{ label: 'Fill in from your notes', slot: 'role' }],
      [{ label: 'Fill in from your notes', slot: 'company' }],
    ]);
    for (const note of ['Product Analyst', 'Lumenworks']) expect(JSON.stringify(summary)).not.toContain(note);
  });
});

describe('the card’s messages to the background', () => {
  let listener: Listener;
  let words: string[];
  let context: CheckContext | undefined;
  const tab = (id: number) => ({ id: browser.runtime.id, url: 'https://mail.google.com/mail/u/0/', tab: { id, windowId: 1 } });
  const send = (name: string, payload: unknown, tabId = 4) => listener({ afterview: 1, name, payload }, tab(tabId))!;
  const check = (bodyText: string, tabId = 4) => send('draft:check', { composeId: 'c1', site: 'gmail', draft: draftOf(bodyText), focused: true }, tabId);

  beforeEach(() => {
    fakeBrowser.reset();
    words = [];
    context = { company: company() };
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    const options: ComposeServicesOptions = {
      loadSpeller: async () => speller,
      loadContext: async () => context,
      loadDictionary: async () => words,
      addWord: async (word) => {
        if (word === 'full') throw new RangeError('Your dictionary is full (5000 words). Remove a few on the notes page first.');
        words.push(word);
      },
    };
    startComposeServices(options);
    listener = add.mock.calls.at(-1)![0] as unknown as Listener;
  });

  it('draft:check carries the suggestions of the packaged speller', async () => {
    const body = 'Dear Priya,\n\nI recieved your note about the role.\n\nBest regards,\nSam Lee';
    const summary = (await check(body)).value as ScoreSummary;
    expect(cardFixes(markOn(summary, body, 'recieved')!).map((f) => f.label)).toEqual(['Change to “received”', 'Change to “relieved”']);
  });

  it('dictionary:add stores the word, and the next check no longer flags it', async () => {
    const body = 'Dear Priya,\n\nI recieved your note about the role.\n\nBest regards,\nSam Lee';
    expect(markOn((await check(body)).value as ScoreSummary, body, 'recieved')).toBeDefined();
    expect(await send('dictionary:add', { word: 'recieved' })).toEqual({ ok: true, value: { added: true } });
    expect(words).toEqual(['recieved']);
    expect(markOn((await check(body)).value as ScoreSummary, body, 'recieved')).toBeUndefined();
  });

  it('dictionary:add answers the storage module’s reason when the word cannot go in', async () => {
    expect(await send('dictionary:add', { word: 'full' })).toEqual({
      ok: true,
      value: { added: false, reason: 'Your dictionary is full (5000 words). Remove a few on the notes page first.' },
    });
  });

  it('fix:note-value answers each slot’s value from the notes of the recipients’ company', async () => {
    await check('Dear [Interviewer Name] ([interviewer’s first name]),\n\nThank you for the [Role] interview at [Company].\n\nBest regards,\nSam Lee');
    expect(await send('fix:note-value', { composeId: 'c1', slot: 'interviewer' })).toEqual({ ok: true, value: { value: 'Priya Raman' } });
    expect(await send('fix:note-value', { composeId: 'c1', slot: 'interviewer-first' })).toEqual({ ok: true, value: { value: 'Priya' } });
    expect(await send('fix:note-value', { composeId: 'c1', slot: 'company' })).toEqual({ ok: true, value: { value: 'Lumenworks' } });
    expect(await send('fix:note-value', { composeId: 'c1', slot: 'role' })).toEqual({ ok: true, value: { value: 'Product Analyst' } });
    // (Priya is the interviewer because the draft goes to her saved address.)
    expect(priya.email).toBe(to[0]!.address);
  });

  it('fix:note-value gives no value for a slot no placeholder of that compose names, nor to another tab', async () => {
    await check('Dear Priya,\n\nThank you for the interview at [Company].\n\nBest regards,\nSam Lee');
    expect(await send('fix:note-value', { composeId: 'c1', slot: 'role' })).toEqual({ ok: true, value: { reason: NOTHING_SAVED } });
    expect(((await send('fix:note-value', { composeId: 'c1', slot: 'company' }, 5)).value as { value?: string }).value).toBeUndefined();
    expect(((await send('fix:note-value', { composeId: 'c2', slot: 'company' })).value as { value?: string }).value).toBeUndefined();
  });

  it('fix:note-value says nothing is saved when no company matches or it lacks the value', async () => {
    const body = 'Dear Priya,\n\nThank you for the [Role] interview at [Company].\n\nBest regards,\nSam Lee';
    context = { company: company({ role: undefined }) };
    await check(body);
    expect(await send('fix:note-value', { composeId: 'c1', slot: 'role' })).toEqual({ ok: true, value: { reason: NOTHING_SAVED } });
    context = undefined;
    await check(body);
    expect(await send('fix:note-value', { composeId: 'c1', slot: 'company' })).toEqual({ ok: true, value: { reason: NOTHING_SAVED } });
  });
});

describe('a settings change while a draft is being checked', () => {
  const body = 'Dear Priya,\n\nI recieved your note about the role.\n\nBest regards,\nSam Lee';
  const sender = { id: browser.runtime.id, url: 'https://mail.google.com/mail/u/0/', tab: { id: 4, windowId: 1 } };
  type FocusedAnswer = { result: { findings: { rule: string; status: string; ranges: { start: number; end: number }[] }[] } } | null;
  /** Whether the focused draft's check (the sidebar's) still calls "recieved" a misspelling. */
  const sidebarFlags = (answer: FocusedAnswer) =>
    !!answer?.result.findings.some((f) => f.rule === 'spelling' && f.status === 'fail' && f.ranges.some((r) => body.slice(r.start, r.end) === 'recieved'));

  /** The compose services over a dictionary whose reads can be held, as a slow storage read would be. */
  function start() {
    fakeBrowser.reset();
    const state = { words: [] as string[], hold: false, held: [] as (() => void)[], settingsChanged: () => undefined as void };
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    const refreshed = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    startComposeServices({
      loadSpeller: async () => speller,
      loadContext: async () => undefined,
      // Reads the dictionary as it is now, then (while `hold`) answers only when released.
      loadDictionary: async () => {
        const now = [...state.words];
        if (state.hold) await new Promise<void>((release) => state.held.push(release));
        return now;
      },
      onSettingsChanged: (listener) => {
        state.settingsChanged = listener;
      },
    });
    const listener = add.mock.calls.at(-1)![0] as unknown as Listener;
    const send = async (name: string, payload: object, from: object = sender) => (await listener({ afterview: 1, name, payload }, from))!;
    // The sidebar asks as an extension page (a content script is refused).
    const focused = async () => {
      const answer = await send('focused:get', {}, { id: browser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') });
      expect(answer.ok).toBe(true);
      return answer.value as FocusedAnswer;
    };
    const addWordNow = () => {
      state.words = ['recieved'];
      state.settingsChanged();
    };
    return { state, send, focused, addWordNow, refreshed };
  }
  const check = (send: ReturnType<typeof start>['send']) => send('draft:check', { composeId: 'c1', site: 'gmail', draft: draftOf(body), focused: true });

  it('a check that read the dictionary before the word was added is checked again, and the tab told to check again', async () => {
    const { state, send, focused, addWordNow, refreshed } = start();
    state.hold = true;
    const inFlight = check(send);
    // Both checks (with and without the notes) have read the dictionary without the word.
    await vi.waitFor(() => expect(state.held).toHaveLength(2));
    state.hold = false;
    addWordNow();
    for (const release of state.held) release();
    await inFlight;
    await vi.waitFor(async () => expect(sidebarFlags(await focused())).toBe(false));
    expect(refreshed).toHaveBeenCalledWith(4, expect.objectContaining({ name: 'compose:refresh', payload: { composeId: 'c1' } }), expect.anything());
  });

  it('a stale check that lands while the recheck runs is checked again too', async () => {
    const { state, send, focused, addWordNow } = start();
    await check(send);
    expect(sidebarFlags(await focused())).toBe(true);
    // A keystroke's check reads the dictionary before the word is added...
    state.hold = true;
    const typing = check(send);
    await vi.waitFor(() => expect(state.held).toHaveLength(2));
    const stale = state.held.splice(0);
    // ...the change's recheck of the stored draft reads it after, and is held too...
    addWordNow();
    await vi.waitFor(() => expect(state.held).toHaveLength(1));
    state.hold = false;
    // ...the keystroke's stale result lands first, then the recheck (of an older entry) finishes.
    for (const release of stale) release();
    await typing;
    for (const release of state.held) release();
    await vi.waitFor(async () => expect(sidebarFlags(await focused())).toBe(false));
  });
});
