/**
 * How often one compose may report a send, and how much of it. A compose is sent once;
 * a retry or two (the site refused: no recipient, offline) is the user, more is not.
 */
import type { Draft } from '@/lib/core/guidelines/types';

export const MAX_SENDS_PER_COMPOSE = 3;
export const MIN_SEND_INTERVAL_MS = 5_000;
/** Enough of the body to recognise the message in the notes' log. */
export const MAX_SENT_BODY_CHARS = 20_000;

export function createSendLimiter(now: () => number = Date.now) {
  let count = 0;
  let last = -Infinity;
  return {
    /** Whether this send may be reported; counts it when it may. */
    allow(): boolean {
      const t = now();
      if (count >= MAX_SENDS_PER_COMPOSE || t - last < MIN_SEND_INTERVAL_MS) return false;
      count++;
      last = t;
      return true;
    },
  };
}

/** The draft as a sent report carries it: no HTML, the body cut to a bounded length. */
export function sentReport(draft: Draft): Draft {
  const { bodyHtml: _html, ...rest } = draft;
  return rest.bodyText.length > MAX_SENT_BODY_CHARS ? { ...rest, bodyText: rest.bodyText.slice(0, MAX_SENT_BODY_CHARS) } : rest;
}
