/**
 * The background's side of the compose integration: checks drafts for the badges, keeps
 * the focused draft for the sidebar, opens the sidebar, logs sends. Started once from the
 * background entrypoint; listeners are registered synchronously, as MV3 requires.
 */
import { browser } from 'wxt/browser';
import { loadSpellerFromUrl } from '@/lib/guidelines/spelling/load-extension';
import { handleMessages, type ScoreSummary } from '@/lib/messaging';
import type { CheckResult } from '@/lib/guidelines';
import { createChecker, type CheckerDeps } from './checker';
import { createComposeRegistry } from './compose-registry';

export function summarise(result: CheckResult): ScoreSummary {
  const failed = result.findings.filter((f) => f.status === 'fail');
  return {
    kind: result.kind,
    score: result.score,
    errors: failed.filter((f) => f.severity === 'error').length,
    warnings: failed.filter((f) => f.severity === 'warning').length,
    tips: failed.filter((f) => f.severity === 'tip').length,
  };
}

export interface ComposeServicesOptions {
  loadContext?: CheckerDeps['loadContext'];
  onSent?: (draft: Parameters<NonNullable<CheckerDeps['loadContext']>>[0], result: CheckResult) => Promise<void> | void;
}

/** Opens the sidebar from a click in the page. Chrome keeps the click's user gesture across the message; Firefox does not. */
function openSidebar(tabId: number | undefined, windowId: number | undefined): { opened: boolean; hint?: string } {
  const sidePanel = (browser as unknown as { sidePanel?: { open(o: { tabId?: number; windowId?: number }): Promise<void> } }).sidePanel;
  if (sidePanel && (tabId !== undefined || windowId !== undefined)) {
    // No await before open(): the gesture would be lost.
    sidePanel.open(tabId !== undefined ? { tabId } : { windowId }).catch(() => undefined);
    return { opened: true };
  }
  const sidebarAction = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebarAction) {
    sidebarAction.open().catch(() => undefined);
    return { opened: true, hint: 'If the sidebar did not open, choose Afterview under View › Sidebar.' };
  }
  return { opened: false, hint: 'Open Afterview from the toolbar to see the checks.' };
}

export function startComposeServices(options: ComposeServicesOptions = {}, signal: AbortSignal = new AbortController().signal): void {
  const registry = createComposeRegistry();
  const checker = createChecker({
    loadSpeller: () => loadSpellerFromUrl(browser.runtime.getURL('/dictionaries/en.txt' as '/')),
    loadContext: options.loadContext,
  });

  handleMessages(
    {
      async 'draft:check'({ composeId, site, draft, focused, kind }, sender) {
        const result = await checker.check(draft, kind);
        const tabId = sender.tab?.id;
        if (tabId !== undefined) registry.update({ tabId, composeId, site, draft, result }, focused);
        return summarise(result);
      },
      'draft:closed'({ composeId }, sender) {
        if (sender.tab?.id !== undefined) registry.remove(sender.tab.id, composeId);
        return null;
      },
      async 'draft:sent'({ composeId, draft }, sender) {
        const result = await checker.check(draft);
        if (sender.tab?.id !== undefined) registry.remove(sender.tab.id, composeId);
        await options.onSent?.(draft, result);
        return null;
      },
      'sidebar:open'(_payload, sender) {
        return openSidebar(sender.tab?.id, sender.tab?.windowId);
      },
      'focused:get'() {
        const f = registry.focused();
        return f ? { tabId: f.tabId, composeId: f.composeId, site: f.site, draft: f.draft, result: f.result } : null;
      },
    },
    signal,
  );
  const onRemoved = (tabId: number) => registry.removeTab(tabId);
  browser.tabs.onRemoved.addListener(onRemoved);
  signal.addEventListener('abort', () => browser.tabs.onRemoved.removeListener(onRemoved), { once: true });
}
