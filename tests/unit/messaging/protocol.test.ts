import { describe, expect, it } from 'vitest';
import { isEnvelope, parseRequest } from '@/lib/platform/messaging/protocol';

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
