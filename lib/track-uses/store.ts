/**
 * Which talk track the rep used for which objection (the `trackUses` table): the reply card marks
 * tracks already used with this contact; the dashboard measures what followed each track; and the
 * rep's CRM is told (the objection heard and the track used), queued in the same transaction.
 */
import type { ContactId } from '../contacts/schema';
import { crmTables, enqueueCrm } from '../crm/enqueue';
import { getDatabase, type SopDatabase } from '../db/database';
import type { TrackUse } from '../db/records';

/** The ids of the talk tracks used with a contact. */
export async function usedTrackIdsOf(contactId: ContactId, db: SopDatabase = getDatabase()): Promise<Set<string>> {
  const uses = await db.trackUses.where('contactId').equals(contactId).toArray();
  return new Set(uses.map((use) => use.trackId));
}

/**
 * Records that a track was used (put into the draft) for an objection: the one write of a track use,
 * kept for the dashboard and queued for the rep's CRM in one transaction (nothing is queued without
 * a connected CRM; `enqueueCrm` decides).
 */
export async function recordTrackUse(use: Omit<TrackUse, 'id'>, db: SopDatabase = getDatabase()): Promise<void> {
  await db.transaction('rw', [db.trackUses, db.contacts, ...crmTables(db)], async () => {
    await db.trackUses.add(use);
    const contact = await db.contacts.get(use.contactId);
    if (contact) await enqueueCrm(db, [{ contact, at: use.at, event: { kind: 'track', objection: use.objection, trackId: use.trackId } }], Date.now());
  });
}
