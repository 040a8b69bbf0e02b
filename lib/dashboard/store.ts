/**
 * The dashboard's read of the store, on the app's database: every table it counts, by the time
 * indexes (`./load`), then the pure aggregates (`./compute`).
 */
import { getDatabase, type SopDatabase } from '../db/database';
import type { Playbook } from '../playbook/schema';
import type { Period } from './input';
import { loadDashboard as loadDashboardIn, type LoadedDashboard } from './load';

/** The dashboard of a period, as of `now`. */
export function loadDashboard(playbook: Playbook, period: Period, now: number, db: SopDatabase = getDatabase()): Promise<LoadedDashboard> {
  return loadDashboardIn(db, playbook, period, now);
}
