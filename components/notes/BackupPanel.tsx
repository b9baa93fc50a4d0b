import { downloadText as download } from '@/lib/dom/files/download';
import type { NotesModel } from './model';

export function BackupPanel({ model }: { model: NotesModel }) {
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    const chosen = (input.form?.elements.namedItem('mode') as RadioNodeList | null)?.value === 'replace' ? 'replace' : 'merge';
    await model.importBackup(await file.text(), chosen);
    input.value = '';
  };
  const last = model.lastExportAt.value;
  return (
    <section class="av-panel" aria-label="Backup">
      <h2>Backup</h2>
      <p class="av-hint">
        {last ? `Last exported ${new Date(last).toLocaleString()}.` : 'Never exported.'} {model.changedSinceBackup.value} changed since.
      </p>
      <button
        type="button"
        onClick={async () => {
          const out = await model.exportBackup();
          if (out) download(out.fileName, out.text);
        }}
      >
        Export everything
      </button>
      <form class="av-import" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Import a backup</legend>
          <label class="av-check">
            <input type="radio" name="mode" value="merge" defaultChecked />
            Merge with what is saved
          </label>
          <label class="av-check">
            <input type="radio" name="mode" value="replace" />
            Replace everything saved
          </label>
          <input type="file" name="backup" accept="application/json,.json" aria-label="Backup file" onChange={(e) => void onFile(e.currentTarget)} />
        </fieldset>
      </form>
    </section>
  );
}
