import { CONTACT_PREFERENCES, INTERVIEW_FORMATS, STAGES } from '@/lib/core/notes/record-schemas';
import { KINDS, type Kind } from '@/lib/core/guidelines/types';
import { createInterview, createInterviewer, newId, uniqueDomains } from '@/lib/core/notes/records';
import type { CompanyRecord, Interview, Interviewer, SentFollowUp } from '@/lib/core/notes/types';
import { reached } from '@/lib/core/notes/thanks';
import { downloadText } from '@/lib/dom/files/download';
import type { NotesModel } from './model';
import { CONTACT_LABELS, FORMAT_LABELS, KIND_LABELS, STAGE_LABELS } from './labels';
import { AreaField, CheckField, describeDue, isoToLocalInput, LinesField, localInputToIso, SelectField, TextField } from './fields';

export function CompanyEditor({ model, company }: { model: NotesModel; company: CompanyRecord }) {
  const id = company.id;
  // Every edit shows at once and is saved a moment later (see drafts.ts).
  const patch = (change: (r: CompanyRecord) => CompanyRecord) => void model.edit(id, change);
  const patchInterview = (ivId: string, change: (iv: Interview) => Interview) => patch((r) => ({ ...r, interviews: r.interviews.map((iv) => (iv.id === ivId ? change(iv) : iv)) }));
  const step = model.steps.value.get(id);
  const muted = model.reminders.value.mutedCompanies.includes(id);

  return (
    <section class="av-editor" aria-label={`Notes for ${company.name}`}>
      <header class="av-row">
        <h2>{company.name}</h2>
        <button type="button" class="av-danger" onClick={() => void model.remove(id)}>
          Delete company
        </button>
      </header>
      <div class="av-next">
        <strong>Next step:</strong> {step?.label}
        {step?.due ? ` — ${describeDue(step.due, model.clock.value)}` : ''}
        {step?.reminderId ? (
          <button
            type="button"
            class="av-small av-calendar"
            onClick={() => {
              const file = model.calendar(id);
              if (file) downloadText(file.fileName, file.text, 'text/calendar');
            }}
          >
            Add to calendar
          </button>
        ) : null}
        {step?.reminderId && model.reminders.value.enabled ? (
          <span class="av-row av-inline">
            <button type="button" class="av-small" onClick={() => void model.snooze(step.reminderId!)}>
              Snooze a day
            </button>
            <CheckField label="Reminders for this company" checked={!muted} onCommit={(on) => void model.muteCompany(id, !on)} />
          </span>
        ) : null}
      </div>
      <div class="av-grid">
        <TextField name="name" label="Company" value={company.name} onCommit={(name) => name.trim() && patch((r) => ({ ...r, name: name.trim() }))} />
        <TextField name="role" label="Role applied for" value={company.role} onCommit={(role) => patch((r) => ({ ...r, role: role.trim() || undefined }))} />
        <TextField
          name="domains"
          label="Email domains"
          placeholder="the part after @ in their emails"
          value={company.domains.join(', ')}
          onCommit={(v) => patch((r) => ({ ...r, domains: uniqueDomains(v.split(/[,\s]+/)) }))}
        />
        <SelectField name="stage" label="Stage" value={company.stage} options={STAGES} labels={STAGE_LABELS} onCommit={(stage) => stage && patch((r) => ({ ...r, stage }))} />
        <TextField
          name="lastReplyAt"
          type="datetime-local"
          label="Their last reply"
          value={isoToLocalInput(company.lastReplyAt)}
          onCommit={(v) => patch((r) => ({ ...r, lastReplyAt: localInputToIso(v) }))}
        />
      </div>
      <AreaField name="notes" label="Notes" rows={4} value={company.notes} onCommit={(notes) => patch((r) => ({ ...r, notes: notes.trim() ? notes : undefined }))} />

      <h3>Interviews</h3>
      {[...company.interviews]
        .sort((a, b) => a.at.localeCompare(b.at))
        .map((iv) => (
          <InterviewEditor
            key={iv.id}
            interview={iv}
            onChange={(change) => patchInterview(iv.id, change)}
            onDelete={() => patch((r) => ({ ...r, interviews: r.interviews.filter((x) => x.id !== iv.id) }))}
          />
        ))}
      <button type="button" class="av-small" onClick={() => patch((r) => ({ ...r, interviews: [...r.interviews, createInterview(new Date())] }))}>
        Add an interview
      </button>

      <h3>Follow-ups sent</h3>
      {company.followUps.length === 0 ? <p class="av-hint">None logged yet. Afterview logs the ones you send from Gmail or Outlook.</p> : null}
      {company.followUps.map((f) => (
        <FollowUpEditor
          key={f.id}
          followUp={f}
          people={company.interviews.flatMap((iv) => iv.interviewers).filter((p) => p.name.trim())}
          onChange={(change) => patch((r) => ({ ...r, followUps: r.followUps.map((x) => (x.id === f.id ? change(x) : x)) }))}
          onDelete={() => patch((r) => ({ ...r, followUps: r.followUps.filter((x) => x.id !== f.id) }))}
        />
      ))}
      <button
        type="button"
        class="av-small"
        onClick={() =>
          patch((r) => ({
            ...r,
            followUps: [...r.followUps, { id: newId('f'), kind: 'thank-you', sentAt: new Date().toISOString(), to: [], subject: '', bodyText: '' }],
          }))
        }
      >
        Log a follow-up
      </button>
    </section>
  );
}

