// The kind picked in the sidebar outlives the background worker: a new worker (a new
// pickedKinds over the same session area) gets back what the old one kept.
import { describe, expect, it } from 'vitest';
import { PICKED_KINDS_KEY, pickedKinds } from '@/lib/storage/picked-kinds';
import { memoryArea } from './helpers';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('kinds picked in the sidebar', () => {
  it('a worker started again gets back the kinds picked before it stopped', async () => {
    const session = memoryArea();
    const first = pickedKinds(session);
    await first.restore();
    first.keep(3, 'c1', 'withdrawal');
    first.keep(3, 'c2', 'follow-up');
    first.keep(4, 'c1', 'update');
    first.keep(3, 'c2', null); // back to detecting
    await settle();
    const second = pickedKinds(session);
    expect(await second.restore()).toEqual([
      { tabId: 3, composeId: 'c1', kind: 'withdrawal' },
      { tabId: 4, composeId: 'c1', kind: 'update' },
    ]);
    second.forgetTab(3);
    await settle();
    expect(await pickedKinds(session).restore()).toEqual([{ tabId: 4, composeId: 'c1', kind: 'update' }]);
  });

  it('ignores what it did not write, and works (in memory) without a session area', async () => {
    const session = memoryArea({ [PICKED_KINDS_KEY]: [{ tabId: 'x', composeId: 'c', kind: 'update' }, { tabId: 1, composeId: 'c', kind: 'rant' }, 'junk'] });
    expect(await pickedKinds(session).restore()).toEqual([]);
    const none = pickedKinds(undefined);
    none.keep(1, 'c', 'note');
    expect(await none.restore()).toEqual([{ tabId: 1, composeId: 'c', kind: 'note' }]);
  });
});
