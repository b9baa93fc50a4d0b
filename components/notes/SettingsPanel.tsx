import type { Profile } from '@/lib/core/notes/types';
import type { NotesModel } from './model';
import { CheckField, TextField } from './fields';

export function RemindersPanel({ model }: { model: NotesModel }) {
  const r = model.reminders.value;
  return (
    <section class="av-panel" aria-label="Reminders">
      <h2>Reminders</h2>
      <CheckField name="reminders" label="Remind me when a thank-you or a follow-up is due" checked={r.enabled} onCommit={(enabled) => void model.setReminders((s) => ({ ...s, enabled }))} />
      <p class="av-hint">
        A thank-you a day after each interview, a follow-up once their decision date has passed, a second follow-up a week after the first. Snooze or turn them off per company on its page.
      </p>
    </section>
  );
}

export function ProfilePanel({ model }: { model: NotesModel }) {
  const p = model.profile.value;
  const save = (field: keyof Profile) => (value: string) => void model.editProfile((x) => ({ ...x, [field]: value.trim() || undefined }));
  return (
    <section class="av-panel" aria-label="Your details">
      <h2>Your details</h2>
      <p class="av-hint">Used by the checks for your signature.</p>
      <TextField name="profile-name" label="Name" value={p.name} onCommit={save('name')} />
      <TextField name="profile-phone" type="tel" label="Phone" value={p.phone} onCommit={save('phone')} />
      <TextField name="profile-email" type="email" label="Email" value={p.email} onCommit={save('email')} />
    </section>
  );
}
