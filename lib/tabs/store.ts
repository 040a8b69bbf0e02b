/**
 * What each open tab shows (the `tabStates` table), as the panel reads it. Only the background
 * writes tab states (`lib/background/handle-page-report.ts`), from its content script's reports.
 */
import { getDatabase, type SopDatabase } from '../db/database';
import type { TabState } from '../db/tab-state';

/** The tab's last reported state, or null before its first report. */
export async function tabStateOf(tabId: number, db: SopDatabase = getDatabase()): Promise<TabState | null> {
  return (await db.tabStates.get(tabId)) ?? null;
}
