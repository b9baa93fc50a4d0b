/**
 * One watched compose window: its badge, its live check, its remembered caret. Everything
 * it starts ends with its AbortSignal (the compose closed, or the content script died).
 */
import type { Draft, NoteSlot, RuleId } from '@/lib/core/guidelines/types';
import type { InsertOutcome, NoteValueAnswer, RequestOf, ResponseOf, ScoreSummary } from '@/lib/platform/messaging/protocol';
import { countBlanks, isNextBlankKey, selectInsertedBlank, selectNextBlank } from '@/lib/dom/webmail/blanks';
import { insertIntoCompose, replaceComposeText, replaceInCompose, type TemplateContent } from '@/lib/dom/webmail/compose-edit';
import { rememberSelection, replaceFieldText, sanitizeHtml, type InsertContent, type SelectionMemory } from '@/lib/dom/webmail/insert';
import { isBareSubject } from '@/lib/dom/webmail/subject';
import { findTextRange, selectRange } from '@/lib/dom/webmail/select-text';
import { COMPOSE_ID_ATTRIBUTE, type WebmailAdapter } from '@/lib/dom/webmail/types';
import { createBadgeModel, type BadgeModel } from './badge-model';
import { createEditPacer } from './edit-pacing';
import { attachFindingCard, type FindingCardView } from './finding-card';
import { pageTheme } from './page-theme';
import { createShadowHost } from './shadow-host';
import { scrollRangeIntoView } from './scroll-range';
import { onItsWords, type UnderlinePainter } from './underlines';
import { createSendLimiter, sentReport } from './send-limit';

/** How the score badge is drawn; like the card's view, given by the entry point (components/badge). */
export interface BadgeView {
  /** The badge's styles, for its shadow root. */
  css: string;
  /** Draws the badge of `model` into `container`; returns what takes it down again. */
  mount(container: HTMLElement, model: BadgeModel, onOpen: () => void): () => void;
}

/** The content script's Preact views: lib/ does not import components/, so they are passed in. */
export interface ContentViews {
  badge: BadgeView;
  card: FindingCardView;
}

/** What a session needs from the rest of the extension (messaging, in production) and its views. */
export interface SessionDeps {
  views: ContentViews;
  check(request: { composeId: string; site: WebmailAdapter['id']; draft: Draft; focused: boolean }): Promise<ScoreSummary>;
  closed(composeId: string): void;
  sent(request: { composeId: string; site: WebmailAdapter['id']; draft: Draft }): void;
  openSidebar(composeId: string): Promise<{ opened: boolean; hint?: string }>;
  /** "Turn off this check" on a finding's card; settles once the setting is saved. */
  muteRule?(rule: RuleId): Promise<unknown>;
  /** "Add to my dictionary" on a card; settles once the word is stored (or says why not). */
  addWord?(word: string): Promise<ResponseOf<'dictionary:add'>>;
  /** The notes' value for a placeholder of this compose, asked only when its fill-in fix is picked. */
  noteValue?(composeId: string, slot: NoteSlot): Promise<NoteValueAnswer>;
}

export interface ComposeSession {
  readonly id: string;
  readonly root: HTMLElement;
  readonly badge: BadgeModel;
  /** Re-reads the draft and asks for a new score. */
  refresh(): void;
  insert(content: Omit<RequestOf<'compose:insert'>, 'composeId' | 'mode'>, mode: 'caret' | 'replace'): Promise<InsertOutcome>;
  /**
   * Shows a piece of the draft (a finding's text) in the page: words underlined by `rule`'s check
   * are scrolled into view with their card open (the caret stays where it was); others are selected.
   */
  select(field: 'subject' | 'body', text: string, occurrence: number, rule?: RuleId): { ok: boolean; reason?: string; card?: boolean };
  /** A fix picked in the sidebar: underlined words of the body, or the whole subject, replaced if they are still as checked. */
  fix(fix: Omit<RequestOf<'compose:fix'>, 'composeId'>): Promise<{ ok: boolean; reason?: string }>;
  dispose(): void;
}

const HINT_MS = 6000;

