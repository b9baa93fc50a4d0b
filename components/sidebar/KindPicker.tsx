import { kindLabel } from '@/lib/core/guidelines';
import { KINDS, type Kind } from '@/lib/core/guidelines/types';

interface Props {
  kind: Kind;
  override: Kind | null;
  onChoose: (kind: Kind | null) => void;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The detected kind, and a control to judge the draft as another kind. */
export function KindPicker({ kind, override, onChoose }: Props) {
  return (
    <label class="kind">
      <span>Judged as</span>
      <select
        value={override ?? ''}
        onChange={(e) => {
          const value = (e.currentTarget as HTMLSelectElement).value;
          onChoose(value ? (value as Kind) : null);
        }}
      >
        <option value="">{override ? 'Detect automatically' : `${capital(kindLabel(kind))} (detected)`}</option>
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {capital(kindLabel(k))}
          </option>
        ))}
      </select>
    </label>
  );
}
