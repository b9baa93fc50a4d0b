import type { TargetedEvent } from 'preact';
import type { NotesModel } from './model';
import { CompanyList } from './CompanyList';
import { CompanyEditor } from './CompanyEditor';
import { BackupPanel } from './BackupPanel';
import { ProfilePanel, RemindersPanel } from './SettingsPanel';

const SAVE_TEXT = { idle: '', pending: 'Saving…', saved: 'Saved', error: 'Not saved' } as const;

function SaveStatus({ model }: { model: NotesModel }) {
  const state = model.saveState.value;
  return (
    <span role="status" data-testid="save-status" class={`av-save is-${state}`}>
      {SAVE_TEXT[state]}
    </span>
  );
}

export function NotesPage({ model }: { model: NotesModel }) {
  const addCompany = (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    const input = e.currentTarget.elements.namedItem('new-company') as HTMLInputElement;
    if (!input.value.trim()) return;
    void model.addCompany(input.value.trim()).then(() => (input.value = ''));
  };
  const selected = model.selected.value;
  return (
    // Leaving any field saves what was typed in it (the rest is saved after a pause in typing).
    <div class="av-page" onFocusOut={() => void model.flushAll()}>
      <header class="av-top">
        <h1>Interview notes</h1>
        <SaveStatus model={model} />
        <input
          type="search"
          class="av-search"
          aria-label="Search all notes"
          placeholder="Search companies, people, topics…"
          value={model.query.value}
          onInput={(e) => (model.query.value = e.currentTarget.value)}
        />
        <form onSubmit={addCompany} class="av-row">
          <input name="new-company" aria-label="New company name" placeholder="New company" />
          <button type="submit">Add</button>
        </form>
      </header>
      {model.error.value ? (
        <p role="alert" class="av-banner av-error">
          {model.error.value}
        </p>
      ) : null}
      {model.notice.value ? (
        <p role="status" class="av-banner av-ok">
          {model.notice.value}
        </p>
      ) : null}
      {model.deleted.value ? (
        <p role="status" class="av-banner av-undo">
          Deleted {model.deleted.value.name}.{' '}
          <button type="button" class="av-small" onClick={() => void model.undoDelete()}>
            Undo
          </button>
        </p>
      ) : null}
      {model.backupNudge.value ? (
        <p class="av-banner av-nudge">{model.changedSinceBackup.value} companies changed since your last backup. Export one so your notes are safe if this browser's data is lost.</p>
      ) : null}
      <div class="av-columns">
        <nav class="av-side">
          <CompanyList model={model} />
        </nav>
        <main
          class="av-main"
          onFocusIn={() => (model.selectedId.value = model.editingId.value = model.selected.value?.id)}
          onFocusOut={(e) => {
            if (!e.currentTarget.contains(e.relatedTarget as Node | null)) model.editingId.value = undefined;
          }}
        >
          {selected ? (
            <CompanyEditor key={selected.id} model={model} company={selected} />
          ) : (
            <p class="av-empty" data-testid="pane-empty">
              {model.query.value.trim() && model.results.value.length === 0
                ? `No company matches “${model.query.value.trim()}”. Clear the search to see them all.`
                : 'Choose a company to see and edit its notes.'}
            </p>
          )}
        </main>
        <aside class="av-aside">
          <RemindersPanel model={model} />
          <BackupPanel model={model} />
          <ProfilePanel model={model} />
        </aside>
      </div>
    </div>
  );
}
