/**
 * Outlook on the web (personal and work hosts): where its compose forms keep their parts.
 *
 * Sources: the hooks reported by Briskine's Outlook plugin and RoosterJS's issue tracker,
 * summarised in shared/webmail-notes.md; no capture of real Outlook markup was available
 * and none was checked on a live account. Every lookup has fallbacks; no lookup depends on
 * translated aria-label text except an English last resort after untranslated ones.
 */
import type { Recipient } from '@/lib/core/guidelines/types';
import { defineAdapter, type SiteSpec } from './adapter-kit';
import { find, findAll, outermost, safeClosest, type Lookup } from './dom';
import { dedupeRecipients, parseRecipientList, recipientFromChip } from './recipients';
import type { BodyLayout, ComposeKind } from './types';
import { siteHosts } from '@/lib/core/sites/sites';

/** Hosts of Outlook on the web: personal, work and school, and the newer host work accounts now redirect to. */
const HOSTS: ReadonlySet<string> = new Set(siteHosts('outlook'));
/** Mail lives under /mail (and /owa on older tenants); the calendar's event editor is not a compose. */
const MAIL_PATHS = ['/mail', '/owa'];

// Compose roots ---------------------------------------------------------------------------

/** A compose docked in the reading pane (new, reply, forward). Seen: Briskine (`[id*=docking_InitVisiblePart]`); webmail-notes. */
const DOCKED_COMPOSE = 'div[id^="docking_InitVisiblePart_"]';
/** The compose form of a pop-out window. Seen: Briskine (`[data-app-section="Form_Content"]`); webmail-notes. */
const POPOUT_FORM = '[data-app-section="Form_Content"]';
/** The app's main region holding the reading pane. ARIA role, not translated. */
const MAIN_AREA = '[role="main"]';

// Parts of a compose ----------------------------------------------------------------------

/** The message body (RoosterJS). Seen: Briskine, RoosterJS issues (webmail-notes). Its aria-label is translated: not used. */
const BODY = 'div[role="textbox"][contenteditable="true"][aria-multiline="true"]';
/** Fallback body: the editable inside its `#editorParent_N` wrapper. Seen: webmail-notes. */
const BODY_FALLBACK = 'div[id^="editorParent_"] [contenteditable="true"]';
/** To/Cc/Bcc wells: single-line editables, in that order. Seen: Briskine (`[role=textbox]` parents); webmail-notes. */
const RECIPIENT_WELL = 'div[role="textbox"][contenteditable="true"]:not([aria-multiline="true"])';
/** Fallback well: any single-line editable. */
const RECIPIENT_WELL_FALLBACK = 'div[contenteditable="true"]:not([aria-multiline="true"])';
/** A resolved recipient (persona chip). Seen: Briskine (`[data-lpc-hover-target-id]`); webmail-notes. */
const CHIP = '[data-lpc-hover-target-id]';
/** Fallback chip: chips are draggable. Seen: Briskine (`[draggable="true"]`). */
const CHIP_FALLBACK = '[draggable="true"]';
/** The chip's text holder: "Name <address>", the address, or the name. Seen: Briskine (`span > span > span > span`). */
const CHIP_TEXT = 'span > span > span > span';
/** The subject: the last single-line text input of the compose. Seen: webmail-notes. */
const SUBJECT = 'input[type="text"][autocomplete="off"]';
/** Fallback subject: Fluent UI's text field with Outlook's subject length. Seen: Briskine. */
const SUBJECT_FALLBACK = '.ms-TextField-field[maxlength="255"]';
/** Last resort subject, English only. Seen: webmail-notes ("Add a subject"). */
const SUBJECT_FALLBACK_EN = 'input[aria-label="Add a subject"]';
/** Send. Seen: webmail-notes (`data-testid`, not translated). */
const SEND = '[data-testid="ComposeSendButton"]';
/** Fallback send: the compose's one primary Fluent UI button. */
const SEND_FALLBACK = 'button.ms-Button--primary';
/** Last resort send, English only. Seen: webmail-notes. */
const SEND_FALLBACK_EN = 'button[aria-label="Send"]';
/** Labels of a Bcc well in several languages ("Bcc", Spanish/Portuguese "CCO", French "Cci", Italian "Ccn"): a hint only. */
const BCC_LABEL = /^\s*(bcc|cco|cci|ccn)\b/i;

const lookup = (name: string, ...selectors: string[]): Lookup => ({ name: `outlook.${name}`, selectors });
const ROOT_LOOKUP = lookup('root', `${DOCKED_COMPOSE}, ${POPOUT_FORM}`);
const BODY_LOOKUP = lookup('body', BODY, BODY_FALLBACK);
const WELL_LOOKUP = lookup('recipientWell', RECIPIENT_WELL, RECIPIENT_WELL_FALLBACK);
const CHIP_LOOKUP = lookup('chip', CHIP, CHIP_FALLBACK);
const SUBJECT_LOOKUP = lookup('subject', SUBJECT, SUBJECT_FALLBACK, SUBJECT_FALLBACK_EN);
const SEND_LOOKUP = lookup('send', SEND, SEND_FALLBACK, SEND_FALLBACK_EN);

