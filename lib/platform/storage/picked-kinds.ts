/**
 * The kind the user picked in the sidebar for a compose ("judge this as a follow-up"),
 * kept in `storage.session`: Chrome stops an idle background worker, and the worker's
 * memory goes with it, while the session area lasts until the browser closes and never
 * reaches the disk. Only tab and compose ids and the kind are kept, never the draft.
 */
import type { Kind } from '@/lib/core/guidelines/types';
import { sessionArea, type StorageAreaLike } from './area';
import { pickedKindsItem, type PickedKind } from './items';

export { sessionArea, type PickedKind };

export interface PickedKinds {
  /** Everything kept, as the last worker left it. */
  restore(): Promise<PickedKind[]>;
  /** Keeps the kind picked for a compose (null: detect again). */
  keep(tabId: number, composeId: string, kind: Kind | null): void;
  /** The tab closed: its composes' kinds go. */
  forgetTab(tabId: number): void;
}

export const PICKED_KINDS_KEY = pickedKindsItem.key;

/** The picked kinds over `area` (the session area); without one, they last as long as the worker. */
export function pickedKinds(area: StorageAreaLike | undefined): PickedKinds {
  const item = area ? pickedKindsItem.with({ area }) : undefined;
  const kept = new Map<string, PickedKind>();
  const key = (tabId: number, composeId: string) => `${tabId}:${composeId}`;
  const save = () => void item?.set([...kept.values()]).catch(() => undefined);
  return {
    async restore() {
      const list = (await item?.get().catch(() => undefined)) ?? [];
      for (const v of list) if (!kept.has(key(v.tabId, v.composeId))) kept.set(key(v.tabId, v.composeId), v);
      return [...kept.values()];
    },
    keep(tabId, composeId, kind) {
      const had = kept.delete(key(tabId, composeId));
      if (kind) kept.set(key(tabId, composeId), { tabId, composeId, kind });
      if (kind || had) save();
    },
    forgetTab(tabId) {
      let had = false;
      for (const [k, v] of kept) if (v.tabId === tabId) had = kept.delete(k) || had;
      if (had) save();
    },
  };
}
