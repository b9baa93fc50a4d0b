/**
 * The user's own templates in `storage.local`: a collection (`./item`) with one item per
 * template under `template:<id>`, so two pages editing two templates never touch the same
 * item. Writes to one template hold its lock (`afterview:template:<id>`, and
 * `afterview:templates` shared); an import holds `afterview:templates` exclusively. Every
 * saved body is sanitised first.
 */
import {
  UserTemplateSchema,
  isTemplateId,
  parseTemplatesFile,
  sanitizeTemplateHtml,
  serializeTemplates,
  templatesFileName,
  validateUserTemplate,
  type UserTemplate,
} from '@/lib/dom/templates/user-templates';
import type { Kind } from '@/lib/core/guidelines/types';
import { localArea, localChanges, writeItems, type ChangeSource, type StorageAreaLike } from './area';
import { defineCollection } from './item';
import { TEMPLATE_PREFIX } from './items';
import { defaultLockManager, type LockManagerLike } from './locks';

export { TEMPLATE_PREFIX };
const ALL_LOCK = 'afterview:templates';

/** Defined here, not in `./items`, so that the sanitiser's module stays out of contexts that only read notes. */
export const userTemplates = defineCollection<UserTemplate>({ prefix: TEMPLATE_PREFIX, schema: UserTemplateSchema, scope: ALL_LOCK });
export const templateKey = userTemplates.keyOf;

export interface TemplateStoreDeps {
  area?: StorageAreaLike;
  locks?: LockManagerLike;
  changes?: ChangeSource;
  now?: () => Date;
  newId?: () => string;
}

/** What the editor hands in: an `id` to update an existing template, none to create one. */
export interface TemplateInput {
  id?: string;
  kind: Kind;
  title: string;
  subject: string;
  bodyHtml: string;
}

let sharedLocks: LockManagerLike | undefined;

function env(deps: TemplateStoreDeps) {
  const area = deps.area ?? localArea();
  // One in-process lock manager per page when Web Locks are missing, so writers exclude each other.
  const locks = deps.locks ?? (sharedLocks ??= defaultLockManager());
  return {
    area,
    locks,
    templates: userTemplates.with({ area, locks, changes: deps.changes ?? localChanges() }),
    now: deps.now ?? (() => new Date()),
    newId: deps.newId ?? (() => `t-${crypto.randomUUID()}`),
  };
}

/** Every saved template, by title then id. Items that no longer validate, or sit under another id's key, are skipped. */
export async function listUserTemplates(deps: TemplateStoreDeps = {}): Promise<UserTemplate[]> {
  const out = (await env(deps).templates.list()).flatMap(([id, t]) => (t.id === id ? [t] : []));
  return out.sort((a, b) => a.title.localeCompare(b.title) || a.id.localeCompare(b.id));
}

export async function getUserTemplate(id: string, deps: TemplateStoreDeps = {}): Promise<UserTemplate | undefined> {
  return isTemplateId(id) ? env(deps).templates.get(id) : undefined;
}

/**
 * Creates a template (no `id`) or updates one (its `createdAt` is kept). The body is
 * sanitised; a template that does not validate is refused with the first bad field named,
 * and nothing is written.
 */
export function saveUserTemplate(input: TemplateInput, deps: TemplateStoreDeps = {}): Promise<UserTemplate> {
  const e = env(deps);
  const id = input.id ?? e.newId();
  if (!isTemplateId(id)) return Promise.reject(new Error(`id: "${String(id).slice(0, 70)}" is not a valid template id.`));
  return e.templates.update(id, (current) => {
    const existing = input.id ? current : undefined;
    if (input.id && !existing) throw new Error('This template is no longer saved (it may have been deleted in another window).');
    const at = e.now().toISOString();
    const candidate = {
      id,
      kind: input.kind,
      title: typeof input.title === 'string' ? input.title.trim() : input.title,
      subject: input.subject,
      bodyHtml: sanitizeTemplateHtml(typeof input.bodyHtml === 'string' ? input.bodyHtml : ''),
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    };
    const r = validateUserTemplate(candidate);
    if (!r.ok) throw new Error(`This template cannot be saved: ${r.error}.`);
    return r.template;
  });
}

/** A copy of a saved template under a new id, titled "… (copy)". */
export async function duplicateUserTemplate(id: string, deps: TemplateStoreDeps = {}): Promise<UserTemplate> {
  const source = await getUserTemplate(id, deps);
  if (!source) throw new Error('This template is no longer saved (it may have been deleted in another window).');
  const suffix = ' (copy)';
  const title = source.title.length + suffix.length > 120 ? `${source.title.slice(0, 120 - suffix.length - 1)}…${suffix}` : `${source.title}${suffix}`;
  return saveUserTemplate({ kind: source.kind, title, subject: source.subject, bodyHtml: source.bodyHtml }, deps);
}

/** Deletes a template and returns what was deleted, to offer undo (save it again with `restoreUserTemplate`). */
export function deleteUserTemplate(id: string, deps: TemplateStoreDeps = {}): Promise<UserTemplate | undefined> {
  const e = env(deps);
  if (!isTemplateId(id)) return Promise.resolve(undefined);
  return e.templates.remove(id);
}

/** Puts a deleted template back as it was. */
export function restoreUserTemplate(template: UserTemplate, deps: TemplateStoreDeps = {}): Promise<void> {
  const e = env(deps);
  const r = validateUserTemplate({ ...template, bodyHtml: sanitizeTemplateHtml(template.bodyHtml) });
  if (!r.ok) return Promise.reject(new Error(`This template cannot be saved: ${r.error}.`));
  return e.templates.set(r.template.id, r.template).then(() => undefined);
}

/** Every saved template as the text of a file, with a file name. */
export async function exportUserTemplates(deps: TemplateStoreDeps = {}): Promise<{ text: string; fileName: string }> {
  const e = env(deps);
  const at = e.now();
  const templates = await e.locks.request(ALL_LOCK, { mode: 'exclusive' }, () => listUserTemplates(deps));
  return { text: serializeTemplates(templates, at), fileName: templatesFileName(at) };
}

export type TemplateImportResult = { ok: true; added: number; updated: number; unchanged: number } | { ok: false; error: string };

/**
 * Imports a templates file: templates with a new id are added, those with a saved id
 * replace the saved one. A file that does not parse or validate changes nothing; the
 * error names where it is wrong. All templates are written in one call.
 */
export async function importUserTemplates(text: string, deps: TemplateStoreDeps = {}): Promise<TemplateImportResult> {
  const parsed = parseTemplatesFile(text);
  if (!parsed.ok) return parsed;
  const e = env(deps);
  return e.locks.request(ALL_LOCK, { mode: 'exclusive' }, async () => {
    const saved = new Map((await listUserTemplates(deps)).map((t) => [t.id, t]));
    const set: Record<string, unknown> = {};
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    for (const t of parsed.templates) {
      const mine = saved.get(t.id);
      if (!mine) added++;
      else if (JSON.stringify(mine) === JSON.stringify(t)) {
        unchanged++;
        continue;
      } else updated++;
      Object.assign(set, e.templates.entry(t.id, t));
    }
    if (Object.keys(set).length) await writeItems(e.area, set);
    return { ok: true, added, updated, unchanged };
  });
}

/** Calls `listener` with the ids of templates changed by any page, until `signal` aborts. */
export function onUserTemplatesChanged(listener: (ids: string[]) => void, signal: AbortSignal, deps: TemplateStoreDeps = {}): void {
  env(deps).templates.watch(listener, signal);
}
