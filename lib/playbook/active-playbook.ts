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
