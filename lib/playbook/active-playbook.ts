import type { SopDatabase } from '../db/database';
import type { PolicyPlaybookSource, StoredPlaybook } from '../db/records';
import type { Playbook } from './schema';

/** A team playbook as stored: the validated playbook and where it came from. */
export type { StoredPlaybook };

/**
 * The team's playbook, or null for the default. It was validated when imported; one stored in an
 * older format counts as absent rather than breaking the panel.
 */
export async function getTeamPlaybook(db: SopDatabase): Promise<StoredPlaybook | null> {
  const stored = await db.playbooks.get('team');
  const format: unknown = stored?.playbook.format;
  const version: unknown = stored?.playbook.version;
  return stored && format === 'sop-copilot-playbook' && version === 1 ? stored : null;
}

/** Makes an already validated playbook the team's playbook (`source`: it came from the admin's policy). */
export async function saveTeamPlaybook(db: SopDatabase, playbook: Playbook, fileName: string, now: number, source?: PolicyPlaybookSource): Promise<void> {
  await db.playbooks.put({ id: 'team', playbook, importedAt: now, fileName, ...(source ? { source } : {}) });
  await rebuildToday(db);
}

/** Back to the default playbook. */
export async function resetPlaybook(db: SopDatabase): Promise<void> {
  await db.playbooks.delete('team');
  await rebuildToday(db);
}

/** Another playbook moves every cadence: Today's index is built again (in chunks, not awaited). */
async function rebuildToday(db: SopDatabase): Promise<void> {
  const { invalidateQueue, ensureQueueBuilt } = await import('../situation/queue-index');
  await invalidateQueue(db);
  void ensureQueueBuilt(db).catch((error: unknown) => console.error('Today index', error));
}
