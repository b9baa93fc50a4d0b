import { kindLabel } from '@/lib/core/guidelines';
import { KINDS, type Kind } from '@/lib/core/guidelines/types';
import { MAX_SUBJECT, MAX_TITLE } from '@/lib/dom/templates/user-templates';
import type { ManagerModel } from './model';
import { RichTextEditor } from './RichTextEditor';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The form for one template: title, kind, subject and the rich text, with Save. */
export function TemplateEditor({ model }: { model: ManagerModel }) {
  const draft = model.draft.value;
  if (!draft) {
    return (
      <section class="tm-editor tm-empty" aria-labelledby="tm-editor-title">
        <h2 id="tm-editor-title">No template open</h2>
        <p>Pick one of your templates to change it, or start a new one: blank, or from a copy of a built-in template.</p>
      </section>
    );
  }
  const saved = model.baseline.value;
  const heading = draft.id ? `Edit “${saved?.title || draft.title}”` : 'New template';
  return (
    <section class="tm-editor" aria-labelledby="tm-editor-title">
      <h2 id="tm-editor-title">{heading}</h2>
      <form
        class="tm-form"
        onSubmit={(e) => {
          e.preventDefault();
          void model.save();
        }}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
            e.preventDefault();
            void model.save();
          }
        }}
      >
        <div class="tm-fields">
          <label class="tm-field">
            <span>Title</span>
            <input type="text" name="title" required maxLength={MAX_TITLE} value={draft.title} onInput={(e) => model.edit({ title: (e.currentTarget as HTMLInputElement).value })} />
          </label>
          <label class="tm-field">
            <span>Kind of message</span>
            <select name="kind" value={draft.kind} onChange={(e) => model.edit({ kind: (e.currentTarget as HTMLSelectElement).value as Kind })}>
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {capital(kindLabel(k))}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label class="tm-field">
          <span>Subject</span>
          <input type="text" name="subject" maxLength={MAX_SUBJECT} value={draft.subject} onInput={(e) => model.edit({ subject: (e.currentTarget as HTMLInputElement).value })} />
        </label>
        <div class="tm-field">
          <span id="tm-body-label">Text of the email</span>
          <RichTextEditor
            html={draft.bodyHtml}
            version={model.editorVersion.value}
            labelId="tm-body-label"
            describedBy="tm-body-hint"
            onChange={(bodyHtml) => model.edit({ bodyHtml })}
            onWarn={model.warn}
          />
          <p id="tm-body-hint" class="hint">
            Placeholders such as {'{{company}}'} are filled in from your interview notes when you use the template in the sidebar.
          </p>
        </div>
        <div class="tm-actions">
          <button type="submit" class="primary" disabled={model.saving.value}>
            {model.saving.value ? 'Saving…' : 'Save'}
          </button>
          <button type="button" onClick={() => model.close()}>
            Close
          </button>
          <span class="tm-state" aria-live="polite">
            {model.dirty.value ? 'Unsaved changes' : draft.id ? 'All changes saved' : ''}
          </span>
        </div>
      </form>
    </section>
  );
}
