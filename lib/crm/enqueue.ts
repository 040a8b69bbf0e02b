import Dexie, { type Transaction } from 'dexie';
import type { Contact } from '../contacts/schema';
import type { SopDatabase } from '../db/database';
import type { CrmActivity, CrmConnection, CrmEvent, CrmId, OutboxRow } from './types';

/** What a write path hands over: who, what happened and when. */
export interface CrmSource {
  contact: Contact;
  event: CrmEvent;
  at: number;
  /**
   * A stable name for what the activity reports (a reply heard: `./objection-heard.ts`): its row
   * is `<crm>:<once>`, and a second report of the same is not queued again.
   */
  once?: string | undefined;
}

/** Events older than this before the connection (a thread's history read on first capture) are not logged: the CRM had them or never will. */
const HISTORY_GRACE_MS = 86_400_000;

/** The tables {@link enqueueCrm} reads and writes: a write path includes them in its own transaction. */
export function crmTables(db: SopDatabase) {
  return [db.crmConnections, db.crmOutbox, db.queue, db.playbooks, db.deals] as const;
}

let notify: () => void = () => undefined;

/** Called after a transaction that queued activities commits (the panel tells the background to send). */
export function onCrmEnqueued(listener: () => void): void {
  notify = listener;
}

/** Tells the listener once the current transaction commits (at once outside one): rows were queued or changed. */
export function notifyCrmQueued(): void {
  const tx = Dexie.currentTransaction as Transaction | null;
  if (tx) tx.on('complete', () => notify());
  else notify();
}

const TIERS = ['A', 'B', 'C'] as const;

function recordIdsFor(crm: CrmId, contact: Contact, deals: { crm: string; recordId: string; capturedAt: number }[]): CrmActivity['recordIds'] {
  const own = contact.identities.find((i) => i.startsWith(`${crm}:`));
  const deal = deals.filter((d) => d.crm === crm).sort((a, b) => b.capturedAt - a.capturedAt)[0];
  return { ...(own ? { contact: own.slice(crm.length + 1) } : {}), ...(deal ? { deal: deal.recordId } : {}) };
}

function emailOf(contact: Contact): string | undefined {
  return contact.email ?? contact.identities.find((i) => i.startsWith('email:'))?.slice('email:'.length);
}

/**
 * Queues the activities for every CRM the rep connected (consented or paused: nothing is
 * written before consent, and nothing is lost while logging is off). Runs inside the caller's
 * transaction, which must include {@link crmTables}, so the activity is queued with the write
 * it reports or not at all. No connection: nothing is queued.
 */
export async function enqueueCrm(db: SopDatabase, sources: readonly CrmSource[], now: number): Promise<number> {
  if (sources.length === 0) return 0;
  const connections: CrmConnection[] = await db.crmConnections.toArray();
  if (connections.length === 0) return 0;
  const team = await db.playbooks.get('team');
  const playbookVersion = team ? `team ${new Date(team.importedAt).toISOString().slice(0, 16)}Z ${team.fileName}` : 'default';
  const rows: OutboxRow[] = [];
  for (const [index, source] of sources.entries()) {
    const { contact } = source;
    const deals = (await db.deals.where('contactIds').equals(contact.id).toArray()).map((d) => ({ crm: d.crm, recordId: d.record.recordId, capturedAt: d.capturedAt, id: d.id }));
    const entry = (await db.queue.get(`contact:${contact.id}`)) ?? (deals[0] ? await db.queue.get(`deal:${deals[0].id}`) : undefined);
    const key = crypto.randomUUID();
    for (const connection of connections) {
      if (source.at < connection.connectedAt - HISTORY_GRACE_MS) continue;
      const id = `${connection.crm}:${source.once ?? key}`;
      if (source.once !== undefined && (await db.crmOutbox.get(id))) continue;
      const activity: CrmActivity = {
        key,
        at: source.at,
        event: source.event,
        contact: { id: contact.id, name: contact.name, email: emailOf(contact), company: contact.company },
        recordIds: recordIdsFor(connection.crm, contact, deals),
        stage: source.event.kind === 'stage' ? source.event.to : contact.stage,
        tier: entry ? TIERS[entry.tier] : null,
        playbookVersion,
      };
      // Sub-millisecond steps keep the order of one write's activities.
      rows.push({ id, crm: connection.crm, activity, state: 'queued', createdAt: now + index / 1000, nextAt: now, attempts: 0, uncertain: false });
    }
  }
  if (rows.length === 0) return 0;
  await db.crmOutbox.bulkAdd(rows);
  notifyCrmQueued();
  return rows.length;
}
