import type { NotesModel } from './model';
import { describeDue } from './fields';

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
        const overdue = step?.due && step.due.getTime() < model.clock.value.getTime() && step.kind !== 'interview';
        return (
          <li key={c.id}>
            <button
              type="button"
              class={`av-company${model.selectedId.value === c.id ? ' is-selected' : ''}`}
              aria-current={model.selectedId.value === c.id ? 'true' : undefined}
              onClick={() => (model.selectedId.value = c.id)}
            >
              <span class="av-company-name">{c.name}</span>
              <span class="av-company-role">{[c.role, c.stage].filter(Boolean).join(' · ')}</span>
              <span class={`av-step${overdue ? ' is-overdue' : ''}`}>
                {step?.label}
                {step?.due ? ` — ${describeDue(step.due, model.clock.value)}` : ''}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
