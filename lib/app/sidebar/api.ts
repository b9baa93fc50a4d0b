/**
 * The sidebar's link to the rest of the extension: messages to the background and to the
 * webmail tab, the muted-rules setting, the notes and the user's templates. The ports the
 * sidebar's models see (SidebarApi, TemplatesApi, LinkApi) are declared here, beside what
 * implements them, so that lib/ never imports from components/.
 */
import { openExtensionPage } from '@/lib/platform/tabs';
import type { Kind } from '@/lib/core/guidelines/types';
import { applyLink, type LinkPlan } from '@/lib/core/notes/link-email';
import type { CompanyRecord, Profile } from '@/lib/core/notes/types';
import type { UserTemplate } from '@/lib/dom/templates/user-templates';
import { notesStore } from '@/lib/platform/storage';
import { listUserTemplates, onUserTemplatesChanged } from '@/lib/platform/storage/templates';
import { noteCardQuery } from '@/lib/core/templates/note-card';
import { handleMessages, sendToBackground, sendToTab } from '@/lib/platform/messaging';
import type { FocusedDraft, InsertOutcome, RequestOf } from '@/lib/platform/messaging/protocol';
import { getMutedRules, onMutedRulesChanged, setRuleMuted } from '@/lib/platform/storage/settings';

/** What the checks panel's model (components/sidebar/model.ts) needs. */
export interface SidebarApi {
  getFocused(): Promise<FocusedDraft | null>;
  onFocusedChanged(listener: () => void, signal: AbortSignal): void;
  setKind(tabId: number, composeId: string, kind: Kind | null): Promise<void>;
  /** Shows a finding's words in the compose: their underline's card where they have one, else a selection. */
  select(tabId: number, request: RequestOf<'compose:select'>): Promise<{ ok: boolean; reason?: string; card?: boolean }>;
  /** Applies a fix in the compose, over the words it was made for if they are still there. */
  fix(tabId: number, request: RequestOf<'compose:fix'>): Promise<{ ok: boolean; reason?: string }>;
  insert(tabId: number, request: RequestOf<'compose:insert'> & { composeId: string }): Promise<InsertOutcome>;
  getMuted(): Promise<string[]>;
  setMuted(ruleId: string, muted: boolean): Promise<void>;
  onMutedChanged(listener: (muted: string[]) => void, signal: AbortSignal): void;
  /** Adds a word to the user's personal dictionary; the background checks the draft again. */
  addToDictionary(word: string): Promise<void>;
}

/** What the templates panel's model (components/sidebar/templates-model.ts) needs. */
export interface TemplatesApi {
  loadNotes(): Promise<{ companies: CompanyRecord[]; profile: Profile }>;
  onNotesChanged(listener: () => void, signal: AbortSignal): void;
  listUserTemplates(): Promise<UserTemplate[]>;
  onUserTemplatesChanged(listener: () => void, signal: AbortSignal): void;
  openNoteCard(text: string): Promise<void>;
  /** Applies `change` to the latest saved version of a company and returns what was saved. */
  saveCompany(id: string, change: (record: CompanyRecord) => CompanyRecord): Promise<CompanyRecord>;
  /** Likewise for the user's own details. */
  saveProfile(change: (profile: Profile) => Profile): Promise<Profile>;
}

/** What the "link this email to a company" model (components/sidebar/link-model.ts) needs. */
export interface LinkApi {
  loadCompanies(): Promise<CompanyRecord[]>;
  onNotesChanged(listener: () => void, signal: AbortSignal): void;
  /** Saves the plan into the company `companyId`, or into a new company called `newName`; returns the company. */
  link(target: { companyId: string } | { newName: string }, plan: LinkPlan): Promise<CompanyRecord>;
}

export function createSidebarApi(): SidebarApi {
  return {
    getFocused: () => sendToBackground('focused:get', {}),
    onFocusedChanged(listener, signal) {
      handleMessages({ 'focused:changed': () => (listener(), null) }, signal);
      // Coming back to the panel (or the browser window) may mean another compose is in front.
      const onVisible = () => document.visibilityState === 'visible' && listener();
      document.addEventListener('visibilitychange', onVisible, { signal });
      window.addEventListener('focus', listener, { signal });
    },
    setKind: async (tabId, composeId, kind) => void (await sendToBackground('draft:set-kind', { tabId, composeId, kind })),
    select: (tabId, request) => sendToTab(tabId, 'compose:select', request),
    fix: (tabId, request) => sendToTab(tabId, 'compose:fix', request),
    insert: (tabId, request) => sendToTab(tabId, 'compose:insert', request),
    getMuted: () => getMutedRules(),
    setMuted: async (ruleId, muted) => void (await setRuleMuted(ruleId, muted)),
    onMutedChanged: (listener, signal) => onMutedRulesChanged(listener, signal),
    addToDictionary: async (word) => void (await notesStore().addDictionaryWord(word)),
  };
}

export function createTemplatesApi(): TemplatesApi {
  const store = notesStore();
  return {
    async loadNotes() {
      const [companies, profile] = await Promise.all([store.listCompanies(), store.getProfile()]);
      return { companies, profile };
    },
    onNotesChanged: (listener, signal) => store.watch(() => listener(), signal),
    listUserTemplates: () => listUserTemplates(),
    onUserTemplatesChanged: (listener, signal) => onUserTemplatesChanged(() => listener(), signal),
    saveCompany: (id, change) => store.updateCompany(id, change),
    saveProfile: (change) => store.updateProfile(change),
    async openNoteCard(text) {
      await openExtensionPage(`/notecard.html${noteCardQuery(text)}`);
    },
  };
}

export function createLinkApi(): LinkApi {
  const store = notesStore();
  return {
    loadCompanies: () => store.listCompanies(),
    onNotesChanged: (listener, signal) => store.watch((change) => change.companies.length > 0 && listener(), signal),
    async link(target, plan) {
      const now = new Date();
      if ('companyId' in target) return store.updateCompany(target.companyId, (record) => applyLink(record, plan, now));
      const created = await store.createCompany({ name: target.newName, domains: plan.domain ? [plan.domain] : [] });
      return plan.people.length ? store.updateCompany(created.id, (record) => applyLink(record, plan, now)) : created;
    },
  };
}
