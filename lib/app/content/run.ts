/**
 * The content script's whole job, given the page: pick the adapter for this site, track
 * its composes, talk to the background through the messaging module. A page no adapter
 * knows is left exactly as it is.
 */
import { handleMessages, sendToBackground } from '@/lib/platform/messaging';
import { adapterFor } from '@/lib/dom/webmail/registry';
import type { ContentViews, SessionDeps } from './compose-session';
import { trackComposes, type ComposeTracker } from './compose-tracker';
import { retryWithBackoff } from './retry';

/**
 * The sessions' link to the background. A sent report is retried for as long as the content
 * script lives (`life`), not the compose, which closes as soon as it is sent: Chrome may stop
 * the worker while it handles the report, and the report would be lost.
 */
const messagingDeps = (life: AbortSignal): Omit<SessionDeps, 'views'> => ({
  check: (request) => sendToBackground('draft:check', request),
  closed: (composeId) => void sendToBackground('draft:closed', { composeId }).catch(() => undefined),
  sent: (request) => void retryWithBackoff(() => sendToBackground('draft:sent', request), life),
  openSidebar: (composeId) => sendToBackground('sidebar:open', { composeId }),
  muteRule: (rule) => sendToBackground('rule:mute', { rule }),
  addWord: (word) => sendToBackground('dictionary:add', { word }),
  noteValue: (composeId, slot) => sendToBackground('fix:note-value', { composeId, slot }),
});

/**
 * Starts on a page an adapter serves. Both sites are single-page apps: a tab that opens on
 * the calendar and moves to the mail starts then, when `onLocationChange` reports it (until
 * the signal it is given aborts: once started, or when `signal` does).
 */
export function runContentScript(
  doc: Document,
  signal: AbortSignal,
  options: { views: ContentViews; deps?: Omit<SessionDeps, 'views'>; onLocationChange?: (listener: () => void, signal: AbortSignal) => void },
): { tracker(): ComposeTracker | null } {
  let tracker: ComposeTracker | null = null;
  const waiting = new AbortController();
  signal.addEventListener('abort', () => waiting.abort(), { once: true, signal: waiting.signal });
  const tryStart = () => {
    if (tracker || signal.aborted) return;
    const adapter = adapterFor(doc.location?.href ?? '');
    if (!adapter) return;
    tracker = trackComposes(adapter, doc, { ...(options.deps ?? messagingDeps(signal)), views: options.views }, signal);
    waiting.abort();
    const started = tracker;
    handleMessages(
      {
        'compose:insert': (request) => started.insert(request),
        'compose:select': (request) => started.select(request),
        'compose:fix': (request) => started.fix(request),
        'compose:refresh': ({ composeId }) => (started.refresh(composeId), null),
      },
      signal,
    );
  };
  tryStart();
  if (!tracker) options.onLocationChange?.(tryStart, waiting.signal);
  return { tracker: () => tracker };
}
