/**
 * The sidebar's link to the rest of the extension: messages to the background and to the
 * webmail tab, and the muted-rules setting. The components see only the SidebarApi shape.
 */
import { browser } from 'wxt/browser';
import type { SidebarApi } from '@/components/sidebar/model';
import type { LinkApi } from '@/components/sidebar/link-model';
import type { TemplatesApi } from '@/components/sidebar/templates-model';
import { applyLink } from '@/lib/core/notes/link-email';
import { notesStore } from '@/lib/platform/storage';
import { listUserTemplates, onUserTemplatesChanged } from '@/lib/platform/storage/templates';
import { noteCardQuery } from '@/lib/core/templates/note-card';
import { handleMessages, sendToBackground, sendToTab } from '@/lib/platform/messaging';
import { getMutedRules, onMutedRulesChanged, setRuleMuted } from '@/lib/platform/storage/settings';

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
      await browser.tabs.create({ url: browser.runtime.getURL(`/notecard.html${noteCardQuery(text)}` as '/notecard.html') });
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
