/**
 * Everything stored, at once: export, import (merge or replace) and delete, on the app's database.
 * The work is `./backup`, which loads as its own chunk only when one of these runs.
 */
import { getDatabase, type SopDatabase } from '../db/database';
import type { Locale } from '../i18n/locales';
import type { DataImport, ImportMode } from './backup';

/** Every contact, touch, note, deal and the rest as one JSON file's text. */
export async function exportData(now: number, db: SopDatabase = getDatabase()): Promise<string> {
  const backup = await import('./backup');
  return backup.exportData(db, now);
}

/** Imports a backup file's text; a file with any problem changes nothing and lists every problem. `startedAt`: when the rep chose the file (pages read since stay through a replace). */
export async function importData(text: string, mode: ImportMode, onProgress?: (done: number, total: number) => void, locale?: Locale, startedAt?: number, db: SopDatabase = getDatabase()): Promise<DataImport> {
  const backup = await import('./backup');
  return backup.importData(db, text, mode, onProgress, locale, startedAt);
}

/** Deletes every contact, touch and page state, and the team playbook. Settings stay. */
export async function deleteEverything(db: SopDatabase = getDatabase()): Promise<void> {
  const backup = await import('./backup');
  await backup.deleteEverything(db);
}
