/**
 * Listening to the extension API's events for as long as something lives: every listener the
 * platform modules add is removed when its lifetime (an AbortSignal) aborts.
 */

/** What the extension API's events (`browser.<api>.on<Event>`) have in common. */
export interface BrowserEvent<A extends unknown[]> {
  addListener(listener: (...args: A) => void): void;
  removeListener(listener: (...args: A) => void): void;
}

/** Calls `listener` on each `event` until `lifetime` aborts. An event this browser lacks is skipped. */
export function listen<A extends unknown[]>(event: BrowserEvent<A> | undefined, listener: (...args: A) => void, lifetime?: AbortSignal): void {
  if (!event || lifetime?.aborted) return;
  event.addListener(listener);
  lifetime?.addEventListener('abort', () => event.removeListener(listener), { once: true });
}
