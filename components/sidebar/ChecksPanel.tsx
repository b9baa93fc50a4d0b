import type { SidebarModel } from './model';
import { fixGroups, recipientSummary, unknownWords } from './model';
import { FindingGroup } from './FindingGroup';
import { KindPicker } from './KindPicker';

/** The live checks of the focused draft: which compose, its score and kind, then the findings by severity. */
export function ChecksPanel({ model }: { model: SidebarModel }) {
  const f = model.focused.value;
  if (!f) return null;
  const g = model.groups.value;
  const muted = model.muted.value;
  const mutedFindings = f.result.findings.filter((x) => muted.has(x.rule));
  const props = {
    muted,
    onSelect: (x: Parameters<typeof model.selectFinding>[0]) => void model.selectFinding(x),
    onToggleMute: (id: string) => void model.toggleMute(id),
    wordsOf: (x: Parameters<typeof unknownWords>[0]) => unknownWords(x, f.draft),
    onAddWord: (word: string) => void model.addToDictionary(word),
    fixesOf: (x: Parameters<typeof fixGroups>[0]) => fixGroups(x, f),
    onFix: (fix: Parameters<typeof model.applyFix>[0]) => void model.applyFix(fix),
  };
  const subject = f.draft.subject.trim();
  return (
    <div class="checks">
      <p class="compose-name" data-testid="compose-name">
        <span class="label">Checking</span> the email to <strong>{recipientSummary(f.draft)}</strong>
        {subject ? (
          <>
            , subject <q>{subject}</q>
          </>
        ) : (
          ', no subject yet'
        )}
      </p>
      <div class="score-row">
        <p class="score" aria-label={`Score ${f.result.score} out of 100`} data-testid="score">
          <span class="number">{f.result.score}</span>
          <span class="outof">/100</span>
        </p>
        <KindPicker kind={f.result.kind} override={f.kindOverride} onChoose={(k) => void model.chooseKind(k)} />
      </div>
      {f.result.language === 'other' ? <p class="note">This draft does not look like English, so the wording checks are skipped.</p> : null}
      {g.must.length + g.should.length + g.could.length === 0 ? <p class="all-good">Nothing to fix. This draft follows every guideline that applies.</p> : null}
      <FindingGroup id="must" title="Must fix" findings={g.must} {...props} />
      <FindingGroup id="should" title="Should fix" findings={g.should} {...props} />
      <FindingGroup id="could" title="Could add" findings={g.could} {...props} />
      <FindingGroup id="passing" title="Passing" findings={g.passing} folded {...props} />
      <FindingGroup id="muted" title="Turned off" findings={mutedFindings} folded {...props} />
      <FindingGroup id="na" title="Not applicable" findings={g.notApplicable.filter((x) => !muted.has(x.rule))} folded {...props} />
    </div>
  );
}
