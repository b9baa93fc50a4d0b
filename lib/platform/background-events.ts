/**
 * The background's own browser APIs: install and start-up, alarms, notifications and the
 * context menu. Thin wrappers, so that the app layer (lib/app/background) never imports the
 * browser API and each listener ends with its lifetime.
 */
import { browser } from 'wxt/browser';
import { listen, type BrowserEvent } from './events';

export const onInstalled = (listener: (details: { reason: string }) => void, lifetime?: AbortSignal) =>
  listen(browser.runtime.onInstalled as BrowserEvent<[{ reason: string }]>, listener, lifetime);

export const onStartup = (listener: () => void, lifetime?: AbortSignal) => listen(browser.runtime.onStartup as BrowserEvent<[]>, listener, lifetime);

export const alarms = {
  async list(): Promise<{ name: string; scheduledTime: number }[]> {
    return browser.alarms.getAll();
  },
  async clear(name: string): Promise<void> {
    await browser.alarms.clear(name);
  },
  async create(name: string, when: number): Promise<void> {
    await browser.alarms.create(name, { when });
  },
  onAlarm: (listener: (alarm: { name: string }) => void, lifetime?: AbortSignal) => listen(browser.alarms.onAlarm as BrowserEvent<[{ name: string }]>, listener, lifetime),
};

export interface NotificationContent {
  iconUrl: string;
  title: string;
  message: string;
  /** Button titles; left out where the browser shows none (Firefox). */
  buttons?: string[];
}

export const notifications = {
  async show(id: string, content: NotificationContent): Promise<void> {
    const { buttons, ...rest } = content;
    await browser.notifications.create(id, { type: 'basic', ...rest, ...(buttons ? { buttons: buttons.map((title) => ({ title })) } : {}) });
  },
  async clear(id: string): Promise<void> {
    await browser.notifications.clear(id);
  },
  onClicked: (listener: (id: string) => void, lifetime?: AbortSignal) => listen(browser.notifications.onClicked as BrowserEvent<[string]>, listener, lifetime),
  /** Chrome only: Firefox's notifications have no buttons. */
  onButtonClicked: (listener: (id: string, button: number) => void, lifetime?: AbortSignal) =>
    listen((browser.notifications as { onButtonClicked?: BrowserEvent<[string, number]> }).onButtonClicked, listener, lifetime),
};

export interface MenuItem {
  id: string;
  parentId?: string;
  title: string;
  contexts: ['selection'];
}

export const menus = {
  async removeAll(): Promise<void> {
    await browser.contextMenus.removeAll();
  },
  /** Adds an item; settles once the browser has it (an id already taken is not an error here). */
  add(item: MenuItem): Promise<void> {
    return new Promise<void>((resolve) => browser.contextMenus.create(item, () => resolve(void browser.runtime.lastError)));
  },
  onClicked: (listener: (info: { menuItemId: string | number; selectionText?: string; pageUrl?: string }) => void, lifetime?: AbortSignal) =>
    listen(browser.contextMenus.onClicked as BrowserEvent<[{ menuItemId: string | number; selectionText?: string; pageUrl?: string }]>, listener, lifetime),
};
