/**
 * Tabs, the extension's own pages and the keyboard commands, for the app layer: the only
 * place besides the other platform modules that calls `browser.tabs`, `browser.runtime.getURL`
 * or `browser.commands`.
 */
import { browser, type PublicPath } from 'wxt/browser';
import { listen, type BrowserEvent } from './events';

/** A file of the built extension (`/dictionaries/en.txt`), or one of its pages with a query or hash (`/notes.html#…`). */
export type ExtensionPath = PublicPath | `${Extract<PublicPath, `${string}.html`>}${string}`;

export const extensionUrl = (path: ExtensionPath): string => browser.runtime.getURL(path as PublicPath);

/** Opens `url` (a page of the extension, usually) in a new tab. */
export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

export const openExtensionPage = (path: ExtensionPath): Promise<void> => openTab(extensionUrl(path));

/** Whether the tab is the active one of its window; false for a tab that is gone. */
export const isTabActive = (tabId: number): Promise<boolean> =>
  browser.tabs.get(tabId).then(
    (tab) => tab.active,
    () => false,
  );

/** The ids of every open tab. */
export const allTabIds = async (): Promise<number[]> => (await browser.tabs.query({})).flatMap((tab) => (tab.id === undefined ? [] : [tab.id]));

export const onTabRemoved = (listener: (tabId: number) => void, lifetime?: AbortSignal) => listen(browser.tabs.onRemoved as BrowserEvent<[number]>, listener, lifetime);

export const onTabActivated = (listener: (info: { tabId: number }) => void, lifetime?: AbortSignal) =>
  listen(browser.tabs.onActivated as BrowserEvent<[{ tabId: number }]>, listener, lifetime);

/** A keyboard command of the manifest, with the tab it was pressed in (Firefox has no `commands` in some contexts). */
export const onCommand = (listener: (command: string, tab?: { id?: number; windowId?: number }) => void, lifetime?: AbortSignal) =>
  listen(browser.commands?.onCommand as BrowserEvent<[string, { id?: number; windowId?: number }?]> | undefined, listener, lifetime);
