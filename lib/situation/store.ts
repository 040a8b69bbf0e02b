/**
 * Today's index (the `queue` and `meta` tables) and what a judgment reads, on the app's database:
 * the panel's reads of Today and of a page's situation, and the writes that keep Today current.
 * How the index is computed is `./queue-index` (loaded lazily: it pulls in the judgment); its
 * bounded reads are `./today-index`; `./gather` reads a page's situation from any database.
 */
import type { ContactId } from '../contacts/schema';
import { getDatabase, type SopDatabase } from '../db/database';
import type { MetaRecord, QueueEntry } from '../db/records';
import { needsUpkeep, readUpkeepState, type UpkeepState } from '../db/upkeep-state';
import type { ConversationSummary } from '../db/tab-state';
import type { DealId } from '../deals/deal';
import { gatherSituation as gatherSituationIn, type GatheredSituation } from './gather';
import type { QueueRefs } from './queue-index';
import { afterWrite } from './refresh-queue';
import { todayCounts as todayCountsIn, todayEntries, type TodayCounts } from './today-index';

/** What the judgment of a page needs: the contact, their deal, touches, conversation and newest words. */
export function gatherSituation(page: { contactId?: ContactId | undefined; dealId?: DealId | undefined; conversation?: ConversationSummary | undefined }, db: SopDatabase = getDatabase()): Promise<GatheredSituation> {
  return gatherSituationIn(db, page);
}

/** The first `limit` rows of Today in its order, each with what its judgment needs, and how far the index is built. */
export async function todayRows(now: number, limit: number, db: SopDatabase = getDatabase()): Promise<{ meta: MetaRecord | undefined; rows: { entry: QueueEntry; gathered: GatheredSituation }[] }> {
  const [meta, entries] = await Promise.all([db.meta.get('queue'), todayEntries(db, now, limit)]);
  const rows = await Promise.all(entries.map(async (entry) => ({ entry, gathered: await gatherSituationIn(db, { contactId: entry.contactId, dealId: entry.dealId }) })));
  return { meta, rows };
}

/** How many rows are overdue and due today, per tier (index counts, no row read). */
export function todayCounts(now: number, db: SopDatabase = getDatabase()): Promise<TodayCounts> {
  return todayCountsIn(db, now);
}

/** Recomputes Today's rows of these contacts and deals (never fails: a failure is logged). */
export function refreshToday(refs: QueueRefs, db: SopDatabase = getDatabase()): Promise<void> {
  return afterWrite(db, refs);
}

/** Builds Today's index if it is not built yet (a store imported or upgraded); resumes a build cut short. */
export async function ensureTodayBuilt(db: SopDatabase = getDatabase()): Promise<void> {
  const { ensureQueueBuilt } = await import('./queue-index');
  await ensureQueueBuilt(db);
}

/** Whether an upgraded store still has keys to fill, Today's index to build or rows a capture marked stale. */
export function upkeepNeeded(db: SopDatabase = getDatabase()): Promise<boolean> {
  return needsUpkeep(db);
}

/** How far the upkeep after an upgrade is (for "Updating your data: 45%…"). */
export function upkeepState(db: SopDatabase = getDatabase()): Promise<UpkeepState> {
  return readUpkeepState(db);
}

/** One round of the upkeep (its own chunk: the judgment and the reader load only then). */
export async function keepDerivedDataNow(db: SopDatabase = getDatabase()): Promise<void> {
  const { keepDerivedData } = await import('./upkeep');
  await keepDerivedData(db);
}
