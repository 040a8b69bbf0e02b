import type { SopDatabase } from '../db/database';
import type { Contact, ContactId } from './schema';

/**
 * Keeps their newest words on the contact; an older run read later (a thread re-opened) does not
 * replace a newer one. A capture's write: it imports nothing of the judgment (the background
 * bundles it), and the capture that calls it marks Today's row once for all it wrote.
 */
export function recordLastWord(db: SopDatabase, id: ContactId, word: { at: number | null; text: string }): Promise<Contact | undefined> {
  return db.transaction('rw', db.contacts, async () => {
    const contact = await db.contacts.get(id);
    if (!contact) return undefined;
    const stored = contact.lastWord;
    if (stored && stored.at !== null && (word.at === null || word.at < stored.at)) return contact;
    const next = { ...contact, lastWord: { at: word.at, text: word.text.slice(0, 20_000) } };
    await db.contacts.put(next);
    return next;
  });
}
