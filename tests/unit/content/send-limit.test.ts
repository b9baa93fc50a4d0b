import { describe, expect, it } from 'vitest';
import { createSendLimiter, MAX_SENT_BODY_CHARS, MIN_SEND_INTERVAL_MS, sentReport } from '@/lib/app/content/send-limit';

describe('send reports per compose', () => {
  it('lets a send and a later retry through, not a burst, and at most three in all', () => {
    let t = 1_000_000;
    const limiter = createSendLimiter(() => t);
    expect(limiter.allow()).toBe(true);
    t += 100;
    expect(limiter.allow()).toBe(false);
    t += MIN_SEND_INTERVAL_MS;
    expect(limiter.allow()).toBe(true);
    t += MIN_SEND_INTERVAL_MS;
    expect(limiter.allow()).toBe(true);
    t += 10 * MIN_SEND_INTERVAL_MS;
    expect(limiter.allow()).toBe(false);
  });

  it('carries no HTML and at most a bounded body', () => {
    const draft = { subject: 'Hi', to: [], cc: [], bodyText: 'x'.repeat(MAX_SENT_BODY_CHARS * 3), bodyHtml: '<b>x</b>' };
    const report = sentReport(draft);
    expect(report.bodyText).toHaveLength(MAX_SENT_BODY_CHARS);
    expect('bodyHtml' in report).toBe(false);
    expect(sentReport({ ...draft, bodyText: 'short' }).bodyText).toBe('short');
  });
});
