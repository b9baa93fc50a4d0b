/**
 * The sidebar's state as signals: the focused draft and its check, the user's kind choice
 * and muted rules, and the findings grouped the way the rulebook presents them. Talks to
 * the rest of the extension only through the injected SidebarApi.
 */
import { computed, signal } from '@preact/signals';
import type { Finding, Kind } from '@/lib/core/guidelines/types';
import type { DraftFix, FocusedDraft, InsertOutcome, RequestOf } from '@/lib/platform/messaging/protocol';
import { occurrenceIndex } from '@/lib/dom/webmail/select-text';
import type { SidebarApi } from '@/lib/app/sidebar/api';

export type SidebarStatus = 'loading' | 'empty' | 'ready' | 'error';

export interface FindingGroups {
  must: Finding[];
  should: Finding[];
  could: Finding[];
  passing: Finding[];
  notApplicable: Finding[];
}

export function groupFindings(findings: readonly Finding[]): FindingGroups {
  const failed = (severity: Finding['severity']) => findings.filter((f) => f.status === 'fail' && f.severity === severity);
  return {
    must: failed('error'),
    should: failed('warning'),
    could: failed('tip'),
    passing: findings.filter((f) => f.status === 'pass'),
    notApplicable: findings.filter((f) => f.status === 'n/a'),
  };
}

/** The distinct words of a finding that the dictionary did not know, as written in the draft. */
export function unknownWords(finding: Finding, draft: FocusedDraft['draft']): string[] {
  if (finding.status !== 'fail') return [];
  const words = finding.ranges
    .filter((r) => r.tag === 'unknown-word')
    .map((r) => (r.field === 'subject' ? draft.subject : draft.bodyText).slice(r.start, r.end).trim())
    .filter(Boolean);
  return [...new Set(words)];
}

/**
 * The one-click fixes the sidebar offers on a failing finding, grouped by the words they replace,
 * in the order of the finding's ranges; each group names its words (the subject's group has none).
 */
export interface FixGroup {
  words: string;
  fixes: DraftFix[];
}

