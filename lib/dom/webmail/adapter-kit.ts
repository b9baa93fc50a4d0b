/**
 * The site-independent half of every adapter. A site file (gmail.ts, outlook.ts) describes
 * where its parts are (a SiteSpec); `defineAdapter` turns that into a WebmailAdapter with
 * the shared behaviour: failing closed, stable ids, the observers, subject writing.
 */
import type { Recipient } from '@/lib/core/guidelines/types';
import { bodyContent, isForeignMarkup } from './body-text';
import { callSafely, deepActiveElement, frameBatcher } from './dom';
import {
  COMPOSE_ID_ATTRIBUTE,
  type BodyLayout,
  type ComposeHandlers,
  type ComposeKind,
  type ComposeRead,
  type InsertStrategy,
  type RootsChange,
  type WebmailAdapter,
  type WebmailId,
} from './types';

/** What a site file knows. Functions may log the names of lookups that needed a fallback. */
export interface SiteSpec {
  id: WebmailId;
  insertStrategy: InsertStrategy;
  bodyLayout: BodyLayout;
  matches(url: { hostname: string; pathname: string }): boolean;
  findComposeRoots(doc: Document): HTMLElement[];
  bodyOf(root: HTMLElement, log?: string[]): HTMLElement | null;
  subjectOf(root: HTMLElement, log?: string[]): HTMLInputElement | null;
  /** The subject as it will be sent; defaults to the subject input's value. */
  readSubject?(root: HTMLElement, input: HTMLInputElement | null): string;
  /** Whether the subject may be written (Gmail's inline replies keep the thread's subject). */
  canSetSubject?(root: HTMLElement): boolean;
  sendButtonOf(root: HTMLElement, log?: string[]): HTMLElement | null;
  composeKind(root: HTMLElement): ComposeKind;
  recipientsOf(root: HTMLElement, log?: string[]): { to: Recipient[]; cc: Recipient[] };
  fromOf?(root: HTMLElement): Recipient | undefined;
  /** The site's own id for this draft, when it shows one. */
  draftKeyOf?(root: HTMLElement): string | null;
  /** The keyboard shortcut that sends (Ctrl/Cmd+Enter on both sites). */
  isSendShortcut(event: KeyboardEvent): boolean;
}

/** How often the page is scanned for composes that opened without taking the focus, or closed. */
export const ROOT_SCAN_MS = 1000;

