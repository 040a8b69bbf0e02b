/**
 * Which talk track the rep used for which objection (the `trackUses` table): the reply card marks
 * tracks already used with this contact; the dashboard measures what followed each track.
 */
import type { ContactId } from '../contacts/schema';
import { getDatabase, type SopDatabase } from '../db/database';
import type { TrackUse } from '../db/records';

/** The ids of the talk tracks used with a contact. */
export async function usedTrackIdsOf(contactId: ContactId, db: SopDatabase = getDatabase()): Promise<Set<string>> {
  const uses = await db.trackUses.where('contactId').equals(contactId).toArray();
  return new Set(uses.map((use) => use.trackId));
}

/** Records that a track was used (put into the draft) for an objection. */
export async function recordTrackUse(use: Omit<TrackUse, 'id'>, db: SopDatabase = getDatabase()): Promise<void> {
  await db.trackUses.add(use);
}
