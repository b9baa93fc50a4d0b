import type { FindingCardModel } from '@/lib/app/content/finding-card';

const SEVERITY_LABEL = { error: 'Must fix', warning: 'Should fix', tip: 'Could add' } as const;

/** The card on an underline: what the check says, why it matters, its fixes (first, as the likeliest choice), and what else to do about it here. */
export function FindingCard({ model }: { model: FindingCardModel }) {
  const open = model.open.value;
  if (!open) return null;
  const { detail, severity } = open;
  return (
    <div
      class={`card ${severity}`}
      role="dialog"
      aria-labelledby="afterview-card-title"
      aria-describedby="afterview-card-message"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          model.close(true);
        } else if (e.key === 'F8' && !e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey) {
          e.preventDefault();
          model.next();
        }
      }}
    >
      <p class="severity">{SEVERITY_LABEL[severity]}</p>
      <h2 id="afterview-card-title">{detail.title}</h2>
      <p id="afterview-card-message" class="message">
        {detail.message}
      </p>
      <p class="why">{detail.why}</p>
      {open.fixes.length > 0 && (
        <div class="fixes" role="group" aria-label="Fixes">
          {open.fixes.map((fix, i) => (
            <button type="button" class="fix" key={`${i}:${'replacement' in fix ? fix.replacement : fix.slot}`} onClick={(e) => model.fix(i, e.isTrusted)}>
              {fix.label}
            </button>
          ))}
        </div>
      )}
      {open.notice && (
        <p class="notice" role="status">
          {open.notice}
        </p>
      )}
      <div class="actions">
        {open.word && (
          <button type="button" onClick={(e) => model.addWord(e.isTrusted)}>
            Add to my dictionary
          </button>
        )}
        <button type="button" onClick={(e) => model.ignore(e.isTrusted)}>
          Ignore here
        </button>
        <button type="button" onClick={(e) => model.turnOff(e.isTrusted)}>
          Turn off this check
        </button>
        <button type="button" class="close" aria-label="Close" onClick={() => model.close(true)}>
          ×
        </button>
      </div>
    </div>
  );
}
