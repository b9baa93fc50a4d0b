// One schedule for the notes page and the sidebar: a bare date is a calendar day where the
// user is. Every case runs under three time zones (set through TZ, as the browser or the
// terminal would have it): ahead of UTC, behind it, and UTC.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDraft } from '@/lib/core/guidelines';
import { nextStep } from '@/lib/core/notes/next-step';
import { decisionPassedAt, startOfCalendarDay } from '@/lib/core/notes/schedule';
import type { CompanyRecord, SentFollowUp } from '@/lib/core/notes/types';
import { sampleCompany } from '../storage/helpers';

/** When "they will decide by 2026-12-01" has passed in each zone: the local midnight that ends 1 December. */
const ZONES = {
  'Pacific/Auckland': '2026-12-01T11:00:00.000Z', // NZDT, UTC+13
  'America/Los_Angeles': '2026-12-02T08:00:00.000Z', // PST, UTC-8
  UTC: '2026-12-02T00:00:00.000Z',
} as const;

const thanks: SentFollowUp = { id: 'f-1', kind: 'thank-you', sentAt: '2026-11-20T18:00:00.000Z', to: [], subject: 'Thank you', bodyText: '' };
const company = (decisionDate: string): CompanyRecord => {
  const c = sampleCompany();
  return { ...c, interviews: [{ ...c.interviews[0]!, at: '2026-11-20T15:00:00.000Z', decisionDate }], followUps: [thanks] };
};
const FOLLOW_UP = {
  subject: 'Following up on the backend role',
  to: [{ name: 'Priya Raman', address: 'priya@lumenfreight.io' }],
  cc: [],
  bodyText: 'Hi Priya,\n\nI am following up on the backend role. Is there any news on your decision?\n\nBest regards,\nSam Taylor',
};
/** The sidebar's timing check of a follow-up written at `now`. */
const timingStatus = (c: CompanyRecord, now: Date) => checkDraft(FOLLOW_UP, { company: c, now }, { kind: 'follow-up' }).findings.find((f) => f.rule === 'timing')?.status;

/**
 * Whether assigning TZ takes effect in this runner. It does where the tests run in a process of
 * their own (`npm test`); in a worker thread (Stryker's vitest runner) the zone stays the
 * process's, so a mutation run tests only that one (stryker.config.mjs sets AFTERVIEW_MUTATION).
 */
function zoneTakesEffect(zone: string): boolean {
  const before = process.env.TZ;
  process.env.TZ = zone;
  const inForce = new Intl.DateTimeFormat().resolvedOptions().timeZone === zone || (zone === 'UTC' && new Date(0).getTimezoneOffset() === 0);
  if (before === undefined) delete process.env.TZ;
  else process.env.TZ = before;
  return inForce;
}
const RUNNABLE = Object.entries(ZONES).filter(([zone]) => zoneTakesEffect(zone));

it('every time zone of these cases can be set here (outside a mutation run)', () => {
  if (process.env.AFTERVIEW_MUTATION) expect(RUNNABLE.length).toBeGreaterThanOrEqual(1);
  else expect(RUNNABLE.map(([zone]) => zone)).toEqual(Object.keys(ZONES));
});

for (const [zone, passedAt] of RUNNABLE) {
  describe(`schedule in ${zone}`, () => {
    const before = process.env.TZ;
    beforeAll(() => void (process.env.TZ = zone));
    afterAll(() => void (before === undefined ? delete process.env.TZ : (process.env.TZ = before)));

    it('a bare decision date has passed when that day is over in the user’s time zone', () => {
      expect(new Date(2026, 11, 1).getDate()).toBe(1); // the zone is in force
      expect(decisionPassedAt('2026-12-01')?.toISOString()).toBe(passedAt);
      expect(decisionPassedAt(' 2026-12-01 ')?.toISOString()).toBe(passedAt);
      expect(decisionPassedAt('2026-12-01', zone)?.toISOString()).toBe(passedAt);
      // A date-time is that moment, wherever the user is.
      expect(decisionPassedAt('2026-12-01T09:30:00Z')?.toISOString()).toBe('2026-12-01T09:30:00.000Z');
      expect(decisionPassedAt('')).toBeUndefined();
      expect(decisionPassedAt('someday')).toBeUndefined();
    });

    it('the notes page’s next step is due exactly when the sidebar’s timing check starts to pass', () => {
      const c = company('2026-12-01');
      const step = nextStep(c, new Date('2026-11-25T00:00:00Z'));
      expect(step).toMatchObject({ kind: 'follow-up', due: new Date(passedAt) });
      const at = (ms: number) => new Date(Date.parse(passedAt) + ms);
      expect(timingStatus(c, at(-60_000))).toBe('fail');
      expect(timingStatus(c, at(0))).toBe('pass');
      expect(timingStatus(c, at(3_600_000))).toBe('pass');
    });

    it('the two agree at every hour around the date, and for a second follow-up a week on', () => {
      const c = company('2026-12-01');
      const due = nextStep(c, new Date('2026-11-25T00:00:00Z')).due!.getTime();
      for (let h = -40; h <= 40; h++) {
        const now = new Date(Date.parse('2026-12-01T12:00:00Z') + h * 3_600_000);
        expect(timingStatus(c, now), `${now.toISOString()}`).toBe(now.getTime() >= due ? 'pass' : 'fail');
      }
      const first: SentFollowUp = { ...thanks, id: 'f-2', kind: 'follow-up', sentAt: passedAt };
      const second = nextStep({ ...c, followUps: [thanks, first] }, new Date(passedAt));
      expect(second).toMatchObject({ kind: 'second-follow-up', due: new Date(Date.parse(passedAt) + 7 * 86_400_000) });
    });
  });
}

describe('the first moment of a day in a named time zone', () => {
  it('follows daylight saving: Los Angeles springs forward on 8 March 2026', () => {
    expect(startOfCalendarDay(2026, 3, 8, 'America/Los_Angeles').toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(startOfCalendarDay(2026, 3, 9, 'America/Los_Angeles').toISOString()).toBe('2026-03-09T07:00:00.000Z');
    expect(startOfCalendarDay(2026, 4, 6, 'Pacific/Auckland').toISOString()).toBe('2026-04-05T12:00:00.000Z');
    expect(startOfCalendarDay(2026, 12, 32, 'UTC').toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});
