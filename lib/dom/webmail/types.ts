/**
 * The webmail adapter interface: one adapter per site (Gmail, Outlook on the web) hides
 * where that site keeps a compose window's parts. Everything the rest of the extension
 * needs from a compose goes through this interface, so a site's DOM change is fixed in one
 * adapter file.
 *
 * Rules every adapter follows:
 * - it fails closed: a missing element or an exception never throws into the page or the
 *   caller; reads answer `{ ok: false, reason }` ("layout not recognised") for that compose;
 * - it never depends on English aria-label text alone (labels are translated);
 * - whatever it starts (observers, listeners) lives until the AbortSignal it was given.
 */
import type { Draft } from '@/lib/core/guidelines/types';
import type { SiteId } from '@/lib/core/sites/sites';

/** A supported site's id (lib/core/sites/sites.ts lists them). */
export type WebmailId = SiteId;

/** How a compose is laid out on screen. */
export type ComposeKind =
  | 'floating' // Gmail's "New Message" dialog at the bottom of the window
  | 'minimised' // the same dialog collapsed to its title bar
  | 'fullscreen' // Gmail's full-screen compose
  | 'popout' // a compose in its own browser window (Gmail and Outlook)
  | 'inline-reply' // Gmail's reply or forward inside an open conversation
  | 'reading-pane' // Outlook's compose docked in the reading pane (new, reply, forward)
  | 'unknown';

/**
 * How text gets into a site's editor. `execCommand` goes through the browser's native
 * editing path (an undo step, trusted input events); `paste` hands the content to the
 * site's own paste pipeline (Outlook's RoosterJS turns it into an undoable edit).
 */
export type InsertStrategy = 'execCommand' | 'paste';

/** Where a site keeps the parts of a body that are not the user's new text. */
export interface BodyLayout {
  /** Quoted history wherever it appears (Gmail's `.gmail_quote`): removed from the text. */
  readonly history: readonly string[];
  /** Markers where the quoted history starts: the marker and everything after it is history (Outlook's `#appendonsend`). */
  readonly historyStartsAt: readonly string[];
  /** The user's signature: part of the text, but kept when the body is replaced. */
  readonly signature: readonly string[];
  /** A line holding only this text starts a signature too (the "-- " delimiter), for signatures without the site's markup. */
  readonly signatureDelimiter?: string;
}

export type ComposeRead =
  | {
      ok: true;
      /** Stable for the life of this compose element. */
      id: string;
      kind: ComposeKind;
      draft: Draft;
      body: HTMLElement;
      subjectInput?: HTMLInputElement;
      /** Names of the lookups that needed a fallback selector: an early sign the site changed. */
      fallbacks: string[];
    }
  | { ok: false; reason: string };

export interface RootsChange {
  added: HTMLElement[];
  removed: HTMLElement[];
}

export interface ComposeHandlers {
  /** The body, subject or recipients changed (batched: at most about once per frame). */
  onEdit(): void;
  /**
   * The user asked to send (Send clicked or its shortcut); the site may still refuse. Only
   * events the browser marks trusted count: the page's own script can dispatch a click.
   */
  onSend(): void;
  /** Whether an event came from the user; `event.isTrusted` unless a test says otherwise. */
  isTrusted?(event: Event): boolean;
}

export interface WebmailAdapter {
  readonly id: WebmailId;
  readonly insertStrategy: InsertStrategy;
  readonly bodyLayout: BodyLayout;
  /** Whether this adapter serves pages at this address. */
  matches(location: Location | URL): boolean;
  /** Every compose in the document, in document order. None on a page it does not know. */
  findComposeRoots(doc: Document): HTMLElement[];
  /** A stable id for this compose: the site's own draft id when it has one, else one stored on the root. */
  composeId(root: HTMLElement): string;
  /** The draft as the user sees it: recipients, subject, body without quoted history. Never throws. */
  readCompose(root: HTMLElement): ComposeRead;
  bodyOf(root: HTMLElement): HTMLElement | null;
  subjectOf(root: HTMLElement): HTMLInputElement | null;
  sendButtonOf(root: HTMLElement): HTMLElement | null;
  composeKind(root: HTMLElement): ComposeKind;
  /** Writes the subject the way typing would; false when the compose has no writable subject. */
  setSubject(root: HTMLElement, subject: string): boolean;
  /** The compose holding the keyboard focus, if any. */
  focusedRoot(doc: Document): HTMLElement | null;
  /**
   * Reports composes as they appear and disappear (those already present come first, in a
   * microtask). Cheap on busy pages: it does not observe the page's mutations; it looks when
   * the focus moves (once per frame at most) and once a second.
   */
  observeRoots(doc: Document, onChange: (change: RootsChange) => void, signal: AbortSignal): void;
  /** Edits and send attempts in one compose, until the signal aborts. */
  watchCompose(root: HTMLElement, handlers: ComposeHandlers, signal: AbortSignal): void;
}

/** Marks every element the extension puts into the page, so reads and observers can ignore it. */
export const OWN_UI_ATTRIBUTE = 'data-afterview-ui';
/** Holds the generated compose id on a root that has no id of its own. */
export const COMPOSE_ID_ATTRIBUTE = 'data-afterview-compose';
