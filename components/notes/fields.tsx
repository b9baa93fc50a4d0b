/**
 * Form fields that hand over every keystroke (`onCommit` runs on each input; the page saves
 * after a pause, on leaving the field and when hidden). While a field is being edited it
 * shows exactly what was typed, not the value read back from the record, so that trimming
 * or splitting on save, and re-renders when a save lands, never take a keystroke back.
 */
import type { TargetedEvent } from 'preact';
import { useState } from 'preact/hooks';

type Input = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
const valueOf = (e: TargetedEvent<Input>) => e.currentTarget.value;

/** The text shown: what the user is typing, else the saved value. */
function useTyping(saved: string, onCommit: (v: string) => void) {
  const [typing, setTyping] = useState<string | null>(null);
  return {
    value: typing ?? saved,
    onInput: (e: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      const text = e.currentTarget.value;
      setTyping(text);
      onCommit(text);
    },
    onBlur: () => setTyping(null),
  };
}

export function TextField(props: {
  label: string;
  value: string | undefined;
  onCommit: (v: string) => void;
  type?: 'text' | 'email' | 'date' | 'datetime-local' | 'tel';
  placeholder?: string;
  name?: string;
}) {
  const typing = useTyping(props.value ?? '', props.onCommit);
  return (
    <label class="av-field">
      <span>{props.label}</span>
      <input
        name={props.name}
        // Preact's input types are a union per `type`; one field serves several of them.
        {...({ type: props.type ?? 'text' } as { type: 'text' })}
        value={typing.value}
        placeholder={props.placeholder}
        onInput={typing.onInput}
        onBlur={typing.onBlur}
      />
    </label>
  );
}

export function AreaField(props: { label: string; value: string | undefined; onCommit: (v: string) => void; rows?: number; name?: string; hint?: string }) {
  const typing = useTyping(props.value ?? '', props.onCommit);
  return (
    <label class="av-field">
      <span>
        {props.label}
        {props.hint ? <small> {props.hint}</small> : null}
      </span>
      <textarea name={props.name} rows={props.rows ?? 3} value={typing.value} onInput={typing.onInput} onBlur={typing.onBlur} />
    </label>
  );
}

/** A list of short texts, one per line. */
export function LinesField(props: { label: string; items: readonly string[]; onCommit: (items: string[]) => void; name?: string }) {
  return (
    <AreaField
      label={props.label}
      hint="(one per line)"
      name={props.name}
      rows={Math.max(2, props.items.length + 1)}
      value={props.items.join('\n')}
      onCommit={(v) =>
        props.onCommit(
          v
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean),
        )
      }
    />
  );
}

export function SelectField<T extends string>(props: {
  label: string;
  value: T | undefined;
  options: readonly T[];
  labels?: Partial<Record<T, string>>;
  onCommit: (v: T | undefined) => void;
  allowEmpty?: boolean;
  name?: string;
}) {
  return (
    <label class="av-field">
      <span>{props.label}</span>
      <select name={props.name} value={props.value ?? ''} onChange={(e) => props.onCommit((valueOf(e) || undefined) as T | undefined)}>
        {props.allowEmpty ? <option value="">—</option> : null}
        {props.options.map((o) => (
          <option key={o} value={o}>
            {props.labels?.[o] ?? o}
          </option>
        ))}
      </select>
    </label>
  );
}

export function CheckField(props: { label: string; checked: boolean; onCommit: (v: boolean) => void; name?: string }) {
  return (
    <label class="av-check">
      <input type="checkbox" name={props.name} checked={props.checked} onChange={(e) => props.onCommit(e.currentTarget.checked)} />
      {props.label}
    </label>
  );
}

const DAY = 86_400_000;

/** "due today", "overdue since 5 Mar", "due 12 Mar". */
export function describeDue(due: Date | undefined, now: Date): string {
  if (!due) return '';
  const date = due.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: due.getFullYear() === now.getFullYear() ? undefined : 'numeric' });
  const startOfToday = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  if (due.getTime() < now.getTime()) return `overdue since ${date}`;
  if (due.getTime() < startOfToday + DAY) return 'due today';
  return `due ${date}`;
}

/** An ISO date-time as `<input type="datetime-local">` shows it (local time), and back. */
export function isoToLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function localInputToIso(value: string): string | undefined {
  const d = new Date(value);
  return value && !Number.isNaN(d.getTime()) ? d.toISOString() : undefined;
}
