import { describe, expect, it } from 'vitest';
import { cardFixes, isEnvelope, markFixes, NOTHING_SAVED, parseRequest, type BodyMark } from '@/lib/platform/messaging/protocol';

const draft = { subject: 'Hi', to: [{ address: 'a@b.example' }], cc: [], bodyText: 'Hello' };

describe('message validation', () => {
  it('accepts a well-formed request', () => {
    expect(parseRequest('draft:check', { composeId: 'x', site: 'gmail', draft, focused: true })).toMatchObject({ ok: true });
  });

  it('refuses a malformed one and names the bad field', () => {
    const r = parseRequest('draft:check', { composeId: 'x', site: 'yahoo', draft, focused: true });
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.error).toMatch(/site/);
    const r2 = parseRequest('compose:insert', { text: 5, mode: 'caret' });
    expect(!r2.ok && r2.error).toMatch(/text/);
  });

  it('refuses oversized payloads instead of working on them', () => {
    const r = parseRequest('draft:check', { composeId: 'x', site: 'gmail', draft: { ...draft, bodyText: 'a'.repeat(2_000_001) }, focused: false });
    expect(r.ok).toBe(false);
  });

  it('recognises only our own envelopes with a known name', () => {
    expect(isEnvelope({ afterview: 1, name: 'focused:get', payload: {} })).toBe(true);
    expect(isEnvelope({ afterview: 1, name: 'toString', payload: {} })).toBe(false);
    expect(isEnvelope({ type: 'something-else' })).toBe(false);
    expect(isEnvelope(null)).toBe(false);
  });
});

describe('the fixes a card offers', () => {
  const mark: BodyMark = {
    rule: 'placeholders',
    severity: 'error',
    start: 0,
    end: 8,
    fixes: [
      { label: 'Fill with the role from your notes', slot: 'role' },
      { label: 'Replace with “role”', replacement: 'role' },
    ],
  };

  it('keeps fill-from-notes fixes on the card, and leaves them out where the words must be known', () => {
    expect(cardFixes(mark)).toHaveLength(2);
    // A fill-from-notes fix has no words of its own: the sidebar cannot show or apply it as a replacement.
    expect(markFixes(mark)).toEqual([{ label: 'Replace with “role”', replacement: 'role' }]);
  });

  it('tells the user in words when the notes have nothing for a placeholder', () => {
    expect(NOTHING_SAVED).toMatch(/^Nothing saved .*notes\.$/);
  });
});
