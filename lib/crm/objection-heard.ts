import type { ContactId } from '../contacts/schema';
import type { SopDatabase } from '../db/database';
import type { ObjectionId } from '../playbook/ids';
import { crmTables, enqueueCrm, notifyCrmQueued } from './enqueue';
import type { CrmEvent, OutboxRow } from './types';

/**
 * An objection heard in a captured reply, logged to the rep's CRM once per reply. The reply reader
 * runs in the panel (never in the service worker), so the panel reports what its reply card shows.
 *
 * One reply, one activity: its outbox row is named after the reply (`<crm>:heard:<reply id>`), so
 * reading the reply again (a re-render, the panel reopened, another tab on the same thread) finds
 * the row and writes nothing. A different reading of the same reply (the rep's correction, the
 * team's case library) changes that one activity instead of adding one:
 * - not sent yet: the queued row now carries the new reading (a reading corrected to "no
 *   objection" before anything left takes the row out: it reported nothing true);
 * - sent: the row goes back in the queue with the CRM's id and its next send updates that record
 *   (HubSpot PATCH of the note, Pipedrive PUT of the activity, Salesforce's upsert by key); "no
 *   objection" is written as such, and the team view counts it as heard no more;
 * - on its way out (the request may have landed): it carries the new reading with a new revision,
 *   and the drain, seeing the row changed under it, keeps it queued to update the record.
 */
export interface HeardReply {
  contactId: ContactId;
  /** Their words as the panel read them, and when they wrote (null: the page did not say). */
  reply: { at: number | null; text: string };
  /** What the reply card shows: the objection, or `none` (no objection, or the rep corrected it away). */
  objection: ObjectionId | 'none';
  /** How sure the reader is (0–1), as the card shows it. */
  confidence: number;
  /** The concern behind the objection, when one was named; '' otherwise (which keeps a concern already logged for the same objection). */
  hiddenConcern?: string | undefined;
}

/** FNV-1a over the text's UTF-16 units, as 8 hex digits: enough to tell one reply of a person from another. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** A reply's stable name: the person, when they wrote and a fingerprint of their words. */
export function replyIdOf(contactId: ContactId, reply: { at: number | null; text: string }): string {
  return `${contactId}@${reply.at === null ? '-' : String(reply.at)}#${fingerprint(reply.text.trim())}#${String(reply.text.trim().length)}`;
}

export type HeardOutcome = 'queued' | 'unchanged' | 'updated' | 'withdrawn' | 'nothing';

const eventOf = (heard: HeardReply): Extract<CrmEvent, { kind: 'objection' }> => ({
  kind: 'objection',
  objection: heard.objection,
  // As the card says it (never 100 %), two decimals.
  confidence: heard.objection === 'none' ? 0 : Math.round(Math.min(0.99, Math.max(0, heard.confidence)) * 100) / 100,
  hiddenConcern: (heard.hiddenConcern ?? '').trim().slice(0, 300),
});

/** The row's activity now says `event`; what that means for a row already sent or on its way, above. */
async function revise(db: SopDatabase, row: OutboxRow, event: CrmEvent, now: number): Promise<'updated' | 'withdrawn'> {
  const mayHaveLanded = row.state === 'sent' || row.remoteId !== undefined || row.uncertain;
  if (event.kind === 'objection' && event.objection === 'none' && !mayHaveLanded) {
    await db.crmOutbox.delete(row.id);
    return 'withdrawn';
  }
  await db.crmOutbox.update(row.id, {
    activity: { ...row.activity, event },
    revision: (row.revision ?? 0) + 1,
    ...(row.state === 'sent' ? { state: 'queued' as const, nextAt: now, sentAt: undefined } : {}),
  });
  return 'updated';
}

/**
 * Logs the objection a captured reply voices (see {@link HeardReply}), once per reply and CRM
 * connection; a changed reading updates that activity. Nothing is queued without a connected CRM
 * (and nothing is written before the rep's consent: the row waits in the outbox, in the preview).
 */
export async function logObjectionHeard(db: SopDatabase, heard: HeardReply, now: number): Promise<HeardOutcome> {
  // Most reps connect no CRM: every reply shown would otherwise take a write lock for nothing.
  if ((await db.crmConnections.count()) === 0) return 'nothing';
  const once = `heard:${replyIdOf(heard.contactId, heard.reply)}`;
  const event = eventOf(heard);
  return db.transaction('rw', [db.contacts, ...crmTables(db)], async () => {
    const connections = await db.crmConnections.toArray();
    let outcome: HeardOutcome = 'nothing';
    let fresh = false;
    for (const connection of connections) {
      const row = await db.crmOutbox.get(`${connection.crm}:${once}`);
      if (!row) {
        fresh = heard.objection !== 'none';
        continue;
      }
      const logged = row.activity.event;
      // The concern is named only when the rep asks the optional LLM: the same objection shown
      // without one (the panel reopened, the LLM's answer no longer in memory) keeps the one logged.
      if (logged.kind === 'objection' && logged.objection === event.objection && (event.hiddenConcern === '' || logged.hiddenConcern === event.hiddenConcern)) {
        if (outcome === 'nothing') outcome = 'unchanged';
        continue;
      }
      const revised = await revise(db, row, event, now);
      // One CRM's record to update is the news, whatever another connection's row became.
      if (outcome !== 'updated') outcome = revised;
    }
    if (outcome === 'updated') notifyCrmQueued();
    if (fresh) {
      const contact = await db.contacts.get(heard.contactId);
      if (contact && (await enqueueCrm(db, [{ contact, at: heard.reply.at ?? now, event, once }], now)) > 0) outcome = 'queued';
    }
    return outcome;
  });
}
