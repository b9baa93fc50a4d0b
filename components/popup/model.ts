/** The popup's quick capture: what the user types, and saving it to a company. */
import { computed, signal } from '@preact/signals';
import type { NotesStore } from '@/lib/platform/storage';
import { applyQuickCapture, createCompanyRecord, type QuickNoteKind } from '@/lib/core/notes/records';
import { guessCapture, type ActiveSite } from '@/lib/core/notes/capture-guess';
import type { CompanyRecord } from '@/lib/core/notes/types';
import type { DraftStorage } from '@/lib/platform/browser-env';

export interface CaptureDeps {
  store: NotesStore;
  /** The tab the popup was opened on (host, and recipients of the email being written). */
  activeSite: () => Promise<ActiveSite | undefined>;
  draft?: DraftStorage;
  now?: () => Date;
}

export type CaptureStatus = 'loading' | 'ready' | 'saving' | 'saved' | 'error';

export function createCaptureModel(deps: CaptureDeps) {
  const now = deps.now ?? (() => new Date());
  const companies = signal<CompanyRecord[]>([]);
  const company = signal('');
  const interviewer = signal('');
  // Empty unless the user sets it: a note then joins the latest interview instead of starting one.
  const interviewAt = signal('');
  const kind = signal<QuickNoteKind>('topic');
  const text = signal('');
  const domainHint = signal('');
  // The suggested interviewer's address, kept while the interviewer field still names them.
  const suggested = { name: '', email: '' };
  const status = signal<CaptureStatus>('loading');
  const message = signal('');

  const matched = computed(() => {
    const name = company.value.trim().toLowerCase();
    return name ? companies.value.find((c) => c.name.toLowerCase() === name) : undefined;
  });
  const canSave = computed(() => company.value.trim() !== '' && (text.value.trim() !== '' || interviewer.value.trim() !== '') && status.value !== 'saving');

  const draftValue = () => ({
    company: company.value,
    interviewer: interviewer.value,
    interviewAt: interviewAt.value,
    kind: kind.value,
    text: text.value,
    domain: domainHint.value,
    suggestedName: suggested.name,
    suggestedEmail: suggested.email,
  });

  async function refresh() {
    companies.value = await deps.store.listCompanies();
  }

  async function load(lifetime: AbortSignal) {
    const report = await deps.store.migrate();
    await refresh();
    deps.store.watch((change) => void (change.companies.length && refresh()), lifetime);
    const draft = (await deps.draft?.load()) as Partial<ReturnType<typeof draftValue>> | undefined;
    const guess = guessCapture(companies.value, await deps.activeSite());
    // Unsaved typing always comes back; after a save, the tab's suggestion wins over the
    // company kept from the last note, so a popup opened on another company's email names it.
    const kept = draft && typeof draft === 'object' ? draft : undefined;
    if (kept && (kept.text || (kept.company && !guess.company))) {
      company.value = String(kept.company ?? '');
      interviewer.value = String(kept.interviewer ?? '');
      if (kept.interviewAt) interviewAt.value = String(kept.interviewAt);
      if (kept.kind) kind.value = kept.kind;
      text.value = String(kept.text ?? '');
      domainHint.value = String(kept.domain ?? '');
      suggested.name = String(kept.suggestedName ?? '');
      suggested.email = String(kept.suggestedEmail ?? '');
    } else {
      company.value = guess.company;
      domainHint.value = guess.domain;
      interviewer.value = guess.interviewerName;
      suggested.name = guess.interviewerName;
      suggested.email = guess.interviewerEmail;
    }
    status.value = report.ok ? 'ready' : 'error';
    message.value = report.ok ? '' : report.error;
  }

  function edited() {
    if (status.value === 'saved') status.value = 'ready';
    void deps.draft?.save(draftValue());
  }

  async function save(): Promise<boolean> {
    if (!canSave.value) return false;
    status.value = 'saving';
    const at = new Date(interviewAt.value.trim() ? interviewAt.value : Number.NaN);
    const samePerson = suggested.email !== '' && interviewer.value.trim().toLowerCase() === suggested.name.toLowerCase();
    const capture = {
      interviewerName: interviewer.value,
      interviewerEmail: samePerson ? suggested.email : undefined,
      interviewAt: Number.isNaN(at.getTime()) ? undefined : at.toISOString(),
      kind: kind.value,
      text: text.value,
    };
    try {
      const existing = matched.value;
      let name: string;
      if (existing) {
        const domain = domainHint.value;
        const withDomain = (r: CompanyRecord) => (domain && !r.domains.includes(domain) ? { ...r, domains: [...r.domains, domain] } : r);
        name = (await deps.store.updateCompany(existing.id, (r) => withDomain(applyQuickCapture(r, capture, now())))).name;
      } else {
        const fresh = createCompanyRecord({ name: company.value, domains: domainHint.value ? [domainHint.value] : [] }, now());
        const record = applyQuickCapture(fresh, capture, now());
        await deps.store.putCompany(record);
        name = record.name;
      }
      text.value = '';
      status.value = 'saved';
      message.value = `Saved to ${name}.`;
      void deps.draft?.save(draftValue());
      await refresh();
      return true;
    } catch (error) {
      // Nothing typed is cleared: the user can save again once the cause is fixed.
      status.value = 'error';
      message.value = error instanceof Error ? error.message : String(error);
      void deps.draft?.save(draftValue());
      return false;
    }
  }

  return { companies, company, interviewer, interviewAt, kind, text, status, message, matched, canSave, load, save, edited };
}

export type CaptureModel = ReturnType<typeof createCaptureModel>;