function InterviewEditor({ interview: iv, onChange, onDelete }: { interview: Interview; onChange: (c: (iv: Interview) => Interview) => void; onDelete: () => void }) {
  const lines = (field: 'topics' | 'challenges' | 'wishISaid' | 'ideas' | 'news') => (items: string[]) => onChange((x) => ({ ...x, [field]: items }));
  const patchPerson = (pid: string, change: (p: Interviewer) => Interviewer) => onChange((x) => ({ ...x, interviewers: x.interviewers.map((p) => (p.id === pid ? change(p) : p)) }));
  return (
    <fieldset class="av-interview">
      <legend>{new Date(iv.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</legend>
      <div class="av-grid">
        <TextField
          type="datetime-local"
          label="When"
          value={isoToLocalInput(iv.at)}
          onCommit={(v) => {
            const at = localInputToIso(v);
            if (at) onChange((x) => ({ ...x, at }));
          }}
        />
        <SelectField label="Format" value={iv.format} options={INTERVIEW_FORMATS} labels={FORMAT_LABELS} allowEmpty onCommit={(format) => onChange((x) => ({ ...x, format }))} />
        <TextField type="date" label="They will decide by" value={iv.decisionDate?.slice(0, 10)} onCommit={(v) => onChange((x) => ({ ...x, decisionDate: v || undefined }))} />
      </div>
      <h4>Interviewers</h4>
      {iv.interviewers.map((p) => (
        <div class="av-person" key={p.id}>
          <TextField label="Name" placeholder="Their full name" value={p.name} onCommit={(name) => patchPerson(p.id, (x) => ({ ...x, name: name.trim() }))} />
          <TextField label="Title" value={p.title} onCommit={(title) => patchPerson(p.id, (x) => ({ ...x, title: title.trim() || undefined }))} />
          <TextField label="Email" type="email" value={p.email} onCommit={(email) => patchPerson(p.id, (x) => ({ ...x, email: email.trim() || undefined }))} />
          <SelectField
            label="Prefers"
            value={p.preferredContact}
            options={CONTACT_PREFERENCES}
            labels={CONTACT_LABELS}
            allowEmpty
            onCommit={(preferredContact) => patchPerson(p.id, (x) => ({ ...x, preferredContact }))}
          />
          <CheckField label="Leads the hiring" checked={!!p.lead} onCommit={(lead) => patchPerson(p.id, (x) => ({ ...x, lead: lead || undefined }))} />
          <CheckField label="Most senior" checked={!!p.mostSenior} onCommit={(mostSenior) => patchPerson(p.id, (x) => ({ ...x, mostSenior: mostSenior || undefined }))} />
          <button
            type="button"
            class="av-small av-quiet"
            aria-label={`Remove ${p.name || 'this interviewer'}`}
            onClick={() => onChange((x) => ({ ...x, interviewers: x.interviewers.filter((y) => y.id !== p.id) }))}
          >
            Remove
          </button>
        </div>
      ))}
      <button type="button" class="av-small" onClick={() => onChange((x) => ({ ...x, interviewers: [...x.interviewers, createInterviewer('')] }))}>
        Add an interviewer
      </button>
      <div class="av-grid">
        <LinesField label="Topics discussed" items={iv.topics} onCommit={lines('topics')} />
        <LinesField label="Challenges the team faces" items={iv.challenges} onCommit={lines('challenges')} />
        <LinesField label="What I wish I'd said, or a concern they raised" items={iv.wishISaid} onCommit={lines('wishISaid')} />
        <LinesField label="Ideas to send later" items={iv.ideas} onCommit={lines('ideas')} />
        <LinesField label="News since" items={iv.news} onCommit={lines('news')} />
      </div>
      <button type="button" class="av-small av-quiet" onClick={onDelete}>
        Delete this interview
      </button>
    </fieldset>
  );
}

function FollowUpEditor({
  followUp: f,
  people,
  onChange,
  onDelete,
}: {
  followUp: SentFollowUp;
  people: Interviewer[];
  onChange: (c: (f: SentFollowUp) => SentFollowUp) => void;
  onDelete: () => void;
}) {
  // Ticking who it went to records it per interviewer (a thank-you is owed to each).
  const toggle = (p: Interviewer, on: boolean) =>
    onChange((x) => {
      const now = new Set(people.filter((q) => reached(x, q)).map((q) => q.id));
      if (on) now.add(p.id);
      else now.delete(p.id);
      return { ...x, interviewerIds: people.filter((q) => now.has(q.id)).map((q) => q.id) };
    });
  return (
    <fieldset class="av-followup">
      <div class="av-grid">
        <SelectField<Kind> label="Kind" value={f.kind} options={KINDS} labels={KIND_LABELS} onCommit={(kind) => kind && onChange((x) => ({ ...x, kind }))} />
        <TextField
          type="datetime-local"
          label="Sent"
          value={isoToLocalInput(f.sentAt)}
          onCommit={(v) => {
            const sentAt = localInputToIso(v);
            if (sentAt) onChange((x) => ({ ...x, sentAt }));
          }}
        />
        <TextField label="To" value={f.to.join(', ')} onCommit={(v) => onChange((x) => ({ ...x, to: v.split(/[,\s]+/).filter(Boolean) }))} />
        <TextField label="Subject" value={f.subject} onCommit={(subject) => onChange((x) => ({ ...x, subject }))} />
      </div>
      {people.length ? (
        <div class="av-row av-went-to" role="group" aria-label="Went to">
          <span class="av-hint">Went to:</span>
          {people.map((p) => (
            <CheckField key={p.id} label={p.name} checked={reached(f, p)} onCommit={(on) => toggle(p, on)} />
          ))}
        </div>
      ) : null}
      <AreaField label="Body (start)" rows={3} value={f.bodyText} onCommit={(bodyText) => onChange((x) => ({ ...x, bodyText }))} />
      <button type="button" class="av-small av-quiet" onClick={onDelete}>
        Delete from the log
      </button>
    </fieldset>
  );
}
