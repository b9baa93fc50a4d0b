/**
 * When an edit is checked. A letter typed inside the word being written is judged only once
 * the user pauses: checked at every key, a half-typed word is a misspelling for a moment and
 * the score and underlines flicker. Anything that finishes a word (a space, punctuation, a new
 * line), deletes, pastes or comes from the page's own script is checked at once.
 */

/** How long typing must stop before a word in progress is judged. */
export const WORD_PAUSE_MS = 600;

/** Whether an input event is a letter (or digit) typed into a word in progress, or an IME composition. */
export function isWordInProgress(event: Event | null): boolean {
  if (!event || !('inputType' in event)) return false;
  const { inputType, data } = event as InputEvent;
  if (inputType === 'insertCompositionText') return true;
  return inputType === 'insertText' && typeof data === 'string' && /^[\p{L}\p{N}\p{M}'’-]$/u.test(data);
}

interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * Paces `check` for one compose: `edited(event)` after each edit, with the last input event
 * since the previous call (or null for an edit without one, such as a recipient chip).
 */
export function createEditPacer(check: () => void, signal: AbortSignal, pauseMs = WORD_PAUSE_MS, timers: Timers = globalThis as unknown as Timers) {
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
      if (isWordInProgress(event)) {
        waiting = timers.setTimeout(() => {
          waiting = undefined;
          if (!signal.aborted) check();
        }, pauseMs);
      } else check();
    },
  };
}
