import type { SopDatabase } from '../db/database';
import type { Playbook } from '../playbook/schema';
import { todayCounts } from '../situation/today-index';
import { computeDashboard, type Dashboard } from './compute';
import { DAY, type DashboardInput, type Period } from './input';

/**
 * Outbound touches this far before the period are read too, so the first follow-up of the period
 * is measured from the one before it (the longest default cadence is a month; a gap longer than
 * this starts the count inside the period).
 */
export const LOOKBACK_DAYS = 90;

export interface LoadedDashboard extends Dashboard {
  /** Today's overdue rows per tier A, B, C (the same index and judgment as Today). */
  overdue: [number, number, number];
  /** Whether Today's index is complete (an upgrade or import may still be building it). */
  overdueFinal: boolean;
}

/** What the dashboard reads for a period: touches, talk-track uses and drills by their time index; contacts and deals whole. */
export async function readDashboardInput(db: SopDatabase, playbook: Playbook, period: Period): Promise<DashboardInput> {
  const [contacts, deals, touches, trackUses, drillAnswers] = await Promise.all([
    db.contacts.toArray(),
    db.deals.toArray(),
    db.touches.where('at').between(period.from - LOOKBACK_DAYS * DAY, period.to, true, false).toArray(),
    db.trackUses.where('at').between(period.from, period.to, true, false).toArray(),
    db.drillAnswers.where('at').between(period.from, period.to, true, false).toArray(),
  ]);
  return { contacts, deals, touches, trackUses, drillAnswers, playbook, period };
}

/** The whole dashboard of a period, with what is overdue now. */
export async function loadDashboard(db: SopDatabase, playbook: Playbook, period: Period, now: number): Promise<LoadedDashboard> {
  const [input, counts, meta] = await Promise.all([readDashboardInput(db, playbook, period), todayCounts(db, now), db.meta.get('queue')]);
  return { ...computeDashboard(input), overdue: counts.overdue, overdueFinal: meta?.state === 'done' };
}
