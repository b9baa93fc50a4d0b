/**
 * What the background knows about open composes: the latest draft and check of each, per
 * tab, and which one the user last worked in. The sidebar reads the focused one from here.
 * Plain data and functions: the wiring to messages and tabs lives in compose-services.ts.
 */
import type { CheckResult, Draft } from '@/lib/guidelines';

export interface ComposeEntry {
  tabId: number;
  composeId: string;
  site: 'gmail' | 'outlook';
  draft: Draft;
  result: CheckResult;
  /** Increases with every update, so the newest entry wins. */
  seq: number;
}

export interface ComposeRegistry {
  update(entry: Omit<ComposeEntry, 'seq'>, focused: boolean): ComposeEntry;
  remove(tabId: number, composeId: string): void;
  removeTab(tabId: number): void;
  focused(): ComposeEntry | null;
  get(tabId: number, composeId: string): ComposeEntry | null;
}

const key = (tabId: number, composeId: string) => `${tabId}\u0000${composeId}`;

export function createComposeRegistry(): ComposeRegistry {
  const entries = new Map<string, ComposeEntry>();
  let focusedKey: string | null = null;
  let seq = 0;
  return {
    update(entry, focused) {
      const k = key(entry.tabId, entry.composeId);
      const stored = { ...entry, seq: ++seq };
      entries.set(k, stored);
      if (focused || focusedKey === null) focusedKey = k;
      return stored;
    },
    remove(tabId, composeId) {
      const k = key(tabId, composeId);
      entries.delete(k);
      if (focusedKey === k) focusedKey = null;
    },
    removeTab(tabId) {
      for (const [k, e] of entries) if (e.tabId === tabId) entries.delete(k);
      if (focusedKey && !entries.has(focusedKey)) focusedKey = null;
    },
    focused() {
      return focusedKey ? entries.get(focusedKey) ?? null : null;
    },
    get(tabId, composeId) {
      return entries.get(key(tabId, composeId)) ?? null;
    },
  };
}
