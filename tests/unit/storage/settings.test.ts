import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getMutedRules, MUTED_RULES_KEY, onMutedRulesChanged, setRuleMuted } from '@/lib/platform/storage';
import { jitteryArea, memoryArea, seeded } from './helpers';

describe('muted rules (storage.local through the WXT fake browser)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads only the rulebook’s ids from what is stored', async () => {
    await fakeBrowser.storage.local.set({ [MUTED_RULES_KEY]: ['timing', 'not-a-rule', 7, 'timing'] });
    expect(await getMutedRules()).toEqual(['timing']);
  });

  it('starts empty, mutes and unmutes rules under one sorted key', async () => {
    expect(await getMutedRules()).toEqual([]);
    await setRuleMuted('timing', true);
    await setRuleMuted('next-step', true);
    await setRuleMuted('timing', true);
    expect(await getMutedRules()).toEqual(['next-step', 'timing']);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [MUTED_RULES_KEY]: ['next-step', 'timing'] });
    await setRuleMuted('timing', false);
    expect(await getMutedRules()).toEqual(['next-step']);
  });

  it('refuses an id that is not a rule, and writes nothing', async () => {
    await expect(setRuleMuted('not-a-rule', true)).rejects.toThrow(/not a rule/);
    await expect(setRuleMuted('__proto__', true)).rejects.toThrow(RangeError);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('ignores stored junk: unknown ids, duplicates, a non-list', async () => {
    await fakeBrowser.storage.local.set({ [MUTED_RULES_KEY]: ['spelling', 'nope', 42, 'spelling', null] });
    expect(await getMutedRules()).toEqual(['spelling']);
    await fakeBrowser.storage.local.set({ [MUTED_RULES_KEY]: 'spelling' });
    expect(await getMutedRules()).toEqual([]);
  });

  it('tells subscribers about every change until their signal aborts', async () => {
    const seen: string[][] = [];
    const controller = new AbortController();
    onMutedRulesChanged((ids) => seen.push(ids), controller.signal);
    await setRuleMuted('length', true);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await setRuleMuted('spelling', true);
    controller.abort();
    await setRuleMuted('length', false);
    expect(seen).toEqual([['length'], ['length', 'spelling']]);
  });

  it('keeps every change when many writers interleave', async () => {
    const area = jitteryArea(memoryArea(), seeded(7));
    const ids = ['timing', 'length', 'spelling', 'gratitude', 'door-open', 'next-step'];
    await Promise.all(ids.map((id) => setRuleMuted(id, true, { area })));
    expect(await getMutedRules({ area })).toEqual([...ids].sort());
  });
});
