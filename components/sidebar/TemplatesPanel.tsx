import { useEffect, useRef } from 'preact/hooks';
import { kindLabel } from '@/lib/core/guidelines';
import { KINDS, type Kind } from '@/lib/core/guidelines/types';
import { blankMarker } from '@/lib/core/templates/slots';
import { PLACEHOLDERS, isPlaceholderName } from '@/lib/core/templates/types';
import type { Preview, SlotField, TemplatesModel } from './templates-model';

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
            {blankMarker(s.placeholder)}
          </mark>
        ),
      )}
    </div>
  );
}

/**
 * Every slot of the template as a field: filled from the notes where they say something,
 * changed here for this email only (the notes stay as they are unless the user saves the
 * change to them), empty where nothing is known.
 */
function SlotsForm({ model, slots }: { model: TemplatesModel; slots: SlotField[] }) {
  if (!slots.length) return null;
  return (
    <fieldset class="slots">
      <legend>What goes in</legend>
      <p class="note">Changes here are for this email only, unless you save them to your notes.</p>
      {slots.map((slot) => {
        const id = `slot-${slot.name.replace(/[^\w-]/g, '-')}`;
        const saved = slot.save?.state === 'saved' && !slot.typed;
        const hint =
          slot.value === undefined
            ? slot.leftOut
              ? 'Empty, so its line is left out'
              : 'Empty'
            : slot.typed
              ? slot.fromNotes !== undefined
                ? 'Changed for this email'
                : 'Typed for this email'
              : saved
                ? 'Saved to your notes'
                : 'Filled in for you';
        return (
          <div key={slot.name} class={`slot ${slot.value === undefined && !slot.leftOut ? 'missing' : ''}`}>
            <label for={id}>{labelOf(slot.name)}</label>
            <input
              id={id}
              type="text"
              data-slot={slot.name}
              value={slot.typed ? (model.typed.value[slot.name] ?? '') : (slot.fromNotes ?? '')}
              aria-describedby={`${id}-hint`}
              onInput={(e) => model.setTyped(slot.name, (e.currentTarget as HTMLInputElement).value)}
            />
            <span class="slot-hint" id={`${id}-hint`}>
              {hint}
              {slot.typed && slot.fromNotes !== undefined ? (
                <>
                  {' · '}
                  <button type="button" class="link" onClick={() => model.resetSlot(slot.name)}>
                    Use my notes
                  </button>
                </>
              ) : null}
              {slot.canSave ? (
                <>
                  {' · '}
                  <button
                    type="button"
                    class="link"
                    data-save-slot={slot.name}
                    onClick={(e) => {
                      const button = e.currentTarget;
                      const input = button.closest('.slot')?.querySelector('input');
                      // The button goes once saved: the field keeps the keyboard's place.
                      void model.saveSlot(slot.name).then(() => input?.isConnected && !button.isConnected && input.focus());
                    }}
                  >
                    Save to my notes
                  </button>
                </>
              ) : null}
              {slot.save?.state === 'saving' ? ' · Saving…' : null}
            </span>
            {slot.save?.state === 'failed' ? (
              <span class="slot-error" role="alert">
                {slot.save.message}
              </span>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}

/** Pick a template, see it filled from the notes, fill the blanks, insert it at the caret or over the draft. */
export function TemplatesPanel({ model, canInsert, onManage }: { model: TemplatesModel; canInsert: boolean; onManage?: () => void }) {
  const preview = model.preview.value;
  const choice = model.choice.value;
  // Read once per render: the button inserts into the compose this render names.
  const target = model.target.value;
  const insertable = canInsert && target !== null;
  const message = model.message.value;
  const describedBy = `insert-message${target ? ' insert-target' : ''}`;
  return (
    <section class="templates" aria-labelledby="templates-title">
      <h2 id="templates-title">Start from a template</h2>
      <div class="template-filters">
        <label>
          <span>Kind</span>
          <select value={model.kindFilter.value ?? ''} onChange={(e) => (model.kindFilter.value = ((e.currentTarget as HTMLSelectElement).value || null) as Kind | 'all' | null)}>
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
          <SlotsForm model={model} slots={model.slots.value} />
          {model.subjectQuestion.value ? (
            <div class="subject-question" role="group" aria-labelledby="subject-question">
              <p id="subject-question">
                This email’s subject is “{model.subjectQuestion.value.current}”. Use the template’s, “{model.subjectQuestion.value.proposed}”?
              </p>
              <div class="actions">
                <button type="button" class="primary" onClick={() => void model.answerSubject(true)}>
                  Use the template’s subject
                </button>
                <button type="button" class="secondary" onClick={() => void model.answerSubject(false)}>
                  Keep mine
                </button>
              </div>
            </div>
          ) : null}
          {preview.unfilled.length ? (
            <div class="blanks">
              <label class="confirm">
                <input type="checkbox" checked={model.blanksConfirmed.value} onChange={(e) => (model.blanksConfirmed.value = (e.currentTarget as HTMLInputElement).checked)} />
                <span>Insert with blanks; I will fill them in the email</span>
              </label>
            </div>
          ) : null}
          <div class="actions">
            <button type="button" class="primary" disabled={!insertable} onClick={() => void model.insert(target, 'caret')} aria-describedby={describedBy}>
              Insert at the cursor
            </button>
            <button type="button" class="secondary" disabled={!insertable} onClick={() => void model.insert(target, 'replace')} aria-describedby={describedBy}>
              Replace the draft
            </button>
            {choice.template.kind === 'note' ? (
              <button type="button" class="quiet" onClick={() => void model.printCard()}>
                Print as a card
              </button>
            ) : null}
          </div>
          <p id="insert-message" class={`insert-message ${message?.error ? 'error' : ''}`} data-testid="insert-message" role="status">
            {message?.text ?? ''}
          </p>
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
