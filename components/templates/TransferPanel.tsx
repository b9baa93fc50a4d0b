import { downloadText as download } from '@/lib/dom/files/download';
import type { ManagerModel } from './model';

/** Export every template to a file; import a file (added and updated counted, a bad file changes nothing). */
export function TransferPanel({ model }: { model: ManagerModel }) {
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    await model.importFile(await file.text());
    input.value = '';
  };
  return (
    <section class="tm-transfer" aria-labelledby="tm-transfer-title">
      <h3 id="tm-transfer-title">Move templates between browsers</h3>
      <button
        type="button"
        disabled={!model.templates.value.length}
        onClick={async () => {
          const out = await model.exportFile();
          if (out) download(out.fileName, out.text);
        }}
      >
        Export to a file
      </button>
      <div class="tm-import">
        <label for="tm-import-file">Import from a file</label>
        <input id="tm-import-file" type="file" accept="application/json,.json" onChange={(e) => void onFile(e.currentTarget)} />
        <p class="hint">Templates in the file are added; ones you already have are replaced by the file’s version.</p>
      </div>
    </section>
  );
}
