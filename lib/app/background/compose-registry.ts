/**
 * What the background knows about open composes: the latest draft and check of each, per
 * tab, the kind the user chose for it, and which compose the user last worked in. The
 * sidebar reads the focused one from here. Plain data and functions: the wiring to
 * messages and tabs lives in compose-services.ts.
 */
import type { CheckResult, Draft, Kind } from '@/lib/core/guidelines';
import type { SiteId } from '@/lib/core/sites/sites';

export interface ComposeEntry {
  tabId: number;
  composeId: string;
  site: SiteId;
  draft: Draft;
  result: CheckResult;
  kindOverride: Kind | null;
  /**
   * Which version of the settings (dictionary, muted rules, notes) `result` was checked under:
   * a result older than the settings is checked again (compose-services.ts).
   */
  settingsVersion: number;
  /** Increases with every update, so the newest entry wins. */
  seq: number;
}

export interface ComposeRegistry {
  update(entry: Omit<ComposeEntry, 'seq' | 'kindOverride'>, focused: boolean): ComposeEntry;
  setKind(tabId: number, composeId: string, kind: Kind | null): ComposeEntry | null;
  kindOf(tabId: number, composeId: string): Kind | null;
  remove(tabId: number, composeId: string): void;
  removeTab(tabId: number): void;
  /** The user switched to this tab: its most recent compose becomes the focused one. */
  focusTab(tabId: number): boolean;
  focused(): ComposeEntry | null;
  get(tabId: number, composeId: string): ComposeEntry | null;
}

const key = (tabId: number, composeId: string) => `${tabId}\u0000${composeId}`;

export function createComposeRegistry(): ComposeRegistry {
  const entries = new Map<string, ComposeEntry>();
  const kinds = new Map<string, Kind>();
  let focusedKey: string | null = null;
  let seq = 0;
  return {
    update(entry, focused) {
      const k = key(entry.tabId, entry.composeId);
      const stored = { ...entry, kindOverride: kinds.get(k) ?? null, seq: ++seq };
      entries.set(k, stored);
      if (focused || focusedKey === null) focusedKey = k;
      return stored;
    },
    setKind(tabId, composeId, kind) {
      const k = key(tabId, composeId);
      if (kind) kinds.set(k, kind);
      else kinds.delete(k);
      const entry = entries.get(k);
      if (!entry) return null;
      const updated = { ...entry, kindOverride: kind, seq: ++seq };
      entries.set(k, updated);
      return updated;
    },
    kindOf(tabId, composeId) {
      return kinds.get(key(tabId, composeId)) ?? null;
    },
    remove(tabId, composeId) {
      const k = key(tabId, composeId);
      entries.delete(k);
      kinds.delete(k);
      if (focusedKey === k) focusedKey = null;
    },
    removeTab(tabId) {
      for (const [k, e] of entries) {
        if (e.tabId !== tabId) continue;
        entries.delete(k);
        kinds.delete(k);
      }
      if (focusedKey && !entries.has(focusedKey)) focusedKey = null;
    },
    focusTab(tabId) {
      let best: ComposeEntry | null = null;
      for (const e of entries.values()) if (e.tabId === tabId && (!best || e.seq > best.seq)) best = e;
      if (!best) return false;
      const k = key(best.tabId, best.composeId);
      if (k === focusedKey) return false;
      focusedKey = k;
      return true;
    },
    focused() {
      return focusedKey ? (entries.get(focusedKey) ?? null) : null;
    },
    get(tabId, composeId) {
      return entries.get(key(tabId, composeId)) ?? null;
    },
  };
}
