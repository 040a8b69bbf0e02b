/**
 * The rep's notes on a contact: every read and write of the `notes` table the app makes. Each
 * takes the database last and defaults to the app's (tests pass an in-memory one).
 */
import type { ContactId } from '../contacts/schema';
import { getDatabase, type SopDatabase } from '../db/database';
import type { Note } from '../db/records';

/** A note is bounded: a paste of a whole mailbox is cut, not refused. */
export const NOTE_MAX_CHARS = 20_000;

/** A contact's notes, newest first. */
export function notesOf(contactId: ContactId, db: SopDatabase = getDatabase()): Promise<Note[]> {
  return db.notes.where('contactId').equals(contactId).reverse().sortBy('at');
}

/** Adds a note to a contact; rejects when the store cannot take it (a full disk), nothing written. */
export async function addNote(contactId: ContactId, text: string, at = Date.now(), db: SopDatabase = getDatabase()): Promise<void> {
  await db.notes.add({ contactId, at, text: text.slice(0, NOTE_MAX_CHARS) });
}