/**
 * The draft as the checks need it. No rule reads the HTML, and it can be many times the
 * size of the text: it is not copied across to the background on every keystroke.
 */
function withoutHtml(draft: Draft): Draft {
  const { bodyHtml: _html, ...rest } = draft;
  return rest;
}

export function startComposeSession(adapter: WebmailAdapter, root: HTMLElement, deps: SessionDeps, parent: AbortSignal, painter: UnderlinePainter | null = null): ComposeSession {
  // Two lifetimes: `signal` for everything that watches and talks (ends when the compose
  // closes or the content script dies); `uiLife` for the badge itself (ends only when the
  // compose closes), so that after an extension update the badge can stay and say "reload".
  const controller = new AbortController();
  const { signal } = controller;
  const uiLife = new AbortController();
  parent.addEventListener(
    'abort',
    () => {
      controller.abort();
      badge.state.value = { status: 'offline' };
    },
    { once: true, signal },
  );
  const doc = root.ownerDocument;
  const id = adapter.composeId(root) || `afterview-${adapter.id}-unknown`;
  root.setAttribute(COMPOSE_ID_ATTRIBUTE, id);
  const badge = createBadgeModel();
  // The failing findings, underlined in the body (never inside its DOM: see `underlines.ts`).
  const underlines = painter?.layer(signal) ?? null;
  let details: ScoreSummary['details'] = {};
  // Underlines the user chose to ignore here, by rule and words: kept away while the words stay.
  const ignored = new Set<string>();
  const ignoreKey = (rule: string, words: string) => `${rule}\u0000${words.replace(/[\s\u00a0]+/g, ' ').trim()}`;
  // Through the editor's own path, like typing over the words; the next check follows the edit.
  // The card's fixes and the sidebar's go this one way.
  const applyFix = (range: Range, replacement: string) =>
    replaceInCompose(adapter, root, range, replacement).then((result) => {
      selectionMemory()?.save();
      refresh();
      return result;
    });
  const card = underlines
    ? attachFindingCard(
        {
          view: deps.views.card,
          root,
          bodyOf: () => adapter.bodyOf(root),
          layer: underlines,
          details: () => details,
          ignore: (u) => ignored.add(ignoreKey(u.mark.rule, u.words)),
          // Checked again once the setting is saved, so the underlines of that check go at once.
          muteRule: (rule) => void deps.muteRule?.(rule).then(refresh, () => undefined),
          // Stored, then checked again so the word's underline goes everywhere in this email.
          ...(deps.addWord ? { addWord: (word: string) => deps.addWord!(word).then((answer) => (answer.added && refresh(), answer)) } : {}),
          ...(deps.noteValue ? { noteValue: (slot: NoteSlot) => deps.noteValue!(id, slot) } : {}),
          applyFix: (range, replacement) => void applyFix(range, replacement),
        },
        signal,
      )
    : null;

  // The caret, remembered per body element (a full-screen toggle may bring a new one).
  let memory: { body: HTMLElement; selection: SelectionMemory; stop: AbortController } | null = null;
  const selectionMemory = (): SelectionMemory | null => {
    const body = adapter.bodyOf(root);
    if (!body) return null;
    if (memory?.body !== body) {
      memory?.stop.abort();
      const stop = new AbortController();
      signal.addEventListener('abort', () => stop.abort(), { once: true, signal: stop.signal });
      memory = { body, selection: rememberSelection(body, stop.signal), stop };
    }
    return memory.selection;
  };

  let latest = 0;
  const refresh = () => {
    if (signal.aborted) return;
    selectionMemory();
    const read = adapter.readCompose(root);
    if (!read.ok) {
      badge.state.value = { status: 'unrecognised' };
      return;
    }
    const ticket = ++latest;
    const focused = root.contains(doc.activeElement);
    // The page may have switched theme since: the badge follows it.
    ui.host.setAttribute('data-theme', pageTheme(root));
    const checked = read.draft.bodyText;
    deps.check({ composeId: id, site: adapter.id, draft: withoutHtml(read.draft), focused }).then(
      (summary) => {
        // Answers can cross: only the newest request may set the score and the underlines.
        if (ticket !== latest || signal.aborted) return;
        badge.state.value = { status: 'ready', summary };
        // The marks are offsets into the text that was checked: typed on since, the body holds other
        // text, and they would land on other words. The check that edit asked for brings the right ones.
        const body = adapter.bodyOf(root);
        if (!underlines || !body) return;
        const now = adapter.readCompose(root);
        if (!now.ok || now.draft.bodyText !== checked) return;
        details = summary.details ?? {};
        const marks = (summary.marks ?? []).filter((m) => !ignored.has(ignoreKey(m.rule, checked.slice(m.start, m.end))));
        underlines.show(body, checked, marks);
      },
      () => {
        if (ticket === latest && !signal.aborted) badge.state.value = { status: 'offline' };
      },
    );
  };

  let hintTimer: ReturnType<typeof setTimeout> | undefined;
  const openSidebar = () => {
    selectionMemory()?.save();
    deps.openSidebar(id).then(
      ({ hint }) => {
        if (!hint || signal.aborted) return;
        badge.hint.value = hint;
        clearTimeout(hintTimer);
        hintTimer = setTimeout(() => (badge.hint.value = ''), HINT_MS);
      },
      () => (badge.state.value = { status: 'offline' }),
    );
  };
  signal.addEventListener('abort', () => clearTimeout(hintTimer), { once: true });

  // The badge: after the compose's own content, outside the editable body.
  const ui = createShadowHost(doc, 'afterview-score', deps.views.badge.css, uiLife.signal);
  ui.host.setAttribute('data-compose-id', id);
  const unmount = deps.views.badge.mount(ui.container, badge, () => (signal.aborted ? undefined : openSidebar()));
  uiLife.signal.addEventListener('abort', unmount, { once: true });
  // A badge already here was left by an earlier copy of this script, stopped by an update:
  // Firefox injects the new copy into open tabs, so the stale badge would sit beside ours.
  for (const stale of root.querySelectorAll(':scope > afterview-score[data-afterview-ui]')) stale.remove();
  root.append(ui.host);

  const sends = createSendLimiter();
  // The sentence being typed is judged at a pause, not at every key (see edit-pacing.ts).
  const pacer = createEditPacer(refresh, signal);
  let lastInput: Event | null = null;
  root.addEventListener('input', (e) => (lastInput = e), { capture: true, passive: true, signal });
  adapter.watchCompose(
    root,
    {
      onEdit: () => {
        const input = lastInput;
        lastInput = null;
        pacer.edited(input);
      },
      onSend: () => {
        if (!sends.allow()) return;
        const read = adapter.readCompose(root);
        if (read.ok) deps.sent({ composeId: id, site: adapter.id, draft: sentReport(read.draft) });
      },
    },
    signal,
  );
  // Typing can stretch or move an underline's range before the next check: drop the ones that
  // no longer sit on their words, at once.
  if (underlines) root.addEventListener('input', () => underlines.revalidate(), { capture: true, passive: true, signal });
  // Focus moving into this compose makes it the sidebar's draft.
  root.addEventListener(
    'focusin',
    (e) => {
      if (!ui.host.contains(e.target as Node)) refresh();
    },
    { capture: true, passive: true, signal },
  );
  refresh();

  // Blanks a template left here: Alt+J selects the next one while any is left.
  let blanks: string[] = [];
  root.addEventListener(
    'keydown',
    (e) => {
      const key = e as KeyboardEvent;
      if (!blanks.length || !isNextBlankKey(key)) return;
      const body = adapter.bodyOf(root);
      if (!body || !body.contains(key.target as Node)) return;
      if (!selectNextBlank(body, blanks)) {
        blanks = [];
        return;
      }
      // Taken before the editor and the site's shortcuts see it (RoosterJS stops keys at its element).
      key.preventDefault();
      key.stopPropagation();
      selectionMemory()?.save();
    },
    { capture: true, signal },
  );

  const asContent = (part: { text: string; html?: string }): InsertContent => ({ text: part.text, ...(part.html ? { html: sanitizeHtml(part.html) } : {}) });

  return {
    id,
    root,
    badge,
    refresh,
    async insert(content, mode) {
      const payload: TemplateContent = asContent(content);
      if (content.withoutSignature) payload.withoutSignature = asContent(content.withoutSignature);
      const result = mode === 'replace' ? await replaceComposeText(adapter, root, payload) : await insertIntoCompose(adapter, root, payload, selectionMemory()?.get() ?? null);
      if (!result.ok) {
        refresh();
        return result;
      }
      // The subject: over an empty or bare reply subject ("Re:"), or over the user's own when they agreed.
      let subjectSet = false;
      const current = adapter.subjectOf(root)?.value ?? '';
      if (content.subject && (content.subjectMode === 'replace' || isBareSubject(current))) subjectSet = adapter.setSubject(root, content.subject);
      // The first blank of the insertion is selected, ready to be typed over.
      const markers = content.blanks ?? [];
      const body = adapter.bodyOf(root);
      const inserted = result.inserted.text ?? '';
      const left = body ? countBlanks(inserted, markers) : 0;
      if (left && body && selectInsertedBlank(body, markers, left)) {
        blanks = [...new Set([...blanks, ...markers])];
        selectionMemory()?.save();
      }
      refresh();
      return { ok: true, method: result.method, aboveSignature: result.aboveSignature, subjectSet, blanks: left };
    },
    select(field, text, occurrence, rule) {
      if (field === 'subject') {
        const input = adapter.subjectOf(root);
        if (!input) return { ok: false, reason: 'This compose has no subject field to select in.' };
        let at = -1;
        for (let i = 0; i <= occurrence; i++) at = input.value.indexOf(text, at + 1);
        if (at < 0) return { ok: false, reason: 'The subject changed; check again.' };
        input.focus();
        input.setSelectionRange(at, at + text.length);
        return { ok: true };
      }
      const body = adapter.bodyOf(root);
      const range = body ? findTextRange(body, text, occurrence) : null;
      if (!body || !range) return { ok: false, reason: 'That text is no longer in the draft.' };
      // A selection would hide the underline and move the caret: the card shows the words instead.
      const underline = rule && underlines?.find(range, rule);
      if (underline && card) {
        scrollRangeIntoView(underline.range);
        card.openOn(underline);
        return { ok: true, card: true };
      }
      const ok = selectRange(body, range);
      if (ok) selectionMemory()?.save();
      return ok ? { ok } : { ok, reason: 'The text could not be selected.' };
    },
    async fix({ field, text, occurrence, replacement }) {
      if (field === 'subject') {
        // The whole subject, as the site's own input sees it typed (`setSubject`); only over the one checked.
        const now = adapter.readCompose(root);
        if (!adapter.subjectOf(root)) return { ok: false, reason: 'This compose has no subject field.' };
        if (!now.ok || now.draft.subject !== text) return { ok: false, reason: 'The subject changed since the check; look again at the new findings.' };
        // Typed over the old subject where the browser allows it, so one Ctrl+Z in the field undoes it.
        const input = adapter.subjectOf(root);
        const typed = !!input && !input.disabled && !input.readOnly && replaceFieldText(input, replacement);
        if (!typed && !adapter.setSubject(root, replacement)) return { ok: false, reason: 'The subject cannot be changed in this compose.' };
        refresh();
        return { ok: true };
      }
      // Over a live underline only, as on its card: the words it was drawn for, still there.
      const body = adapter.bodyOf(root);
      const range = body ? findTextRange(body, text, occurrence) : null;
      const underline = range && underlines?.find(range);
      if (!underline || !onItsWords(underline)) return { ok: false, reason: 'Those words changed since the check; look again at the new findings.' };
      card?.close(false);
      underlines!.remove(underline);
      const result = await applyFix(underline.range.cloneRange(), replacement);
      return result.ok ? { ok: true } : { ok: false, reason: result.reason };
    },
    dispose() {
      if (uiLife.signal.aborted) return;
      uiLife.abort();
      if (signal.aborted) return;
      controller.abort();
      if (root.getAttribute(COMPOSE_ID_ATTRIBUTE) === id && !root.isConnected) root.removeAttribute(COMPOSE_ID_ATTRIBUTE);
      deps.closed(id);
    },
  };
}
