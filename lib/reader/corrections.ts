/**
 * The rep's corrections of the reply reader, kept in the local database: "not price: budget" in
 * one click, read back at once as nearest examples (see `nearest.ts`), undoable, and exportable into
 * the team's case library (the playbook's `cases`).
 */
import type { ContactId } from '../contacts/schema';
import type { SopDatabase } from '../db/database';
import type { ReaderCorrection } from '../db/records';
import type { Playbook } from '../playbook/schema';
import type { ReplyCategory } from './classify-reply';

/** Stores a correction; returns its id (for undo). A later correction of the same words replaces the earlier one. */
export async function addCorrection(db: SopDatabase, correction: { text: string; from: ReplyCategory; to: ReplyCategory; contactId?: ContactId; at?: number }): Promise<number> {
  const text = correction.text.trim();
  const id = await db.transaction('rw', db.readerCorrections, async () => {
    await db.readerCorrections.filter((c) => c.text === text).delete();
    return (await db.readerCorrections.add({ ...correction, text, at: correction.at ?? Date.now() })) ?? 0;
  });
  await rejudge(db, correction.contactId);
  return id;
}

export async function undoCorrection(db: SopDatabase, id: number): Promise<void> {
  const correction = await db.readerCorrections.get(id);
  await db.readerCorrections.delete(id);
  await rejudge(db, correction?.contactId);
}

/** Today's index follows the new reading of the contact's words (loaded lazily: the index pulls in the judgment). */
async function rejudge(db: SopDatabase, contactId: ContactId | undefined): Promise<void> {
  if (!contactId) return;
  const { afterWrite } = await import('../situation/refresh-queue');
  await afterWrite(db, { contactIds: [contactId] });
}

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
