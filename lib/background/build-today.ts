import type { SopDatabase } from '../db/database';
import { ensureQueueBuilt } from '../situation/queue-index';

/**
 * Builds Today's index when the store has none (upgraded from before it, an import, another
 * playbook) or resumes a build cut short. A call to the extension API every 20 s keeps the worker
 * alive while it works (a worker idle for 30 s is stopped, and the build would wait for the next
 * event to resume).
 */
export async function buildTodayInBackground(db: SopDatabase, ping: () => Promise<unknown>): Promise<void> {
  const keepAlive = setInterval(() => void ping().catch(() => undefined), 20_000);
  try {
    await ensureQueueBuilt(db);
  } catch (error) {
    console.error('Today index', error);
  } finally {
    clearInterval(keepAlive);
  }
}
