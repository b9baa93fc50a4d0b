/**
 * The templates part of the sidebar as signals: which templates fit the draft, the values
 * the notes give for their placeholders, what the user typed for the missing ones, and the
 * preview. Values always go in as text; HTML is built as nodes and sanitised again in the
 * page before it is inserted.
 */
import { computed, signal } from '@preact/signals';
import type { Kind } from '@/lib/guidelines/types';
import { findCompanyForRecipients } from '@/lib/notes/records';
import type { CompanyRecord, Profile } from '@/lib/notes/types';
import { BUILTIN_TEMPLATES } from '@/lib/templates/builtin';
import { fillNodes, fillTemplate, fillText, splitName, toHtmlNodes, valuesFromNotes } from '@/lib/templates/placeholders';
import type { PlaceholderValues, Segment, Template } from '@/lib/templates/types';
import { userTemplateFragment, type UserTemplate } from '@/lib/templates/user-templates';
import { insertTarget, type InsertTarget, type SidebarModel } from './model';

export interface TemplatesApi {
  loadNotes(): Promise<{ companies: CompanyRecord[]; profile: Profile }>;
  onNotesChanged(listener: () => void, signal: AbortSignal): void;
  listUserTemplates(): Promise<UserTemplate[]>;
  onUserTemplatesChanged(listener: () => void, signal: AbortSignal): void;
  openNoteCard(text: string): Promise<void>;
}

export type TemplateChoice = { source: 'builtin'; template: Template } | { source: 'user'; template: UserTemplate };

export interface Preview {
  subject: string;
  /** Built-in templates: the body in pieces, placeholders marked. */
  segments?: Segment[];
  /** User templates: their rich text, filled, as nodes to show. */
  nodes?: () => DocumentFragment;
  unfilled: string[];
}

/** The HTML and text to insert for a filled template, built from nodes (never from strings). */
export function renderForInsert(choice: TemplateChoice, values: PlaceholderValues): { html: string; text: string; subject: string; unfilled: string[] } {
  const holder = document.createElement('div');
  if (choice.source === 'builtin') {
    const filled = fillTemplate(choice.template, values);
    holder.append(toHtmlNodes(document, filled));
    return { html: holder.innerHTML, text: filled.text, subject: filled.subject, unfilled: filled.unfilled };
  }
  holder.append(userTemplateFragment(choice.template.bodyHtml));
  const { unfilled } = fillNodes(holder, values);
  const subject = fillText(choice.template.subject, values);
  for (const name of subject.unfilled) if (!unfilled.includes(name)) unfilled.push(name);
  return { html: holder.innerHTML, text: holder.innerText || holder.textContent || '', subject: subject.text, unfilled };
}

