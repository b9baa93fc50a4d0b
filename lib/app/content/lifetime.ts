/**
 * The content script's own lifetime. WXT's `ctx.signal` also aborts when a DOM event named
 * after the extension id and the entrypoint ("…:webmail:wxt:content-script-started") reaches
 * `document`, meant for a newer copy of the script to stop the old one; but both parts of
 * that name are public, so the page's own JavaScript could dispatch it and switch Afterview
 * off. This lifetime ends only when the extension context is really gone (the extension was
 * updated, reloaded or removed), which no page can fake.
 */

/** Timers, injectable so tests can drive the clock. */
export interface LifetimeTimers {
  setInterval(callback: () => void, ms: number): unknown;
  clearInterval(id: unknown): void;
}

export interface Lifetime {
  readonly signal: AbortSignal;
  /** Probes the extension context now; aborts the lifetime when it is gone. Returns whether it is alive. */
  check(): boolean;
}

export const LIFETIME_CHECK_MS = 1000;

/**
 * A lifetime that ends the first time `alive()` says no (or throws: Firefox may answer a
 * dead context with "can't access dead object"). It is probed every `everyMs`: nothing
 * tells an old copy of a content script that the extension went away.
 */
export function createLifetime(alive: () => boolean, { everyMs = LIFETIME_CHECK_MS, timers = globalThis as LifetimeTimers }: { everyMs?: number; timers?: LifetimeTimers } = {}): Lifetime {
  const controller = new AbortController();
  const check = (): boolean => {
    if (controller.signal.aborted) return false;
    let ok = false;
    try {
      ok = alive();
    } catch {
      ok = false;
    }
    if (!ok) controller.abort(new Error('The extension context is gone.'));
    return ok;
  };
  if (check()) {
    const timer = timers.setInterval(check, everyMs);
    controller.signal.addEventListener('abort', () => timers.clearInterval(timer), { once: true });
  }
  return { signal: controller.signal, check };
}
