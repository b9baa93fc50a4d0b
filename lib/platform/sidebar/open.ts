/**
 * Opening Afterview's sidebar: Chrome's side panel or Firefox's sidebar. Both browsers open
 * it only in answer to a user action, so call this straight from the click, key or message
 * handler, before any await. Without a tab or window, it opens in the current window.
 */
import { browser } from 'wxt/browser';

interface SidebarApis {
  sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
  windows?: { WINDOW_ID_CURRENT: number };
}

export function openSidebar(where: { tabId?: number; windowId?: number } = {}): { opened: boolean; hint?: string } {
  const api = browser as unknown as SidebarApis;
  if (api.sidePanel) {
    const target = where.tabId !== undefined ? { tabId: where.tabId } : { windowId: where.windowId ?? api.windows?.WINDOW_ID_CURRENT };
    if (target.tabId !== undefined || target.windowId !== undefined) {
      api.sidePanel.open(target).catch(() => undefined);
      return { opened: true };
    }
  }
  if (api.sidebarAction) {
    // Firefox honours this only from a user action in an extension page, not from a web page's click.
    api.sidebarAction.open().catch(() => undefined);
    return { opened: true, hint: 'If the sidebar did not open, press Alt+Shift+Y or choose Afterview under View › Sidebar.' };
  }
  return { opened: false, hint: 'Open Afterview from the toolbar to see the checks.' };
}
