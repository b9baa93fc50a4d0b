import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadSpellerNode } from '../../../lib/platform/spelling/load-node';
import { loadSpellerFromUrl } from '../../../lib/platform/spelling/load-extension';

describe('loadSpellerNode', () => {
  it('loads once and hands every caller the same speller', async () => {
    const [a, b] = await Promise.all([loadSpellerNode(), loadSpellerNode()]);
    const c = await loadSpellerNode();
    expect(a).toBe(b);
    expect(a).toBe(c);
    expect(a.correct('interview')).toBe(true);
    expect(a.correct('intervew')).toBe(false);
  });

  it('falls back to the dictionary package when the word list was not generated', async () => {
    vi.resetModules();
    const readFile = vi.fn(() => Promise.reject(Object.assign(new Error('missing'), { code: 'ENOENT' })));
    vi.doMock('node:fs/promises', async (importOriginal) => {
      const actual = await importOriginal<typeof import('node:fs/promises')>();
      return { ...actual, default: { ...actual, readFile }, readFile };
    });
    try {
      const fresh = await import('../../../lib/platform/spelling/load-node');
      const speller = await fresh.loadSpellerNode();
      expect(readFile).toHaveBeenCalledTimes(1);
      expect(speller).not.toBe(await loadSpellerNode());
      expect(speller.correct('opportunity')).toBe(true);
      expect(speller.correct('oppurtunity')).toBe(false);
      expect(speller.correct('onboarding')).toBe(true);
    } finally {
      vi.doUnmock('node:fs/promises');
      vi.resetModules();
    }
  });
});

describe('loadSpellerFromUrl', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const stubFetch = (body: string, status = 200) => {
    const fetchMock = vi.fn(async (_url: URL | string, _init?: RequestInit) => new Response(body, { status }));
    vi.stubGlobal('fetch', fetchMock);
    return fetchMock;
  };

  it('fetches the address it is given, once, and builds the speller from it', async () => {
    const fetchMock = stubFetch('hello\nworld\n');
    const url = 'chrome-extension://abcdefghijklmnop/dictionaries/en.txt';
    const [a, b] = await Promise.all([loadSpellerFromUrl(url), loadSpellerFromUrl(url)]);
    const c = await loadSpellerFromUrl(url);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(String(fetchMock.mock.calls[0]![0])).toBe(url);
    expect(a).toBe(b);
    expect(a).toBe(c);
    expect(a.correct('Hello')).toBe(true);
    expect(a.correct('helo')).toBe(false);
    // The extra job-search words come with every loaded speller.
    expect(a.correct('onboarding')).toBe(true);
  });

  it('keeps one speller per address', async () => {
    const fetchMock = stubFetch('alpha\n');
    const a = await loadSpellerFromUrl('moz-extension://1234-5678/dictionaries/en.txt');
    const b = await loadSpellerFromUrl('moz-extension://9999-0000/dictionaries/en.txt');
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(a).not.toBe(b);
  });

  it('refuses any address outside the extension package, without fetching', async () => {
    const fetchMock = stubFetch('alpha\n');
    for (const url of ['https://example.com/en.txt', 'http://localhost/en.txt', '/dictionaries/en.txt', 'data:text/plain,alpha']) {
      await expect(loadSpellerFromUrl(url), url).rejects.toThrow(/extension package|absolute/);
    }
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('reports a failed read and tries again on the next call', async () => {
    const url = 'chrome-extension://retry/dictionaries/en.txt';
    stubFetch('', 404);
    await expect(loadSpellerFromUrl(url)).rejects.toThrow(/404/);
    const fetchMock = stubFetch('alpha\n');
    const speller = await loadSpellerFromUrl(url);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(speller.correct('alpha')).toBe(true);
  });
});