export function fixGroups(finding: Finding, f: FocusedDraft): FixGroup[] {
  if (finding.status !== 'fail') return [];
  const groups = new Map<string, FixGroup>();
  for (const fix of f.fixes ?? []) {
    if (fix.rule !== finding.rule) continue;
    const key = `${fix.range.field}:${fix.range.start}:${fix.range.end}`;
    const words = fix.range.field === 'subject' ? '' : f.draft.bodyText.slice(fix.range.start, fix.range.end);
    const group = groups.get(key) ?? { words, fixes: [] };
    group.fixes.push(fix);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** Who the draft is to, in a few words: "Dana Reyes", "Dana Reyes and 2 others", "no recipient yet". */
export function recipientSummary(draft: FocusedDraft['draft']): string {
  const people = [...draft.to, ...draft.cc];
  if (people.length === 0) return 'no recipient yet';
  const first = people[0]!.name?.trim() || people[0]!.address;
  return people.length === 1 ? first : `${first} and ${people.length - 1} other${people.length > 2 ? 's' : ''}`;
}

/**
 * The compose an insert from the sidebar goes into, as named on screen. The Insert button
 * carries the target it was drawn with, so a focus change between reading the name and
 * clicking cannot send the template into another email.
 */
export interface InsertTarget {
  tabId: number;
  composeId: string;
  /** "the email to Dana Reyes in Gmail, subject “Thanks”" */
  email: string;
}

const SITE_NAMES: Record<FocusedDraft['site'], string> = { gmail: 'Gmail', outlook: 'Outlook' };
const SUBJECT_SHOWN = 48;

export function insertTarget(f: FocusedDraft): InsertTarget {
  const hasPeople = f.draft.to.length + f.draft.cc.length > 0;
  const subject = f.draft.subject.trim().replace(/\s+/g, ' ');
  const shown = subject.length > SUBJECT_SHOWN ? `${subject.slice(0, SUBJECT_SHOWN - 1).trimEnd()}…` : subject;
  const who = hasPeople ? `the email to ${recipientSummary(f.draft)}` : 'the email with no recipient yet';
  return { tabId: f.tabId, composeId: f.composeId, email: `${who} in ${SITE_NAMES[f.site]}${shown ? `, subject “${shown}”` : ''}` };
}

export function createSidebarModel(api: SidebarApi) {
  const focused = signal<FocusedDraft | null>(null);
  const status = signal<SidebarStatus>('loading');
  const notice = signal('');
  const muted = signal<ReadonlySet<string>>(new Set());
  const groups = computed(() => groupFindings(focused.value?.result.findings ?? []));

  let fetching = false;
  let again = false;
  /** Re-reads the focused draft; calls that arrive while one is running collapse into one more. */
  const refresh = async (): Promise<void> => {
    if (fetching) {
      again = true;
      return;
    }
    fetching = true;
    try {
      do {
        again = false;
        try {
          const next = await api.getFocused();
          focused.value = next;
          status.value = next ? 'ready' : 'empty';
        } catch {
          status.value = 'error';
        }
      } while (again);
    } finally {
      fetching = false;
    }
  };

  const say = (message: string) => {
    notice.value = message;
  };

  return {
    focused,
    status,
    notice,
    muted,
    groups,
    refresh,
    async load(lifetime: AbortSignal) {
      api.onFocusedChanged(() => void refresh(), lifetime);
      api.onMutedChanged((ids) => (muted.value = new Set(ids)), lifetime);
      const [ids] = await Promise.all([api.getMuted().catch(() => []), refresh()]);
      muted.value = new Set(ids);
    },
    async chooseKind(kind: Kind | null) {
      const f = focused.value;
      if (!f) return;
      await api.setKind(f.tabId, f.composeId, kind).catch(() => say('The kind could not be changed; try again.'));
      await refresh();
    },
    /**
     * Shows the finding's words in the compose, so the user sees what it is about: scrolled into
     * view with their underline's card open, or selected where they have no underline (the subject).
     */
    async selectFinding(finding: Finding) {
      const f = focused.value;
      const range = finding.ranges[0];
      if (!f || !range) return;
      const source = range.field === 'subject' ? f.draft.subject : f.draft.bodyText;
      const text = source.slice(range.start, range.end);
      if (!text.trim()) return;
      const answer = await api
        .select(f.tabId, { composeId: f.composeId, field: range.field, text, occurrence: occurrenceIndex(source, text, range.start), rule: finding.rule })
        .catch(() => ({ ok: false, reason: 'The compose window could not be reached.' }));
      say(answer.ok ? '' : (answer.reason ?? 'That text could not be found in the draft.'));
    },
    /**
     * Applies a fix in the compose of the draft it was made for: the body's words (only if they
     * are still there and underlined), or the whole subject (only if it is still the one checked).
     */
    async applyFix(fix: DraftFix) {
      const f = focused.value;
      if (!f) return;
      const source = fix.range.field === 'subject' ? f.draft.subject : f.draft.bodyText;
      const text = fix.range.field === 'subject' ? source : source.slice(fix.range.start, fix.range.end);
      const occurrence = fix.range.field === 'subject' ? 0 : occurrenceIndex(source, text, fix.range.start);
      const answer = await api
        .fix(f.tabId, { composeId: f.composeId, field: fix.range.field, text, occurrence, replacement: fix.replacement })
        .catch(() => ({ ok: false, reason: 'The compose window could not be reached.' }));
      if (!answer.ok) return say(answer.reason ?? 'That fix could not be applied.');
      say(fix.range.field === 'subject' ? `The subject is now “${fix.replacement}”.` : `Changed “${text}” to “${fix.replacement}”. Ctrl+Z in the email undoes it.`);
    },
    async toggleMute(ruleId: string) {
      const mute = !muted.value.has(ruleId);
      const next = new Set(muted.value);
      if (mute) next.add(ruleId);
      else next.delete(ruleId);
      muted.value = next;
      try {
        await api.setMuted(ruleId, mute);
        say(mute ? 'Check turned off. You can turn it back on under "Turned off".' : 'Check turned back on.');
      } catch {
        muted.value = new Set([...next].filter((id) => id !== ruleId).concat(mute ? [] : [ruleId]));
        say('That setting could not be saved; nothing changed.');
      }
    },
    async addToDictionary(word: string) {
      try {
        await api.addToDictionary(word);
        say(`“${word}” is in your dictionary now; it will not be flagged again.`);
      } catch (e) {
        say(e instanceof RangeError ? e.message : `“${word}” could not be added; nothing changed.`);
      }
    },
    /** Inserts into `target`, the compose the sidebar named when the user chose to insert; never into whatever is focused by then. */
    async insert(target: InsertTarget | null, request: Omit<RequestOf<'compose:insert'>, 'composeId'>): Promise<InsertOutcome> {
      if (!target) {
        const reason = 'Click into the email you are writing first.';
        say(reason);
        return { ok: false, reason };
      }
      const answer = await api
        .insert(target.tabId, { composeId: target.composeId, ...request })
        .catch((e: unknown) => ({ ok: false as const, reason: e instanceof Error ? e.message : String(e) }));
      say(answer.ok ? `Inserted into ${target.email}.` : answer.reason);
      return answer;
    },
  };
}

export type SidebarModel = ReturnType<typeof createSidebarModel>;
