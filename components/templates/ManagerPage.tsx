import { useEffect, useRef, useState } from 'preact/hooks';
import { kindLabel } from '@/lib/core/guidelines';
import type { ManagerModel } from './model';
import { TemplateEditor } from './TemplateEditor';
import { TransferPanel } from './TransferPanel';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const day = (iso: string) => new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });

function NewTemplate({ model }: { model: ManagerModel }) {
  const [builtin, setBuiltin] = useState(model.builtins[0]?.id ?? '');
  return (
    <div class="tm-new">
      <button type="button" class="primary" onClick={() => model.newBlank()}>
        New blank template
      </button>
      <div class="tm-copy">
        <label for="tm-builtin">Or start from a copy of</label>
        <div class="tm-inline">
          <select id="tm-builtin" value={builtin} onChange={(e) => setBuiltin((e.currentTarget as HTMLSelectElement).value)}>
            {model.builtins.map((t) => (
              <option key={t.id} value={t.id}>
                {`${capital(kindLabel(t.kind))}: ${t.title}`}
              </option>
            ))}
          </select>
          <button type="button" onClick={() => model.newFromBuiltin(builtin)}>
            Copy
          </button>
        </div>
      </div>
    </div>
  );
}

function TemplateList({ model }: { model: ManagerModel }) {
  const list = model.templates.value;
  const editing = model.draft.value?.id;
  if (!model.loaded.value) return <p class="hint">Loading your templates…</p>;
  if (!list.length)
    return (
      <p class="hint" data-testid="no-templates">
        You have no templates of your own yet.
      </p>
    );
  return (
    <ul class="tm-list" aria-label="Your templates">
      {list.map((t) => (
        <li key={t.id} class={`tm-item ${editing === t.id ? 'is-open' : ''}`} data-id={t.id}>
          <button type="button" class="tm-open" aria-current={editing === t.id ? 'true' : undefined} onClick={() => model.open(t.id)}>
            <span class="tm-title">{t.title}</span>
            <span class="tm-meta">
              {capital(kindLabel(t.kind))} · updated {day(t.updatedAt)}
            </span>
          </button>
          <span class="tm-row-actions">
            <button type="button" class="quiet" aria-label={`Duplicate “${t.title}”`} onClick={() => void model.duplicate(t.id)}>
              Duplicate
            </button>
            <button type="button" class="quiet danger" aria-label={`Delete “${t.title}”`} onClick={() => void model.remove(t.id)}>
              Delete
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Asked before unsaved changes would be dropped. */
function ConfirmDiscard({ model }: { model: ManagerModel }) {
  const pending = model.confirmDiscard.value;
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (pending) keep.current?.focus();
  }, [pending]);
  if (!pending) return null;
  return (
    <div class="tm-confirm" role="alertdialog" aria-labelledby="tm-confirm-text">
      <p id="tm-confirm-text">This template has changes you have not saved. Discard them and {pending.action}?</p>
      <button type="button" class="danger-solid" onClick={model.discardConfirmed}>
        Discard changes
      </button>
      <button type="button" ref={keep} onClick={model.cancelDiscard}>
        Keep editing
      </button>
    </div>
  );
}

/**
 * The undo offer after a delete, the same on every Afterview page (the notes page too): a
 * banner under the page title saying what went, with one Undo button, for 15 seconds.
 */
function UndoOffer({ model }: { model: ManagerModel }) {
  const gone = model.deleted.value;
  return (
    <div class="tm-undo-region" role="status" aria-live="polite">
      {gone ? (
        <p class="tm-toast tm-undo">
          Deleted “{gone.title}”.{' '}
          <button type="button" onClick={() => void model.undoDelete()}>
            Undo
          </button>
        </p>
      ) : null}
    </div>
  );
}

/** The "My templates" page: the user's templates, the editor, export and import. */
export function ManagerPage({ model }: { model: ManagerModel }) {
  useEffect(() => {
    const onLeave = (e: BeforeUnloadEvent) => {
      if (model.dirty.value) e.preventDefault();
    };
    addEventListener('beforeunload', onLeave);
    return () => removeEventListener('beforeunload', onLeave);
  }, [model]);
  return (
    <main class="tm-page">
      <header class="tm-top">
        <h1>My templates</h1>
        <p class="hint">Your own templates appear in the Afterview sidebar next to the built-in ones, ready to fill from your notes.</p>
      </header>
      <p class="tm-notice" role="status" aria-live="polite">
        {model.notice.value}
      </p>
      <div class="tm-error" role="alert">
        {model.error.value ? <p>{model.error.value}</p> : null}
      </div>
      <UndoOffer model={model} />
      <ConfirmDiscard model={model} />
      <div class="tm-columns">
        <section class="tm-side" aria-labelledby="tm-list-title">
          <h2 id="tm-list-title">Your templates ({model.templates.value.length})</h2>
          <NewTemplate model={model} />
          <TemplateList model={model} />
          <TransferPanel model={model} />
        </section>
        <TemplateEditor model={model} />
      </div>
    </main>
  );
}
