/** The personal dictionary: stored once, shared by every page, carried in backups. */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createLocalLockManager, KEY, NotesStore } from '@/lib/platform/storage';
import { MAX_DICTIONARY_WORDS, normaliseDictionary } from '@/lib/platform/storage/items';
import { withPersonalWords } from '@/lib/core/guidelines/spelling/personal';
import { checkDraft } from '@/lib/core/guidelines';

describe('the personal dictionary', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads a word typed in decomposed form as the composed one, and never more than the limit', () => {
    expect(normaliseDictionary(['Zoe\u0308', 'Zoë'])).toEqual(['Zoë']);
    const many = Array.from({ length: MAX_DICTIONARY_WORDS + 5 }, (_, i) => `word${String(i).padStart(5, '0')}`);
    const kept = normaliseDictionary(many);
    expect(kept).toHaveLength(MAX_DICTIONARY_WORDS);
    expect(kept.at(-1)).toBe(`word${String(MAX_DICTIONARY_WORDS - 1).padStart(5, '0')}`);
  });

  it('adds words once, sorted, and removes them', async () => {
    const store = new NotesStore();
    await store.addDictionaryWord('Kubernetes');
    await store.addDictionaryWord('dbt');
    await store.addDictionaryWord('dbt');
    expect(await store.getDictionary()).toEqual(['dbt', 'Kubernetes']);
    expect((await fakeBrowser.storage.local.get(KEY.dictionary))[KEY.dictionary]).toEqual({ words: ['dbt', 'Kubernetes'] });
    await store.removeDictionaryWord('dbt');
    expect(await store.getDictionary()).toEqual(['Kubernetes']);
  });

  it('refuses what is not a single word, and keeps only valid words from a damaged item', async () => {
    const store = new NotesStore();
    await expect(store.addDictionaryWord('two words')).rejects.toThrow(/not a single word/);
    await expect(store.addDictionaryWord('<img src=x>')).rejects.toThrow(/not a single word/);
    await expect(store.addDictionaryWord('x'.repeat(65))).rejects.toThrow(/not a single word/);
    await fakeBrowser.storage.local.set({ [KEY.dictionary]: { words: ['ok', 42, null, 'no way', 'fine'] } });
    expect(await store.getDictionary()).toEqual(['fine', 'ok']);
    await fakeBrowser.storage.local.set({ [KEY.dictionary]: 'garbage' });
    expect(await store.getDictionary()).toEqual([]);
  });

  it('keeps every word when two pages add at once (one lock manager, as navigator.locks is in the browser)', async () => {
    const locks = createLocalLockManager();
    const a = new NotesStore({ locks });
    const b = new NotesStore({ locks });
    const words = Array.from({ length: 40 }, (_, i) => `term${i}`);
    await Promise.all(words.map((w, i) => (i % 2 ? a : b).addDictionaryWord(w)));
    expect((await a.getDictionary()).length).toBe(40);
  });

  it('travels in the backup: replace takes the backup’s words, merge joins them', async () => {
    const store = new NotesStore();
    await store.addDictionaryWord('Figma');
    const { text } = await store.exportBackup();
    expect(JSON.parse(text).data.dictionary).toEqual(['Figma']);
    await store.wipe();
    expect(await store.getDictionary()).toEqual([]);
    await store.addDictionaryWord('dbt');
    expect((await store.importBackup(text, 'merge')).ok).toBe(true);
    expect(await store.getDictionary()).toEqual(['dbt', 'Figma']);
    expect((await store.importBackup(text, 'replace')).ok).toBe(true);
    expect(await store.getDictionary()).toEqual(['Figma']);
  });

  it('a backup from before the dictionary existed imports and leaves the words alone on merge', async () => {
    const store = new NotesStore();
    const { text } = await store.exportBackup();
    expect(JSON.parse(text).data.dictionary).toBeUndefined();
    await store.addDictionaryWord('Terraform');
    expect((await store.importBackup(text, 'merge')).ok).toBe(true);
    expect(await store.getDictionary()).toEqual(['Terraform']);
  });
});

describe('withPersonalWords', () => {
  const base = { correct: (w: string) => ['the', 'team', 'uses', 'for', 'models'].includes(w.toLowerCase()) };
  const d = (bodyText: string) => ({ subject: 'Thank you', to: [], cc: [], bodyText });

  it('accepts the user’s words in any case and asks the packaged speller for the rest', () => {
    const speller = withPersonalWords(base, ['dbt'])!;
    expect(speller.correct('dbt')).toBe(true);
    expect(speller.correct('Dbt')).toBe(true);
    expect(speller.correct('team')).toBe(true);
    expect(speller.correct('dbtx')).toBe(false);
    expect(withPersonalWords(undefined, ['dbt'])).toBeUndefined();
    expect(withPersonalWords(base, [])).toBe(base);
  });

  it('a word the user added is no longer a spelling finding', () => {
    const body = 'The team uses dbtq for models.';
    const before = checkDraft(d(body), undefined, { speller: base }).findings.find((f) => f.rule === 'spelling')!;
    expect(before.status).toBe('fail');
    const after = checkDraft(d(body), undefined, { speller: withPersonalWords(base, ['dbtq']) }).findings.find((f) => f.rule === 'spelling')!;
    expect(after.status).toBe('pass');
  });
});
