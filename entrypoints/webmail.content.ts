import { createLifetime } from '@/lib/app/content/lifetime';
import { watchLocation } from '@/lib/app/content/location-watch';
import { runContentScript } from '@/lib/app/content/run';
import { CONTENT_VIEWS } from '@/components/badge/views';
import { extensionContextAlive } from '@/lib/platform/messaging';
import { WEBMAIL_MATCHES } from '@/lib/core/sites/sites';

export default defineContentScript({
  matches: [...WEBMAIL_MATCHES],
  runAt: 'document_idle',
  main() {
    // Not WXT's ctx.signal: the page can abort that one by dispatching WXT's public
    // "content-script-started" event (see lib/app/content/lifetime.ts). Our lifetime ends only
    // when the extension context is gone (an update, a reload, a removal): Chromium leaves
    // this copy in open tabs then, and every badge turns to "Reload tab".
    const life = createLifetime(extensionContextAlive);
    runContentScript(document, life.signal, {
      views: CONTENT_VIEWS,
      onLocationChange: (listener, signal) => watchLocation(window, listener, signal),
    });
  },
});
