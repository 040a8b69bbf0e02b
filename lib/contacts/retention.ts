import type { Note } from '../db/records';
import type { StoredTouch } from '../touches/touch';
import type { Contact } from './schema';

/**
 * Contacts untouched for `months`: not seen on a page, not written to, no reply, no note since.
 * The retention setting shows these before anything is deleted.
 */
export function staleContacts(contacts: readonly Contact[], touches: readonly StoredTouch[], notes: readonly Note[], months: number, now: number): Contact[] {
  const cutoff = new Date(now);
  cutoff.setMonth(cutoff.getMonth() - months);
  const last = new Map<string, number>();
  const see = (id: string, at: number) => last.set(id, Math.max(last.get(id) ?? 0, at));
  for (const contact of contacts) see(contact.id, Math.max(contact.capturedAt, contact.stageChangedAt));
  for (const touch of touches) see(touch.contactId, touch.at);
  for (const note of notes) see(note.contactId, note.at);
  return contacts.filter((contact) => (last.get(contact.id) ?? 0) < cutoff.getTime());
}
