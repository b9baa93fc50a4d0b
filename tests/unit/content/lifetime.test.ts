import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLifetime, LIFETIME_CHECK_MS } from '@/lib/app/content/lifetime';
import { LOCATION_POLL_MS, watchLocation } from '@/lib/app/content/location-watch';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe("the content script's lifetime", () => {
  it('lasts while the extension context is alive, whatever the page dispatches', () => {
    const life = createLifetime(() => true);
    // The event WXT's own context stops on; the name is public, so a page can send it.
    document.dispatchEvent(new CustomEvent('some-id:webmail:wxt:content-script-started', { detail: { contentScriptName: 'webmail', messageId: 'page' } }));
    vi.advanceTimersByTime(LIFETIME_CHECK_MS * 10);
    expect(life.signal.aborted).toBe(false);
  });

  it('ends within one check of the extension context going away, and stops checking', () => {
    let alive = true;
    const probe = vi.fn(() => alive);
    const life = createLifetime(probe);
    vi.advanceTimersByTime(LIFETIME_CHECK_MS * 3);
    expect(life.signal.aborted).toBe(false);
    alive = false;
    vi.advanceTimersByTime(LIFETIME_CHECK_MS);
    expect(life.signal.aborted).toBe(true);
    const calls = probe.mock.calls.length;
    vi.advanceTimersByTime(LIFETIME_CHECK_MS * 5);
    expect(probe.mock.calls.length).toBe(calls);
  });

  it('ends when the probe throws (a dead context in Firefox) and at once when already dead', () => {
    const throwing = createLifetime(() => {
      throw new TypeError("can't access dead object");
    });
    expect(throwing.signal.aborted).toBe(true);
    let alive = true;
    const later = createLifetime(() => {
      if (!alive) throw new TypeError("can't access dead object");
      return true;
    });
    alive = false;
    expect(later.check()).toBe(false);
    expect(later.signal.aborted).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the location watcher', () => {
  it('reports a move made with pushState and a hash change, once each, until its signal aborts', () => {
    history.replaceState(null, '', '/calendar/u/0/r');
    const stop = new AbortController();
    const onChange = vi.fn();
    watchLocation(window, onChange, stop.signal);
    vi.advanceTimersByTime(LOCATION_POLL_MS * 3);
    expect(onChange).not.toHaveBeenCalled();
    history.pushState(null, '', '/mail/u/0/');
    vi.advanceTimersByTime(LOCATION_POLL_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(LOCATION_POLL_MS * 3);
    expect(onChange).toHaveBeenCalledTimes(1);
    location.hash = '#inbox';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(onChange).toHaveBeenCalledTimes(2);
    stop.abort();
    history.pushState(null, '', '/mail/u/1/');
    vi.advanceTimersByTime(LOCATION_POLL_MS * 3);
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(vi.getTimerCount()).toBe(0);
  });
});
