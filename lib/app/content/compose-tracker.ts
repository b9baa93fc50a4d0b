/**
 * Finds every compose window of a webmail page as it comes and goes, and runs one
 * session per compose. Answers the insert requests addressed to this page.
 */
import type { InsertOutcome, RequestOf } from '@/lib/platform/messaging/protocol';
import type { WebmailAdapter } from '@/lib/dom/webmail/types';
import { startComposeSession, type ComposeSession, type SessionDeps } from './compose-session';
import { createUnderlinePainter } from './underlines';

export interface ComposeTracker {
  sessions(): ComposeSession[];
  /** Inserts into the compose with this id, or into the focused (else the only, else the last-used) compose. */
  insert(request: RequestOf<'compose:insert'>): Promise<InsertOutcome>;
  /** Shows a finding's words: their underline's card, else a selection. */
  select(request: RequestOf<'compose:select'>): { ok: boolean; reason?: string; card?: boolean };
  /** Applies a fix picked in the sidebar, over the words it was made for if they are still there. */
  fix(request: RequestOf<'compose:fix'>): Promise<{ ok: boolean; reason?: string }>;
  refresh(composeId?: string): void;
}

export function trackComposes(adapter: WebmailAdapter, doc: Document, deps: SessionDeps, signal: AbortSignal): ComposeTracker {
  const sessions = new Map<HTMLElement, ComposeSession>();
  let lastUsed: ComposeSession | null = null;
  // One highlight registry for the page; each compose draws its own underlines in it.
  const painter = createUnderlinePainter(doc, signal);

  const start = (root: HTMLElement) => {
    if (sessions.has(root)) return;
    try {
      const session = startComposeSession(adapter, root, deps, signal, painter);
      sessions.set(root, session);
      root.addEventListener('focusin', () => (lastUsed = session), { capture: true, passive: true, signal });
    } catch (error) {
      // One compose we cannot handle must not stop the others.
      console.warn('Afterview: could not attach to a compose window.', error);
    }
  };
  const stop = (root: HTMLElement) => {
    const session = sessions.get(root);
    if (!session) return;
    sessions.delete(root);
    if (lastUsed === session) lastUsed = null;
    session.dispose();
  };

  adapter.observeRoots(
    doc,
    ({ added, removed }) => {
      for (const root of removed) stop(root);
      for (const root of added) start(root);
    },
    signal,
  );
  // When the content script dies (an extension update), each session stops itself and its
  // badge stays behind saying to reload the tab; only a closed compose removes a badge.
  signal.addEventListener('abort', () => sessions.clear(), { once: true });

  const pick = (composeId?: string): ComposeSession | null => {
    const all = [...sessions.values()];
    if (composeId) return all.find((s) => s.id === composeId) ?? null;
    const focusedRoot = adapter.focusedRoot(doc);
    return (focusedRoot && sessions.get(focusedRoot)) || (all.length === 1 ? all[0]! : null) || (lastUsed && sessions.has(lastUsed.root) ? lastUsed : null);
  };

  return {
    sessions: () => [...sessions.values()],
    async insert({ composeId, mode, ...content }) {
      const session = pick(composeId);
      if (!session) return { ok: false, reason: composeId ? 'That compose window is closed.' : 'No compose window is open here. Click into the email you are writing, then try again.' };
      try {
        return await session.insert(content, mode);
      } catch (error) {
        return { ok: false, reason: `The text could not be inserted: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
    select({ composeId, field, text, occurrence, rule }) {
      const session = pick(composeId);
      if (!session) return { ok: false, reason: 'That compose window is closed.' };
      try {
        return session.select(field, text, occurrence, rule);
      } catch {
        return { ok: false, reason: 'The text could not be selected.' };
      }
    },
    async fix({ composeId, ...fix }) {
      const session = pick(composeId);
      if (!session) return { ok: false, reason: 'That compose window is closed.' };
      try {
        return await session.fix(fix);
      } catch (error) {
        return { ok: false, reason: `The fix could not be applied: ${error instanceof Error ? error.message : String(error)}` };
      }
    },
    refresh(composeId) {
      for (const session of sessions.values()) if (!composeId || session.id === composeId) session.refresh();
    },
  };
}
