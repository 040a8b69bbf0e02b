import type { SopDatabase } from '../db/database';
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
}

/**
 * The whole dashboard of a period, with what is overdue now: the maintained aggregates brought up
 * to date (built first after an upgrade, with progress), then the period's day rows summed.
 */
export async function loadDashboard(db: SopDatabase, playbook: Playbook, period: Period, now: number, onProgress?: (progress: AggregatesProgress) => void): Promise<LoadedDashboard> {
  await bringAggregatesCurrent(db, playbook, onProgress, now);
  const [days, counts, meta, standing] = await Promise.all([readDays(db, period), todayCounts(db, now), db.meta.get('queue'), readStanding(db)]);
  return { ...dashboardFromDays(days, playbook, period), overdue: counts.overdue, overdueFinal: meta?.state === 'done', standing };
}
