/**
 * The background's side of the compose integration: checks drafts for the badges, keeps
 * the focused draft for the sidebar, opens the sidebar, logs sends. Started once from the
 * background entrypoint; listeners are registered synchronously, as MV3 requires.
 */
import { allTabIds, extensionUrl, isTabActive, onCommand as onKeyboardCommand, onTabActivated, onTabRemoved } from '@/lib/platform/tabs';
import { loadSpellerFromUrl } from '@/lib/platform/spelling/load-extension';
import { broadcastToPages, handleMessages, sendToTab, type FocusedDraft, type ScoreSummary } from '@/lib/platform/messaging';
import { MAX_FIXES_PER_MARK, MAX_MARKS, MAX_NOTE_VALUE, NOTHING_SAVED, type CardFix, type NoteValueAnswer } from '@/lib/platform/messaging/protocol';
import { fixesFor, type Fix, type FixDraft, type FixTools } from '@/lib/core/guidelines/fixes';
import { noteFixesFor, noteSlotOf } from '@/lib/core/guidelines/fixes/note-slots';
import { textOf } from '@/lib/core/guidelines/fixes/types';
import type { CheckResult, Draft, Finding, Speller } from '@/lib/core/guidelines';
import type { NoteSlot } from '@/lib/core/guidelines/types';
import { valuesFromNotes } from '@/lib/core/templates/placeholders';
import type { PlaceholderName } from '@/lib/core/templates/types';
import { ruleById } from '@/lib/core/guidelines/rules';
import type { Kind, RuleId } from '@/lib/core/guidelines/types';
import { pickedKinds, sessionArea, type PickedKinds } from '@/lib/platform/storage/picked-kinds';
import { createChecker, type CheckerDeps } from './checker';
import { createComposeRegistry, type ComposeEntry } from './compose-registry';
import { openSidebar } from '@/lib/platform/sidebar/open';
import { draftFixes, needsNotes } from './sidebar-fixes';

/**
 * What the badge and the card get from a check. With the checked `draft`, each mark carries its
 * one-click fixes (made from the draft's text alone, as the check the page sees has no notes;
 * `tools` adds the speller's suggestions). A placeholder the notes can fill gets a fix that names
 * the slot only: its value is asked for when the user picks it (`fix:note-value`).
 */
export function summarise(result: CheckResult, draft?: FixDraft, tools: FixTools = {}): ScoreSummary {
  const failed = result.findings.filter((f) => f.status === 'fail');
  const fixes = draft ? fixesByPlace(failed, draft, tools) : new Map<string, CardFix[]>();
  return {
    kind: result.kind,
    score: result.score,
    errors: failed.filter((f) => f.severity === 'error').length,
    warnings: failed.filter((f) => f.severity === 'warning').length,
    tips: failed.filter((f) => f.severity === 'tip').length,
    marks: failed
      .flatMap((f) =>
        f.ranges
          .filter((r) => r.field === 'body' && r.end > r.start)
          .map((r) => {
            const here = fixes.get(`${r.start}:${r.end}`);
            return { rule: f.rule, severity: f.severity, start: r.start, end: r.end, ...(here ? { fixes: here } : {}), ...(r.tag ? { tag: r.tag } : {}) };
          }),
      )
      .slice(0, MAX_MARKS),
    ...topProblem(failed),
    details: detailsOf(failed),
  };
}

/**
 * The fixes for each stretch of the body, whichever check found it: "thx" is both a possible
 * misspelling and a texting word, and the card on either underline offers "thanks". Spelling
 * suggestions are guesses: a stretch with a certain fix ("thanks" for "thx") offers only those.
 */
