import { render } from 'preact';
import { NotesPage } from '@/components/notes/NotesPage';
import { createNotesModel } from '@/components/notes/model';
import { notesStore } from '@/lib/platform/storage';
import { editJournal } from '@/lib/platform/storage/edit-journal';
import '@/components/notes/notes.css';

// Unsaved edits are also kept in this page's localStorage, written on every keystroke, so
// closing the tab mid-word loses nothing (the next notes page saves them).
const model = createNotesModel({ store: notesStore(), journal: editJournal(globalThis.localStorage) });
const lifetime = new AbortController();
addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && void model.flushAll(), { signal: lifetime.signal });
addEventListener(
  'pagehide',
  () => {
    void model.flushAll();
    lifetime.abort();
  },
  { once: true },
);
void model.load(lifetime.signal).then(() => {
  const wanted = new URLSearchParams(location.hash.slice(1)).get('company');
  if (wanted) model.selectedId.value = wanted;
});
render(<NotesPage model={model} />, document.getElementById('app')!);
