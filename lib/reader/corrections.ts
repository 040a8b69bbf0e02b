/**
 * The rep's corrections of the reply reader, kept in the local database: "not price: budget" in
 * one click, read back at once as nearest examples (see `nearest.ts`), undoable, and exportable into
 * the team's case library (the playbook's `cases`). The app adds and undoes them through `./store`.
 */
import type { SopDatabase } from '../db/database';
import type { ReaderCorrection } from '../db/records';
import type { Playbook } from '../playbook/schema';

/** Every correction, newest first (a rep makes tens or hundreds, never a table's worth). */
export function allCorrections(db: SopDatabase): Promise<ReaderCorrection[]> {
  return db.readerCorrections.orderBy('at').reverse().limit(5000).toArray();
}

/**
 * The playbook with the rep's corrections added to its case library (a correction replaces a case
 * with the same words), for a team lead to review and share as the team's playbook.
 */
export function playbookWithCorrections(playbook: Playbook, corrections: readonly ReaderCorrection[]): Playbook {
  const corrected = new Set(corrections.map((c) => c.text));
  const cases = [...(playbook.cases ?? []).filter((c) => !corrected.has(c.text)), ...corrections.map((c) => ({ category: c.to, text: c.text }))];
  return { ...playbook, cases };
}
