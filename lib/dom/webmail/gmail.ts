/**
 * Gmail (mail.google.com): where its compose windows keep their parts.
 *
 * Sources for every hook below: the real October 2020 capture in
 * shared/fixtures/gmail-compose-new-message-2020-en.html, and what InboxSDK, gmail.js and
 * Briskine rely on, summarised in shared/webmail-notes.md (none checked on a live account
 * by us). Gmail rolls changes out per account, so each lookup has fallbacks and a read
 * reports which ones it needed. No lookup depends on aria-label text, which is translated.
 */
import type { Recipient } from '@/lib/core/guidelines/types';
import { siteHosts } from '@/lib/core/sites/sites';
import { defineAdapter, type SiteSpec } from './adapter-kit';
import { find, findAll, hiddenInline, outermost, safeClosest, type Lookup } from './dom';
import { dedupeRecipients, parseRecipient, parseRecipientList, recipientFromChip } from './recipients';
import type { BodyLayout, ComposeKind } from './types';

/** Gmail's host, from the site registry (lib/core/sites/sites.ts). */
const HOSTS: ReadonlySet<string> = new Set(siteHosts('gmail'));
/** Mail lives under /mail; the same host also serves Chat, which has no compose. */
const MAIL_PATH = '/mail';

// Compose roots ---------------------------------------------------------------------------

/** The compose form root in every kind (floating, full-screen, pop-out, inline reply). Seen: 2020 capture; InboxSDK since 2014. */
const COMPOSE_ROOT = 'div.M9';
/** The floating and full-screen compose dialog. Seen: 2020 capture (`div.nH.Hd[role=dialog]`). Fallback root. */
const COMPOSE_DIALOG = 'div[role="dialog"]';
/** Full-screen compose: the dialog re-parented under this layer. Seen: InboxSDK (webmail-notes). */
const FULLSCREEN_LAYER = '.aSs .aSt';
/** An open conversation message whose inline reply is open gains `adB`. Seen: InboxSDK (webmail-notes). */
const INLINE_REPLY_MESSAGE = '.ip';
/** Gmail's main area; an inline reply lives in it. ARIA role, not translated. */
const MAIN_AREA = '[role="main"]';
/** The app's navigation: present in the main window, absent from a pop-out. ARIA role. */
const NAVIGATION = '[role="navigation"]';
/** Classes of `<body>` in a pop-out compose window. Seen: InboxSDK (webmail-notes). */
const POPOUT_BODY_CLASSES = ['xE', 'xp'];

// Parts of a compose ----------------------------------------------------------------------

/** The message body. Seen: 2020 capture (`div.Am.Al.editable[g_editable=true]`); InboxSDK. A hidden `textarea.Ak` shares its aria-label, so never that. */
const BODY = '[g_editable="true"][contenteditable="true"]';
/** Fallback body: the untranslated class `editable` on the same div in the 2020 capture. */
const BODY_FALLBACK = 'div.editable[contenteditable="true"][role="textbox"]';
/** The subject box. Seen: 2020 capture; InboxSDK, gmail.js, Briskine. */
const SUBJECT = 'input[name="subjectbox"]';
/** Fallback subject: its class in the 2020 capture; hashed class tokens may replace it. */
const SUBJECT_FALLBACK = 'input.aoT[autocomplete="off"]';
/** The thread's subject, hidden, in replies. Seen: 2020 capture (empty in a new message). */
const THREAD_SUBJECT = 'input[type="hidden"][name="subject"]';
/** The draft's id, e.g. `#msg-a:r-7673660351152959857`. Seen: 2020 capture; InboxSDK uses it as the compose key. */
const DRAFT_ID = 'input[name="draft"]';
/** The sender, hidden (empty in the capture until Gmail fills it). Seen: 2020 capture. */
const FROM = 'input[type="hidden"][name="from"]';
/** Send: the first button of the bottom toolbar's first cell, not the "more send options" arrow. Seen: 2020 capture; InboxSDK. */
const SEND = '.IZ .Up div > div[role="button"]:not(.Uo):not([aria-haspopup="true"])';
/** Fallback send: the first tooltip button in the toolbar row `tr.btC` (the capture's Send comes first). */
const SEND_FALLBACK = 'tr.btC [role="button"][data-tooltip-delay]:not([aria-haspopup="true"])';

// Recipients ------------------------------------------------------------------------------

type Field = 'to' | 'cc';

