/**
 * The "My templates" page as signals: the saved templates, the one being edited (kept on
 * screen until it is saved, even when saving fails), delete with undo, export and import.
 * Storage is reached only through the injected ManagerApi, so the model runs in unit tests.
 */
import { batch, computed, signal } from '@preact/signals';
import type { Kind } from '@/lib/core/guidelines/types';
import { BUILTIN_TEMPLATES } from '@/lib/core/templates/builtin';
import { MAX_BODY_HTML, sanitizeTemplateHtml, userTemplateFromBuiltin, type UserTemplate } from '@/lib/dom/templates/user-templates';
import type { TemplateImportResult } from '@/lib/platform/storage/templates';
import type { ManagerApi } from '@/lib/app/templates/manager-api';

export interface ManagerDeps {
  api: ManagerApi;
  now?: () => Date;
  /** How long the undo offer stays after a delete. */
  undoMs?: number;
}

/** What the editor holds: an id once the template has been saved. */
export interface Draft {
  id?: string;
  kind: Kind;
  title: string;
  subject: string;
  bodyHtml: string;
}

/** As long as the notes page offers its undo: one pattern on every page. */
export const UNDO_MS = 15_000;

const sameDraft = (a: Draft, b: Draft) => a.id === b.id && a.kind === b.kind && a.title === b.title && a.subject === b.subject && a.bodyHtml === b.bodyHtml;

const draftOf = (t: UserTemplate): Draft => ({ id: t.id, kind: t.kind, title: t.title, subject: t.subject, bodyHtml: t.bodyHtml });

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

// ---------------------------------------------------------------------------------------
// Checks the editor runs before it touches the page

export type LinkCheck = { ok: true; url: string } | { ok: false; error: string };

/** A link target the user typed: only web (http, https) and email (mailto) addresses are allowed. */
export function checkLinkUrl(raw: string): LinkCheck {
  const text = raw.trim();
  if (!text) return { ok: false, error: 'Type the address the link should open.' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, error: 'That is not a full address: start it with https:// or http:// for a web page, or mailto: for an email address.' };
  }
  if (!['http:', 'https:', 'mailto:'].includes(url.protocol)) {
    return { ok: false, error: 'Links may only open web pages (https:// or http://) or an email address (mailto:).' };
  }
  return { ok: true, url: text };
}

export type PasteResult = { ok: true; html: string } | { ok: true; text: string } | { ok: false; error: string };

export const PASTE_TOO_LONG = `That is too much to paste into one template (the text may hold up to ${MAX_BODY_HTML.toLocaleString('en-US')} characters with its formatting). Paste a shorter part.`;

/**
 * What a paste puts into the editor: the clipboard's HTML sanitised to simple formatting,
 * else its plain text. Anything too long is refused before it is parsed, so a huge paste
 * costs nothing. `currentLength` is the length of the editor's HTML now.
 */
export function preparePaste(clipboard: { html?: string; text?: string }, currentLength = 0): PasteResult {
  const room = MAX_BODY_HTML - currentLength;
  const html = clipboard.html ?? '';
  const text = clipboard.text ?? '';
  // Raw HTML is larger than its sanitised form, so allow some slack before parsing, then check again.
  if (html.trim()) {
    if (html.length > MAX_BODY_HTML * 4) return { ok: false, error: PASTE_TOO_LONG };
    const clean = sanitizeTemplateHtml(html);
    if (clean.length > room) return { ok: false, error: PASTE_TOO_LONG };
    return { ok: true, html: clean };
  }
  if (text.length > room) return { ok: false, error: PASTE_TOO_LONG };
  return { ok: true, text };
}

// ---------------------------------------------------------------------------------------

