import { ruleById } from '@/lib/core/guidelines';
import type { Finding } from '@/lib/core/guidelines/types';
import type { DraftFix } from '@/lib/platform/messaging/protocol';
import type { FixGroup } from './model';

interface Props {
  finding: Finding;
  muted: boolean;
  /** Words of this finding the dictionary did not know, each offered for the user's dictionary. */
  unknownWords?: readonly string[];
  onSelect: (finding: Finding) => void;
  onToggleMute: (ruleId: string) => void;
  onAddWord?: (word: string) => void;
  /** The finding's one-click fixes, by the words they replace (the same as on its card in the compose). */
  fixGroups?: readonly FixGroup[];
  onFix?: (fix: DraftFix) => void;
}

/** One check: what is wrong and what to do, why it matters, and a way to turn it off. */
export function FindingItem({ finding, muted, unknownWords = [], onSelect, onToggleMute, onAddWord, fixGroups = [], onFix }: Props) {
  const rule = ruleById(finding.rule);
  const locatable = finding.status === 'fail' && finding.ranges.length > 0;
  return (
    <li class={`finding ${finding.status} ${finding.severity}`} data-rule={finding.rule}>
      <div class="finding-head">
        <span class="finding-title">{rule?.title ?? finding.rule}</span>
        <button
          type="button"
          class="quiet"
          aria-pressed={muted}
          onClick={() => onToggleMute(finding.rule)}
          aria-label={`${muted ? 'Turn on' : 'Turn off'} the check "${rule?.title ?? finding.rule}"`}
        >
          {muted ? 'Turn on' : 'Turn off'}
        </button>
      </div>
      {locatable ? (
        <button type="button" class="finding-message" onClick={() => onSelect(finding)} title="Show this in the email">
          {finding.message}
        </button>
      ) : (
        <p class="finding-message">{finding.message}</p>
      )}
      {onFix && fixGroups.length ? (
        <ul class="finding-fixes" aria-label="Fixes" data-testid="sidebar-fixes">
          {fixGroups.flatMap((group) =>
            group.fixes.map((fix) => (
              <li key={`${fix.range.field}:${fix.range.start}:${fix.replacement}`}>
                <button
                  type="button"
                  class="fix"
                  // With fixes for several stretches of words, each button says which words it mends.
                  aria-label={group.words && fixGroups.length > 1 ? `${fix.label} (“${group.words.trim()}”)` : undefined}
                  onClick={() => onFix(fix)}
                >
                  {fix.range.field === 'subject' ? `${fix.label}: “${fix.replacement}”` : fix.label}
                </button>
              </li>
            )),
          )}
        </ul>
      ) : null}
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
