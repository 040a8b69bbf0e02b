import type { SopDatabase } from '../db/database';
import type { QueueEntry } from '../db/records';
import { dayOf } from './format';

/**
 * Reading Today's index (lib/situation/queue-index.ts keeps it): bounded index ranges, never a
 * table. Small and free of the judgment, so the panel reads it before the engine has loaded.
 */

/** Today's rows per tier, overdue and due today. */
export interface TodayCounts {
  /** Per tier A, B, C. */
  overdue: [number, number, number];
  dueToday: [number, number, number];
}

/** Local midnight of `now` and the last millisecond of its day. */
function dayBounds(now: number): { start: number; end: number } {
  const start = dayOf(now);
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return { start, end: end.getTime() };
}

/** Today's ranges in the order Today lists them: overdue by tier A, B, C, then due today by tier. */
function todayRanges(now: number): { tier: number; from: number; to: number; overdue: boolean }[] {
  const { start, end } = dayBounds(now);
  return [
    ...[0, 1, 2].map((tier) => ({ tier, from: -Infinity, to: start - 1, overdue: true })),
    ...[0, 1, 2].map((tier) => ({ tier, from: start, to: end, overdue: false })),
  ];
}

/** How many rows are overdue and due today, per tier: six index counts, no row read. */
export async function todayCounts(db: SopDatabase, now: number): Promise<TodayCounts> {
  const counts = await Promise.all(todayRanges(now).map(({ tier, from, to }) => db.queue.where('[tier+due]').between([tier, from], [tier, to], true, true).count()));
  const at = (i: number) => counts[i] ?? 0;
  return { overdue: [at(0), at(1), at(2)], dueToday: [at(3), at(4), at(5)] };
}

/** The first `limit` rows of Today in its order (overdue first, then tier A, B, C, then due day), read range by range. */
export async function todayEntries(db: SopDatabase, now: number, limit: number): Promise<QueueEntry[]> {
  const rows: QueueEntry[] = [];
  for (const { tier, from, to } of todayRanges(now)) {
    if (rows.length >= limit) break;
    rows.push(...(await db.queue.where('[tier+due]').between([tier, from], [tier, to], true, true).limit(limit - rows.length).toArray()));
  }
  return rows;
}
