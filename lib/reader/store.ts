/**
 * The rep's corrections of the reply reader (the `readerCorrections` table): read, add, undo, on
 * the app's database. What they mean to the reader is `./corrections` and `./nearest`.
 */
import type { ContactId } from '../contacts/schema';
import { getDatabase, type SopDatabase } from '../db/database';
import type { ReaderCorrection } from '../db/records';
import type { ReplyCategory } from './classify-reply';
import { allCorrections as allCorrectionsIn } from './corrections';

/** Every correction, newest first. */
export function allCorrections(db: SopDatabase = getDatabase()): Promise<ReaderCorrection[]> {
  return allCorrectionsIn(db);
}

/** Stores a correction; returns its id (for undo). A later correction of the same words replaces the earlier one. */
export async function addCorrection(correction: { text: string; from: ReplyCategory; to: ReplyCategory; contactId?: ContactId; at?: number }, db: SopDatabase = getDatabase()): Promise<number> {
  const text = correction.text.trim();
  const id = await db.transaction('rw', db.readerCorrections, async () => {
    const earlier = await db.readerCorrections.filter((c) => c.text === text).toArray();
    await db.readerCorrections.bulkDelete(earlier.flatMap((c) => c.id ?? []));
    const replaced = earlier.map(({ id: _id, replaced: _replaced, ...rest }) => rest);
    return (await db.readerCorrections.add({ ...correction, text, at: correction.at ?? Date.now(), ...(replaced.length > 0 ? { replaced } : {}) })) ?? 0;
  });
  await rejudge(db, correction.contactId);
  return id;
}

/** Takes a correction back, and brings back the earlier correction of the same words it replaced (one transaction). */
export async function undoCorrection(id: number, db: SopDatabase = getDatabase()): Promise<void> {
  const correction = await db.transaction('rw', db.readerCorrections, async () => {
    const row = await db.readerCorrections.get(id);
    await db.readerCorrections.delete(id);
    if (row?.replaced?.length) await db.readerCorrections.bulkAdd(row.replaced);
    return row;
  });
  await rejudge(db, correction?.contactId);
  // The contact the replaced correction was made for reads it again too.
  for (const contactId of new Set(correction?.replaced?.flatMap((c) => c.contactId ?? []))) if (contactId !== correction?.contactId) await rejudge(db, contactId);
}

/** Today's index follows the new reading of the contact's words (loaded lazily: the index pulls in the judgment). */
async function rejudge(db: SopDatabase, contactId: ContactId | undefined): Promise<void> {
  if (!contactId) return;
  const { afterWrite } = await import('../situation/refresh-queue');
  await afterWrite(db, { contactIds: [contactId] });
}
