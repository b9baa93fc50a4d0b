/**
 * The few browser calls the notes pages need, so that UI code never touches `browser.*`
 * itself: the active tab's site, opening the notes page, and the popup's unsaved draft.
 */
import { browser } from 'wxt/browser';
import { sendToBackground } from '@/lib/platform/messaging';
import type { ActiveSite } from '@/lib/core/notes/capture-guess';
import { popupDraftItem, type PopupDraft } from '@/lib/platform/storage/items';

/**
 * The tab the popup was opened on: its host and, on a webmail tab, the recipients of the
 * email being written there (the background knows the focused compose). Known only when
 * the user opened the popup on that tab.
 */
export async function activeTabSite(): Promise<ActiveSite | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab) return undefined;
    const host = tab.url && /^https?:/.test(tab.url) ? new URL(tab.url).hostname : '';
    // Matched by tab id, so that a webmail tab is recognised even when its address is hidden.
    const focused = tab.id === undefined ? null : await sendToBackground('focused:get', {}).catch(() => null);
    if (focused && focused.tabId === tab.id) return { host, recipients: [...focused.draft.to, ...focused.draft.cc] };
    return host ? { host } : undefined;
  } catch {
    return undefined;
  }
}

export function notesPageUrl(hash = ''): string {
  return browser.runtime.getURL(`/notes.html${hash}`);
}

export async function openNotesPage(hash = ''): Promise<void> {
  await browser.tabs.create({ url: notesPageUrl(hash) });
}

/** What the user typed in the popup but did not save yet; kept for the browser session only. */
export interface DraftStorage {
  load(): Promise<unknown>;
  save(value: unknown): Promise<void>;
}

/** Over `popupDraftItem` (storage.session): a draft that cannot be read or kept is only a convenience lost. */
export function sessionDraftStorage(): DraftStorage {
  return {
    load: () => popupDraftItem.get().catch(() => undefined),
    async save(value) {
      await popupDraftItem.set(value as PopupDraft).catch(() => undefined);
    },
  };
}
