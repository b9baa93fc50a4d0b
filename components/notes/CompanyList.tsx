import type { SearchMatch } from '@/lib/core/notes/search';
import type { NotesModel } from './model';
import { describeDue } from './fields';
import { STAGE_LABELS } from './labels';

export function CompanyList({ model }: { model: NotesModel }) {
  const results = model.results.value;
  if (model.loaded.value && model.companies.value.length === 0) {
    return <p class="av-empty">No companies yet. Add one above, or save a note from the toolbar popup.</p>;
  }
  if (results.length === 0) return <p class="av-empty">Nothing matches “{model.query.value}”.</p>;
  return (
    <ul class="av-list" aria-label="Companies">
      {results.map((c) => {
        const step = model.steps.value.get(c.id);
        const isSelected = model.selected.value?.id === c.id;
        const matched = model.matches.value.get(c.id) ?? [];
        const overdue = step?.due && step.due.getTime() < model.clock.value.getTime() && step.kind !== 'interview';
        return (
          <li key={c.id}>
            <button type="button" class={`av-company${isSelected ? ' is-selected' : ''}`} aria-current={isSelected ? 'true' : undefined} onClick={() => (model.selectedId.value = c.id)}>
              <span class="av-company-name">{c.name}</span>
              <span class="av-company-role">{[c.role, STAGE_LABELS[c.stage]].filter(Boolean).join(' · ')}</span>
              <span class={`av-step${overdue ? ' is-overdue' : ''}`}>
                {step?.label}
                {step?.due ? ` — ${describeDue(step.due, model.clock.value)}` : ''}
              </span>
              {matched.length ? <MatchedIn matches={matched} /> : null}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** "Matched in topics: “Nightly batch jobs”; interviewers: “Priya Raman”" (the first two parts, then a count). */
function MatchedIn({ matches }: { matches: readonly SearchMatch[] }) {
  const shown = matches.slice(0, 2);
  return (
    <span class="av-match" data-testid="matched-in">
      Matched in{' '}
      {shown.map((m, i) => (
        <span key={m.field}>
          {i ? '; ' : ''}
          {m.field}: <mark>{m.text}</mark>
        </span>
      ))}
      {matches.length > shown.length ? ` and ${matches.length - shown.length} more` : ''}
    </span>
  );
}
