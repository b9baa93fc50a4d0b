/**
 * The protocol's limits, as a page-controlled content script would meet them: what a draft
 * may hold, how an envelope is told from anything else, and what a refusal says.
 */
import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fromExtensionPage } from '@/lib/platform/messaging';
import { isEnvelope, parseRequest } from '@/lib/platform/messaging/protocol';

const draft = { subject: 'Hi', to: [{ address: 'a@b.example' }], cc: [], bodyText: 'Hello' };
const check = (d: object) => parseRequest('draft:check', { composeId: 'x', site: 'gmail', draft: d, focused: true });

describe('what a draft may hold', () => {
  it('a body up to two million characters, HTML up to four times that', () => {
    expect(check({ ...draft, bodyText: 'a'.repeat(2_000_000) }).ok).toBe(true);
    expect(check({ ...draft, bodyText: 'a'.repeat(2_000_001) }).ok).toBe(false);
    expect(check({ ...draft, bodyHtml: '<p>Hello</p>' }).ok).toBe(true);
    expect(check({ ...draft, bodyHtml: 'a'.repeat(8_000_000) }).ok).toBe(true);
    expect(check({ ...draft, bodyHtml: 'a'.repeat(8_000_001) }).ok).toBe(false);
  });

  it('recipients with an address, each field bounded', () => {
    expect(check({ ...draft, to: [{ name: 'Dana' }] }).ok).toBe(false);
    expect(check({ ...draft, to: [{ address: 'a@b.example', name: 'n'.repeat(1001) }] }).ok).toBe(false);
    expect(check({ ...draft, to: [{ address: 'a@b.example', name: 7 }] }).ok).toBe(false);
    expect(check({ ...draft, subject: 's'.repeat(10_001) }).ok).toBe(false);
  });

  it('a refusal names the path of the first bad field and what is wrong with it', () => {
    const r = check({ ...draft, to: [{ address: 42 }] });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^invalid "draft:check" message at draft\.to\.0\.address: .+/) });
    const top = parseRequest('draft:closed', 'not an object');
    expect(top).toEqual({ ok: false, error: expect.stringMatching(/^invalid "draft:closed" message: .+/) });
  });
});

describe('envelopes', () => {
  it('only a plain object marked as ours with a known name', () => {
    expect(isEnvelope({ afterview: 1, name: 'draft:closed', payload: {} })).toBe(true);
    expect(isEnvelope(null)).toBe(false);
    expect(isEnvelope(undefined)).toBe(false);
    const callable = Object.defineProperty(
      Object.assign(() => undefined, { afterview: 1 }),
      'name',
      { value: 'draft:closed' },
    );
    expect(isEnvelope(callable)).toBe(false);
    expect(isEnvelope({ afterview: 1, name: 'toString' })).toBe(false);
    expect(isEnvelope({ afterview: '1', name: 'draft:closed' })).toBe(false);
    // A name that only turns into a known one when converted to text.
    expect(isEnvelope({ afterview: 1, name: { toString: () => 'draft:closed' } })).toBe(false);
  });

  it("an extension page is one of this extension's own addresses, not one that merely starts like it", () => {
    const own = browser.runtime.getURL('/sidepanel.html');
    expect(fromExtensionPage({ url: own })).toBe(true);
    const lookalike = own.replace(/\/sidepanel\.html$/, 'x/sidepanel.html');
    expect(fromExtensionPage({ url: lookalike })).toBe(false);
    expect(fromExtensionPage({})).toBe(false);
  });
});
