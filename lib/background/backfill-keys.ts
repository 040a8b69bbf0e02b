import { backfillContactKeys } from '../contacts/backfill-keys';
import type { SopDatabase } from '../db/database';
import { withUpkeepLock } from '../db/upkeep-lock';

/**
 * Fills the search and merge keys of a store upgraded from before schema version 8, resuming a
 * fill cut short; a page may do the same (the batches are shared, never done twice). Today's index
 * is not built here: it needs the judgment, which the service worker does not carry (the panel and
 * the dashboard build it). A call to the extension API every 20 s keeps the worker alive while it
 * works (a worker idle for 30 s is stopped, and the fill would wait for the next event or page).
 */
export async function backfillInBackground(db: SopDatabase, ping: () => Promise<unknown>): Promise<void> {
  const keepAlive = setInterval(() => void ping().catch(() => undefined), 20_000);
  try {
    await withUpkeepLock(() => backfillContactKeys(db));
  } catch (error) {
    console.error('contact keys', error);
  } finally {
    clearInterval(keepAlive);
  }
}
