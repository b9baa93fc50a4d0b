import { describe, expect, it } from 'vitest';
import { planReminders, pruneReminders, reminderMessage, snoozeReminder } from '@/lib/core/notes/reminders';
import type { CompanyRecord, ReminderSettings } from '@/lib/core/notes/types';
import { sampleCompany } from '../storage/helpers';

const at = (s: string) => new Date(s);
const on = (over: Partial<ReminderSettings> = {}): ReminderSettings => ({ enabled: true, mutedCompanies: [], snoozed: {}, fired: {}, ...over });
const lumen = sampleCompany(); // thank-you due 2026-03-05T15:00Z
const later: CompanyRecord = sampleCompany({ id: 'c-later', name: 'Later Co', interviews: [{ ...lumen.interviews[0]!, id: 'i-9', at: '2026-03-04T17:00:00.000Z' }] });
const now = at('2026-03-04T20:00:00Z');
const thanksId = 'c-lumen:thank-you:2026-03-05T15:00:00.000Z';

describe('which reminders are planned', () => {
  it('one per open company with an email due, soonest first, whatever the order of the list', () => {
    const planned = planReminders([later, lumen], on(), now);
    expect(planned.map((r) => [r.companyName, r.kind, r.fireAt.toISOString()])).toEqual([
      ['Lumen Freight', 'thank-you', '2026-03-05T15:00:00.000Z'],
      ['Later Co', 'thank-you', '2026-03-05T17:00:00.000Z'],
    ]);
  });

  it('no reminder for an upcoming interview or a closed application', () => {
    expect(planReminders([lumen, { ...later, stage: 'rejected' }], on(), at('2026-03-01T00:00:00Z'))).toEqual([]);
  });

  it('a snooze past the due date moves the firing; one before it does not', () => {
    const moved = planReminders([lumen], on({ snoozed: { [thanksId]: '2026-03-06T09:00:00.000Z' } }), now);
    expect(moved[0]).toMatchObject({ due: at('2026-03-05T15:00:00Z'), fireAt: at('2026-03-06T09:00:00Z') });
    const early = planReminders([lumen], on({ snoozed: { [thanksId]: '2026-03-05T09:00:00.000Z' } }), now);
    expect(early[0]!.fireAt).toEqual(at('2026-03-05T15:00:00Z'));
  });

  it('a reminder that fired does not fire again, unless snoozed since', () => {
    const fired = on({ fired: { [thanksId]: '2026-03-05T15:00:00.000Z', 'c-later:thank-you:2026-03-05T17:00:00.000Z': '2026-03-05T17:00:00.000Z' } });
    expect(planReminders([lumen], fired, now)).toEqual([]);
    const snoozed = snoozeReminder(fired, thanksId, at('2026-03-06T09:00:00Z'));
    expect(snoozed.fired).toEqual({ 'c-later:thank-you:2026-03-05T17:00:00.000Z': '2026-03-05T17:00:00.000Z' });
    expect(snoozed.snoozed).toEqual({ [thanksId]: '2026-03-06T09:00:00.000Z' });
    expect(planReminders([lumen], snoozed, now).map((r) => r.fireAt)).toEqual([at('2026-03-06T09:00:00Z')]);
    expect(fired.fired[thanksId]).toBeDefined(); // the settings given are left as they were
  });
});

describe('the notification', () => {
  const base = { id: thanksId, companyId: 'c-lumen', companyName: 'Lumen Freight', due: now, fireAt: now };
  it('says what to do for each kind of email', () => {
    expect(reminderMessage({ ...base, kind: 'thank-you', label: 'Send a thank-you' })).toEqual({
      title: 'Afterview: Send a thank-you',
      message: 'It has been a day since your interview with Lumen Freight: a good time to send your thank-you.',
    });
    expect(reminderMessage({ ...base, kind: 'follow-up', label: 'Follow up on the decision' }).message).toBe(
      "Lumen Freight's decision date has passed without news. A short, polite follow-up is fair now.",
    );
    expect(reminderMessage({ ...base, kind: 'second-follow-up', label: 'Send a second follow-up' }).message).toBe(
      'A week has passed since your follow-up to Lumen Freight with no reply. One more short note is reasonable.',
    );
  });

  it('any other kind shows its label', () => {
    expect(reminderMessage({ ...base, kind: 'interview', label: 'Interview coming up' })).toEqual({ title: 'Afterview: Interview coming up', message: 'Interview coming up' });
  });
});

describe('pruning old reminders', () => {
  it('forgets firings and snoozes of due dates more than 60 days ago, keeps the rest', () => {
    const pruneNow = at('2026-06-01T12:00:00Z');
    const old = 'c-a:thank-you:2026-03-01T12:00:00.000Z'; // 92 days before
    const edge = 'c-b:follow-up:2026-04-02T12:00:00.000Z'; // exactly 60 days before
    const recent = 'c-c:second-follow-up:2026-04-02T12:00:00.001Z';
    const settings = on({ mutedCompanies: ['c-z'], fired: { [old]: 'x', [edge]: 'x', [recent]: 'x' }, snoozed: { [old]: 'y', [recent]: 'y' } });
    expect(pruneReminders(settings, pruneNow)).toEqual({ ...settings, fired: { [recent]: 'x' }, snoozed: { [recent]: 'y' } });
  });
});
