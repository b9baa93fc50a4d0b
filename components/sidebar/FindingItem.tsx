import { ruleById } from '@/lib/guidelines';
import type { Finding } from '@/lib/guidelines/types';

interface Props {
  finding: Finding;
  muted: boolean;
  /** Words of this finding the dictionary did not know, each offered for the user's dictionary. */
  unknownWords?: readonly string[];
  onSelect: (finding: Finding) => void;
  onToggleMute: (ruleId: string) => void;
  onAddWord?: (word: string) => void;
}

/** One check: what is wrong and what to do, why it matters, and a way to turn it off. */
export function FindingItem({ finding, muted, unknownWords = [], onSelect, onToggleMute, onAddWord }: Props) {
  const rule = ruleById(finding.rule);
  const locatable = finding.status === 'fail' && finding.ranges.length > 0;
  return (
    <li class={`finding ${finding.status} ${finding.severity}`} data-rule={finding.rule}>
      <div class="finding-head">
        <span class="finding-title">{rule?.title ?? finding.rule}</span>
        <button type="button" class="quiet" aria-pressed={muted} onClick={() => onToggleMute(finding.rule)} aria-label={`${muted ? 'Turn on' : 'Turn off'} the check "${rule?.title ?? finding.rule}"`}>
          {muted ? 'Turn on' : 'Turn off'}
        </button>
      </div>
      {locatable ? (
        <button type="button" class="finding-message" onClick={() => onSelect(finding)} title="Show this in the draft">
          {finding.message}
        </button>
      ) : (
        <p class="finding-message">{finding.message}</p>
      )}
      {onAddWord && unknownWords.length ? (
        <ul class="finding-fixes" aria-label="Fixes">
          {unknownWords.slice(0, 8).map((word) => (
            <li key={word}>
              <button type="button" class="quiet" onClick={() => onAddWord(word)}>
                Add “{word}” to my dictionary
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {finding.status === 'fail' && rule?.why ? <p class="finding-why">Why: {rule.why}</p> : null}
    </li>
  );
}
