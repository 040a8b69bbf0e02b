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
 * A judged path with one more entry: `entry` after the path's last (a repeat of the stage it is at
 * adds nothing). A change dated at the same instant as the entries it follows is a judgment made
 * again about the same moment: when it comes back to a stage the row held at that instant (or
 * held going into it: `held`, the record's stage when the path is empty), the detour between is
 * taken back, not entered and left at one millisecond. A path thus never holds a stage twice at
 * one instant (no A→B→A there), whoever wrote its entries and in whatever order.
 */
export function appendJudged(path: readonly JudgedEntry[], entry: JudgedEntry, held?: MappedStage | null): JudgedEntry[] {
  let from = path.length;
  while (from > 0 && (path[from - 1]?.at ?? -Infinity) >= entry.at) from--;
  // The stage held going into the instant, then each entry at it: the first that is this stage is where the row comes back to.
  const candidates = [{ stage: from > 0 ? path[from - 1]?.stage : held, end: from }, ...path.slice(from).map((e, i) => ({ stage: e.stage, end: from + i + 1 }))];
  const back = candidates.find((c) => c.stage !== undefined && c.stage === entry.stage);
  if (back) return path.slice(0, back.end);
  return [...path, entry];
}

/**
 * A judged path as its entries say it, whatever order they were written in (two records of one
 * person merged, a file imported over the same data): by time, each through {@link appendJudged}.
 * Idempotent, and a path already so is returned as it is.
 */
export function normalJudgedPath(entries: readonly JudgedEntry[]): JudgedEntry[] {
  const sorted = entries.every((e, i) => i === 0 || (entries[i - 1]?.at ?? -Infinity) <= e.at) ? entries : [...entries].sort((a, b) => a.at - b.at);
  return sorted.reduce<JudgedEntry[]>((path, entry) => appendJudged(path, entry), []);
}

/**
 * The row's judged path once the judgment put it at `stage`, or null when it did not change (a
 * row with no judged path yet stands where its record does). A change the record made (the rep set
 * the stage, the CRM's stage was read) is dated by the record; the first stage of a record that had
 * none, from its first read; one the conversation made, by the moment given; never before the
 * stage it follows, never after `now`. A path stored with a stage twice at one instant (written
 * before {@link appendJudged}) is set right on its next write. Empty: the row is back where its
 * record stands at the instant it left it (no judged path any more).
 */
export function nextJudgedPath(before: readonly JudgedEntry[] | undefined, row: Omit<JudgedRow, 'key'>, now: number): JudgedEntry[] | null {
  const kept = before ? normalJudgedPath(before) : [];
  const changed = before !== undefined && (kept.length !== before.length || kept.some((entry, i) => entry !== before[i]));
  const last = kept.at(-1) ?? row.recorded.at(-1);
  if (last && last.stage === row.stage) return changed ? kept : null;
  const record = row.recorded.at(-1);
  const since = record && record.stage === row.stage ? record.at : !last && row.firstRead !== undefined ? row.firstRead : row.moment;
  const at = Math.min(now, Math.max(since, last?.at ?? -Infinity));
  return appendJudged(kept, { stage: row.stage, at }, row.recorded.at(-1)?.stage);
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
  const back: string[] = [];
  rows.forEach((row, i) => {
    const path = nextJudgedPath(stored[i]?.path, row, now);
    if (path && path.length > 0) put.push({ key: row.key, path });
    else if (path) back.push(row.key);
  });
  if (put.length > 0) await db.judgedPaths.bulkPut(put);
  if (back.length > 0) await db.judgedPaths.bulkDelete(back);
}
