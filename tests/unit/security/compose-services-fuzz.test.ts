/**
 * Fuzzing the background's real compose handlers (lib/app/background/compose-services.ts), not
 * stubs: thousands of messages per name from content scripts in webmail tabs, valid and
 * mutated, with the notes of a company whose every field holds a marker. Asserted: nothing
 * escapes the listener; a content script is answered only for its own messages and
 * refused the rest; what it gets back is a bare score summary, never a note; a refused
 * message leaves the background's state alone (no kind set, no focused draft handed out).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startComposeServices } from '@/lib/app/background/compose-services';
import { RULES } from '@/lib/core/guidelines/rules';
import { cardFixes, REQUESTS, type BodyMark, type MessageName } from '@/lib/platform/messaging';
import { company } from '../guidelines/helpers';
import { VALID_REQUESTS } from '../messaging/valid-requests';

const RUNS_PER_NAME = Number(process.env.AFTERVIEW_FUZZ_RUNS) || 1_500;
const NAMES = Object.keys(REQUESTS) as MessageName[];
const FOR_CONTENT = new Set<MessageName>(['draft:check', 'draft:closed', 'draft:sent', 'sidebar:open', 'rule:mute', 'dictionary:add', 'fix:note-value']);
/** What the background answers; the others (the sidebar's broadcast, the tab messages) it leaves to their listeners. */
const BACKGROUND = new Set<MessageName>([...FOR_CONTENT, 'focused:get', 'draft:set-kind']);
const MARK = 'ZQXMARK';

type Reply = { ok: boolean; value?: unknown; error?: string } | undefined;
type Listener = (message: unknown, sender: object) => Promise<Reply> | undefined;

/** A company whose every text field carries the marker: any of it in a reply is a leak. */
function markedCompany() {
  const c = company();
  const mark = (v: unknown): unknown =>
    typeof v === 'string' && !/^\d{4}-\d\d-\d\d/.test(v) && !v.includes('@')
      ? `${v} ${MARK}`
      : Array.isArray(v)
        ? v.map(mark)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === 'id' ? x : mark(x)]))
          : v;
  return mark(c) as ReturnType<typeof company>;
}

const hostile = fc.oneof(fc.anything({ maxDepth: 2, maxKeys: 4 }), fc.constantFrom(null, '', 'x'.repeat(100_000), '__proto__', { bodyText: 5 }, [], -1, Number.NaN));
function payloadFor(name: MessageName) {
  const base = VALID_REQUESTS[name];
  const mutated = fc.tuple(fc.constantFrom(...Object.keys(base), 'extra'), hostile).map(([key, value]) => ({ ...structuredClone(base), [key]: value }));
  const draftText = fc
    .string({ maxLength: 2000 })
    .map((bodyText) => ({ ...structuredClone(base), draft: { subject: 'Thank you', to: [{ address: 'priya.raman@lumenworks.com' }], cc: [], bodyText } }));
  return fc.oneof(
    { weight: 2, arbitrary: fc.constant(base) },
    { weight: 3, arbitrary: mutated },
    { weight: 2, arbitrary: 'draft' in base ? draftText : fc.constant(base) },
    { weight: 1, arbitrary: hostile },
  );
}

