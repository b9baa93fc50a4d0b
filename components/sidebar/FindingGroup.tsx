import type { Finding } from '@/lib/core/guidelines/types';
import type { DraftFix } from '@/lib/platform/messaging/protocol';
import { FindingItem } from './FindingItem';
import type { FixGroup } from './model';

interface Props {
  id: string;
  title: string;
  findings: Finding[];
  muted: ReadonlySet<string>;
  folded?: boolean;
  onSelect: (finding: Finding) => void;
  onToggleMute: (ruleId: string) => void;
  /** The words of a finding that the dictionary did not know. */
  wordsOf?: (finding: Finding) => string[];
  onAddWord?: (word: string) => void;
  /** The one-click fixes of a finding. */
  fixesOf?: (finding: Finding) => FixGroup[];
  onFix?: (fix: DraftFix) => void;
}

/** A titled list of findings; passing and inapplicable checks come folded. */
export function FindingGroup({ id, title, findings, muted, folded = false, onSelect, onToggleMute, wordsOf, onAddWord, fixesOf, onFix }: Props) {
  if (findings.length === 0) return null;
  const list = (
    <ul class="findings" aria-labelledby={`${id}-title`}>
      {findings.map((f) => (
        <FindingItem
          key={f.rule}
          finding={f}
          muted={muted.has(f.rule)}
          unknownWords={wordsOf?.(f)}
          onSelect={onSelect}
          onToggleMute={onToggleMute}
          onAddWord={onAddWord}
          fixGroups={fixesOf?.(f)}
          onFix={onFix}
        />
      ))}
    </ul>
  );
  if (folded) {
    return (
      <details class={`group ${id}`}>
        <summary id={`${id}-title`}>
          {title} ({findings.length})
        </summary>
        {list}
      </details>
    );
  }
  return (
    <section class={`group ${id}`}>
      <h2 id={`${id}-title`}>
        {title} <span class="count">({findings.length})</span>
      </h2>
      {list}
    </section>
  );
}
