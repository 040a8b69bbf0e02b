import Dexie from 'dexie';
import { crmTables, enqueueCrm } from '../crm/enqueue';
import type { ContactId } from '../contacts/schema';
import type { SopDatabase } from '../db/database';
import { afterWrite } from '../situation/refresh-queue';
import type { StoredTouch } from './touch';

/** Records a touch the rep made (or a reply they got) by hand. */
export async function logTouch(db: SopDatabase, touch: Omit<StoredTouch, 'id'>): Promise<void> {
  // Queued for the rep's CRM in the same transaction: logged and queued, or neither.
  await db.transaction('rw', [db.touches, db.contacts, ...crmTables(db)], async () => {
    await db.touches.add({ ...touch, ...(touch.note ? { note: touch.note.slice(0, 2000) } : {}) });
    const contact = await db.contacts.get(touch.contactId);
    if (contact) await enqueueCrm(db, [{ contact, at: touch.at, event: { kind: 'touch', direction: touch.direction, channel: touch.channel } }], Date.now());
  });
  await afterWrite(db, { contactIds: [touch.contactId] });
}

/** All touches of a contact, oldest first (by the [contactId+at] index: already in order). */
export function touchesOf(db: SopDatabase, contactId: ContactId): Promise<StoredTouch[]> {
  return db.touches.where('[contactId+at]').between([contactId, Dexie.minKey], [contactId, Dexie.maxKey]).toArray();
}