/** Current recipients UI (PeopleKit, since October 2021): one row per field, e.g. `div.anm[name=to]`. Seen: InboxSDK (webmail-notes). */
const recipientRow = (field: Field): Lookup => ({
  name: `gmail.recipientRow.${field}`,
  selectors: [`.anm[name="${field}"]`, `div[name="${field}"]`],
});
/** A PeopleKit chip: `[role=option][data-name]`, address in `data-hovercard-id`. Seen: InboxSDK, Briskine (webmail-notes). */
const PEOPLEKIT_CHIP: Lookup = { name: 'gmail.chip', selectors: ['[role="option"][data-hovercard-id]', '[data-hovercard-id]'] };
/** The PeopleKit entry box (`input[role=combobox][peoplekit-id]`): text typed but not yet a chip. */
const PEOPLEKIT_ENTRY = 'input[role="combobox"]';
/** Classic recipients UI: a textarea per field. Seen: 2020 capture (`textarea.vO[name=to]`). */
const classicField = (field: Field): Lookup => ({
  name: `gmail.classicField.${field}`,
  // Fallback: the field's entry box under another tag, still named by field.
  selectors: [`textarea[name="${field}"]`, `[name="${field}"][role="combobox"]`],
});
/** Classic chip `.vR`, with a hidden input holding "Name <address>" and a `[email]` span. Seen: gmail.js, InboxSDK. */
const CLASSIC_CHIP = '.vR';
/** The display-name text in a classic chip. Seen: gmail.js. */
const CLASSIC_CHIP_NAME = '.vT';

const CHIP_HINTS = { addressAttributes: ['data-hovercard-id', 'email'], nameAttributes: ['data-name'] } as const;

// Signature ------------------------------------------------------------------------------

/** The signature Gmail adds to a compose. Seen: fixtures gmail-floating-peoplekit-en and gmail-fullscreen-de (built from the documented markup, 2026); InboxSDK and Briskine look for it. */
const SIGNATURE = 'div.gmail_signature';
/** Fallback: the same block's smart-mail attribute, kept when Gmail's class names change. Seen: the same fixtures. */
const SIGNATURE_SMARTMAIL = '[data-smartmail="gmail_signature"]';
/** The "-- " line Gmail writes before the signature (a span of its own, then a `<br>`). Seen: the same fixtures. */
const SIGNATURE_PREFIX = 'span.gmail_signature_prefix';
/** Last resort: a line holding only the usenet delimiter "-- " (a signature without Gmail's classes, e.g. pasted). */
const SIGNATURE_DELIMITER = '-- ';

const LAYOUT: BodyLayout = {
  history: [
    'div.gmail_quote', // Gmail's reply/forward history container, attribution and quote inside
    'blockquote.gmail_quote',
    'div.gmail_attr', // "On Mon, 3 Nov 2026 at 10:02, Dana <…> wrote:"
    'blockquote[type="cite"]', // quotes written by other mail clients
    // Any other blockquote is a quote too, except Gmail's own "indent" formatting, which it writes with border:none.
    'blockquote:not([style*="border:none"]):not([style*="border: none"])',
  ],
  historyStartsAt: [],
  // The "-- " line Gmail writes before a signature belongs to it.
  signature: [SIGNATURE_PREFIX, SIGNATURE, SIGNATURE_SMARTMAIL],
  signatureDelimiter: SIGNATURE_DELIMITER,
};

const lookup = (name: string, ...selectors: string[]): Lookup => ({ name: `gmail.${name}`, selectors });
const BODY_LOOKUP = lookup('body', BODY, BODY_FALLBACK);
const SUBJECT_LOOKUP = lookup('subject', SUBJECT, SUBJECT_FALLBACK);
const SEND_LOOKUP = lookup('send', SEND, SEND_FALLBACK);

function findComposeRoots(doc: Document): HTMLElement[] {
  const primary = findAll(doc, lookup('root', COMPOSE_ROOT));
  const roots = new Set(primary);
  // A compose whose root class changed is still found from its body (g_editable is Gmail's own).
  for (const body of findAll(doc, lookup('rootFromBody', BODY))) {
    if (primary.some((root) => root.contains(body))) continue;
    const root = fallbackRootOf(body, primary);
    if (root) roots.add(root);
  }
  return outermost(roots);
}

/**
 * The nearest ancestor of a body holding the compose's draft id or subject, else its dialog.
 * The climb stops below an ancestor holding a compose already found: that draft id is another
 * compose's, and taking the ancestor (up to the page's <body>) would swallow that compose.
 */
