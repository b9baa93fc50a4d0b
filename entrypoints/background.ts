import { startComposeServices } from '@/lib/app/background/compose-services';
import { startNotesServices } from '@/lib/app/background/notes-services';
// From the modules themselves, not the storage index: its store brings the backup code along.
import { checkContextLoader, recordSentFollowUp } from '@/lib/platform/storage/context';
import { notesStore } from '@/lib/platform/storage/store';
import { getMutedRules, onMutedRulesChanged, setRuleMuted } from '@/lib/platform/storage/settings';

export default defineBackground(() => {
  const loadContext = checkContextLoader();
  const store = notesStore();
  // Listeners are registered synchronously here, as a Manifest V3 service worker requires.
  startComposeServices({
    // The notes of the company the recipients belong to feed the checks; they never go to the page.
    loadContext: (draft, now) => loadContext([...draft.to, ...draft.cc], now),
    loadMuted: () => getMutedRules(),
    muteRule: (rule) => setRuleMuted(rule, true),
    loadDictionary: () => store.getDictionary(),
    // The same storage call as the sidebar's "Add to my dictionary".
    addWord: async (word) => void (await store.addDictionaryWord(word)),
    onSettingsChanged: (listener, signal) => {
      onMutedRulesChanged(() => listener(), signal);
      // A company linked or edited, or the user's own details saved, change what the checks know
      // (names, dates, notes, the signature's phone and email).
      store.watch((change) => (change.dictionary || change.profile || change.companies.length > 0) && listener(), signal);
    },
    onSent: async (draft, result) => {
      await recordSentFollowUp({ kind: result.kind, sentAt: new Date(), to: draft.to, subject: draft.subject, bodyText: draft.bodyText });
    },
  });
  startNotesServices();
});