export function createTemplatesModel(api: TemplatesApi, sidebar: SidebarModel, now: () => Date = () => new Date()) {
  const companies = signal<CompanyRecord[]>([]);
  const profile = signal<Profile>({});
  const userTemplates = signal<UserTemplate[]>([]);
  /** The kind to list templates for; null follows the draft's kind. */
  const kindFilter = signal<Kind | 'all' | null>(null);
  const selected = signal<string | null>(null);
  /** A company chosen by hand; null matches the recipients. */
  const companyId = signal<string | null>(null);
  const typed = signal<Record<string, string>>({});
  const blanksConfirmed = signal(false);

  const kind = computed<Kind | 'all'>(() => kindFilter.value ?? sidebar.focused.value?.result.kind ?? 'all');
  const choices = computed<TemplateChoice[]>(() => {
    const k = kind.value;
    const fits = (x: { kind: Kind }) => k === 'all' || x.kind === k;
    return [
      ...BUILTIN_TEMPLATES.filter(fits).map((template) => ({ source: 'builtin' as const, template })),
      ...userTemplates.value.filter(fits).map((template) => ({ source: 'user' as const, template })),
    ];
  });
  /** Where Insert goes: the focused compose, named beside the button. */
  const target = computed<InsertTarget | null>(() => (sidebar.focused.value ? insertTarget(sidebar.focused.value) : null));
  const choice = computed(() => choices.value.find((c) => c.template.id === selected.value) ?? null);
  const company = computed(() => {
    if (companyId.value) return companies.value.find((c) => c.id === companyId.value);
    const draft = sidebar.focused.value?.draft;
    return draft ? findCompanyForRecipients(companies.value, [...draft.to, ...draft.cc]) : undefined;
  });
  const values = computed<PlaceholderValues>(() => {
    const draft = sidebar.focused.value?.draft;
    const fromNotes = valuesFromNotes(company.value, profile.value, { now: now(), recipients: draft ? [...draft.to, ...draft.cc] : [] });
    const own = Object.fromEntries(Object.entries(typed.value).filter(([, v]) => v.trim()));
    // Without notes for this person, the name the compose shows for the first recipient still fills the greeting.
    const named = draft?.to.find((r) => r.name?.trim());
    const fromRecipient: PlaceholderValues = {};
    if (named?.name && !fromNotes['interviewer.name']) {
      const { first, last } = splitName(named.name);
      Object.assign(fromRecipient, { 'interviewer.name': named.name.trim(), 'interviewer.firstName': first, 'interviewer.lastName': last });
    }
    return { ...fromRecipient, ...fromNotes, ...own };
  });
  const preview = computed<Preview | null>(() => {
    const c = choice.value;
    if (!c) return null;
    if (c.source === 'builtin') {
      const filled = fillTemplate(c.template, values.value);
      return { subject: filled.subject, segments: filled.segments, unfilled: filled.unfilled };
    }
    const r = renderForInsert(c, values.value);
    return {
      subject: r.subject,
      unfilled: r.unfilled,
      nodes: () => {
        const fragment = userTemplateFragment(c.template.bodyHtml);
        fillNodes(fragment, values.value);
        return fragment;
      },
    };
  });

  const reloadNotes = async () => {
    const notes = await api.loadNotes().catch(() => ({ companies: [], profile: {} }));
    companies.value = notes.companies;
    profile.value = notes.profile;
  };
  const reloadTemplates = async () => {
    userTemplates.value = await api.listUserTemplates().catch(() => []);
  };

  return {
    companies,
    userTemplates,
    kindFilter,
    kind,
    selected,
    companyId,
    typed,
    blanksConfirmed,
    choices,
    choice,
    target,
    company,
    values,
    preview,
    async load(lifetime: AbortSignal) {
      api.onNotesChanged(() => void reloadNotes(), lifetime);
      api.onUserTemplatesChanged(() => void reloadTemplates(), lifetime);
      await Promise.all([reloadNotes(), reloadTemplates()]);
    },
    choose(id: string | null) {
      selected.value = id;
      blanksConfirmed.value = false;
    },
    setTyped(name: string, value: string) {
      typed.value = { ...typed.value, [name]: value };
    },
    /**
     * Inserts the filled template at the caret of `into` (the target shown when the user
     * clicked); blanks must be filled or knowingly kept first.
     */
    async insert(into: InsertTarget | null): Promise<boolean> {
      const c = choice.value;
      if (!c) return false;
      const r = renderForInsert(c, values.value);
      if (r.unfilled.length && !blanksConfirmed.value) {
        sidebar.notice.value = `Fill in ${r.unfilled.length === 1 ? 'the blank' : `the ${r.unfilled.length} blanks`} first, or tick "Insert with blanks" to fill them in the email.`;
        return false;
      }
      const answer = await sidebar.insert(into, { text: r.text, html: r.html, subject: r.subject, mode: 'caret' });
      return answer.ok;
    },
    async printCard() {
      const c = choice.value;
      if (!c) return;
      await api.openNoteCard(renderForInsert(c, values.value).text);
    },
  };
}

export type TemplatesModel = ReturnType<typeof createTemplatesModel>;
