import Dexie from 'dexie';
import type { SopDatabase } from '../db/database';
import type { Note } from '../db/records';
import type { StoredTouch } from '../touches/touch';
import type { Contact, ContactId } from './schema';

/** The moment `months` before `now`: what was last seen before it is stale. */
function cutoffOf(months: number, now: number): number {
  const cutoff = new Date(now);
  cutoff.setMonth(cutoff.getMonth() - months);
  return cutoff.getTime();
}

/**
 * Contacts untouched for `months`: not seen on a page, not written to, no reply, no note since.
 * The retention setting shows these before anything is deleted.
 */
export function staleContacts(contacts: readonly Contact[], touches: readonly Pick<StoredTouch, 'contactId' | 'at'>[], notes: readonly Pick<Note, 'contactId' | 'at'>[], months: number, now: number): Contact[] {
  const cutoff = cutoffOf(months, now);
  const last = new Map<string, number>();
  const see = (id: string, at: number) => last.set(id, Math.max(last.get(id) ?? 0, at));
  for (const contact of contacts) see(contact.id, Math.max(contact.capturedAt, contact.stageChangedAt));
  for (const touch of touches) see(touch.contactId, touch.at);
  for (const note of notes) see(note.contactId, note.at);
  return contacts.filter((contact) => (last.get(contact.id) ?? 0) < cutoff);
}

/** What the retention setting would remove: how many, their ids, and the first few to show. */
export interface StaleFound {
  count: number;
  ids: ContactId[];
  /** The first {@link SHOWN} of them, oldest seen first. */
  shown: Contact[];
}

const CHUNK = 500;
const SHOWN = 50;

/**
 * {@link staleContacts} through the indexes, never a whole table: only contacts last seen before
 * the cutoff (the `capturedAt` index, keys only) are candidates; they are read 500 at a time, and
 * for each chunk only their touches since the cutoff (one `[contactId+at]` range per contact, at
 * most one row each) and their notes (`contactId`) are read.
 */
export async function findStaleContacts(db: SopDatabase, months: number, now: number): Promise<StaleFound> {
  const cutoff = cutoffOf(months, now);
  const candidates = await db.contacts.where('capturedAt').below(cutoff).primaryKeys();
  const found: StaleFound = { count: 0, ids: [], shown: [] };
  for (let i = 0; i < candidates.length; i += CHUNK) {
    const ids = candidates.slice(i, i + CHUNK);
    const [contacts, recent, notes] = await db.transaction('r', db.contacts, db.touches, db.notes, () =>
      Promise.all([
        db.contacts.bulkGet(ids),
        Promise.all(ids.map((id) => db.touches.where('[contactId+at]').between([id, cutoff], [id, Dexie.maxKey]).limit(1).toArray())),
        db.notes.where('contactId').anyOf(ids).toArray(),
      ]),
    );
    const stale = staleContacts(contacts.filter((c): c is Contact => c !== undefined), recent.flat(), notes, months, now);
    found.count += stale.length;
    for (const contact of stale) found.ids.push(contact.id);
    found.shown.push(...stale.slice(0, SHOWN - found.shown.length));
  }
  return found;
}
