import type { ComponentChildren } from 'preact';
import { ChecksPanel } from './ChecksPanel';
import type { SidebarModel } from './model';

/** The sidebar: the checks of the focused draft, or how to get started. The offer to link the email to notes slots in above the checks, templates below. */
export function Sidebar({ model, link, templates }: { model: SidebarModel; link?: ComponentChildren; templates?: ComponentChildren }) {
  const status = model.status.value;
  return (
    <main class="sidebar">
      <header>
        <h1>Afterview</h1>
      </header>
      <p class="notice" role="status" aria-live="polite">
        {model.notice.value}
      </p>
      {status === 'loading' ? <p class="empty">Looking for your draft…</p> : null}
      {status === 'error' ? <p class="empty">Afterview could not reach its checker. Close and reopen this panel.</p> : null}
      {status === 'empty' ? (
        <div class="empty" data-testid="empty">
          <h2>No draft in view</h2>
          <p>Open Gmail or Outlook on the web, start a new message or a reply, and click into it. Its checks show up here as you type.</p>
          <p>Saved interview notes make the checks sharper: add them from the Afterview toolbar button.</p>
        </div>
      ) : null}
      {status === 'ready' ? link : null}
      {status === 'ready' ? <ChecksPanel model={model} /> : null}
      {templates}
    </main>
  );
}