export function createManagerModel(deps: ManagerDeps) {
  const { api } = deps;
  const now = deps.now ?? (() => new Date());
  const templates = signal<UserTemplate[]>([]);
  const loaded = signal(false);
  const draft = signal<Draft | null>(null);
  /** The draft as last saved (or as started), to tell unsaved changes. */
  const baseline = signal<Draft | null>(null);
  /** Bumped whenever the editor must show the draft's body afresh (another template opened, or saved text changed by sanitising). */
  const editorVersion = signal(0);
  const saving = signal(false);
  const error = signal('');
  const notice = signal('');
  const deleted = signal<UserTemplate | undefined>(undefined);
  /** Asked before unsaved changes would be dropped: what would happen, and how to go ahead. */
  const confirmDiscard = signal<{ action: string; proceed: () => void } | null>(null);

  const dirty = computed(() => !!draft.value && !!baseline.value && !sameDraft(draft.value, baseline.value));
  const builtins = BUILTIN_TEMPLATES;

  let undoTimer: ReturnType<typeof setTimeout> | undefined;

  async function refresh() {
    try {
      templates.value = await api.list();
    } catch (e) {
      error.value = `Your templates could not be read: ${errorText(e)}`;
    }
  }

  function show(next: Draft | null) {
    batch(() => {
      draft.value = next;
      baseline.value = next ? { ...next } : null;
      editorVersion.value++;
      confirmDiscard.value = null;
      error.value = '';
    });
  }

  /** Runs `go` now, or after the user agrees to drop unsaved changes. */
  function guarded(action: string, go: () => void): boolean {
    if (!dirty.value) {
      go();
      return true;
    }
    confirmDiscard.value = { action, proceed: go };
    return false;
  }

  async function load(lifetime: AbortSignal) {
    api.onChanged(() => void refresh(), lifetime);
    await refresh();
    loaded.value = true;
    lifetime.addEventListener('abort', () => clearTimeout(undoTimer), { once: true });
  }

  const open = (id: string): boolean => {
    const t = templates.value.find((x) => x.id === id);
    if (!t) return false;
    if (draft.value?.id === id && !dirty.value) return true;
    return guarded(`open “${t.title}”`, () => show(draftOf(t)));
  };

  const newBlank = (kind: Kind = 'thank-you'): boolean => guarded('start a new template', () => show({ kind, title: '', subject: '', bodyHtml: '' }));

  const newFromBuiltin = (builtinId: string): boolean => {
    const source = builtins.find((t) => t.id === builtinId);
    if (!source) return false;
    return guarded(`copy “${source.title}”`, () => {
      const copy = userTemplateFromBuiltin(source, { id: 'unsaved', now: now() });
      show({ kind: copy.kind, title: copy.title, subject: copy.subject, bodyHtml: copy.bodyHtml });
      notice.value = `Copied “${source.title}”. Change it as you like, then save it.`;
    });
  };

  const close = (): boolean => guarded('close the editor', () => show(null));

  function edit(change: Partial<Omit<Draft, 'id'>>) {
    if (!draft.value) return;
    draft.value = { ...draft.value, ...change };
  }

  function discardConfirmed() {
    const pending = confirmDiscard.value;
    if (!pending) return;
    confirmDiscard.value = null;
    pending.proceed();
  }

  /** Saves the draft; on failure it stays on screen, unsaved, with the reason shown. */
  async function save(): Promise<boolean> {
    const d = draft.value;
    if (!d || saving.value) return false;
    if (!d.title.trim()) {
      error.value = 'Give the template a title before saving it.';
      return false;
    }
    saving.value = true;
    try {
      const saved = await api.save({ ...d });
      await refresh();
      batch(() => {
        const next = draftOf(saved);
        const current = draft.value;
        if (current && current.id === d.id) {
          if (sameDraft(current, d)) {
            // The editor shows what was stored (sanitising may have changed the body).
            draft.value = next;
            if (saved.bodyHtml !== d.bodyHtml) editorVersion.value++;
          } else draft.value = { ...current, id: saved.id }; // typed while saving: kept, still unsaved
          baseline.value = next;
        }
        error.value = '';
        notice.value = `Saved “${saved.title}”.`;
      });
      return true;
    } catch (e) {
      batch(() => {
        error.value = `Not saved: ${errorText(e)}`;
        notice.value = '';
      });
      return false;
    } finally {
      saving.value = false;
    }
  }

  async function duplicate(id: string): Promise<boolean> {
    try {
      const copy = await api.duplicate(id);
      await refresh();
      batch(() => {
        error.value = '';
        notice.value = `Made a copy: “${copy.title}”.`;
      });
      if (!dirty.value) show(draftOf(copy));
      return true;
    } catch (e) {
      error.value = `Not copied: ${errorText(e)}`;
      return false;
    }
  }

  async function remove(id: string): Promise<boolean> {
    try {
      const gone = await api.remove(id);
      await refresh();
      batch(() => {
        error.value = '';
        notice.value = '';
        deleted.value = gone;
        if (draft.value?.id === id) show(null);
      });
      clearTimeout(undoTimer);
      undoTimer = setTimeout(() => (deleted.value = undefined), deps.undoMs ?? UNDO_MS);
      return true;
    } catch (e) {
      error.value = `Not deleted: ${errorText(e)}`;
      return false;
    }
  }

  async function undoDelete(): Promise<boolean> {
    const t = deleted.value;
    if (!t) return false;
    clearTimeout(undoTimer);
    try {
      await api.restore(t);
      await refresh();
      batch(() => {
        deleted.value = undefined;
        error.value = '';
        notice.value = `“${t.title}” is back.`;
      });
      return true;
    } catch (e) {
      error.value = `Could not bring it back: ${errorText(e)}`;
      return false;
    }
  }

  async function exportFile(): Promise<{ text: string; fileName: string } | undefined> {
    try {
      const out = await api.exportFile();
      const n = templates.value.length;
      batch(() => {
        error.value = '';
        notice.value = `Exported ${n} ${n === 1 ? 'template' : 'templates'} to ${out.fileName}.`;
      });
      return out;
    } catch (e) {
      error.value = `Not exported: ${errorText(e)}`;
      return undefined;
    }
  }

  async function importFile(text: string): Promise<boolean> {
    let result: TemplateImportResult;
    try {
      result = await api.importFile(text);
    } catch (e) {
      result = { ok: false, error: errorText(e) };
    }
    if (!result.ok) {
      const reason = result.error;
      batch(() => {
        error.value = `The file was not imported and nothing changed. ${reason}`;
        notice.value = '';
      });
      return false;
    }
    await refresh();
    const { added, updated, unchanged } = result;
    batch(() => {
      error.value = '';
      notice.value = `Imported: added ${added}, updated ${updated}${unchanged ? `, ${unchanged} already the same` : ''}.`;
    });
    return true;
  }

  /** Messages from the editor itself (a refused paste or link). */
  const warn = (message: string) => {
    error.value = message;
  };

  return {
    templates,
    loaded,
    draft,
    baseline,
    dirty,
    editorVersion,
    saving,
    error,
    notice,
    deleted,
    confirmDiscard,
    builtins,
    load,
    open,
    newBlank,
    newFromBuiltin,
    close,
    edit,
    discardConfirmed,
    save,
    duplicate,
    remove,
    undoDelete,
    exportFile,
    importFile,
    warn,
    cancelDiscard: () => (confirmDiscard.value = null),
  };
}

export type ManagerModel = ReturnType<typeof createManagerModel>;