let counter = 0;
function newComposeId(site: WebmailId): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  counter += 1;
  return `afterview-${site}-${counter}-${random}`;
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function defineAdapter(spec: SiteSpec): WebmailAdapter {
  const guard = <T>(fallback: T, fn: () => T): T => {
    try {
      return fn();
    } catch {
      return fallback;
    }
  };

  const composeId = (root: HTMLElement): string => {
    const existing = root.getAttribute(COMPOSE_ID_ATTRIBUTE);
    if (existing) return existing;
    // The id is fixed at first sight and kept on the element, so it survives re-parenting
    // (full-screen toggles) and a draft id the site assigns later does not change it.
    const id = guard(null, () => spec.draftKeyOf?.(root) ?? null) || newComposeId(spec.id);
    root.setAttribute(COMPOSE_ID_ATTRIBUTE, id);
    return id;
  };

  const findComposeRoots = (doc: Document) => guard([], () => spec.findComposeRoots(doc));

  const readCompose = (root: HTMLElement): ComposeRead => {
    try {
      if (!root.isConnected) return { ok: false, reason: 'this compose is no longer in the page' };
      const fallbacks: string[] = [];
      const body = spec.bodyOf(root, fallbacks);
      if (!body) return { ok: false, reason: 'layout not recognised: no message body found in this compose' };
      const subjectInput = spec.subjectOf(root, fallbacks);
      const subject = spec.readSubject ? spec.readSubject(root, subjectInput) : (subjectInput?.value ?? '');
      const { to, cc } = spec.recipientsOf(root, fallbacks);
      const { text, html } = bodyContent(body, spec.bodyLayout);
      const from = spec.fromOf?.(root);
      return {
        ok: true,
        id: composeId(root),
        kind: spec.composeKind(root),
        draft: { subject, ...(from ? { from } : {}), to, cc, bodyText: text, bodyHtml: html },
        body,
        ...(subjectInput ? { subjectInput } : {}),
        fallbacks: [...new Set(fallbacks)],
      };
    } catch (error) {
      return { ok: false, reason: `layout not recognised: ${describe(error)}` };
    }
  };

  const setSubject = (root: HTMLElement, subject: string): boolean =>
    guard(false, () => {
      const input = spec.subjectOf(root);
      if (!input || input.disabled || input.readOnly || spec.canSetSubject?.(root) === false) return false;
      // The prototype's setter, not `input.value =`: React-driven pages (Outlook) track the
      // value through an own property and would drop a change made behind their back.
      const proto = Object.getPrototypeOf(input) as object;
      const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
      if (setter) setter.call(input, subject);
      else input.value = subject;
      const win = input.ownerDocument.defaultView;
      const InputEventCtor = win && typeof win.InputEvent === 'function' ? win.InputEvent : Event;
      input.dispatchEvent(new InputEventCtor('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    });

  const focusedRoot = (doc: Document): HTMLElement | null =>
    guard(null, () => {
      const active = deepActiveElement(doc);
      if (!active || active === doc.body) return null;
      return findComposeRoots(doc).find((root) => root.contains(active)) ?? null;
    });

  /**
   * Composes are found without watching the page's mutations: webmail pages change their
   * DOM all the time (inbox rows, chat, counters), and even an observer that does nothing
   * costs a few tenths of a millisecond per burst in an isolated world (measured in
   * scripts/bench-content.mjs). Instead: a scan when the focus moves (a new compose, a reply
   * or a pop-out takes the focus as it opens), batched to one per frame, and a slow scan
   * every ROOT_SCAN_MS for composes opened without focus and for closed ones. A scan is one
   * selector query; a re-parented compose (full-screen toggle) is the same element, so it
   * is neither added nor removed.
   */
  const observeRoots = (doc: Document, onChange: (change: RootsChange) => void, signal: AbortSignal): void => {
    if (signal.aborted) return;
    let known: HTMLElement[] = [];
    const scan = () => {
      if (signal.aborted) return;
      const current = findComposeRoots(doc);
      const added = current.filter((r) => !known.includes(r));
      const removed = known.filter((r) => !current.includes(r));
      known = current;
      if (added.length || removed.length) callSafely(onChange, { added, removed });
    };
    const soon = frameBatcher(doc, scan, signal);
    doc.addEventListener('focusin', soon, { capture: true, passive: true, signal });
    const win = doc.defaultView;
    const timer = (win ?? globalThis).setInterval(scan, ROOT_SCAN_MS);
    signal.addEventListener('abort', () => (win ?? globalThis).clearInterval(timer), { once: true });
    queueMicrotask(scan);
  };

  const watchCompose = (root: HTMLElement, handlers: ComposeHandlers, signal: AbortSignal): void => {
    if (signal.aborted) return;
    const doc = root.ownerDocument;
    const edited = frameBatcher(doc, () => handlers.onEdit(), signal);
    let lastSend = 0;
    const sent = () => {
      // A click and a key on the same button, or two quick clicks, are one send.
      const now = Date.now();
      if (now - lastSend < 800) return;
      lastSend = now;
      callSafely(() => handlers.onSend());
    };
    const onSendButton = (target: EventTarget | null) => {
      const button = guard(null, () => spec.sendButtonOf(root));
      // Duck-typed: a pop-out window's nodes come from another realm, where instanceof fails.
      return !!button && typeof (target as Node | null)?.nodeType === 'number' && button.contains(target as Node);
    };
    const listen = { capture: true, passive: true, signal };
    root.addEventListener(
      'input',
      (e) => {
        if (!isForeignMarkup(e.target as Node)) edited();
      },
      listen,
    );
    // A send the page's script fakes (an untrusted click or key) is not the user's.
    const byUser = (e: Event) => (handlers.isTrusted ? handlers.isTrusted(e) : e.isTrusted);
    root.addEventListener(
      'click',
      (e) => {
        if (byUser(e) && onSendButton(e.target)) sent();
      },
      listen,
    );
    root.addEventListener(
      'keydown',
      (e) => {
        if (!byUser(e)) return;
        const key = e as KeyboardEvent;
        if (guard(false, () => spec.isSendShortcut(key))) sent();
        else if ((key.key === 'Enter' || key.key === ' ') && onSendButton(key.target)) sent();
      },
      listen,
    );
    // Chips, pasted content and other scripts change the compose without input events.
    const observer = new MutationObserver((records) => {
      if (records.some((r) => !isForeignMarkup(r.target) && !onlyForeignNodes(r))) edited();
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  };

  return {
    id: spec.id,
    insertStrategy: spec.insertStrategy,
    bodyLayout: spec.bodyLayout,
    matches: (location) => guard(false, () => spec.matches(location)),
    findComposeRoots,
    composeId: (root) => guard('', () => composeId(root)),
    readCompose,
    bodyOf: (root) => guard(null, () => spec.bodyOf(root)),
    subjectOf: (root) => guard(null, () => spec.subjectOf(root)),
    sendButtonOf: (root) => guard(null, () => spec.sendButtonOf(root)),
    composeKind: (root) => guard<ComposeKind>('unknown', () => spec.composeKind(root)),
    setSubject,
    focusedRoot,
    observeRoots,
    watchCompose,
  };
}

/** A childList record that only added or removed our own UI (or a grammar checker's). */
function onlyForeignNodes(record: MutationRecord): boolean {
  if (record.type !== 'childList') return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every((n) => n.nodeType === Node.ELEMENT_NODE && isForeignMarkup(n));
}
