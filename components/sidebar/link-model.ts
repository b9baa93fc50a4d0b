/**
 * "Link this email to …": when the focused email's recipients match no saved company, the
 * sidebar offers to link them to one (or to a new one) in one click, so that the checks and
 * the templates read that company's notes at once. State as signals; storage behind LinkApi.
 */
import { computed, signal } from '@preact/signals';
import { linkPlan, planIsEmpty, suggestedCompanyName, type LinkRecipient } from '@/lib/core/notes/link-email';
import { findCompanyForRecipients } from '@/lib/core/notes/records';
import type { CompanyRecord } from '@/lib/core/notes/types';
import type { SidebarModel } from './model';
import type { LinkApi } from '@/lib/app/sidebar/api';

/** The words of a company name, lower-cased: "Northwind Analytics, Inc." gives northwind, analytics, inc. */
const nameWords = (name: string): string[] =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** What the select holds: a saved company's id, or a new company. */
export const NEW_COMPANY = 'new';

export function createLinkModel(api: LinkApi, sidebar: SidebarModel) {
  const companies = signal<CompanyRecord[]>([]);
  const loaded = signal(false);
  /** The user's pick, for the email it was made for; null follows the suggestion. */
  const picked = signal<{ composeId: string; choice: string } | null>(null);
  const typedName = signal<{ composeId: string; name: string } | null>(null);
  const busy = signal(false);
  const message = signal('');

  const recipients = computed<LinkRecipient[]>(() => {
    const d = sidebar.focused.value?.draft;
    return d ? [...d.to, ...d.cc] : [];
  });
  const plan = computed(() => linkPlan(recipients.value));
  const composeId = computed(() => sidebar.focused.value?.composeId ?? '');
  /** Shown only once the notes are read, for an email with a usable address that no company matches. */
  const offered = computed(() => loaded.value && !planIsEmpty(plan.value) && !findCompanyForRecipients(companies.value, recipients.value));
  // A company domain goes to the saved company named like it ("Northwind Analytics" for
  // northwind.com, saved without its domain), else to a new one; a personal address most likely
  // writes to the company saved last.
  const suggestion = computed(() => {
    const domainName = suggestedCompanyName(plan.value).toLowerCase();
    if (domainName) return companies.value.find((c) => nameWords(c.name).includes(domainName))?.id ?? NEW_COMPANY;
    if (companies.value.length === 0) return NEW_COMPANY;
    return [...companies.value].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]!.id;
  });
  const choice = computed(() => (picked.value?.composeId === composeId.value ? picked.value.choice : suggestion.value));
  const newName = computed(() => (typedName.value?.composeId === composeId.value ? typedName.value.name : suggestedCompanyName(plan.value)));
  /** The name on the button: "Lumenworks", or the new company's name. */
  const targetName = computed(() => (choice.value === NEW_COMPANY ? newName.value.trim() : (companies.value.find((c) => c.id === choice.value)?.name ?? '')));

  const reload = async () => {
    try {
      companies.value = await api.loadCompanies();
    } finally {
      loaded.value = true;
    }
  };

  return {
    companies,
    plan,
    offered,
    choice,
    newName,
    targetName,
    busy,
    message,
    async load(lifetime: AbortSignal) {
      api.onNotesChanged(() => void reload().catch(() => undefined), lifetime);
      await reload().catch(() => (message.value = 'Your notes could not be read.'));
    },
    choose(value: string) {
      picked.value = { composeId: composeId.value, choice: value };
      message.value = '';
    },
    typeName(name: string) {
      typedName.value = { composeId: composeId.value, name };
      message.value = '';
    },
    async link() {
      if (busy.value) return;
      const name = newName.value.trim();
      if (choice.value === NEW_COMPANY && !name) {
        message.value = 'Give the new company a name first.';
        return;
      }
      busy.value = true;
      try {
        const company = await api.link(choice.value === NEW_COMPANY ? { newName: name } : { companyId: choice.value }, plan.value);
        // The offer goes away once the email matches, so the outcome is told in the sidebar's notice.
        message.value = '';
        sidebar.notice.value = `Linked to ${company.name}. The checks and templates now use its notes.`;
        await reload();
        // The background checks the draft again when the notes change; read its new result.
        await sidebar.refresh();
      } catch (e) {
        message.value = `The link could not be saved; nothing changed. (${e instanceof Error ? e.message : String(e)})`;
      } finally {
        busy.value = false;
      }
    },
  };
}

export type LinkModel = ReturnType<typeof createLinkModel>;
