/**
 * Schema migrations: the one place where stored data changes shape.
 *
 * A run reads everything, applies every pending step to a copy in memory, validates the
 * result, and only then writes it, with the new schema version, in one `set` call (a
 * single call is applied whole or not at all). So a step that throws, or a result that
 * does not validate, changes nothing: the error is kept under `migration-error` for the
 * pages to show. A run when the data is already current does nothing, so running twice is
 * safe; the whole run holds the exclusive notes lock, so two pages cannot run it at once.
 */
import { removeItems, writeItems, type StorageAreaLike } from './area';
import { companies, KEY, metaItem, migrationErrorItem, SCHEMA_VERSION } from './items';

export type Items = Record<string, unknown>;

export interface Migration {
  /** The schema version this step produces; it runs on data of version `to - 1`. */
  to: number;
  description: string;
  /** Changes `items` (a private copy of everything stored) in place. */
  migrate(items: Items): void;
}

/**
 * Every step, oldest first. Version 0 is an empty or pre-release store (no `meta`).
 * Version 1, the first release: companies under `company:<id>` as `{ rev, record }`.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    to: 1,
    description: 'first release: one item per company, with a revision counter',
    migrate(items) {
      // A pre-release build kept bare records under `company:<id>`: wrap them.
      for (const key of Object.keys(items)) {
        if (companies.idOf(key) === undefined) continue;
        const value = items[key] as Record<string, unknown> | null;
        if (value && typeof value === 'object' && !('record' in value) && 'id' in value) {
          items[key] = { rev: 1, record: value };
        }
      }
    },
  },
];

export type MigrationReport = { ok: true; from: number; to: number; changed: boolean } | { ok: false; from: number; to: number; error: string };

export interface MigrateOptions {
  migrations?: readonly Migration[];
  target?: number;
  now?: Date;
}

/** Runs pending migrations on `area`. Never throws; a failure changes no data. */
export async function runMigrations(area: StorageAreaLike, options: MigrateOptions = {}): Promise<MigrationReport> {
  const migrations = options.migrations ?? MIGRATIONS;
  const target = options.target ?? SCHEMA_VERSION;
  const now = options.now ?? new Date();
  let from = 0;
  try {
    from = (await metaItem.with({ area }).get()).schemaVersion;
    if (from === target) return { ok: true, from, to: target, changed: false };
    if (from > target) {
      return fail(area, from, target, `Your notes were saved by a newer Afterview (data version ${from}; this one knows up to ${target}). Update Afterview; nothing was changed.`);
    }
    const original = await area.get(null);
    const items: Items = structuredClone(original);
    for (let version = from + 1; version <= target; version++) {
      const step = migrations.find((m) => m.to === version);
      if (!step) throw new Error(`no migration to version ${version}`);
      try {
        step.migrate(items);
      } catch (e) {
        throw new Error(`step to version ${version} (${step.description}) failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    for (const [key, value] of Object.entries(items)) {
      if (companies.idOf(key) !== undefined && companies.read(value) === undefined) throw new Error(`the company saved under "${key}" does not fit version ${target}`);
    }
    const set: Items = {};
    for (const [key, value] of Object.entries(items)) {
      if (key === KEY.meta || key === KEY.migrationError) continue;
      if (JSON.stringify(value) !== JSON.stringify(original[key])) set[key] = value;
    }
    const removed = Object.keys(original).filter((key) => !(key in items) && key !== KEY.migrationError);
    await writeItems(area, { ...set, ...metaItem.entry({ schemaVersion: target, migratedAt: now.toISOString() }) });
    await removeItems(area, [...removed, KEY.migrationError]);
    return { ok: true, from, to: target, changed: true };
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    return fail(area, from, target, `Afterview could not update your saved notes to the new version (${reason}). Nothing was changed; your notes are as they were.`);
  }
}

async function fail(area: StorageAreaLike, from: number, to: number, error: string): Promise<MigrationReport> {
  try {
    await area.set(migrationErrorItem.entry({ at: new Date().toISOString(), message: error }));
  } catch {
    // Nowhere to keep it: the caller still gets the report.
  }
  return { ok: false, from, to, error };
}