function fixesByPlace(failed: Finding[], draft: FixDraft, tools: FixTools): Map<string, CardFix[]> {
  const out = new Map<string, CardFix[]>();
  const keyOf = (fix: { range: Fix['range'] }) => `${fix.range.start}:${fix.range.end}`;
  const add = (key: string, fix: CardFix) => {
    const list = out.get(key) ?? [];
    const same = (x: CardFix) => ('slot' in x && 'slot' in fix ? x.slot === fix.slot : 'replacement' in x && 'replacement' in fix && x.replacement === fix.replacement);
    if (list.length < MAX_FIXES_PER_MARK && !list.some(same)) list.push(fix);
    out.set(key, list);
  };
  const text = failed.flatMap((f) => fixesFor(f, draft, tools)).filter((fix) => fix.range.field === 'body');
  for (const fix of text) if (!fix.guess) add(keyOf(fix), { label: fix.label, replacement: fix.replacement });
  const certain = new Set(out.keys());
  for (const fix of text) if (fix.guess && !certain.has(keyOf(fix))) add(keyOf(fix), { label: fix.label, replacement: fix.replacement });
  for (const fix of failed.flatMap((f) => noteFixesFor(f, draft))) if (fix.range.field === 'body') add(keyOf(fix), { label: fix.label, slot: fix.slot });
  return out;
}

/** The speller's suggestions for the fixes, when the dictionary loaded. */
const suggestions = (speller: Speller | undefined): FixTools => (speller?.suggest ? { suggest: (word, limit) => speller.suggest!(word, limit) } : {});

/** Which of the notes' values fills each slot. */
const SLOT_VALUE: Record<NoteSlot, PlaceholderName> = {
  interviewer: 'interviewer.name',
  'interviewer-first': 'interviewer.firstName',
  'interviewer-last': 'interviewer.lastName',
  company: 'company',
  role: 'role',
};

/** Whether a placeholder in the checked draft names `slot`: the only case in which its value is handed out. */
function draftNamesSlot(result: CheckResult, draft: FixDraft, slot: NoteSlot): boolean {
  const found = result.findings.find((f) => f.rule === 'placeholders' && f.status === 'fail');
  return !!found?.ranges.some((r) => r.field === 'body' && noteSlotOf(textOf(draft, r)) === slot);
}

/** What the card on an underline says: the rule's title and why, and its message on this draft. */
function detailsOf(failed: Finding[]): ScoreSummary['details'] {
  const out: ScoreSummary['details'] = {};
  for (const f of failed) {
    const rule = ruleById(f.rule);
    if (rule && f.ranges.some((r) => r.field === 'body')) out[f.rule] = { title: rule.title, why: rule.why, message: f.message };
  }
  return out;
}

const SEVERITY_ORDER = ['error', 'warning', 'tip'] as const;

/** The badge's headline: the first failing finding (in rulebook order) of the worst severity. */
function topProblem(failed: Finding[]): Pick<ScoreSummary, 'top'> {
  for (const severity of SEVERITY_ORDER) {
    const first = failed.find((f) => f.severity === severity);
    const title = first && ruleById(first.rule)?.title;
    if (title) return { top: { severity, title } };
  }
  return {};
}

export interface ComposeServicesOptions {
  /** The packaged speller by default; tests pass their own. */
  loadSpeller?: CheckerDeps['loadSpeller'];
  loadContext?: CheckerDeps['loadContext'];
  loadMuted?: CheckerDeps['loadMuted'];
  loadDictionary?: CheckerDeps['loadDictionary'];
  /** Calls back when the muted rules, the personal dictionary or the notes change, so the focused draft is checked again. */
  onSettingsChanged?: (listener: () => void, signal: AbortSignal) => void;
  /** The user turned a check off from the card in the compose. */
  muteRule?: (rule: RuleId) => Promise<void>;
  /** "Add to my dictionary" on the card: stores the word (rejects with a message the card can show). */
  addWord?: (word: string) => Promise<void>;
  /** Where the kinds picked in the sidebar outlive the worker (storage.session by default). */
  pickedKinds?: PickedKinds;
  /** A watched compose was sent: log it in the notes. */
  onSent?: (draft: Draft, result: CheckResult) => Promise<void> | void;
}

const asFocused = (e: ComposeEntry): FocusedDraft => ({
  tabId: e.tabId,
  composeId: e.composeId,
  site: e.site,
  draft: e.draft,
  result: e.result,
  kindOverride: e.kindOverride,
});