describe('fuzzing the real compose handlers with content-script senders', () => {
  let listener: Listener;
  let sent = 0;
  const tally: Record<string, { answered: number; refused: number; invalid: number }> = {};

  beforeAll(() => {
    fakeBrowser.reset();
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    // WXT's fake browser leaves the commands API unimplemented; the handlers under test do not use it.
    vi.spyOn(fakeBrowser.commands.onCommand, 'addListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.commands.onCommand, 'removeListener').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.sidePanel, 'open').mockImplementation(async () => undefined);
    startComposeServices({
      loadContext: async () => ({ company: markedCompany() }),
      onSent: () => void sent++,
    });
    listener = add.mock.calls.at(-1)![0] as unknown as Listener;
  });
  afterAll(() => console.info(`compose-services fuzz: ${JSON.stringify(tally)}`));

  const page = () => ({ id: browser.runtime.id, url: browser.runtime.getURL('/sidepanel.html') });
  const contentScript = (tabId: number) => ({ id: browser.runtime.id, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: tabId, windowId: 1 } });

  for (const name of NAMES) {
    it(`${name}: ${RUNS_PER_NAME.toLocaleString('en')} messages from content scripts`, async () => {
      const t = (tally[name] = { answered: 0, refused: 0, invalid: 0 });
      const samples = fc.sample(fc.tuple(payloadFor(name), fc.nat(20)), { numRuns: RUNS_PER_NAME, seed: 20261202 + NAMES.indexOf(name) });
      for (const [payload, tabId] of samples) {
        let reply: Reply;
        try {
          reply = await listener({ afterview: 1, name, payload }, contentScript(tabId));
        } catch (error) {
          throw new Error(`${name}: an exception escaped the real handler: ${String(error)}`);
        }
        if (!BACKGROUND.has(name)) {
          expect(reply, `${name} is not the background's to answer`).toBeUndefined();
          t.refused++;
          continue;
        }
        expect(reply && typeof reply === 'object' && typeof reply.ok === 'boolean', `${name}: a reply`).toBe(true);
        // Nothing the page's side receives names a note.
        expect(JSON.stringify(reply), `${name}: a note in the reply`).not.toContain(MARK);
        if (!FOR_CONTENT.has(name)) {
          expect(reply).toEqual({ ok: false, error: `refused: "${name}" is not for a content-script` });
          t.refused++;
        } else if (reply!.ok) {
          t.answered++;
          // No checked draft here holds a placeholder that names a slot: a reason, never a value.
          if (name === 'fix:note-value') expect(Object.keys(reply!.value as object)).toEqual(['reason']);
          if (name === 'draft:check') {
            // A summary and the places to underline: offsets, never words.
            const value = reply!.value as { marks: object[]; details: Record<string, { title: string; why: string }> };
            expect(
              Object.keys(value)
                .sort()
                .filter((k) => k !== 'top'),
            ).toEqual(['details', 'errors', 'kind', 'marks', 'score', 'tips', 'warnings']);
            // The card's details: a rule's title and why from the rulebook, and the note-blind message.
            for (const d of Object.values(value.details)) {
              expect(RULES.some((r) => r.title === d.title && r.why === d.why)).toBe(true);
            }
            // The headline is a rule's title from the rulebook, never the draft's words.
            const top = (value as { top?: { title: string } }).top;
            if (top) expect(RULES.some((r) => r.title === top.title)).toBe(true);
            // A mark's one-click fixes hold words, but only the draft's own or the fix tables' (the
            // page's check has no notes), and only in the shape the card accepts.
            for (const m of value.marks as BodyMark[]) {
              expect(
                Object.keys(m)
                  .filter((k) => k !== 'fixes' && k !== 'tag')
                  .sort(),
              ).toEqual(['end', 'rule', 'severity', 'start']);
              if (m.fixes) expect(cardFixes(m)).toEqual(m.fixes);
            }
          }
        } else {
          expect(reply!.error).toMatch(/^invalid "/);
          t.invalid++;
        }
      }
      if (FOR_CONTENT.has(name)) {
        expect(t.answered, `${name}: valid messages answered`).toBeGreaterThan(0);
        expect(t.invalid, `${name}: invalid messages refused`).toBeGreaterThan(0);
      } else expect(t.refused).toBe(RUNS_PER_NAME);
    }, 120_000);
  }

  it('after all that, a refused draft:set-kind has left no kind behind, and only a page gets the focused draft', async () => {
    const d = VALID_REQUESTS['draft:check'];
    expect((await listener({ afterview: 1, name: 'draft:check', payload: { ...d, composeId: 'last' } }, contentScript(3)))?.ok).toBe(true);
    const setKind = { tabId: 3, composeId: 'last', kind: 'withdrawal' };
    expect((await listener({ afterview: 1, name: 'draft:set-kind', payload: setKind }, contentScript(3)))?.ok).toBe(false);
    const focused = (await listener({ afterview: 1, name: 'focused:get', payload: {} }, page())) as { ok: boolean; value: { composeId: string; kindOverride: unknown } | null };
    expect(focused.ok).toBe(true);
    expect(focused.value?.composeId).toBe('last');
    expect(focused.value?.kindOverride).toBeNull();
    expect(sent).toBeGreaterThan(0);
  });
});
