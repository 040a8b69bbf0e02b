import type { SopDatabase } from '../db/database';
import type { JudgedEntry, JudgedPath } from '../db/records';
import type { MappedStage } from '../playbook/crm-stages';
import type { StageEntry } from './paths';

/**
 * Where the panel put a row of Today's index, each time that changed (the `judgedPaths` table,
 * schema 13): written where Today's index re-judges a row (lib/situation/queue-index.ts), read by
 * the dashboard's aggregates, whose funnel and KPIs follow it (`followJudged` in ./paths). The
 * dashboard never judges to count.
 */

/** A row just judged: where the panel puts it now, and what its stage could have changed on. */
export interface JudgedRow {
  key: string;
  /** The judgment's stage; null for a deal shown in a CRM stage the playbook does not map. */
  stage: MappedStage | null;
  /** The stages its record went through (a person's recorded stages, a deal's CRM stages mapped). */
  recorded: readonly StageEntry[];
  /** When what moved it happened, as far as the judgment knows (their or our last words); the judgment's time when unknown. */
  moment: number;
  /** When its record was first read: the start of a path with no stage before it (a deal whose CRM stages are none the playbook maps). */
  firstRead?: number | undefined;
}

/**
 * The row's judged path once the judgment put it at `stage`, or null when the panel's stage did
 * not change (a row with no judged path yet stands where its record does). A change the record
 * made (the rep set the stage, the CRM's stage was read) is dated by the record; the first stage of
 * a record that had none, from its first read; one the conversation made, by the moment given; never
 * before the stage it follows, never after `now`.
 */
export function nextJudgedPath(before: readonly JudgedEntry[] | undefined, row: Omit<JudgedRow, 'key'>, now: number): JudgedEntry[] | null {
  const last = before?.at(-1) ?? row.recorded.at(-1);
  if (last && last.stage === row.stage) return null;
  const record = row.recorded.at(-1);
  const since = record && record.stage === row.stage ? record.at : !last && row.firstRead !== undefined ? row.firstRead : row.moment;
  const at = Math.min(now, Math.max(since, last?.at ?? -Infinity));
  return [...(before ?? []), { stage: row.stage, at }];
}

/**
 * Adds to each row's judged path where the judgment put it, when that changed. Call inside the
 * transaction that writes Today's rows (with `judgedPaths` in it): a stage and its history are
 * stored together. Each path written marks its part of the dashboard's aggregates.
 */
export async function recordJudgedStages(db: SopDatabase, rows: readonly JudgedRow[], now: number): Promise<void> {
  if (rows.length === 0) return;
  const stored = await db.judgedPaths.bulkGet(rows.map((row) => row.key));
  const put: JudgedPath[] = [];
  rows.forEach((row, i) => {
    const path = nextJudgedPath(stored[i]?.path, row, now);
    if (path) put.push({ key: row.key, path });
  });
  if (put.length > 0) await db.judgedPaths.bulkPut(put);
}