// Signature ------------------------------------------------------------------------------

/** The signature Outlook on the web adds to a compose. Seen: fixtures outlook-reading-pane-reply-en and outlook-popout-de (documented markup, 2026); Briskine's Outlook plugin. */
const SIGNATURE = '#Signature';
/** Fallback: builds that number or suffix the id ("Signature_1", "Signature-new"). Quoted messages carry "x_Signature", which this does not match. */
const SIGNATURE_ID_PREFIX = 'div[id^="Signature"]';

const LAYOUT: BodyLayout = {
  history: ['blockquote[type="cite"]'],
  historyStartsAt: [
    '#appendonsend', // empty marker Outlook puts between the new text and the history
    '#divRplyFwdMsg', // the "From: … Sent: … To: … Subject: …" header of the quoted message
    '#mail-editor-reference-message-container', // the history container of newer builds
  ],
  signature: [SIGNATURE, SIGNATURE_ID_PREFIX],
};

function findComposeRoots(doc: Document): HTMLElement[] {
  // A docking container without any editable is not a compose (yet): skip it.
  const primary = findAll(doc, ROOT_LOOKUP).filter((root) => root.querySelector('[contenteditable="true"]'));
  const roots = new Set(primary);
  for (const body of findAll(doc, lookup('rootFromBody', BODY))) {
    if (primary.some((root) => root.contains(body))) continue;
    const root = fallbackRootOf(body, primary);
    if (root) roots.add(root);
  }
  return outermost(roots);
}

/**
 * The nearest ancestor of a body that also holds a Send button or a recipient well, below any
 * ancestor holding a compose already found (whose Send button that would be).
 */
function fallbackRootOf(body: HTMLElement, found: readonly HTMLElement[]): HTMLElement | null {
  let node = body.parentElement;
  for (let depth = 0; node && depth < 20; depth++, node = node.parentElement) {
    const here = node;
    if (found.some((root) => here.contains(root))) break;
    if (find(node, SEND_LOOKUP) || find(node, WELL_LOOKUP)) return node;
    if (node.matches(MAIN_AREA)) break;
  }
  return null;
}

function composeKind(root: HTMLElement): ComposeKind {
  if (safeClosest(root, POPOUT_FORM)) return 'popout';
  if (safeClosest(root, DOCKED_COMPOSE) || safeClosest(root, MAIN_AREA)) return 'reading-pane';
  return 'unknown';
}

/** Recipient wells outside the body, in document order. */
function wellsOf(root: HTMLElement, log?: string[]): HTMLElement[] {
  const body = find(root, BODY_LOOKUP);
  return findAll(root, WELL_LOOKUP, log, (el) => !body || !body.contains(el));
}

function readWell(well: HTMLElement, others: HTMLElement[], log?: string[]): Recipient[] {
  let chips = findAll(well, CHIP_LOOKUP, log);
  // Some builds render the chips beside the editable, in the well's parent.
  if (chips.length === 0 && well.parentElement) chips = findAll(well.parentElement, CHIP_LOOKUP, log, (chip) => !others.some((w) => w !== well && w.contains(chip)));
  const resolved = chips.map((chip) => recipientFromChip(chip, { textSelector: CHIP_TEXT }));
  // Text typed but not yet resolved into a chip counts when it is an address.
  const typed = well.cloneNode(true) as HTMLElement;
  for (const chip of findAll(typed, CHIP_LOOKUP)) chip.remove();
  return dedupeRecipients([...resolved.filter((r): r is Recipient => r !== null), ...parseRecipientList(typed.textContent ?? '')]);
}

function recipientsOf(root: HTMLElement, log?: string[]): { to: Recipient[]; cc: Recipient[] } {
  const wells = wellsOf(root, log);
  const [toWell, second, third] = wells;
  // To comes first. The second well is Cc, unless it is the only other one and says Bcc.
  const ccWell = second && (third || !BCC_LABEL.test(second.getAttribute('aria-label') ?? '')) ? second : undefined;
  return {
    to: toWell ? readWell(toWell, wells, log) : [],
    cc: ccWell ? readWell(ccWell, wells, log) : [],
  };
}

const spec: SiteSpec = {
  id: 'outlook',
  // RoosterJS turns a paste into one undoable edit and normalises the HTML itself.
  insertStrategy: 'paste',
  bodyLayout: LAYOUT,
  matches: (url) => HOSTS.has(url.hostname) && MAIL_PATHS.some((p) => url.pathname === p || url.pathname.startsWith(`${p}/`)),
  findComposeRoots,
  bodyOf: (root, log) => find(root, BODY_LOOKUP, log),
  subjectOf: (root, log) => {
    const body = find(root, BODY_LOOKUP);
    const outside = (el: HTMLElement) => !body || !body.contains(el);
    const inputs = findAll(root, SUBJECT_LOOKUP, log, outside);
    return (inputs[inputs.length - 1] as HTMLInputElement | undefined) ?? null;
  },
  sendButtonOf: (root, log) => find(root, SEND_LOOKUP, log),
  composeKind,
  recipientsOf,
  isSendShortcut: (e) => e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey,
};

export const outlook = defineAdapter(spec);
