import { useEffect, useRef } from 'preact/hooks';
import { kindLabel } from '@/lib/guidelines';
import { KINDS, type Kind } from '@/lib/guidelines/types';
import { PLACEHOLDERS, isPlaceholderName } from '@/lib/templates/types';
import type { Preview, TemplatesModel } from './templates-model';

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const labelOf = (name: string) => (isPlaceholderName(name) ? PLACEHOLDERS[name] : name);

/** Shows a user template's filled rich text: nodes built by the sanitiser, appended as nodes. */
function RichPreview({ nodes }: { nodes: () => DocumentFragment }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.replaceChildren(nodes());
  });
  return <div class="preview-body" ref={ref} />;
}

function PreviewBody({ preview }: { preview: Preview }) {
  if (preview.nodes) return <RichPreview nodes={preview.nodes} />;
  return (
    <div class="preview-body plain">
      {(preview.segments ?? []).map((s, i) =>
        'text' in s ? (
          s.text
        ) : s.value !== undefined ? (
          <span key={i} class="filled" title={labelOf(s.placeholder)}>
            {s.value}
          </span>
        ) : (
          <mark key={i} data-placeholder={s.placeholder} title={`Missing: ${labelOf(s.placeholder)}`}>
            {`{{${s.placeholder}}}`}
          </mark>
        ),
      )}
    </div>
  );
}

/** Pick a template, see it filled from the notes, fill the blanks, insert it at the caret. */
export function TemplatesPanel({ model, canInsert, onManage }: { model: TemplatesModel; canInsert: boolean; onManage?: () => void }) {
  const preview = model.preview.value;
  const choice = model.choice.value;
  // Read once per render: the button inserts into the compose this render names.
  const target = model.target.value;
  const insertable = canInsert && target !== null;
  return (
    <section class="templates" aria-labelledby="templates-title">
      <h2 id="templates-title">Start from a template</h2>
      <div class="template-filters">
        <label>
          <span>Kind</span>
          <select
            value={model.kindFilter.value ?? ''}
            onChange={(e) => (model.kindFilter.value = ((e.currentTarget as HTMLSelectElement).value || null) as Kind | 'all' | null)}
          >
            <option value="">Like this draft</option>
            <option value="all">All kinds</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {capital(kindLabel(k))}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>Notes from</span>
          <select value={model.companyId.value ?? ''} onChange={(e) => (model.companyId.value = (e.currentTarget as HTMLSelectElement).value || null)}>
            <option value="">{model.company.value && !model.companyId.value ? `${model.company.value.name} (matched)` : 'The recipients’ company'}</option>
            {model.companies.value.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ul class="template-list" role="list">
        {model.choices.value.map((c) => (
          <li key={c.template.id}>
            <button
              type="button"
              class={`template-choice ${choice?.template.id === c.template.id ? 'chosen' : ''}`}
              aria-pressed={choice?.template.id === c.template.id}
              onClick={() => model.choose(choice?.template.id === c.template.id ? null : c.template.id)}
            >
              <span class="template-title">{c.template.title}</span>
              <span class="template-meta">
                {c.source === 'user' ? 'Yours · ' : ''}
                {capital(kindLabel(c.template.kind))}
                {'situation' in c.template ? ` · ${c.template.situation}` : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {preview && choice ? (
        <div class="preview" aria-label="Preview">
          <p class="preview-subject">
            <span class="label">Subject:</span> {preview.subject}
          </p>
          <PreviewBody preview={preview} />
          {preview.unfilled.length ? (
            <fieldset class="blanks">
              <legend>Missing from your notes</legend>
              {preview.unfilled.map((name) => (
                <label key={name}>
                  <span>{labelOf(name)}</span>
                  <input type="text" value={model.typed.value[name] ?? ''} onInput={(e) => model.setTyped(name, (e.currentTarget as HTMLInputElement).value)} />
                </label>
              ))}
              <label class="confirm">
                <input type="checkbox" checked={model.blanksConfirmed.value} onChange={(e) => (model.blanksConfirmed.value = (e.currentTarget as HTMLInputElement).checked)} />
                <span>Insert with blanks; I will fill them in the email</span>
              </label>
            </fieldset>
          ) : null}
          <div class="actions">
            <button type="button" class="primary" disabled={!insertable} onClick={() => void model.insert(target)} aria-describedby={target ? 'insert-target' : undefined}>
              Insert at the cursor
            </button>
            {choice.template.kind === 'note' ? (
              <button type="button" class="quiet" onClick={() => void model.printCard()}>
                Print as a card
              </button>
            ) : null}
          </div>
          {insertable ? (
            <p class="insert-target" id="insert-target" data-testid="insert-target">
              Goes into {target.email}
            </p>
          ) : (
            <p class="note">Click into an email in Gmail or Outlook to insert this.</p>
          )}
        </div>
      ) : null}
      {onManage ? (
        <p class="manage">
          <button type="button" class="quiet" onClick={onManage}>
            Manage my templates
          </button>
        </p>
      ) : null}
    </section>
  );
}
