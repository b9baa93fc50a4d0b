import { useId } from 'preact/hooks';
import { NEW_COMPANY, type LinkModel } from './link-model';

/** The offer to link an email whose recipients match no saved company: one click with the suggestion, or pick another. */
export function LinkEmail({ model }: { model: LinkModel }) {
  const heading = useId();
  if (!model.offered.value) return null;
  const plan = model.plan.value;
  const choice = model.choice.value;
  const target = model.targetName.value;
  const saves = [plan.domain ? `the domain ${plan.domain}` : '', plan.people.length ? plan.people.map((p) => p.email).join(', ') : ''].filter(Boolean).join(' and ');
  return (
    <section class="link-email" aria-labelledby={heading} data-testid="link-email">
      <h2 id={heading}>Link this email to your notes</h2>
      <p class="note">No saved company matches these recipients, so the checks and templates cannot use your notes. Linking saves {saves} with the company.</p>
      <div class="link-row">
        <label class="kind">
          <span>Company</span>
          <select value={choice} onChange={(e) => model.choose((e.currentTarget as HTMLSelectElement).value)}>
            {model.companies.value.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
            <option value={NEW_COMPANY}>A new company…</option>
          </select>
        </label>
        {choice === NEW_COMPANY ? (
          <label class="kind">
            <span>New company’s name</span>
            <input type="text" value={model.newName.value} maxLength={200} onInput={(e) => model.typeName((e.currentTarget as HTMLInputElement).value)} />
          </label>
        ) : null}
      </div>
      <button type="button" class="primary" disabled={model.busy.value} onClick={() => void model.link()}>
        {target ? `Link this email to ${target}` : 'Link this email'}
      </button>
      <p class="link-message" role="status" aria-live="polite">
        {model.message.value}
      </p>
    </section>
  );
}
