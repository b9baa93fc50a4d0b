import { startComposeServices } from '@/lib/background/compose-services';
import { startNotesServices } from '@/lib/background/notes-services';

export default defineBackground(() => {
  // Listeners are registered synchronously here, as a Manifest V3 service worker requires.
  startComposeServices();
  startNotesServices();
});
