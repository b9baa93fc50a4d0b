import { render } from 'preact';
import { NotesPage } from '@/components/notes/NotesPage';
import { createNotesModel } from '@/components/notes/model';
import { notesStore } from '@/lib/storage';
import '@/components/notes/notes.css';

const model = createNotesModel({ store: notesStore() });
const lifetime = new AbortController();
addEventListener('pagehide', () => lifetime.abort(), { once: true });
void model.load(lifetime.signal).then(() => {
  const wanted = new URLSearchParams(location.hash.slice(1)).get('company');
  if (wanted) model.selectedId.value = wanted;
});
render(<NotesPage model={model} />, document.getElementById('app')!);
