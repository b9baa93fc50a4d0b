import { render } from 'preact';
import { QuickCapture } from '@/components/popup/QuickCapture';
import { createCaptureModel } from '@/components/popup/model';
import { activeTabSite, openNotesPage, sessionDraftStorage } from '@/lib/platform/browser-env';
import { openSidebar } from '@/lib/platform/sidebar/open';
import { notesStore } from '@/lib/platform/storage';
import '@/components/popup/popup.css';

const model = createCaptureModel({ store: notesStore(), activeSite: activeTabSite, draft: sessionDraftStorage() });
const lifetime = new AbortController();
addEventListener('pagehide', () => lifetime.abort(), { once: true });
void model.load(lifetime.signal);
render(
  <QuickCapture
    model={model}
    onOpenNotes={() => void openNotesPage().then(() => window.close())}
    onOpenSidebar={() => {
      openSidebar();
      window.close();
    }}
  />,
  document.getElementById('app')!,
);
