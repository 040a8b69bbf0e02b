import type { SopDatabase } from '../db/database';
import type { QueueRefs } from './queue-index';

/**
 * After a write that can change what is due (a touch, a stage, BANT, a snooze, a merge): keeps
 * Today's index current for what it touched. The judgment loads as its own chunk on first use, so
 * the panel's first paint does not carry it. Never fails the write it follows.
 */
export async function afterWrite(db: SopDatabase, refs: QueueRefs): Promise<void> {
  try {
    const { refreshQueue } = await import('./queue-index');
    await refreshQueue(db, refs);
  } catch (error) {
    console.error('Today index', error);
  }
}
