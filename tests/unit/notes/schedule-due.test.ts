// When a follow-up is due, for each form a decision date takes, and a day that starts next to
// a clock change. The zones are passed in, so these hold whatever zone the tests run in.
import { describe, expect, it } from 'vitest';
import { DAY_MS, decisionPassedAt, followUpDue, isBareDate, startOfCalendarDay } from '@/lib/core/notes/schedule';

const INTERVIEW = new Date('2026-11-20T15:00:00.000Z');

describe('the first follow-up', () => {
  it('without a decision date waits a week and says no date was promised', () => {
    expect(followUpDue(INTERVIEW, undefined, 'UTC')).toEqual({ due: new Date(INTERVIEW.getTime() + 7 * DAY_MS), promised: false });
    expect(followUpDue(INTERVIEW, '   ', 'UTC')).toEqual({ due: new Date(INTERVIEW.getTime() + 7 * DAY_MS), promised: false });
  });

  it('after a promised day is due once that day is over, on the calendar day after it', () => {
    expect(followUpDue(INTERVIEW, ' 2026-12-01 ', 'UTC')).toEqual({ due: new Date('2026-12-02T00:00:00.000Z'), promised: true, day: '2026-12-02' });
  });

  it('after a promised moment is due at that moment, with no calendar day', () => {
    expect(followUpDue(INTERVIEW, '2026-12-01T15:00:00Z', 'UTC')).toEqual({ due: new Date('2026-12-01T15:00:00.000Z'), promised: true });
  });
});

describe('dates as saved', () => {
  it('a bare date may carry spaces around it', () => {
    expect(isBareDate(' 2026-12-01 ')).toBe(true);
    expect(isBareDate('2026-12-01T10:00')).toBe(false);
  });

  it('an unreadable decision date has no moment', () => {
    expect(decisionPassedAt('next week', 'UTC')).toBeUndefined();
    expect(decisionPassedAt(undefined, 'UTC')).toBeUndefined();
  });
});

describe('a day that starts next to a clock change', () => {
  // New Zealand leaves daylight time at 03:00 NZDT on 5 April 2026 (14:00 UTC on the 4th):
  // the 5th still starts at midnight NZDT (UTC+13), an hour before midnight NZST would be.
  it('starts at its own local midnight', () => {
    expect(startOfCalendarDay(2026, 4, 5, 'Pacific/Auckland').toISOString()).toBe('2026-04-04T11:00:00.000Z');
    expect(startOfCalendarDay(2026, 4, 6, 'Pacific/Auckland').toISOString()).toBe('2026-04-05T12:00:00.000Z');
  });
});
