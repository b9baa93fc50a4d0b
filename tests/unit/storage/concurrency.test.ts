import { describe, expect, it } from 'vitest';
import { NotesStore, companyKey, createLocalLockManager, type LockManagerLike } from '@/lib/platform/storage';
import { jitteryArea, memoryArea, sampleCompany, seeded } from './helpers';

const WRITERS = ['popup', 'notes page', 'side panel', 'background', 'context menu', 'sent-mail log'];
const WRITES_EACH = 15;

/**
 * Six writers, each with its own store instance as each page or worker has, share one
 * storage area and one lock manager (in the browser: `navigator.locks`, shared by every
 * extension page and the background). Every storage call waits a random number of ticks,
 * so reads and writes of different writers interleave.
 */
async function runWriters(locks: LockManagerLike, seed: number) {
  const area = memoryArea({
    [companyKey('c-lumen')]: { rev: 1, record: sampleCompany({ interviews: [{ ...sampleCompany().interviews[0]!, topics: [] }] }) },
  });
  const random = seeded(seed);
  const stores = WRITERS.map(() => new NotesStore({ area: jitteryArea(area, random), locks }));
  await Promise.all(
    stores.map(async (store, w) => {
      for (let i = 0; i < WRITES_EACH; i++) {
        if (i % 5 === 4) {
          await store.updateProfile((p) => ({ ...p, name: `${WRITERS[w]} ${i}` }));
        }
        await store.updateCompany('c-lumen', (r) => {
          r.interviews[0]!.topics.push(`${WRITERS[w]} #${i}`);
          return r;
        });
      }
    }),
  );
  return (await new NotesStore({ area, locks }).getStoredCompany('c-lumen'))!;
}

describe('many writers at once', () => {
  it('lose no update: every note of every writer is saved, and the revision counts every write', async () => {
    for (const seed of [1, 2, 3, 42, 1234]) {
      const stored = await runWriters(createLocalLockManager(), seed);
      const topics = stored.record.interviews[0]!.topics;
      expect(topics).toHaveLength(WRITERS.length * WRITES_EACH);
      for (const w of WRITERS) for (let i = 0; i < WRITES_EACH; i++) expect(topics).toContain(`${w} #${i}`);
      expect(stored.rev).toBe(1 + WRITERS.length * WRITES_EACH);
    }
  });

  it('the same interleavings without the locks do lose updates (the test can see a lost write)', async () => {
    const noLocks: LockManagerLike = { request: (_name, _options, callback) => callback() };
    const stored = await runWriters(noLocks, 42);
    expect(stored.record.interviews[0]!.topics.length).toBeLessThan(WRITERS.length * WRITES_EACH);
  });
});
