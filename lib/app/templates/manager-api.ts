/**
 * The "My templates" page's link to storage, and the way other pages open it. The page's
 * model (components/templates/model.ts) sees only the ManagerApi port declared here.
 */
import { openExtensionPage } from '@/lib/platform/tabs';
import type { UserTemplate } from '@/lib/dom/templates/user-templates';
import {
  deleteUserTemplate,
  duplicateUserTemplate,
  exportUserTemplates,
  importUserTemplates,
  listUserTemplates,
  onUserTemplatesChanged,
  restoreUserTemplate,
  saveUserTemplate,
  type TemplateImportResult,
  type TemplateInput,
} from '@/lib/platform/storage/templates';

export interface ManagerApi {
  list(): Promise<UserTemplate[]>;
  /** Creates (no id) or updates a template; the body is sanitised. Rejects with a message the user can read. */
  save(input: TemplateInput): Promise<UserTemplate>;
  duplicate(id: string): Promise<UserTemplate>;
  /** Resolves to what was deleted, for undo. */
  remove(id: string): Promise<UserTemplate | undefined>;
  restore(template: UserTemplate): Promise<void>;
  exportFile(): Promise<{ text: string; fileName: string }>;
  importFile(text: string): Promise<TemplateImportResult>;
  onChanged(listener: () => void, signal: AbortSignal): void;
}

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
  await openExtensionPage('/templates.html');
}
