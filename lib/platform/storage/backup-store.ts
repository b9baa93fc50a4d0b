/**
 * The notes store with backup files: export everything to a file, restore or merge one.
 * The pages get it (as `NotesStore`) from `./index.ts`; the service worker uses `./store.ts`
 * alone, so none of this, nor `lib/core/notes/backup.ts`, is in its bundle.
 */
import { parseBackupText, serializeBackup, type BackupData } from '@/lib/core/notes/backup';
import { mergeCompany } from '@/lib/core/notes/merge';
import { repairImportedCompany } from '@/lib/core/notes/records';
import { removeItems, writeItems } from './area';
import { KEY, normaliseDictionary, type StoredCompany } from './items';
import { NotesStore } from './store';

export type ImportMode = 'merge' | 'replace';
export type ImportResult = { ok: true; added: number; updated: number; removed: number; unchanged: number } | { ok: false; error: string };

export class NotesStoreWithBackup extends NotesStore {
  /** Everything, as the text of a backup file; records the export for the backup reminder. */
  async exportBackup(): Promise<{ text: string; fileName: string }> {
    const at = this.now();
    const text = await this.exclusive(async () => {
      const companies = (await this.listCompanies()).sort((a, b) => a.id.localeCompare(b.id));
      const profile = await this.getProfile();
      const dictionary = await this.getDictionary();
      const data: BackupData = {
        companies,
        ...(Object.keys(profile).length ? { profile } : {}),
        ...(dictionary.length ? { dictionary } : {}),
      };
      const out = await serializeBackup(data, at);
      // Under the store lock already, so written as an entry, not with the item's own (shared) lock.
      await writeItems(this.area, this.items.backup.entry({ lastExportAt: at.toISOString() }));
      return out;
    });
    return { text, fileName: `afterview-backup-${at.toISOString().slice(0, 10)}.json` };
  }

  /**
   * Restores a backup. `replace` makes the saved companies exactly those of the backup;
   * `merge` keeps every saved company and joins in the backup's. A file that does not
   * parse, verify or validate changes nothing and the error names where it is wrong.
   */
  async importBackup(text: string, mode: ImportMode): Promise<ImportResult> {
    const parsed = await parseBackupText(text);
    if (!parsed.ok) return parsed;
    const { profile, dictionary } = parsed.backup.data;
    // Domains normalised and unusable ids replaced before anything is compared or stored.
    const incoming = parsed.backup.data.companies.map((c) => repairImportedCompany(c).record);
    const ids = new Set<string>();
    for (const [i, c] of incoming.entries()) {
      if (ids.has(c.id)) return { ok: false, error: `data.companies[${i}].id: the id "${c.id}" appears twice.` };
      if (!c.name.trim()) return { ok: false, error: `data.companies[${i}].name: a company needs a name.` };
      ids.add(c.id);
    }
    const { companies, profile: profileOf, dictionary: dictionaryOf } = this.items;
    return this.exclusive(async () => {
      const all = await this.area.get(null);
      const saved = new Map<string, StoredCompany>();
      for (const [key, value] of Object.entries(all)) {
        const stored = companies.idOf(key) === undefined ? undefined : companies.read(value);
        if (stored) saved.set(stored.record.id, stored);
      }
      const set: Record<string, unknown> = {};
      let added = 0;
      let updated = 0;
      let unchanged = 0;
      for (const c of incoming) {
        const mine = saved.get(c.id);
        const next = mode === 'merge' && mine ? mergeCompany(mine.record, c) : c;
        if (!mine) added++;
        else if (JSON.stringify(next) === JSON.stringify(mine.record)) {
          unchanged++;
          continue;
        } else updated++;
        Object.assign(set, companies.entry(c.id, { rev: (mine?.rev ?? 0) + 1, record: next }));
      }
      if (profile && (mode === 'replace' || Object.keys(profileOf.read(all[KEY.profile])).length === 0)) Object.assign(set, profileOf.entry(profile));
      const removeKeys = mode === 'replace' ? [...saved.keys()].filter((id) => !ids.has(id)).map(companies.keyOf) : [];
      if (mode === 'replace' && !profile && all[KEY.profile] !== undefined) removeKeys.push(profileOf.key);
      // The dictionary: replace takes the backup's words; merge keeps the user's and adds the backup's.
      const savedWords = dictionaryOf.read(all[KEY.dictionary]).words;
      const words = normaliseDictionary(mode === 'replace' ? (dictionary ?? []) : [...savedWords, ...(dictionary ?? [])]);
      if (words.join('\n') !== savedWords.join('\n')) Object.assign(set, dictionaryOf.entry({ words }));
      // One set call is applied whole or not at all; stale companies go only after it succeeded.
      if (Object.keys(set).length) await writeItems(this.area, set);
      await removeItems(this.area, removeKeys);
      return { ok: true, added, updated, unchanged, removed: mode === 'replace' ? removeKeys.filter((k) => companies.idOf(k) !== undefined).length : 0 };
    });
  }
}

let shared: NotesStoreWithBackup | undefined;

/** The store over `storage.local`, created on first use (nothing happens at import time). */
export function notesStoreWithBackup(): NotesStoreWithBackup {
  shared ??= new NotesStoreWithBackup();
  return shared;
}
