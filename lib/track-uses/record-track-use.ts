import { crmTables, enqueueCrm } from '../crm/enqueue';
import type { SopDatabase } from '../db/database';
import type { TrackUse } from '../db/records';

/**
 * The rep used a talk track for the objection they heard: kept for the dashboard, and queued for
 * the rep's CRM (the objection heard and the track used) in the same transaction.
 */
export async function recordTrackUse(db: SopDatabase, use: Omit<TrackUse, 'id'>): Promise<void> {
  await db.transaction('rw', [db.trackUses, db.contacts, ...crmTables(db)], async () => {
    await db.trackUses.add(use);
    const contact = await db.contacts.get(use.contactId);
    if (contact) await enqueueCrm(db, [{ contact, at: use.at, event: { kind: 'track', objection: use.objection, trackId: use.trackId } }], Date.now());
  });
}
