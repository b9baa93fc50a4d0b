/**
 * Every message Afterview's parts send each other, defined once. Requests are validated
 * with valibot on arrival, so a malformed or foreign message is refused rather than acted
 * on; the response types are the handlers' contract.
 *
 * Who talks to whom:
 * - content script -> background: `draft:check`, `draft:closed`, `draft:sent`, `sidebar:open`,
 *   and from the card in the compose `rule:mute`, `dictionary:add`, `fix:note-value`
 * - extension pages (sidebar) -> background: `focused:get`, `draft:set-kind`
 * - background -> extension pages (broadcast): `focused:changed`
 * - background or extension pages -> content script (one tab): `compose:insert`,
 *   `compose:select`, `compose:fix`, `compose:refresh`
 */
import * as v from 'valibot';
import { SITE_IDS, type SiteId } from '@/lib/core/sites/sites';
import { KINDS, NOTE_SLOTS, RULE_IDS, type CheckResult, type Kind, type RuleId, type NoteSlot, type Severity, type TextRange } from '@/lib/core/guidelines/types';

const MAX_TEXT = 2_000_000;
const text = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max));

const RecipientSchema = v.object({ name: v.optional(text(1000)), address: text(1000) });

export const DraftSchema = v.object({
  subject: text(10_000),
  from: v.optional(RecipientSchema),
  to: v.pipe(v.array(RecipientSchema), v.maxLength(500)),
  cc: v.pipe(v.array(RecipientSchema), v.maxLength(500)),
  bodyText: text(),
  bodyHtml: v.optional(text(4 * MAX_TEXT)),
});

/** The supported sites' ids and no other (lib/core/sites/sites.ts): pure data, so no adapter reaches the worker. */
export const SiteSchema = v.picklist(SITE_IDS);
const ComposeIdSchema = text(300);
const KindSchema = v.picklist(KINDS);

/** What the badge shows: the score and the counts, never the notes or the messages. */
export interface ScoreSummary {
  kind: Kind;
  score: number;
  errors: number;
  warnings: number;
  tips: number;
  /** Where the failing findings are in the body, to underline them (from the check without notes, like the score). */
  marks: BodyMark[];
  /** The first failing finding of the worst severity, named by its rule's title (rulebook text, never the draft's). */
  top?: { severity: Severity; title: string };
  /** For the card on an underline: each marked rule's title and why (rulebook text), and its message on this draft. */
  details: Partial<Record<RuleId, FindingDetail>>;
}

export interface FindingDetail {
  title: string;
  why: string;
  message: string;
}

/** A failing finding's place in `draft.bodyText`. */
export interface BodyMark {
  rule: RuleId;
  severity: Severity;
  start: number;
  end: number;
  /** One-click fixes for these words, made from the draft's own text (never from the notes). */
  fixes?: CardFix[];
  /** A word the dictionary does not know: the card offers to add it to the user's. */
  tag?: 'unknown-word';
}

/** A fix on the card: the button's words, and what replaces the marked words when it is picked. */
export interface MarkFix {
  label: string;
  replacement: string;
}

/** A fix for a placeholder the notes can fill: which value (`slot`), asked for only when it is picked (`fix:note-value`). */
export interface NoteMarkFix {
  label: string;
  slot: NoteSlot;
}

export type CardFix = MarkFix | NoteMarkFix;

/** As many fixes as a card has room for. */
export const MAX_FIXES_PER_MARK = 3;
const MarkFixSchema = v.union([v.object({ label: text(80), replacement: text(300) }), v.object({ label: text(80), slot: v.picklist(NOTE_SLOTS) })]);
const MarkFixesSchema = v.pipe(v.array(MarkFixSchema), v.maxLength(MAX_FIXES_PER_MARK));

/** A note's value for a placeholder, or why there is none. */
export type NoteValueAnswer = { value: string } | { reason: string };
/** What the card says when the notes have nothing for a placeholder (the same whatever is missing). */
export const NOTHING_SAVED = 'Nothing saved for the company in your notes.';
/** A note's value fills a placeholder: a name, a company, a role, never a page. */
export const MAX_NOTE_VALUE = 300;

