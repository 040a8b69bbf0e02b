import Dexie from 'dexie';
import type { SopDatabase } from '../db/database';
import type { CrmId, OutboxRow } from './types';

const inState = (db: SopDatabase, crm: CrmId, state: OutboxRow['state']) => db.crmOutbox.where('[crm+state+createdAt]').between([crm, state, Dexie.minKey], [crm, state, Dexie.maxKey]);

/** How many activities of a CRM wait, went out, or need the rep. */
export async function outboxCounts(db: SopDatabase, crm: CrmId): Promise<Record<OutboxRow['state'], number>> {
  const [queued, sent, failed] = await Promise.all([inState(db, crm, 'queued').count(), inState(db, crm, 'sent').count(), inState(db, crm, 'failed').count()]);
  return { queued, sent, failed };
}

/** The next activities to go out, in order: what the consent preview shows. */
export function nextQueued(db: SopDatabase, crm: CrmId, limit: number): Promise<OutboxRow[]> {
  return inState(db, crm, 'queued').limit(limit).toArray();
}

/** What did not go through: rows waiting for the rep, then queued rows whose last try failed (newest problems first, bounded). */
export async function problemRows(db: SopDatabase, crm: CrmId, limit: number): Promise<OutboxRow[]> {
  const failed = await inState(db, crm, 'failed').reverse().limit(limit).toArray();
  const retrying = await inState(db, crm, 'queued').filter((r) => r.lastError !== undefined).limit(limit).toArray();
  return [...failed, ...retrying].slice(0, limit);
}
