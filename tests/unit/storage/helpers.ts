import type { StorageAreaLike } from '@/lib/platform/storage';
import type { CompanyRecord } from '@/lib/core/notes/types';

/** A storage area kept in a Map, as `storage.local` behaves: values are copied in and out. */
export function memoryArea(initial: Record<string, unknown> = {}): StorageAreaLike & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  return {
    data,
    async get(keys) {
      const list = keys == null ? [...data.keys()] : typeof keys === 'string' ? [keys] : keys;
      const out: Record<string, unknown> = {};
      for (const k of list) if (data.has(k)) out[k] = structuredClone(data.get(k));
      return out;
    },
    async set(items) {
      for (const [k, v] of Object.entries(structuredClone(items))) data.set(k, v);
    },
    async remove(keys) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k);
    },
  };
}

/** Wraps an area so that every call first waits a random number of macrotasks: writers interleave. */
export function jitteryArea(inner: StorageAreaLike, random: () => number): StorageAreaLike {
  const pause = async () => {
    const n = Math.floor(random() * 4);
    for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
  };
  return {
    async get(keys) {
      await pause();
      return inner.get(keys);
    },
    async set(items) {
      await pause();
      return inner.set(items);
    },
    async remove(keys) {
      await pause();
      return inner.remove(keys);
    },
  };
}

/** A seeded pseudo-random generator (mulberry32), so a failing interleaving can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sampleCompany(overrides: Partial<CompanyRecord> = {}): CompanyRecord {
  return {
    id: 'c-lumen',
    name: 'Lumen Freight',
    domains: ['lumenfreight.io'],
    role: 'Backend Engineer',
    stage: 'interviewing',
    interviews: [
      {
        id: 'i-1',
        at: '2026-03-04T15:00:00.000Z',
        format: 'video',
        decisionDate: '2026-03-14',
        interviewers: [
          { id: 'p-1', name: 'Priya Raman', title: 'Engineering Manager', email: 'priya@lumenfreight.io', lead: true },
          { id: 'p-2', name: 'Tomás Ibarra', title: 'VP Engineering', email: 'tomas.ibarra@gmail.com', mostSenior: true },
        ],
        topics: ['route planning'],
        challenges: ['slow nightly batch jobs'],
        wishISaid: [],
        ideas: [],
        news: [],
      },
    ],
    followUps: [],
    updatedAt: '2026-03-04T16:00:00.000Z',
    ...overrides,
  };
}
