import type { SopDatabase } from '../db/database';
import type { StoredPlaybook } from '../db/records';

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

/**
 * Stores the team's playbook (or, with null, goes back to the built-in one) and marks Today's index
 * for a rebuild: another playbook moves every cadence. The rebuild is left to a page that judges
 * (the panel's upkeep, `lib/situation/upkeep.ts`; `./store` starts it at once from a page), so the
 * service worker, which stores a playbook the admin's policy names, never loads the judgment.
 */
export async function writeTeamPlaybook(db: SopDatabase, stored: StoredPlaybook | null): Promise<void> {
  await db.transaction('rw', db.playbooks, db.meta, async () => {
    if (stored) await db.playbooks.put(stored);
    else await db.playbooks.delete('team');
    await db.meta.delete('queue');
  });
}
