import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ATTEMPT_TIMEOUT_MS, RETRY_DELAYS_MS, retryWithBackoff } from '@/lib/app/content/retry';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** An attempt that fails `failures` times (the worker stopped mid-message), then succeeds. */
const failingFirst = (failures: number) => vi.fn(async () => (failures-- > 0 ? Promise.reject(new Error('The message port closed before a response was received.')) : null));

describe('retrying a lost report', () => {
  it('sends once when the first attempt is answered, and leaves no timer behind', async () => {
    const attempt = failingFirst(0);
    await expect(retryWithBackoff(attempt, new AbortController().signal)).resolves.toBe(true);
    expect(attempt).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('tries again after each failure, waiting longer each time, until one is answered', async () => {
    const attempt = failingFirst(3);
    const done = retryWithBackoff(attempt, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(0);
    expect(attempt).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]! - 1);
    expect(attempt).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempt).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[1]!);
    expect(attempt).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[2]!);
    expect(attempt).toHaveBeenCalledTimes(4);
    await expect(done).resolves.toBe(true);
    expect(RETRY_DELAYS_MS[2]!).toBeGreaterThan(RETRY_DELAYS_MS[1]!);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives up after a few attempts over about half a minute', async () => {
    const attempt = failingFirst(Infinity);
    let result: boolean | undefined;
    void retryWithBackoff(attempt, new AbortController().signal).then((r) => (result = r));
    const span = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);
    expect(span).toBeGreaterThanOrEqual(25_000);
    expect(span).toBeLessThanOrEqual(40_000);
    await vi.advanceTimersByTimeAsync(span - 1);
    expect(result).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(result).toBe(false);
    expect(attempt).toHaveBeenCalledTimes(RETRY_DELAYS_MS.length + 1);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempt).toHaveBeenCalledTimes(RETRY_DELAYS_MS.length + 1);
  });

  it('counts an attempt that is never answered as failed, and tries again', async () => {
    let calls = 0;
    const attempt = vi.fn(() => (++calls === 1 ? new Promise<never>(() => undefined) : Promise.resolve(null)));
    const done = retryWithBackoff(attempt, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(ATTEMPT_TIMEOUT_MS - 1);
    expect(attempt).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1 + RETRY_DELAYS_MS[0]!);
    expect(attempt).toHaveBeenCalledTimes(2);
    await expect(done).resolves.toBe(true);
  });

  it('stops when the content script ends (an extension update), not before', async () => {
    const life = new AbortController();
    const attempt = failingFirst(Infinity);
    const done = retryWithBackoff(attempt, life.signal);
    await vi.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0]!);
    expect(attempt).toHaveBeenCalledTimes(2);
    life.abort();
    await expect(done).resolves.toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(attempt).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });
});
