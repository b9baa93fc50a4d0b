import { runContentScript } from '@/lib/content/run';
import { WEBMAIL_MATCHES } from '@/lib/webmail/hosts';

export default defineContentScript({
  matches: [...WEBMAIL_MATCHES],
  runAt: 'document_idle',
  main(ctx) {
    // ctx.signal aborts when the extension is updated or removed: every observer, listener
    // and badge started below ends with it.
    // Nothing tells this copy of the script when the extension is reloaded or updated (Chromium
    // does not inject a new copy into open tabs): WXT's interval checks the extension context
    // on every tick and aborts ctx.signal once it is gone, so every badge says "Reload tab".
    ctx.setInterval(() => undefined, 1000);
    runContentScript(document, ctx.signal, {
      onLocationChange: (listener) => ctx.addEventListener(window, 'wxt:locationchange', listener),
    });
  },
});
