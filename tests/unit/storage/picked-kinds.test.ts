// The kind picked in the sidebar outlives the background worker: a new worker (a new
// pickedKinds over the same session area) gets back what the old one kept.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PICKED_KINDS_KEY, pickedKinds, sessionArea } from '@/lib/platform/storage/picked-kinds';
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
  it('survives null and nameless entries, and keeps them under the key compose:kinds', async () => {
    const session = memoryArea({ [PICKED_KINDS_KEY]: [null, { composeId: 'c', kind: 'update' }, { tabId: 2, kind: 'note' }, { tabId: 2, composeId: 'c', kind: 'note' }] });
    expect(await pickedKinds(session).restore()).toEqual([{ tabId: 2, composeId: 'c', kind: 'note' }]);
    const fresh = memoryArea();
    const kinds = pickedKinds(fresh);
    kinds.keep(1, 'c', 'follow-up');
    await settle();
    expect(fresh.data.get('compose:kinds')).toEqual([{ tabId: 1, composeId: 'c', kind: 'follow-up' }]);
  });

  it('writes only when something changed', async () => {
    const session = memoryArea();
    let writes = 0;
    const set = session.set.bind(session);
    session.set = async (items) => {
      writes++;
      return set(items);
    };
    const kinds = pickedKinds(session);
    kinds.keep(1, 'c', null); // nothing was picked: nothing to forget
    kinds.forgetTab(9); // no compose of that tab
    await settle();
    expect(writes).toBe(0);
    kinds.keep(1, 'c', 'note');
    kinds.forgetTab(1);
    await settle();
    expect(writes).toBe(2);
    expect(await pickedKinds(session).restore()).toEqual([]);
  });

  it("lives in the browser's session area", async () => {
    fakeBrowser.reset();
    const area = sessionArea();
    expect(area).toBeDefined();
    const kinds = pickedKinds(area);
    kinds.keep(5, 'c', 'update');
    await settle();
    expect(await fakeBrowser.storage.session.get(PICKED_KINDS_KEY)).toEqual({ [PICKED_KINDS_KEY]: [{ tabId: 5, composeId: 'c', kind: 'update' }] });
  });
});
