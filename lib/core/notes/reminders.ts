/** Which reminders are due and when they fire: pure, so the background only schedules. */
import type { CompanyRecord, ReminderSettings } from '@/lib/core/notes/types';
import { nextStep, type NextStepKind } from '@/lib/core/notes/next-step';

export interface PlannedReminder {
  /** `<companyId>:<step>:<due ISO>`: stable while the due date stays the same. */
  id: string;
  companyId: string;
  companyName: string;
  kind: NextStepKind;
  label: string;
  due: Date;
  /** The due date, or the end of a snooze when later. */
  fireAt: Date;
}

export const REMINDER_KINDS: readonly NextStepKind[] = ['thank-you', 'follow-up', 'second-follow-up'];

export function planReminders(companies: readonly CompanyRecord[], settings: ReminderSettings, now: Date): PlannedReminder[] {
  if (!settings.enabled) return [];
  const out: PlannedReminder[] = [];
  for (const c of companies) {
    if (settings.mutedCompanies.includes(c.id)) continue;
    const step = nextStep(c, now);
    if (!step.due || !step.reminderId || !REMINDER_KINDS.includes(step.kind)) continue;
    if (settings.fired[step.reminderId]) continue;
    const snoozed = settings.snoozed[step.reminderId];
    const until = snoozed ? new Date(snoozed) : undefined;
    const fireAt = until && until > step.due ? until : step.due;
    out.push({ id: step.reminderId, companyId: c.id, companyName: c.name, kind: step.kind, label: step.label, due: step.due, fireAt });
  }
  return out.sort((a, b) => a.fireAt.getTime() - b.fireAt.getTime());
}

/** The notification's words. */
export function reminderMessage(r: PlannedReminder): { title: string; message: string } {
  const what: Record<string, string> = {
    'thank-you': `It has been a day since your interview with ${r.companyName}: a good time to send your thank-you.`,
    'follow-up': `${r.companyName}'s decision date has passed without news. A short, polite follow-up is fair now.`,
    'second-follow-up': `A week has passed since your follow-up to ${r.companyName} with no reply. One more short note is reasonable.`,
  };
  return { title: `Afterview: ${r.label}`, message: what[r.kind] ?? r.label };
}

/** A snooze: the reminder may fire again after `until`. */
export function snoozeReminder(settings: ReminderSettings, id: string, until: Date): ReminderSettings {
  const fired = { ...settings.fired };
  delete fired[id];
  return { ...settings, fired, snoozed: { ...settings.snoozed, [id]: until.toISOString() } };
}

/** Forgets snoozes and firings of due dates long gone, so the settings item stays small. */
export function pruneReminders(settings: ReminderSettings, now: Date): ReminderSettings {
  const cutoff = now.getTime() - 60 * 86_400_000;
  const keep = (rec: Record<string, string>) => Object.fromEntries(Object.entries(rec).filter(([id]) => Date.parse(id.split(':').slice(2).join(':')) > cutoff));
  return { ...settings, fired: keep(settings.fired), snoozed: keep(settings.snoozed) };
}