/** A mark's fixes once checked to be well-formed (the card writes them into the user's email); none otherwise. */
export function cardFixes(mark: BodyMark): CardFix[] {
  if (mark.fixes === undefined) return [];
  const parsed = v.safeParse(MarkFixesSchema, mark.fixes);
  return parsed.success ? parsed.output : [];
}

/** The well-formed fixes of a mark that carry their words (not the fill-from-notes ones). */
export const markFixes = (mark: BodyMark): MarkFix[] => cardFixes(mark).filter((f): f is MarkFix => 'replacement' in f);

/** Enough underlines for any real draft; a pathological one does not need thousands. */
export const MAX_MARKS = 200;

/** The focused compose as the sidebar sees it. */
export interface FocusedDraft {
  tabId: number;
  composeId: string;
  site: SiteId;
  draft: v.InferOutput<typeof DraftSchema>;
  result: CheckResult;
  /** The kind the user chose in the sidebar, if any. */
  kindOverride: Kind | null;
  /** The one-click fixes of the failing findings: the card's, from the draft's words, and a suggested subject. */
  fixes?: DraftFix[];
}

/** A fix the sidebar offers on a finding: the words of `range` (in `draft`) replaced by `replacement`. */
export interface DraftFix {
  rule: RuleId;
  range: TextRange;
  label: string;
  replacement: string;
}

export type InsertOutcome =
  | {
      ok: true;
      method: string;
      /** The compose had the webmail's signature: the text went above it, without the template's own. */
      aboveSignature?: boolean;
      /** Whether the template's subject went in. */
      subjectSet?: boolean;
      /** Blanks left in the inserted text; the first one is selected. */
      blanks?: number;
    }
  | { ok: false; reason: string };

export const REQUESTS = {
  // The kind comes from the user's choice in the sidebar (`draft:set-kind`), never from the page.
  'draft:check': v.object({ composeId: ComposeIdSchema, site: SiteSchema, draft: DraftSchema, focused: v.boolean() }),
  'draft:closed': v.object({ composeId: ComposeIdSchema }),
  'draft:sent': v.object({ composeId: ComposeIdSchema, site: SiteSchema, draft: DraftSchema }),
  'sidebar:open': v.object({ composeId: ComposeIdSchema }),
  'focused:get': v.object({}),
  'draft:set-kind': v.object({ tabId: v.pipe(v.number(), v.integer()), composeId: ComposeIdSchema, kind: v.nullable(KindSchema) }),
  'focused:changed': v.object({}),
  'compose:insert': v.object({
    composeId: v.optional(ComposeIdSchema),
    text: text(),
    html: v.optional(text()),
    /** The same content without the template's own signature lines, for a compose that has the webmail's signature. */
    withoutSignature: v.optional(v.object({ text: text(), html: v.optional(text()) })),
    /** `if-blank` (default): written only over an empty or bare reply subject ("Re:"); `replace`: the user agreed to replace theirs. */
    subject: v.optional(text(10_000)),
    subjectMode: v.optional(v.picklist(['if-blank', 'replace'])),
    /** The marked blanks in the content ("[company]"): the first is selected after insertion, Alt+J selects the next. */
    blanks: v.optional(v.pipe(v.array(text(300)), v.maxLength(50))),
    mode: v.picklist(['caret', 'replace']),
  }),
  'compose:select': v.object({
    composeId: ComposeIdSchema,
    field: v.picklist(['subject', 'body']),
    /** The text to select, as the engine saw it, and which occurrence of it. */
    text: text(100_000),
    occurrence: v.pipe(v.number(), v.integer(), v.minValue(0)),
    /** The finding's check: where it has an underline on those words, its card opens there instead of a selection. */
    rule: v.optional(v.picklist(RULE_IDS)),
  }),
  /** A fix picked in the sidebar: `text` (the whole subject, or underlined words of the body) replaced, if it is still there. */
  'compose:fix': v.object({
    composeId: ComposeIdSchema,
    field: v.picklist(['subject', 'body']),
    text: text(100_000),
    occurrence: v.pipe(v.number(), v.integer(), v.minValue(0)),
    replacement: text(10_000),
  }),
  'compose:refresh': v.object({ composeId: v.optional(ComposeIdSchema) }),
  /** "Turn off this check" on the card in the compose (the sidebar writes the setting itself). */
  'rule:mute': v.object({ rule: v.picklist(RULE_IDS) }),
  /** "Add to my dictionary" on the card of a word the dictionary does not know. */
  'dictionary:add': v.object({ word: text(64) }),
  /** A fill-from-notes fix picked on the card: the value of `slot` for this compose's recipients. */
  'fix:note-value': v.object({ composeId: ComposeIdSchema, slot: v.picklist(NOTE_SLOTS) }),
} as const;

