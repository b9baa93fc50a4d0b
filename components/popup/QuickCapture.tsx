import type { TargetedEvent, TargetedKeyboardEvent } from 'preact';
import { QUICK_NOTE_KINDS, QUICK_NOTE_LABELS, type QuickNoteKind } from '@/lib/core/notes/records';
import type { CaptureModel } from './model';

type Field = 'company' | 'interviewer' | 'interviewAt' | 'text';

/** Templates put a note in the middle of a sentence: the hint shows how it will read. */
const PHRASE_HINTS: Record<QuickNoteKind, string> = {
  topic: 'Write it as a phrase: templates say “our conversation about …”, e.g. “the churn dashboard rebuild”.',
  challenge: 'Write it as a phrase: templates say “what you said about …”, e.g. “slow weekly reporting”.',
  wish: 'Write it as a phrase: templates say “I should have said more about …”, e.g. “the routing model I built”.',
  idea: 'Write it as a phrase: templates say “I came across …”, e.g. “an article on event-driven reporting”.',
};

/** The popup: note something about an interview in a few seconds. */
export function QuickCapture({ model, onOpenNotes, onOpenSidebar }: { model: CaptureModel; onOpenNotes: () => void; onOpenSidebar?: () => void }) {
  const set = (field: Field) => (e: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    model[field].value = e.currentTarget.value;
    model.edited();
  };
  const submit = (e: TargetedEvent<HTMLFormElement>) => {
    e.preventDefault();
    void model.save();
  };
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void model.save();
    }
  };
  const matched = model.matched.value;
  return (
    <main class="av-popup">
      <header class="av-row">
        <h1>Afterview</h1>
        <span class="av-row">
          {onOpenSidebar ? (
            <button type="button" class="av-link" onClick={onOpenSidebar}>
              Check my draft
            </button>
          ) : null}
          <button type="button" class="av-link" onClick={onOpenNotes}>
            All notes
          </button>
        </span>
      </header>
      <form onSubmit={submit} aria-label="Quick note" aria-busy={model.status.value === 'loading'}>
        <label>
          Company
          <input name="company" list="av-companies" autocomplete="off" required value={model.company.value} onInput={set('company')} placeholder="Company name" />
        </label>
        <datalist id="av-companies">
          {model.companies.value.map((c) => (
            <option key={c.id} value={c.name} />
          ))}
        </datalist>
        <p class="av-hint" aria-live="polite">
          {model.company.value.trim() ? (matched ? 'Adds to your saved notes for this company.' : 'A new company will be saved.') : '\u00a0'}
        </p>
        {/* One row each: side by side, the date and time field was too narrow to show. */}
        <label>
          Interviewer
          <input name="interviewer" value={model.interviewer.value} onInput={set('interviewer')} placeholder="Name" />
        </label>
        <label>
          Interview date
          <input name="interviewAt" type="datetime-local" value={model.interviewAt.value} onInput={set('interviewAt')} aria-describedby="av-interview-hint" />
        </label>
        <p class="av-hint" id="av-interview-hint">
          {model.interviewAt.value ? 'Goes to the interview held that day (a new one if there is none).' : 'No date: goes to the latest interview. Set one for a new interview.'}
        </p>
        <fieldset class="av-kinds">
          <legend>This note is a</legend>
          {QUICK_NOTE_KINDS.map((k: QuickNoteKind) => (
            <label key={k} class="av-chip">
              <input
                type="radio"
                name="kind"
                value={k}
                checked={model.kind.value === k}
                onChange={() => {
                  model.kind.value = k;
                  model.edited();
                }}
              />
              {QUICK_NOTE_LABELS[k]}
            </label>
          ))}
        </fieldset>
        <label>
          Note
          <textarea name="text" rows={4} value={model.text.value} onInput={set('text')} onKeyDown={onKeyDown} aria-describedby="av-note-hint" />
        </label>
        <p class="av-hint" id="av-note-hint">
          {PHRASE_HINTS[model.kind.value]}
        </p>
        <div class="av-row">
          <button type="submit" disabled={!model.canSave.value}>
            {model.status.value === 'saving' ? 'Saving…' : 'Save note'}
          </button>
          <span class="av-hint">Ctrl+Enter saves</span>
        </div>
        <p role="status" class={model.status.value === 'error' ? 'av-error' : 'av-ok'}>
          {model.message.value}
        </p>
      </form>
    </main>
  );
}
