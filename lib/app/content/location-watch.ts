/**
 * Calls `onChange` when the page's address changes (Gmail and Outlook are single-page apps
 * that move between mail, calendar and contacts without loading a page), until `signal`
 * aborts. WXT's own watcher lives on its content-script context, which a page can stop
 * (see lifetime.ts); this one lives on ours.
 */
export const LOCATION_POLL_MS = 1000;

export function watchLocation(win: Window, onChange: () => void, signal: AbortSignal, everyMs = LOCATION_POLL_MS): void {
  if (signal.aborted) return;
  let last = win.location.href;
  const compare = () => {
    const now = win.location.href;
    if (now === last) return;
    last = now;
    onChange();
  };
  // history.pushState fires no event: a poll catches it; back, forward and hash moves are seen at once.
  win.addEventListener('popstate', compare, { signal });
  win.addEventListener('hashchange', compare, { signal });
  const timer = setInterval(compare, everyMs);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
