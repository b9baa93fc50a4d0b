/**
 * When an edit is checked. The sentence being typed is judged only once the user pauses:
 * checked at every key, a half-typed word is a misspelling for a moment and a half-written
 * sentence is "too short" or "missing its verb", so the score and the underlines flicker. A key
 * that ends a sentence (. ! ? : ; or a new line), a deletion, a paste, a fix or a template, and
 * a change the page makes itself are checked at once.
 */

/** How long typing must stop before the sentence in progress is judged. */
export const TYPING_PAUSE_MS = 600;

/** Whether an input event is one character typed into a sentence still being written (or an IME composition). */
export function waitsForPause(event: Event | null): boolean {
  if (!event || !('inputType' in event)) return false;
  const { inputType, data } = event as InputEvent;
  if (inputType === 'insertCompositionText') return true;
  // One character typed; more at once is a paste, a fix or a template, checked at once.
  return inputType === 'insertText' && typeof data === 'string' && [...data].length === 1 && !/[.!?:;\n]/.test(data);
}

interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Paces `check` for one compose: `edited(event)` after each edit, with the last input event
 * since the previous call (or null for an edit without one, such as a recipient chip).
 */
export function createEditPacer(check: () => void, signal: AbortSignal, pauseMs = TYPING_PAUSE_MS, timers: Timers = globalThis as unknown as Timers) {
  let waiting: unknown;
  const cancel = () => {
    if (waiting !== undefined) timers.clearTimeout(waiting);
    waiting = undefined;
  };
  signal.addEventListener('abort', cancel, { once: true });
  return {
    edited(event: Event | null): void {
      if (signal.aborted) return;
      cancel();
      if (waitsForPause(event)) {
        waiting = timers.setTimeout(() => {
          waiting = undefined;
          if (!signal.aborted) check();
        }, pauseMs);
      } else check();
    },
  };
}
