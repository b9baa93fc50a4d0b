/**
 * The "My templates" page's link to storage, and the way other pages open it. The page's
 * components see only the ManagerApi shape (components/templates/model.ts).
 */
import { browser } from 'wxt/browser';
import type { ManagerApi } from '@/components/templates/model';
import {
  deleteUserTemplate,
  duplicateUserTemplate,
  exportUserTemplates,
  importUserTemplates,
  listUserTemplates,
  onUserTemplatesChanged,
  restoreUserTemplate,
  saveUserTemplate,
} from '@/lib/storage/templates';

export function createManagerApi(): ManagerApi {
  return {
    list: () => listUserTemplates(),
    save: (input) => saveUserTemplate(input),
    duplicate: (id) => duplicateUserTemplate(id),
    remove: (id) => deleteUserTemplate(id),
    restore: (template) => restoreUserTemplate(template),
    exportFile: () => exportUserTemplates(),
    importFile: (text) => importUserTemplates(text),
    onChanged: (listener, signal) => onUserTemplatesChanged(() => listener(), signal),
  };
}

/** Opens the templates page in a new tab (from the sidebar). */
export async function openTemplatesManager(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/templates.html') });
}
