import { runContentScript } from '@/lib/content/run';
import { WEBMAIL_MATCHES } from '@/lib/webmail/hosts';

export default defineContentScript({
  matches: [...WEBMAIL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    // ctx.signal aborts when the extension is updated or removed: every observer, listener
    // and badge started below ends with it.
    runContentScript(document, ctx.signal, {
      onLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
    });
  },
});