export function startComposeServices(options: ComposeServicesOptions = {}, signal: AbortSignal = new AbortController().signal): void {
  const registry = createComposeRegistry();
  // The registry lives only in this worker's memory, and Chrome stops an idle worker. The
  // kind the user chose for a compose must outlive that: the storage module keeps it in
  // storage.session, and it is put back before the first message is handled.
  const kinds = options.pickedKinds ?? pickedKinds(sessionArea());
  const kindsRestored: Promise<void> = kinds
    .restore()
    .then((list) => {
      for (const v of list) if (!registry.kindOf(v.tabId, v.composeId)) registry.setKind(v.tabId, v.composeId, v.kind);
    })
    .catch(() => undefined);
  const keepKind = (tabId: number, composeId: string, kind: Kind | null) => kinds.keep(tabId, composeId, kind);
  const forgetTab = (tabId: number) => kinds.forgetTab(tabId);
  const checker = createChecker({
    loadSpeller: options.loadSpeller ?? (() => loadSpellerFromUrl(extensionUrl('/dictionaries/en.txt'))),
    loadContext: options.loadContext,
    loadMuted: options.loadMuted,
    loadDictionary: options.loadDictionary,
  });
  // The sidebar re-reads the focused draft when told; coalesced, as typing sends many checks.
  let lastAnnounced = -1;
  const announce = () => {
    const seq = registry.focused()?.seq ?? 0;
    if (seq === lastAnnounced) return;
    lastAnnounced = seq;
    void broadcastToPages('focused:changed', {});
  };
  // Raised on every change of what a check reads besides the draft (see `onSettingsChanged`).
  // A check that read the settings before a change finishes with a stale result; the result
  // carries the version it was made under, so the stale one is found and checked again.
  let settingsVersion = 0;
  /**
   * Checks a stored compose again (a new kind, changed settings) and tells its badge and the
   * sidebar. Unless `force`d, a compose already checked under the current settings is left
   * alone. When a newer draft or a further change arrives meanwhile, the newest is looked at again.
   */
  const recheck = async (tabId: number, composeId: string, force = false) => {
    for (;;) {
      const entry = registry.get(tabId, composeId);
      if (!entry || (!force && entry.settingsVersion === settingsVersion)) return;
      force = false;
      const version = settingsVersion;
      const result = await checker.check(entry.draft, registry.kindOf(tabId, composeId) ?? undefined);
      if (registry.get(tabId, composeId)?.seq !== entry.seq) continue;
      registry.update({ tabId, composeId, site: entry.site, draft: entry.draft, result, settingsVersion: version }, false);
      // The content script checks again for its badge, whose check (without the notes) is its own.
      await sendToTab(tabId, 'compose:refresh', { composeId }).catch(() => undefined);
      announce();
    }
  };

  handleMessages(
    {
      async 'draft:check'({ composeId, site, draft, focused }, sender) {
        await kindsRestored;
        const tabId = sender.tab?.id;
        const chosen = (tabId !== undefined ? registry.kindOf(tabId, composeId) : null) ?? undefined;
        // The sidebar gets the check with the notes; the page's badge one without them, so that
        // a page probing recipients and greetings learns nothing about what the user saved.
        const version = settingsVersion;
        const [result, noteBlind, speller] = await Promise.all([checker.check(draft, chosen), checker.check(draft, chosen, { withNotes: false }), checker.speller()]);
        if (tabId !== undefined) {
          // A compose in a background tab (its page can move the focus by script) never becomes
          // the sidebar's draft, the one inserts go to: only the active tab's can. The sender's
          // snapshot of the tab can lag a switch of tabs, so an inactive one is asked again.
          const active = !focused || sender.tab?.active !== false || (await isTabActive(tabId));
          registry.update({ tabId, composeId, site, draft, result, settingsVersion: version }, focused && active);
          announce();
          // The settings changed while this draft was checked: its result (and this summary) is
          // from before the change, and the recheck the change started may have missed this draft.
          if (version !== settingsVersion) void recheck(tabId, composeId);
        }
        return summarise(noteBlind, draft, suggestions(speller));
      },
      async 'draft:closed'({ composeId }, sender) {
        await kindsRestored;
        if (sender.tab?.id !== undefined) {
          registry.remove(sender.tab.id, composeId);
          keepKind(sender.tab.id, composeId, null);
        }
        announce();
        return null;
      },
      async 'draft:sent'({ composeId, draft }, sender) {
        await kindsRestored;
        const tabId = sender.tab?.id;
        const chosen = tabId !== undefined ? registry.kindOf(tabId, composeId) : null;
        const result = await checker.check(draft, chosen ?? undefined);
        if (tabId !== undefined) {
          registry.remove(tabId, composeId);
          keepKind(tabId, composeId, null);
        }
        announce();
        // A send that cannot be logged (no matching company, storage full) must not disturb the page.
        await Promise.resolve(options.onSent?.(draft, result)).catch((error: unknown) => console.warn('Afterview: the sent message was not logged.', error));
        return null;
      },
      async 'rule:mute'({ rule }) {
        await options.muteRule?.(rule);
        return null;
      },
      async 'dictionary:add'({ word }) {
        if (!options.addWord) return { added: false, reason: 'Your dictionary cannot be changed here.' };
        try {
          await options.addWord(word);
          return { added: true };
        } catch (error) {
          // The storage module's reasons are for the user ("not a single word", "full").
          return { added: false, reason: error instanceof Error ? error.message : 'The word could not be added.' };
        }
      },
      async 'fix:note-value'({ composeId, slot }, sender): Promise<NoteValueAnswer> {
        await kindsRestored;
        const entry = sender.tab?.id === undefined ? undefined : registry.get(sender.tab.id, composeId);
        if (!entry) return { reason: 'This email has not been checked yet; try again in a moment.' };
        // Only for a placeholder the compose really holds: a page never gets a value it did not show a slot for.
        if (!draftNamesSlot(entry.result, entry.draft, slot)) return { reason: NOTHING_SAVED };
        const now = new Date();
        const context = await options.loadContext?.(entry.draft, now).catch(() => undefined);
        if (!context?.company) return { reason: NOTHING_SAVED };
        const values = valuesFromNotes(context.company, context.profile, { now, recipients: [...entry.draft.to, ...entry.draft.cc] });
        const value = values[SLOT_VALUE[slot]]?.replace(/\s+/g, ' ').trim().slice(0, MAX_NOTE_VALUE);
        return value ? { value } : { reason: NOTHING_SAVED };
      },
      'sidebar:open'(_payload, sender) {
        return openSidebar({ tabId: sender.tab?.id, windowId: sender.tab?.windowId });
      },
      async 'focused:get'() {
        const f = registry.focused();
        if (!f) return null;
        // The suggested subject names the role or the user, from the notes: read only when the subject fails.
        const [context, speller] = await Promise.all([needsNotes(f.result) ? options.loadContext?.(f.draft, new Date()).catch(() => undefined) : undefined, checker.speller()]);
        return { ...asFocused(f), fixes: draftFixes(f.result, f.draft, { role: context?.company?.role, name: context?.profile?.name }, suggestions(speller)) };
      },
      async 'draft:set-kind'({ tabId, composeId, kind }) {
        await kindsRestored;
        const entry = registry.setKind(tabId, composeId, kind);
        keepKind(tabId, composeId, kind);
        if (entry) await recheck(tabId, composeId, true);
        return null;
      },
    },
    signal,
  );
  const onRemoved = (tabId: number) => {
    registry.removeTab(tabId);
    forgetTab(tabId);
    announce();
  };
  const onActivated = ({ tabId }: { tabId: number }) => {
    if (registry.focusTab(tabId)) announce();
  };
  // Chrome's keyboard command for the side panel (Firefox opens its sidebar with a built-in command).
  const onCommand = (command: string, tab?: { id?: number; windowId?: number }) => {
    if (command === 'open-sidebar') openSidebar({ tabId: tab?.id, windowId: tab?.windowId });
  };
  onTabRemoved(onRemoved, signal);
  onTabActivated(onActivated, signal);
  onKeyboardCommand(onCommand, signal);
  options.onSettingsChanged?.(() => {
    settingsVersion++;
    const focused = registry.focused();
    if (focused) void recheck(focused.tabId, focused.composeId);
  }, signal);
  // A worker that starts again knows no draft, so the sidebar would say "No draft in view"
  // beside an open compose: ask every tab's content script to report its composes again
  // (tabs without one simply do not answer).
  void kindsRestored
    .then(() => allTabIds())
    .then((tabIds) => Promise.all(tabIds.map((tabId) => sendToTab(tabId, 'compose:refresh', {}).catch(() => undefined))))
    .catch(() => undefined);
}