function fallbackRootOf(body: HTMLElement, found: readonly HTMLElement[]): HTMLElement | null {
  let node = body.parentElement;
  for (let depth = 0; node && depth < 30; depth++, node = node.parentElement) {
    const here = node;
    if (found.some((root) => here.contains(root))) break;
    if (node.querySelector(`${DRAFT_ID}, ${SUBJECT}`)) return node;
  }
  return safeClosest(body, COMPOSE_DIALOG) as HTMLElement | null;
}

function composeKind(root: HTMLElement): ComposeKind {
  const doc = root.ownerDocument;
  const bodyClasses = doc.body?.classList;
  const inMain = safeClosest(root, MAIN_AREA) !== null;
  if (bodyClasses && POPOUT_BODY_CLASSES.every((c) => bodyClasses.contains(c))) return 'popout';
  if (safeClosest(root, FULLSCREEN_LAYER)) return 'fullscreen';
  const dialog = safeClosest(root, COMPOSE_DIALOG);
  if (dialog) {
    // Minimising hides the compose's content with an inline display:none (the capture's
    // wrapper above .aaZ carries an empty style attribute for it); the title bar stays.
    const body = find(root, BODY_LOOKUP);
    return body && hiddenInline(body, dialog) ? 'minimised' : 'floating';
  }
  if (safeClosest(root, INLINE_REPLY_MESSAGE)) return 'inline-reply';
  // Fallback when the class tokens changed: a pop-out has no app navigation; a compose in
  // the main area of the full app is a reply inside the conversation.
  if (inMain && !doc.querySelector(NAVIGATION)) return 'popout';
  return inMain ? 'inline-reply' : 'unknown';
}

function readField(root: HTMLElement, field: Field, log?: string[]): Recipient[] {
  const row = find(root, recipientRow(field), log);
  if (row) {
    const chips = findAll(row, PEOPLEKIT_CHIP, log).map((chip) => recipientFromChip(chip, CHIP_HINTS));
    const entry = row.querySelector<HTMLInputElement>(PEOPLEKIT_ENTRY);
    return dedupeRecipients([...chips.filter((r): r is Recipient => r !== null), ...parseRecipientList(entry?.value ?? '')]);
  }
  const area = find(root, classicField(field), log) as HTMLTextAreaElement | null;
  if (!area) return [];
  const scope = area.closest('tr') ?? area.parentElement ?? root;
  const chips = Array.from(scope.querySelectorAll(CLASSIC_CHIP)).map((chip) => {
    const hidden = chip.querySelector<HTMLInputElement>(`input[type="hidden"][name="${field}"]`);
    const fromValue = hidden ? parseRecipient(hidden.value) : null;
    if (fromValue?.address) return fromValue;
    const person = chip.querySelector('[email]') ?? chip;
    return recipientFromChip(person, { ...CHIP_HINTS, textSelector: CLASSIC_CHIP_NAME });
  });
  return dedupeRecipients([...chips.filter((r): r is Recipient => r !== null), ...parseRecipientList(area.value ?? '')]);
}

const spec: SiteSpec = {
  id: 'gmail',
  insertStrategy: 'execCommand',
  bodyLayout: LAYOUT,
  matches: (url) => HOSTS.has(url.hostname) && url.pathname.startsWith(MAIL_PATH),
  findComposeRoots,
  bodyOf: (root, log) => find(root, BODY_LOOKUP, log),
  subjectOf: (root, log) => find(root, SUBJECT_LOOKUP, log) as HTMLInputElement | null,
  readSubject: (root, input) => input?.value || root.querySelector<HTMLInputElement>(THREAD_SUBJECT)?.value || '',
  // An inline reply keeps the thread's subject; changing it there would start a new thread.
  canSetSubject: (root) => composeKind(root) !== 'inline-reply',
  sendButtonOf: (root, log) => find(root, SEND_LOOKUP, log),
  composeKind,
  recipientsOf: (root, log) => ({ to: readField(root, 'to', log), cc: readField(root, 'cc', log) }),
  fromOf: (root) => {
    const value = root.querySelector<HTMLInputElement>(FROM)?.value ?? '';
    const from = parseRecipient(value);
    return from?.address ? from : undefined;
  },
  draftKeyOf: (root) => root.querySelector<HTMLInputElement>(DRAFT_ID)?.value.trim() || null,
  isSendShortcut: (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey,
};

export const gmail = defineAdapter(spec);
