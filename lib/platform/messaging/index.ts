/**
 * Sending and answering Afterview's messages (see protocol.ts). The only module that
 * touches `browser.runtime`/`browser.tabs` messaging: UI and content code call these.
 */
import { browser, type Browser } from 'wxt/browser';
import {
  ALLOWED_SENDERS,
  isEnvelope,
  parseRequest,
  type BackgroundMessage,
  type Envelope,
  type PageMessage,
  type MessageName,
  type Reply,
  type RequestOf,
  type ResponseOf,
  type SenderRole,
  type TabMessage,
} from './protocol';

export * from './protocol';

function unwrap<T>(reply: unknown, name: MessageName): T {
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new Error(`No answer to "${name}": the other side is not listening.`);
  const r = reply as Reply<T>;
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Sends a request to the background and returns its answer; rejects with the background's error. */
export async function sendToBackground<N extends BackgroundMessage>(name: N, payload: RequestOf<N>): Promise<ResponseOf<N>> {
  const envelope: Envelope = { afterview: 1, name, payload };
  return unwrap<ResponseOf<N>>(await browser.runtime.sendMessage(envelope), name);
}

/** Sends a request to the content script of one tab (top frame unless `frameId` is given). */
export async function sendToTab<N extends TabMessage>(tabId: number, name: N, payload: RequestOf<N>, frameId = 0): Promise<ResponseOf<N>> {
  const envelope: Envelope = { afterview: 1, name, payload };
  return unwrap<ResponseOf<N>>(await browser.tabs.sendMessage(tabId, envelope, { frameId }), name);
}

/** Tells every open extension page (the sidebar) something changed; fine when none is open. */
export async function broadcastToPages<N extends PageMessage>(name: N, payload: RequestOf<N>): Promise<void> {
  const envelope: Envelope = { afterview: 1, name, payload };
  try {
    await browser.runtime.sendMessage(envelope);
  } catch {
    // No page is listening.
  }
}

/**
 * Whether this context can still reach the extension: false once the extension was updated,
 * reloaded or removed under an old content script (Chromium then leaves `runtime.id` unset).
 */
export function extensionContextAlive(): boolean {
  return browser.runtime?.id !== undefined;
}

export type MessageSender = Browser.runtime.MessageSender;
export type Handlers = {
  [N in MessageName]?: (payload: RequestOf<N>, sender: MessageSender) => ResponseOf<N> | Promise<ResponseOf<N>>;
};

/** Whether a message came from one of our own pages (sidebar, popup, notes), not from a content script in a web page. */
export function fromExtensionPage(sender: MessageSender): boolean {
  const origin = browser.runtime.getURL('/');
  return typeof sender.url === 'string' && sender.url.startsWith(origin);
}

/** What kind of Afterview context sent a message, or null for anything else. */
export function senderRole(sender: MessageSender): SenderRole | null {
  if (sender.id !== browser.runtime.id) return null;
  if (fromExtensionPage(sender)) return 'extension-page';
  return sender.tab?.id !== undefined ? 'content-script' : null;
}

/**
 * Answers the messages named in `handlers` until `signal` aborts. Requests from anything
 * but this extension, unknown names and invalid payloads are refused; other messages are
 * left for other listeners.
 */
export function handleMessages(handlers: Handlers, signal: AbortSignal): void {
  const listener = (message: unknown, sender: MessageSender): Promise<Reply<unknown>> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.name] as ((p: unknown, s: MessageSender) => unknown) | undefined;
    if (!handler) return undefined;
    const role = senderRole(sender);
    if (role === null) return Promise.resolve({ ok: false, error: 'refused: not from Afterview' });
    if (!ALLOWED_SENDERS[message.name].includes(role)) return Promise.resolve({ ok: false, error: `refused: "${message.name}" is not for a ${role}` });
    const parsed = parseRequest(message.name, message.payload);
    if (!parsed.ok) return Promise.resolve({ ok: false, error: parsed.error });
    try {
      return Promise.resolve(handler(parsed.value, sender)).then(
        (value) => ({ ok: true as const, value: value ?? null }),
        (error: unknown) => ({ ok: false as const, error: error instanceof Error ? error.message : String(error) }),
      );
    } catch (error) {
      return Promise.resolve({ ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  };
  if (signal.aborted) return;
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
