import type { SopDatabase } from '../db/database';
import type { MetaRecord } from '../db/records';
import { yieldToUser } from '../db/user-input';
import type { ContactKeys } from './contact-keys';
import type { Contact } from './schema';

/** Contacts per transaction: small enough that the panel's reads never wait long behind one. */
const BATCH = 200;


const hasKeys = (contact: Contact) => Array.isArray((contact as Contact & Partial<ContactKeys>).searchWords);

/**
 * The fill's last batch hands the update over to Today's build in the same transaction: a Today
 * not built yet is marked as building from the same moment, so "Updating your data" goes on from
 * half-way without a gap while the page that builds it gets going (it may be another context,
 * waiting for the upkeep lock). The build keeps that moment (lib/situation/queue-index.ts).
 */
async function handOverToToday(db: SopDatabase, keys: MetaRecord): Promise<void> {
  const queue = await db.meta.get('queue');
  if (queue?.state === 'done' || queue?.state === 'building') return;
  await db.meta.put({ key: 'queue', state: 'building', indexed: 0, total: keys.total, at: keys.at });
}

/**
 * Fills the search and merge keys of contacts stored before schema version 8, a batch at a time
 * after the store has opened (the upgrade itself only marks that this is to do, so opening a large
 * store takes seconds, not minutes). Each batch is one transaction that reads where the last one
 * stopped (the `contactKeys` progress record), writes the batch back through the database (whose
 * middleware adds the keys) and moves the mark: a batch is done whole or not at all, a worker or
 * panel closed in the middle leaves the store consistent and the next run resumes there, and two
 * runners (the background and a panel) never do a batch twice. Between batches it steps aside for
 * the rep ({@link yieldToUser}).
 *
 * @returns whether there was anything to do.
 */
export async function backfillContactKeys(db: SopDatabase, onProgress: (progress: MetaRecord) => void = () => undefined, between: () => Promise<unknown> = yieldToUser): Promise<boolean> {
  let worked = false;
  for (;;) {
    // The rep's reads go first: each batch waits for an idle moment, and while they type, for a pause.
    if (worked) await between();
    const progress = await db.transaction('rw', db.contacts, db.meta, async (): Promise<MetaRecord | null> => {
      const meta = await db.meta.get('contactKeys');
      if (meta?.state !== 'building') return null;
      const batch = await (meta.after === undefined ? db.contacts.orderBy('id') : db.contacts.where('id').above(meta.after)).limit(BATCH).toArray();
      const last = batch.at(-1);
      const indexed = meta.indexed + batch.length;
      const next: MetaRecord = last
        ? { key: 'contactKeys', state: 'building', indexed, total: Math.max(meta.total, indexed), after: last.id, at: meta.at }
        : { key: 'contactKeys', state: 'done', indexed, total: indexed, at: Date.now() };
      // A contact written since the upgrade carries its keys already.
      await db.contacts.bulkPut(batch.filter((contact) => !hasKeys(contact)));
      await db.meta.put(next);
      if (next.state === 'done') await handOverToToday(db, next);
      return next;
    });
    if (!progress) return worked;
    worked = true;
    onProgress(progress);
    if (progress.state === 'done') return true;
  }
}
