/**
 * The text of an email's HTML body, read the way the extension reads a compose body: the
 * HTML is parsed into a DOM (linkedom, a production dependency, because the `afterview`
 * command runs with production dependencies only) and handed to the extension's own
 * converter (`lib/dom/webmail/body-text.ts`), so an HTML mail scores the same in both.
 */
import { parseHTML } from 'linkedom';
import { bodyContent } from '@/lib/dom/webmail/body-text';
import { ADAPTERS } from '@/lib/dom/webmail/registry';
import type { BodyLayout } from '@/lib/dom/webmail/types';

/**
 * Quoted history in a saved message, whichever client wrote it: every adapter's history
 * markers together. Signatures stay in the text, as they do in the extension.
 */
const SAVED_MAIL: BodyLayout = {
  history: [...new Set(ADAPTERS.flatMap((adapter) => adapter.bodyLayout.history))],
  historyStartsAt: [...new Set(ADAPTERS.flatMap((adapter) => adapter.bodyLayout.historyStartsAt))],
  signature: [],
};

/** Converts an HTML document or fragment to the text the extension would read from it. */
export function htmlToText(html: string): string {
  // A fragment goes into a body of its own; a whole document is parsed as it is.
  const whole = /<(?:html|body)[\s>]/i.test(html);
  const { document } = parseHTML(whole ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const body = (document.body ?? document.documentElement) as HTMLElement | null;
  return body ? bodyContent(body, SAVED_MAIL).text : '';
}
