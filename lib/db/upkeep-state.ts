import type { SopDatabase } from './database';
import type { MetaRecord } from './records';
import { hasStaleRows } from '../situation/stale-rows';

/** Where the upkeep of derived data stands: the contacts' keys and Today's index (two key reads). */
export interface UpkeepState {
  keys: MetaRecord | undefined;
  queue: MetaRecord | undefined;
}

export async function readUpkeepState(db: SopDatabase): Promise<UpkeepState> {
  const [keys, queue] = await db.meta.bulkGet(['contactKeys', 'queue']);
  return { keys, queue };
}

/** Whether a page that judges has work: keys to fill, Today's index to build, rows marked stale. */
export async function needsUpkeep(db: SopDatabase): Promise<boolean> {
  const { keys, queue } = await readUpkeepState(db);
  return keys?.state === 'building' || queue?.state !== 'done' || (await hasStaleRows(db));
}

/** Contacts from which a rebuild of Today alone is worth a line. */
const LARGE = 2_000;

/** A Today build that starts within this long of the keys' fill ending is the same update. */
const SAME_UPDATE_MS = 10_000;

/**
 * How far the update of this browser's data is, 0–1, or null when nothing large is under way:
 * the keys of an upgraded store (first half), then Today's index (second half; the whole when it
 * is rebuilt on its own, after an import or a new playbook).
 */
export function updateProgress({ keys, queue }: UpkeepState): number | null {
  const part = (meta: MetaRecord) => (meta.total > 0 ? Math.min(1, meta.indexed / meta.total) : 0);
  if (keys?.state === 'building') return part(keys) / 2;
  if (queue?.state !== 'building') return null;
  const followsKeys = keys?.state === 'done' && queue.at - keys.at < SAME_UPDATE_MS;
  if (followsKeys) return 0.5 + part(queue) / 2;
  // A small store's Today is rebuilt in a blink: no line for it.
  return queue.total >= LARGE ? part(queue) : null;
}
