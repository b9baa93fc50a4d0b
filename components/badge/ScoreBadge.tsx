import type { BadgeModel } from '@/lib/app/content/badge-model';

/** The score pill beside a compose: one button, named for screen readers, that opens the sidebar. */
export function ScoreBadge({ model, onOpen }: { model: BadgeModel; onOpen: () => void }) {
  return (
    <div class="afterview-badge">
      <button type="button" class={`pill ${model.tone.value}`} title={model.label.value} data-status={model.state.value.status} onClick={onOpen}>
        {/* The name is the visible words, then the details for screen readers (WCAG's label in name). */}
        <span class="brand">Afterview</span> <span class="score">{model.text.value}</span>
        {model.headline.value ? (
          <>
            {' '}
            <span class="headline">{model.headline.value}</span>
          </>
        ) : null}
        <span class="sr-only">{model.details.value}</span>
      </button>
      {model.hint.value ? (
        <p class="hint" role="status">
          {model.hint.value}
        </p>
      ) : null}
    </div>
  );
}
