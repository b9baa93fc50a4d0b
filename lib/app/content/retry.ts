/**
 * Retrying a report the background may never have answered. Chrome stops the extension's
 * service worker when it likes, also in the middle of handling a message: the sender then
 * gets an error (or, in the worst case, no answer at all) and the report is lost unless it
 * is sent again. Only for reports the background treats as idempotent: `draft:sent` is
 * logged once however often it arrives (recordSentFollowUp ignores a second report of the
 * same message within two minutes).
 */

/** Timers, injectable so tests can drive the clock. */
export interface RetryTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** The waits between attempts: six attempts over about half a minute. */
export const RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 4000, 8000, 15_000];
/** An attempt with no answer after this long counts as failed (a stopped worker may never answer). */
export const ATTEMPT_TIMEOUT_MS = 10_000;

/**
 * Calls `attempt` until it resolves, waiting longer after each failure, at most
 * `delaysMs.length + 1` times, and never once `signal` has aborted. Resolves to whether an
 * attempt succeeded; never rejects.
 */
export async function retryWithBackoff(
  attempt: () => Promise<unknown>,
  signal: AbortSignal,
  {
    delaysMs = RETRY_DELAYS_MS,
    attemptTimeoutMs = ATTEMPT_TIMEOUT_MS,
    timers = globalThis as RetryTimers,
  }: { delaysMs?: readonly number[]; attemptTimeoutMs?: number; timers?: RetryTimers } = {},
): Promise<boolean> {
  const wait = (ms: number) =>
    new Promise<boolean>((resolve) => {
      if (signal.aborted) return resolve(false);
      const onAbort = () => {
        timers.clearTimeout(id);
        resolve(false);
      };
      const id = timers.setTimeout(() => {
        signal.removeEventListener('abort', onAbort);
        resolve(true);
      }, ms);
      signal.addEventListener('abort', onAbort, { once: true });
    });
  const once = async (): Promise<boolean> => {
    let timer: unknown;
    const timeout = new Promise<never>((_, reject) => {
      timer = timers.setTimeout(() => reject(new Error('no answer')), attemptTimeoutMs);
    });
    try {
      await Promise.race([Promise.resolve().then(attempt), timeout]);
      return true;
    } catch {
      return false;
    } finally {
      timers.clearTimeout(timer);
    }
  };
  for (let tried = 0; !signal.aborted; tried++) {
    if (await once()) return true;
    if (tried >= delaysMs.length || !(await wait(delaysMs[tried]!))) return false;
  }
  return false;
}
