/**
 * Fuzzing the one door into Afterview's privileged parts: `handleMessages` (lib/platform/messaging).
 * For every message name, 100,000 malformed or mutated messages (broken envelopes, wrong
 * types, missing and extra fields, oversized strings, prototype keys, foreign senders) go
 * through the real listener with WXT's fake browser. Each handler here writes to storage
 * when it runs, so a message that reached one would show as a write.
 *
 * Asserted for each message: nothing throws out of the listener; a non-Afterview message
 * gets `undefined` (left for other listeners); an Afterview message gets a reply, `ok: true`
 * only when it is valid and from the extension itself, else `ok: false` with a reason; and
 * no handler runs and no storage write happens for any message that is refused.
 */
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessages, parseRequest, REQUESTS, type MessageName } from '@/lib/platform/messaging';
import { VALID_REQUESTS } from '../messaging/valid-requests';

// Mutation testing runs this suite once per mutant: it asks for fewer messages (stryker.config.mjs).
const RUNS_PER_HANDLER = Number(process.env.AFTERVIEW_FUZZ_RUNS) || 100_000;
const CHUNK = 5_000;

const safeJson = (value: unknown) => {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}…(${v.length})` : typeof v === 'bigint' ? `${v}n` : v));
  } catch {
    return String(value);
  }
};
const NAMES = Object.keys(REQUESTS) as MessageName[];

/** One valid payload per message name; a new message without one fails the first test below. */
const VALID = VALID_REQUESTS;

/** Values of every kind, hostile ones first among them. */
const hostile = fc.oneof(
  fc.anything({ maxDepth: 1, maxKeys: 3 }),
  fc.constantFrom(
    null,
    undefined,
    '',
    0,
    -1,
    Number.NaN,
    Infinity,
    true,
    [],
    {},
    '__proto__',
    'constructor',
    '<img src=x onerror=alert(1)>',
    'x'.repeat(2_000_001),
    JSON.parse('{"__proto__":{"polluted":true}}'),
    { constructor: { prototype: { polluted: true } } },
    { toString: 'not a function' },
    'gmail ',
    'GMAIL',
    'yahoo',
    'CARET',
  ),
);

/** A valid payload with one field (possibly nested) replaced, removed or added. */
function mutated(name: MessageName) {
  const base = VALID[name];
  const keys = [...Object.keys(base), ...('draft' in base ? ['draft.to', 'draft.bodyText', 'draft.cc', 'draft.subject'] : []), 'extra', '__proto__'];
  return fc.tuple(fc.constantFrom(...keys), fc.oneof(hostile, fc.constant(Symbol.for('delete')))).map(([key, value]) => {
    const copy = structuredClone(base) as Record<string, unknown>;
    const [head, tail] = key.split('.') as [string, string | undefined];
    const target = tail ? (copy[head] as Record<string, unknown> | undefined) : copy;
    const field = tail ?? head;
    if (!target || typeof target !== 'object') return copy;
    if (value === Symbol.for('delete')) delete target[field];
    else Object.defineProperty(target, field, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  });
}

const payloadFor = (name: MessageName) => fc.oneof({ weight: 3, arbitrary: mutated(name) }, { weight: 2, arbitrary: hostile }, { weight: 1, arbitrary: fc.constant(VALID[name]) });

const envelopeFor = (name: MessageName) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.record({ afterview: fc.constant(1), name: fc.constant(name), payload: payloadFor(name) }) },
    // Broken envelopes: wrong marker, a near name, missing fields, or not an object at all.
    { weight: 1, arbitrary: fc.record({ afterview: hostile, name: fc.constant(name), payload: payloadFor(name) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        afterview: fc.constant(1),
        name: fc.oneof(fc.constantFrom(`${name} `, name.toUpperCase(), 'toString', '__proto__', 'hasOwnProperty', 'notes:export', 'notes:import', 'notes:wipe'), fc.string()),
        payload: payloadFor(name),
      }),
    },
    { weight: 1, arbitrary: fc.record({ afterview: fc.constant(1), name: fc.constant(name) }, { requiredKeys: [] }) },
    { weight: 1, arbitrary: hostile },
  );

const OUR_ID = () => browser.runtime.id;
type Sender = { id?: string; url?: string; tab?: { id: number; windowId: number } };
const tabArb = fc.record({ id: fc.nat(1000), windowId: fc.nat(10) });
// Our own contexts: a content script in a webmail tab, an extension page (in a tab or not), or one with neither mark.
const ourSender: fc.Arbitrary<Sender> = fc.oneof(
  fc.record({ id: fc.constant('__ours__'), url: fc.constantFrom('https://mail.google.com/mail/u/0/', 'https://outlook.office.com/mail/'), tab: tabArb }),
  fc.record({ id: fc.constant('__ours__'), url: fc.constantFrom('__page__/sidepanel.html', '__page__/notes.html'), tab: fc.option(tabArb, { nil: undefined }) }),
  fc.record({ id: fc.constant('__ours__') }),
);
/** The role the protocol gives a sender, worked out here independently of lib/platform/messaging. */
const roleOf = (s: Sender): 'content-script' | 'extension-page' | null =>
  s.id !== OUR_ID() ? null : s.url?.startsWith(browser.runtime.getURL('/')) ? 'extension-page' : s.tab ? 'content-script' : null;
/** Which messages each role may send, written out by hand so that a change to the policy fails here. */
const MAY_SEND: Record<'content-script' | 'extension-page', readonly MessageName[]> = {
  'content-script': ['draft:check', 'draft:closed', 'draft:sent', 'sidebar:open', 'rule:mute', 'dictionary:add', 'fix:note-value'],
  'extension-page': ['focused:get', 'draft:set-kind', 'focused:changed', 'compose:insert', 'compose:select', 'compose:fix', 'compose:refresh'],
};
const foreignSender: fc.Arbitrary<Sender> = fc.record({ id: fc.oneof(fc.constantFrom('another-extension', '', 'EXTENSION-ID'), fc.string()), url: fc.constant('https://mail.google.com/') });
const senderArb: fc.Arbitrary<Sender> = fc.oneof({ weight: 4, arbitrary: ourSender }, { weight: 1, arbitrary: foreignSender }, { weight: 1, arbitrary: fc.constant<Sender>({}) });

type Listener = (message: unknown, sender: Sender) => Promise<{ ok: boolean; value?: unknown; error?: string }> | undefined;

const isOurEnvelope = (m: unknown): m is { afterview: 1; name: MessageName; payload: unknown } =>
  !!m &&
  typeof m === 'object' &&
  (m as { afterview?: unknown }).afterview === 1 &&
  typeof (m as { name?: unknown }).name === 'string' &&
  Object.hasOwn(REQUESTS, (m as { name: string }).name);

const counts = { messages: 0, undefinedReplies: 0, refusedForeign: 0, refusedRole: 0, refusedInvalid: 0, accepted: 0 };
const perHandler: Record<string, number> = {};

describe('message fuzzing: every handler refuses what it should, answers everything, writes nothing it should not', () => {
  let listener: Listener;
  let calls: Record<string, number>;
  let writes: number;

  beforeEach(() => {
    fakeBrowser.reset();
    calls = Object.fromEntries(NAMES.map((n) => [n, 0]));
    writes = 0;
    for (const area of [fakeBrowser.storage.local, fakeBrowser.storage.sync, fakeBrowser.storage.session]) {
      for (const method of ['set', 'remove', 'clear'] as const) {
        const original = area[method].bind(area) as (...a: unknown[]) => Promise<void>;
        vi.spyOn(area, method).mockImplementation(((...args: unknown[]) => {
          writes++;
          return original(...args);
        }) as never);
      }
    }
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const handler = (name: MessageName) => async () => {
      calls[name]!++;
      // Each handler writes, as draft:sent does when it logs a follow-up.
      await browser.storage.local.set({ [`handled:${name}`]: calls[name] });
      return null;
    };
    handleMessages(Object.fromEntries(NAMES.map((n) => [n, handler(n)])), new AbortController().signal);
    listener = add.mock.calls.at(-1)![0] as unknown as Listener;
  });

  afterAll(() => {
    // The counts go to docs/reliability.md.
    console.info(`messaging fuzz: ${JSON.stringify({ ...counts, perHandler })}`);
  });

  it('every message name has a valid sample to mutate', () => {
    expect(Object.keys(VALID).sort()).toEqual([...NAMES].sort());
    for (const name of NAMES) expect(parseRequest(name, VALID[name]).ok).toBe(true);
  });

  for (const name of NAMES) {
    it(`${name}: ${RUNS_PER_HANDLER.toLocaleString('en')} fuzzed messages`, async () => {
      const fail = (why: string, message: unknown, sender: unknown): never => {
        throw new Error(`${why}\nmessage: ${safeJson(message)}\nsender: ${safeJson(sender)}`);
      };
      const seed = 20260701 + NAMES.indexOf(name);
      const start = { ...counts };
      const arb = fc.tuple(envelopeFor(name), senderArb);
      for (let done = 0, chunk = 0; done < RUNS_PER_HANDLER; chunk++) {
        const size = Math.min(CHUNK, RUNS_PER_HANDLER - done);
        for (const [message, rawSender] of fc.sample(arb, { numRuns: size, seed: seed * 1000 + chunk })) {
          const sender: Sender =
            rawSender.id === '__ours__' ? { ...rawSender, id: OUR_ID(), ...(rawSender.url ? { url: rawSender.url.replace('__page__/', browser.runtime.getURL('/')) } : {}) } : rawSender;
          const before = { writes, calls: { ...calls } };
          let reply: Awaited<ReturnType<Listener>>;
          try {
            reply = await listener(message, sender);
          } catch (error) {
            fail(`an exception escaped the listener: ${String(error)}`, message, sender);
          }
          counts.messages++;
          perHandler[name] = (perHandler[name] ?? 0) + 1;
          if (!isOurEnvelope(message)) {
            if (reply !== undefined) fail('a message that is not ours got an answer', message, sender);
            counts.undefinedReplies++;
          } else {
            if (!reply || typeof reply !== 'object') fail('an Afterview message got no reply', message, sender);
            const role = roleOf(sender);
            const ours = role !== null;
            const allowed = role !== null && MAY_SEND[role].includes(message.name);
            if (ours && !allowed) {
              if (reply!.ok !== false || reply!.error !== `refused: "${message.name}" is not for a ${role}`) fail(`a ${role} was not refused: ${safeJson(reply)}`, message, sender);
              counts.refusedRole++;
            } else if (ours && parseRequest(message.name, message.payload).ok) {
              if (reply!.ok !== true || reply!.value !== null) fail(`a valid message was not answered: ${safeJson(reply)}`, message, sender);
              if (calls[message.name] !== before.calls[message.name]! + 1) fail('a valid message did not reach its handler', message, sender);
              counts.accepted++;
              continue;
            } else {
              if (reply!.ok !== false || typeof reply!.error !== 'string') fail(`a bad message was not refused: ${safeJson(reply)}`, message, sender);
              if (!(ours ? /^invalid "/ : /^refused: not from Afterview$/).test(reply!.error!)) fail(`unexpected refusal: ${reply!.error}`, message, sender);
              if (ours) counts.refusedInvalid++;
              else counts.refusedForeign++;
            }
          }
          // Refused or ignored: no handler ran and nothing was written.
          for (const n of NAMES) if (calls[n] !== before.calls[n]) fail(`a refused message ran the "${n}" handler`, message, sender);
          if (writes !== before.writes) fail('a refused message wrote to storage', message, sender);
        }
        done += size;
        // Give the event loop a turn between chunks, so the test runner's own messages get through on a busy machine.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      expect(perHandler[name]).toBe(RUNS_PER_HANDLER);
      // For this message, the generator reaches every branch: refusals of each kind, ignored messages, and valid ones.
      for (const branch of ['accepted', 'refusedInvalid', 'refusedForeign', 'refusedRole', 'undefinedReplies'] as const) {
        expect(counts[branch] - start[branch], `${name}: ${branch}`).toBeGreaterThan(0);
      }
    }, 120_000);
  }

  it('names that sound privileged (export, import, wipe) are not answered by any handler', async () => {
    for (const name of ['notes:export', 'notes:import', 'notes:wipe', 'storage:clear', 'backup:import']) {
      expect(await listener({ afterview: 1, name, payload: {} }, { id: OUR_ID() })).toBeUndefined();
    }
    expect(writes).toBe(0);
  });
});
