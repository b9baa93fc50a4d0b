/**
 * The background's part in the notes: migrations on install, update and start; reminders
 * (alarms and notifications, with snooze and turn off); and the context-menu item that
 * saves selected text as a note for a company. Every listener is registered synchronously
 * when `startNotesServices` runs, as a Manifest V3 service worker requires.
 */
import { alarms, menus, notifications, onInstalled, onStartup } from '@/lib/platform/background-events';
import { openExtensionPage, openTab } from '@/lib/platform/tabs';
import { notesStore, type NotesStore } from '@/lib/platform/storage/store';
import { appendToNotes, baseDomain, createCompanyRecord, nameFromDomain } from '@/lib/core/notes/records';
import { planReminders, pruneReminders, reminderMessage, snoozeReminder } from '@/lib/core/notes/reminders';
import { notesPageUrl } from '@/lib/platform/browser-env';
import { firstWelcome } from '@/lib/platform/storage/first-run';
import { REMINDER_ICON_URL } from '@/lib/core/notes/reminder-icon';

const ALARM_PREFIX = 'reminder:';
const NOTIFICATION_PREFIX = 'afterview-reminder:';
const MENU_PARENT = 'afterview-save-note';
const MENU_ITEM_PREFIX = 'afterview-note:';
const MENU_NEW = `${MENU_ITEM_PREFIX}new`;
/** How many companies the context menu offers (the most recently updated). */
export const MENU_COMPANIES = 12;
const SNOOZE_MS = 24 * 60 * 60 * 1000;

/** Runs tasks one after another, so two menu rebuilds or two schedulings never interleave. */
function serial() {
  let chain: Promise<unknown> = Promise.resolve();
  return (task: () => Promise<unknown>) => {
    chain = chain.then(task).catch((e) => console.error('Afterview:', e));
    return chain;
  };
}

/**
 * Saves text selected on a page as a note, from the context menu: appended to the company
 * the menu item names, or to a new company named after the page's site (menu item
 * MENU_NEW). Returns the company written, or undefined for an empty selection.
 */
export async function saveSelectionNote(
  store: Pick<NotesStore, 'putCompany' | 'updateCompany'>,
  menuItemId: string,
  text: string,
  pageUrl: string | undefined,
  now: Date = new Date(),
): Promise<{ companyId: string; created: boolean } | undefined> {
  if (!text.trim() || !menuItemId.startsWith(MENU_ITEM_PREFIX)) return undefined;
  if (menuItemId === MENU_NEW) {
    const host = pageUrl && /^https?:/.test(pageUrl) ? new URL(pageUrl).hostname : '';
    const record = appendToNotes(createCompanyRecord({ name: nameFromDomain(host) || 'New company', domains: host ? [baseDomain(host)] : [] }, now), text, pageUrl);
    await store.putCompany(record);
    return { companyId: record.id, created: true };
  }
  const id = menuItemId.slice(MENU_ITEM_PREFIX.length);
  await store.updateCompany(id, (r) => appendToNotes(r, text, pageUrl));
  return { companyId: id, created: false };
}

export const MENU_IDS = { parent: MENU_PARENT, itemPrefix: MENU_ITEM_PREFIX, newCompany: MENU_NEW } as const;

