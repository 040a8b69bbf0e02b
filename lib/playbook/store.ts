/**
 * The team's playbook (the `playbooks` table, one row `team`): read, import and reset, on the app's
 * database. The built-in playbook is `./default-playbook` (its own chunk); the panel's hook that
 * picks between them is `components/use-playbook.ts`.
 */
import { getDatabase, type SopDatabase } from '../db/database';
import type { PolicyPlaybookSource } from '../db/records';
import { getTeamPlaybook, writeTeamPlaybook, type StoredPlaybook } from './active-playbook';
import type { Playbook } from './schema';

/** The team's playbook, or null for the built-in one. */
export function teamPlaybook(db: SopDatabase = getDatabase()): Promise<StoredPlaybook | null> {
  return getTeamPlaybook(db);
}

/** Makes an already validated playbook the team's playbook (`source`: it came from the admin's policy, `lib/policy/`). */
export async function saveTeamPlaybook(playbook: Playbook, fileName: string, now: number, db: SopDatabase = getDatabase(), source?: PolicyPlaybookSource): Promise<void> {
  await writeTeamPlaybook(db, { id: 'team', playbook, importedAt: now, fileName, ...(source ? { source } : {}) });
  rebuildToday(db);
}

/** Back to the built-in playbook. */
export async function resetPlaybook(db: SopDatabase = getDatabase()): Promise<void> {
  await writeTeamPlaybook(db, null);
  rebuildToday(db);
}

/**
 * From a page: Today's index, invalidated by the write, is built again at once (in chunks, not
 * awaited). Loaded lazily: the index pulls in the judgment.
 */
function rebuildToday(db: SopDatabase): void {
  void import('../situation/queue-index')
    .then(({ ensureQueueBuilt }) => ensureQueueBuilt(db))
    .catch((error: unknown) => console.error('Today index', error));
}
