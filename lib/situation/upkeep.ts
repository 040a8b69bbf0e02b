import { backfillContactKeys } from '../contacts/backfill-keys';
import type { SopDatabase } from '../db/database';
import { withUpkeepLock } from '../db/upkeep-lock';
import { ensureQueueBuilt, refreshQueue } from './queue-index';
import { judgeStaleRows } from './stale-rows';

/**
 * Brings the derived data up to date, in the page that judges (the panel; its own chunk, loaded
 * after the first paint): the contacts' search keys of an upgraded store, Today's index when it is
 * missing or half built, then the rows captures marked stale. Each step is resumable and bounded
 * per transaction; one context at a time does it ({@link withUpkeepLock}).
 */
export async function keepDerivedData(db: SopDatabase): Promise<void> {
  await withUpkeepLock(async () => {
    await backfillContactKeys(db);
    await ensureQueueBuilt(db);
    await judgeStaleRows(db, (refs) => refreshQueue(db, refs));
  });
}
