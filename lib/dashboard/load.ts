import type { SopDatabase } from '../db/database';
import type { DashboardMeta } from '../db/records';
import { healthAfterFailedChange, type StorageHealth } from '../db/storage-health';
import type { Playbook } from '../playbook/schema';
import { todayCounts } from '../situation/today-index';
import { bringAggregatesCurrent, readDays, type AggregatesProgress } from './aggregates';
import type { Dashboard } from './compute';
import { dashboardFromDays } from './from-days';
import type { Period } from './input';
import { readStanding, type Standing } from './standing';

export interface LoadedDashboard extends Dashboard {
  /** Today's overdue rows per tier A, B, C (the same index and judgment as Today). */
  overdue: [number, number, number];
  /** Whether Today's index is complete (an upgrade or import may still be building it). */
  overdueFinal: boolean;
  /** Where the open deals and people stand now, as the panel shows them (the same index and judgment as Today). */
  standing: Standing;
  /** The newest writes could not be folded in (storage full or failing): the numbers are as last saved; what the page's alert says. */
  notSaved: StorageHealth | null;
}

/**
 * The whole dashboard of a period, with what is overdue now: the maintained aggregates brought up
 * to date (built first after an upgrade, with progress), then the period's day rows summed.
 */
export async function loadDashboard(db: SopDatabase, playbook: Playbook, period: Period, now: number, onProgress?: (progress: AggregatesProgress) => void): Promise<LoadedDashboard> {
  let notSaved: StorageHealth | null = null;
  try {
    await bringAggregatesCurrent(db, playbook, onProgress, now);
  } catch (error) {
    // The newest writes could not be folded in (a full disk): the day rows as last saved stand, their
    // marks wait for the next open, and the page says so. Half-built aggregates are no numbers to show.
    notSaved = healthAfterFailedChange(error, now) ?? null;
    if (!notSaved || (await db.table<DashboardMeta, string>('meta').get('dashboard'))?.state !== 'done') throw error;
  }
  const [days, counts, meta, standing] = await Promise.all([readDays(db, period), todayCounts(db, now), db.meta.get('queue'), readStanding(db, playbook)]);
  return { ...dashboardFromDays(days, playbook, period), overdue: counts.overdue, overdueFinal: meta?.state === 'done', standing, notSaved };
}
