/**
 * Touches (the `touches` table): contact attempts and replies, for cadence tracking. The app's
 * entry points, on the app's database; `./log-touch` holds the same writes for a given database
 * (the background, unit tests). Touches read from a page are stored by `./record-touches`.
 */
import { getDatabase, type SopDatabase } from '../db/database';
import { logTouch as logTouchIn } from './log-touch';
import type { StoredTouch } from './touch';

/** Logs a touch the rep made (and keeps Today's row of that contact current). */
export function logTouch(touch: Omit<StoredTouch, 'id'>, db: SopDatabase = getDatabase()): Promise<void> {
  return logTouchIn(db, touch);
}
