/**
 * Logging to the rep's CRM (the `crmConnections` and `crmOutbox` tables): every read and write the
 * settings page makes, on the app's database (each takes the database last; tests pass an in-memory
 * one). The same work for a given database lives beside it: `./connections` (the connection and its
 * token), `./queries` (what the outbox holds), `./drain` (sending, retries). Activities are queued
 * by the writes they report, in their own transactions (`./enqueue`): a stage move
 * (`lib/contacts/update-contact.ts`), a touch (`lib/touches/`), a talk track used
 * (`lib/track-uses/store.ts`); an objection heard in a captured reply is reported by the panel
 * (`./objection-heard.ts`, below).
 */
import { getDatabase, type SopDatabase } from '../db/database';
import { connectionOf as connectionIn, disconnect as disconnectIn, saveConnection as saveConnectionIn, setConsent as setConsentIn, setOwner as setOwnerIn } from './connections';
import { retryNow as retryNowIn } from './drain';
import { logObjectionHeard as logObjectionHeardIn, type HeardOutcome, type HeardReply } from './objection-heard';
import { nextQueued as nextQueuedIn, outboxCounts as outboxCountsIn, problemRows as problemRowsIn } from './queries';
import type { CrmConnection, CrmId, OutboxRow } from './types';

/** The rep's connection to a CRM (consent, pause, hold), or undefined when not connected. */
export function connectionOf(crm: CrmId, db: SopDatabase = getDatabase()): Promise<CrmConnection | undefined> {
  return connectionIn(db, crm);
}

/** Keeps the token and the connection; logging stays off until the rep has seen the preview and turned it on. */
export function saveConnection(crm: CrmId, apiBase: string, token: string, account: string, now: number, pickedApiBase?: string, db: SopDatabase = getDatabase()): Promise<void> {
  return saveConnectionIn(db, crm, apiBase, token, account, now, pickedApiBase);
}

/** The rep's own user in the CRM (HubSpot: the owner of the notes logged), or none. */
export function setOwner(crm: CrmId, owner: { id: string; name: string } | null, db: SopDatabase = getDatabase()): Promise<void> {
  return setOwnerIn(db, crm, owner);
}

/** Logging on (after the preview) or off (the queue stays, paused). */
export function setConsent(crm: CrmId, consent: boolean, now: number, db: SopDatabase = getDatabase()): Promise<void> {
  return setConsentIn(db, crm, consent, now);
}

/** Forgets the token and the connection; activities already queued stay. */
export function disconnect(crm: CrmId, db: SopDatabase = getDatabase()): Promise<void> {
  return disconnectIn(db, crm);
}

/** How many activities of a CRM wait, went out, or need the rep. */
export function outboxCounts(crm: CrmId, db: SopDatabase = getDatabase()): Promise<Record<OutboxRow['state'], number>> {
  return outboxCountsIn(db, crm);
}

/** The next activities to go out, in order: what the consent preview shows. */
export function nextQueued(crm: CrmId, limit: number, db: SopDatabase = getDatabase()): Promise<OutboxRow[]> {
  return nextQueuedIn(db, crm, limit);
}

/** What did not go through, bounded. */
export function problemRows(crm: CrmId, limit: number, db: SopDatabase = getDatabase()): Promise<OutboxRow[]> {
  return problemRowsIn(db, crm, limit);
}

/** The rep's retry: failed rows of the CRM (or one row) go back in the queue now, and the CRM's hold is lifted. */
export function retryNow(crm: CrmId, now: number, rowId?: string, db: SopDatabase = getDatabase()): Promise<void> {
  return retryNowIn(db, crm, now, rowId);
}

/** The objection the reply card shows for a captured reply, logged once per reply (a changed reading updates it): `./objection-heard.ts`. */
export function logObjectionHeard(heard: HeardReply, now: number, db: SopDatabase = getDatabase()): Promise<HeardOutcome> {
  return logObjectionHeardIn(db, heard, now);
}
