import type { BadgeModel } from '@/lib/content/badge-model';

/** The score pill beside a compose: one button, named for screen readers, that opens the sidebar. */
export function ScoreBadge({ model, onOpen }: { model: BadgeModel; onOpen: () => void }) {
  return (
    <div class="afterview-badge">
      <button
        type="button"
        class={`pill ${model.tone.value}`}
        aria-label={model.label.value}
        title={model.label.value}
        data-status={model.state.value.status}
        onClick={onOpen}
      >
        <span class="brand" aria-hidden="true">
          Afterview
        </span>
        <span class="score" aria-hidden="true">
          {model.text.value}
        </span>
        {model.headline.value ? (
          <span class="headline" aria-hidden="true">
            {model.headline.value}
          </span>
        ) : null}
      </button>
      {model.hint.value ? (
        <p class="hint" role="status">
          {model.hint.value}
        </p>
      ) : null}
    </div>
  );
}
