/**
 * The team's activities read back from the CRM (`teamActivities`, `teamSyncs`): every read and
 * write the dashboard's team view makes, on the app's database (each takes the database last;
 * tests pass an in-memory one). The same reads for a given database: `./queries.ts`; the read of
 * the CRM itself: `./sync.ts`; each CRM's API: `./read-*.ts`.
 */
import { tokenOf } from '../crm/connections';
import { renewToken } from '../crm/renewal';
import type { CrmId } from '../crm/types';
import { getDatabase, type SopDatabase } from '../db/database';
import type { Period } from '../dashboard/input';
import type { TeamDay } from './day-rows';
import { activitiesIn, daysIn } from './queries';
import { syncTeam, type SyncOptions } from './sync';
import type { TeamActivity, TeamSync } from './types';

/** Where the read of a CRM stands, or undefined before the first. */
export function teamSyncOf(crm: CrmId, db: SopDatabase = getDatabase()): Promise<TeamSync | undefined> {
  return db.teamSyncs.get(crm);
}

/** The cached activities of a CRM in a period (by the `[crm+at]` index). */
export function teamActivitiesIn(crm: CrmId, period: Period, db: SopDatabase = getDatabase()): Promise<TeamActivity[]> {
  return activitiesIn(db, crm, period);
}

/** The counts per day and owner of a CRM in a period: what the team view sums. */
export function teamDaysIn(crm: CrmId, period: Period, db: SopDatabase = getDatabase()): Promise<TeamDay[]> {
  return daysIn(db, crm, period);
}

/** Reads what changed in the CRM since the last read, with the rep's connection; null when not connected. */
export async function syncTeamNow(crm: CrmId, options: Omit<SyncOptions, 'fetch'> & { fetch?: SyncOptions['fetch'] } = {}, db: SopDatabase = getDatabase()): Promise<TeamSync | null> {
  const [connection, token] = await Promise.all([db.crmConnections.get(crm), tokenOf(crm)]);
  if (!connection || !token) return null;
  const fetchImpl: SyncOptions['fetch'] = (url, init) => fetch(url, init);
  return syncTeam(db, crm, { apiBase: connection.apiBase, token }, { fetch: fetchImpl, renew: () => renewToken(crm, fetchImpl), ...options });
}

/** The CRMs this browser is connected to, with their API origin (the team view reads those). */
export async function teamSources(db: SopDatabase = getDatabase()): Promise<{ crm: CrmId; apiBase: string }[]> {
  return (await db.crmConnections.toArray()).map((c) => ({ crm: c.crm, apiBase: c.apiBase }));
}
