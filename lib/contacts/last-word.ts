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

/** A thread as a page showed it: its subject and newest messages, oldest first. */
export interface ThreadSeen {
  subject?: string | undefined;
  messages: readonly { direction: 'inbound' | 'outbound'; at: number | null; text: string }[];
}

/**
 * Keeps the thread a page showed with them on the contact (bounded as the page's summary is), so a
 * judgment away from the page reads the same evidence; a thread whose newest message is older than
 * the stored one's (another, older thread opened later) does not replace it. A capture's write.
 */
export function recordThread(db: SopDatabase, id: ContactId, thread: ThreadSeen, now: number): Promise<Contact | undefined> {
  const messages = thread.messages.slice(-50).map((m) => ({ direction: m.direction, at: m.at, text: m.text.slice(0, 4000) }));
  const dated = messages.flatMap((m) => (m.at === null ? [] : [m.at]));
  const at = dated.length > 0 ? Math.max(...dated) : now;
  return db.transaction('rw', db.contacts, async () => {
    const contact = await db.contacts.get(id);
    if (!contact) return undefined;
    if (contact.thread && contact.thread.at > at) return contact;
    const next: Contact = { ...contact, thread: { at, ...(thread.subject ? { subject: thread.subject.slice(0, 2000) } : {}), messages } };
    await db.contacts.put(next);
    return next;
  });
}
