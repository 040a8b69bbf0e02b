/**
 * A trainee's drill answers (the `drillAnswers` table): the drill's progress survives closing the
 * panel, and the dashboard counts them by area. The questions themselves are `lib/engine/drill.ts`.
 */
import { getDatabase, type SopDatabase } from '../db/database';
import type { DrillAnswer } from '../db/records';

/** Every answer given, oldest first (a trainee gives hundreds, never a table's worth). */
export function drillAnswers(db: SopDatabase = getDatabase()): Promise<DrillAnswer[]> {
  return db.drillAnswers.toArray();
}

/** Stores one answer. */
export async function recordDrillAnswer(questionId: string, correct: boolean, at = Date.now(), db: SopDatabase = getDatabase()): Promise<void> {
  await db.drillAnswers.add({ at, questionId, correct });
}
