import type { Finding } from '@/lib/guidelines/types';
import { FindingItem } from './FindingItem';

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
}

/** A titled list of findings; passing and inapplicable checks come folded. */
export function FindingGroup({ id, title, findings, muted, folded = false, onSelect, onToggleMute, wordsOf, onAddWord }: Props) {
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