export function startNotesServices(lifetime?: AbortSignal): void {
  const store = notesStore();
  const queue = serial();
  const supportsButtons = !import.meta.env.FIREFOX;

  const scheduleReminders = () =>
    queue(async () => {
      const now = new Date();
      const [companies, settings] = await Promise.all([store.listCompanies(), store.getReminders()]);
      const planned = planReminders(companies, settings, now);
      const wanted = new Map(planned.map((r) => [`${ALARM_PREFIX}${r.id}`, r]));
      for (const alarm of await alarms.list()) {
        if (alarm.name.startsWith(ALARM_PREFIX) && (!wanted.has(alarm.name) || wanted.get(alarm.name)!.fireAt.getTime() !== alarm.scheduledTime)) {
          await alarms.clear(alarm.name);
        }
      }
      const existing = new Set((await alarms.list()).map((a) => a.name));
      for (const [name, r] of wanted) {
        if (!existing.has(name)) await alarms.create(name, Math.max(r.fireAt.getTime(), now.getTime() + 1000));
      }
    });

  const fireReminder = (reminderId: string) =>
    queue(async () => {
      const now = new Date();
      const [companies, settings] = await Promise.all([store.listCompanies(), store.getReminders()]);
      const due = planReminders(companies, settings, now).find((r) => r.id === reminderId);
      if (!due || due.fireAt.getTime() > now.getTime() + 5000) return;
      const { title, message } = reminderMessage(due);
      await store.updateReminders((s) => pruneReminders({ ...s, fired: { ...s.fired, [reminderId]: now.toISOString() } }, now));
      await notifications.show(`${NOTIFICATION_PREFIX}${reminderId}`, {
        iconUrl: REMINDER_ICON_URL,
        title,
        message,
        ...(supportsButtons ? { buttons: ['Snooze a day', 'Turn off for this company'] } : {}),
      });
    });

  const rebuildMenus = () =>
    queue(async () => {
      await menus.removeAll();
      const companies = (await store.listCompanies()).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, MENU_COMPANIES);
      await menus.add({ id: MENU_PARENT, title: 'Save selection as a note for…', contexts: ['selection'] });
      for (const c of companies) await menus.add({ id: `${MENU_ITEM_PREFIX}${c.id}`, parentId: MENU_PARENT, title: c.name, contexts: ['selection'] });
      await menus.add({ id: MENU_NEW, parentId: MENU_PARENT, title: 'A new company named after this site', contexts: ['selection'] });
    });

  const saveSelection = async (menuItemId: string, text: string, pageUrl: string | undefined) => {
    const saved = await saveSelectionNote(store, menuItemId, text, pageUrl);
    if (saved?.created) await openTab(notesPageUrl(`#company=${encodeURIComponent(saved.companyId)}`));
  };

  const syncAll = () => {
    void store.migrate().then((report) => {
      if (!report.ok) console.error('Afterview:', report.error);
      void rebuildMenus();
      void scheduleReminders();
    });
  };

  onInstalled((details) => {
    syncAll();
    // First run only (not on update or browser update): say what Afterview does and promises.
    if (details.reason !== 'install') return;
    void firstWelcome(new Date())
      .then(async (first) => void (first && (await openExtensionPage('/welcome.html'))))
      .catch(() => undefined);
  }, lifetime);
  onStartup(() => syncAll(), lifetime);
  // Any page or worker that changes a company or the reminder settings: the menus and the schedule follow.
  store.watch((change) => {
    if (change.companies.length) void rebuildMenus();
    if (change.companies.length || change.reminders) void scheduleReminders();
  }, lifetime ?? new AbortController().signal);
  alarms.onAlarm((alarm) => {
    if (alarm.name.startsWith(ALARM_PREFIX)) void fireReminder(alarm.name.slice(ALARM_PREFIX.length));
  }, lifetime);
  notifications.onClicked((notificationId) => {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    const companyId = notificationId.slice(NOTIFICATION_PREFIX.length).split(':')[0] ?? '';
    void notifications.clear(notificationId);
    void openTab(notesPageUrl(`#company=${encodeURIComponent(companyId)}`));
  }, lifetime);
  notifications.onButtonClicked((notificationId, button) => {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    const reminderId = notificationId.slice(NOTIFICATION_PREFIX.length);
    const companyId = reminderId.split(':')[0] ?? '';
    void notifications.clear(notificationId);
    void store.updateReminders((s) =>
      button === 0 ? snoozeReminder(s, reminderId, new Date(Date.now() + SNOOZE_MS)) : { ...s, mutedCompanies: [...new Set([...s.mutedCompanies, companyId])] },
    );
  }, lifetime);
  menus.onClicked((info) => {
    const id = String(info.menuItemId);
    if (id.startsWith(MENU_ITEM_PREFIX)) void saveSelection(id, info.selectionText ?? '', info.pageUrl).catch((e) => console.error('Afterview:', e));
  }, lifetime);

  // A worker woken by an event also brings the schedule and the menus up to date.
  syncAll();
}