export interface Responses {
  'draft:check': ScoreSummary;
  'draft:closed': null;
  'draft:sent': null;
  'sidebar:open': { opened: boolean; hint?: string };
  'focused:get': FocusedDraft | null;
  'draft:set-kind': null;
  'focused:changed': null;
  'compose:insert': InsertOutcome;
  /** `card`: the words are underlined, and their card is open (else they were selected). */
  'compose:select': { ok: boolean; reason?: string; card?: boolean };
  'compose:fix': { ok: boolean; reason?: string };
  'compose:refresh': null;
  'rule:mute': null;
  'dictionary:add': { added: true } | { added: false; reason: string };
  'fix:note-value': NoteValueAnswer;
}

export type MessageName = keyof typeof REQUESTS;
export type RequestOf<N extends MessageName> = v.InferOutput<(typeof REQUESTS)[N]>;
export type ResponseOf<N extends MessageName> = Responses[N];

/** The two kinds of Afterview context that send messages. */
export type SenderRole = 'content-script' | 'extension-page';

/**
 * Who may send each message. A content script runs inside a webmail page, whose own
 * JavaScript can reach it, so it gets only what a page may ask for: nothing that reads
 * the notes or another tab's draft, nothing that steers the sidebar. The background
 * worker counts as an extension page (it sends the tab messages and the broadcast).
 */
export const ALLOWED_SENDERS: { readonly [N in MessageName]: readonly SenderRole[] } = {
  'draft:check': ['content-script'],
  'draft:closed': ['content-script'],
  'draft:sent': ['content-script'],
  'sidebar:open': ['content-script'],
  'focused:get': ['extension-page'],
  'draft:set-kind': ['extension-page'],
  'focused:changed': ['extension-page'],
  'compose:insert': ['extension-page'],
  'compose:select': ['extension-page'],
  // Writes into the user's email: only the sidebar, never the page (the card acts on trusted clicks instead).
  'compose:fix': ['extension-page'],
  'compose:refresh': ['extension-page'],
  // Muting a check reads nothing and changes only how drafts are judged; the card asks only
  // on a real click (a page's script can click in our open shadow root, but not trustedly).
  'rule:mute': ['content-script'],
  // The same kind of setting, written by the background through the storage module.
  'dictionary:add': ['content-script'],
  // The one message that answers with note text to the page's side: only on a trusted click on a
  // fill-from-notes fix, and only for a slot that a placeholder in this compose's draft names.
  'fix:note-value': ['content-script'],
};

/** Messages a content script answers (sent to one tab). */
export type TabMessage = 'compose:insert' | 'compose:select' | 'compose:fix' | 'compose:refresh';
/** Messages extension pages answer (broadcast by the background). */
export type PageMessage = 'focused:changed';
/** Messages the background answers. */
export type BackgroundMessage = Exclude<MessageName, TabMessage | PageMessage>;

/** The envelope on the wire: marked, so that messages of other extensions or pages are never mistaken for ours. */
export interface Envelope {
  afterview: 1;
  name: MessageName;
  payload: unknown;
}

export type Reply<T> = { ok: true; value: T } | { ok: false; error: string };

export function isEnvelope(message: unknown): message is Envelope {
  return (
    !!message && typeof message === 'object' && (message as Envelope).afterview === 1 && typeof (message as Envelope).name === 'string' && Object.hasOwn(REQUESTS, (message as Envelope).name)
  );
}

/** Validates a request; the error names the first bad field. */
export function parseRequest<N extends MessageName>(name: N, payload: unknown): { ok: true; value: RequestOf<N> } | { ok: false; error: string } {
  const result = v.safeParse(REQUESTS[name], payload);
  if (result.success) return { ok: true, value: result.output as RequestOf<N> };
  const issue = result.issues[0];
  const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: `invalid "${name}" message${path ? ` at ${path}` : ''}: ${issue?.message ?? 'unknown problem'}` };
}
