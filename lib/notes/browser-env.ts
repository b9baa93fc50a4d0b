/**
 * The few browser calls the notes pages need, so that UI code never touches `browser.*`
 * itself: the active tab's site, opening the notes page, and the popup's unsaved draft.
 */
import { browser } from 'wxt/browser';

/** The host of the active tab (known when the user opened the popup on it), if any. */
export async function activeTabHost(): Promise<string | undefined> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (!tab?.url || !/^https?:/.test(tab.url)) return undefined;
    return new URL(tab.url).hostname;
  } catch {
    return undefined;
  }
}

export function notesPageUrl(hash = ''): string {
  return browser.runtime.getURL(`/notes.html${hash}` );
}

export async function openNotesPage(hash = ''): Promise<void> {
  await browser.tabs.create({ url: notesPageUrl(hash) });
}

/** What the user typed in the popup but did not save yet; kept for the browser session only. */
export interface DraftStorage {
  load(): Promise<unknown>;
  save(value: unknown): Promise<void>;
}

const DRAFT_KEY = 'popup-draft';

export function sessionDraftStorage(): DraftStorage {
  const area = (browser.storage as unknown as { session?: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } }).session;
  return {
    async load() {
      try {
        return area ? (await area.get(DRAFT_KEY))[DRAFT_KEY] : undefined;
      } catch {
        return undefined;
      }
    },
    async save(value) {
      try {
        await area?.set({ [DRAFT_KEY]: value });
      } catch {
        // A draft that cannot be kept is only a convenience lost.
      }
    },
  };
}
