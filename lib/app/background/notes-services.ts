/**
 * The background's part in the notes: migrations on install, update and start; reminders
 * (alarms and notifications, with snooze and turn off); and the context-menu item that
 * saves selected text as a note for a company. Every listener is registered synchronously
 * when `startNotesServices` runs, as a Manifest V3 service worker requires.
 */
import { browser } from 'wxt/browser';
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

type Listenable<A extends unknown[]> = { addListener(l: (...a: A) => void): void; removeListener(l: (...a: A) => void): void } | undefined;

function listen<A extends unknown[]>(event: Listenable<A>, listener: (...a: A) => void, lifetime?: AbortSignal) {
  if (!event) return;
  event.addListener(listener);
  lifetime?.addEventListener('abort', () => event.removeListener(listener), { once: true });
}

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
      for (const alarm of await browser.alarms.getAll()) {
        if (alarm.name.startsWith(ALARM_PREFIX) && (!wanted.has(alarm.name) || wanted.get(alarm.name)!.fireAt.getTime() !== alarm.scheduledTime)) {
          await browser.alarms.clear(alarm.name);
        }
      }
      const existing = new Set((await browser.alarms.getAll()).map((a) => a.name));
      for (const [name, r] of wanted) {
        if (!existing.has(name)) await browser.alarms.create(name, { when: Math.max(r.fireAt.getTime(), now.getTime() + 1000) });
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
      await browser.notifications.create(`${NOTIFICATION_PREFIX}${reminderId}`, {
        type: 'basic',
        iconUrl: REMINDER_ICON_URL,
        title,
        message,
        ...(supportsButtons ? { buttons: [{ title: 'Snooze a day' }, { title: 'Turn off for this company' }] } : {}),
      });
    });

  const rebuildMenus = () =>
    queue(async () => {
      await browser.contextMenus.removeAll();
      const companies = (await store.listCompanies()).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, MENU_COMPANIES);
      const create = (props: Parameters<typeof browser.contextMenus.create>[0]) =>
        new Promise<void>((resolve) => browser.contextMenus.create(props, () => resolve(void browser.runtime.lastError)));
      await create({ id: MENU_PARENT, title: 'Save selection as a note for…', contexts: ['selection'] });
      for (const c of companies) await create({ id: `${MENU_ITEM_PREFIX}${c.id}`, parentId: MENU_PARENT, title: c.name, contexts: ['selection'] });
      await create({ id: MENU_NEW, parentId: MENU_PARENT, title: 'A new company named after this site', contexts: ['selection'] });
    });

  const saveSelection = async (menuItemId: string, text: string, pageUrl: string | undefined) => {
    const saved = await saveSelectionNote(store, menuItemId, text, pageUrl);
    if (saved?.created) await browser.tabs.create({ url: notesPageUrl(`#company=${encodeURIComponent(saved.companyId)}`) });
  };

  const syncAll = () => {
    void store.migrate().then((report) => {
      if (!report.ok) console.error('Afterview:', report.error);
      void rebuildMenus();
      void scheduleReminders();
    });
  };

  listen(
    browser.runtime.onInstalled,
    (details: { reason: string }) => {
      syncAll();
      // First run only (not on update or browser update): say what Afterview does and promises.
      if (details.reason !== 'install') return;
      void firstWelcome(new Date())
        .then(async (first) => void (first && (await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }))))
        .catch(() => undefined);
    },
    lifetime,
  );
  listen(browser.runtime.onStartup, () => syncAll(), lifetime);
  listen(
    browser.storage.onChanged,
    (changes: Record<string, unknown>, area: string) => {
      if (area !== 'local') return;
      const keys = Object.keys(changes);
      if (keys.some((k) => k.startsWith('company:'))) void rebuildMenus();
      if (keys.some((k) => k.startsWith('company:') || k === 'reminders')) void scheduleReminders();
    },
    lifetime,
  );
  listen(
    browser.alarms.onAlarm,
    (alarm: { name: string }) => {
      if (alarm.name.startsWith(ALARM_PREFIX)) void fireReminder(alarm.name.slice(ALARM_PREFIX.length));
    },
    lifetime,
  );
  listen(
    browser.notifications.onClicked,
    (notificationId: string) => {
      if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
      const companyId = notificationId.slice(NOTIFICATION_PREFIX.length).split(':')[0] ?? '';
      void browser.notifications.clear(notificationId);
      void browser.tabs.create({ url: notesPageUrl(`#company=${encodeURIComponent(companyId)}`) });
    },
    lifetime,
  );
  listen(
    (browser.notifications as { onButtonClicked?: Listenable<[string, number]> }).onButtonClicked,
    (notificationId: string, button: number) => {
      if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
      const reminderId = notificationId.slice(NOTIFICATION_PREFIX.length);
      const companyId = reminderId.split(':')[0] ?? '';
      void browser.notifications.clear(notificationId);
      void store.updateReminders((s) =>
        button === 0 ? snoozeReminder(s, reminderId, new Date(Date.now() + SNOOZE_MS)) : { ...s, mutedCompanies: [...new Set([...s.mutedCompanies, companyId])] },
      );
    },
    lifetime,
  );
  listen(
    browser.contextMenus.onClicked,
    (info: { menuItemId: string | number; selectionText?: string; pageUrl?: string }) => {
      const id = String(info.menuItemId);
      if (id.startsWith(MENU_ITEM_PREFIX)) void saveSelection(id, info.selectionText ?? '', info.pageUrl).catch((e) => console.error('Afterview:', e));
    },
    lifetime,
  );

  // A worker woken by an event also brings the schedule and the menus up to date.
  syncAll();
}
