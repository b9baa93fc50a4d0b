import { startComposeServices } from '@/lib/background/compose-services';

export default defineBackground(() => {
  // Listeners are registered synchronously here, as a Manifest V3 service worker requires.
  startComposeServices();
});
