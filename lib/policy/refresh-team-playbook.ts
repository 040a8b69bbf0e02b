import type { SopDatabase } from '../db/database';
import type { StoredPlaybook } from '../db/records';
import { getTeamPlaybook, writeTeamPlaybook } from '../playbook/active-playbook';
import { fetchTeamPlaybook, type FetchOptions } from './fetch-team-playbook';
import type { ManagedPolicy } from './policy';
import type { TeamPlaybookStatus } from './team-playbook-status';

/** How often the team playbook is checked again without a policy change. */
export const REFRESH_EVERY_MINUTES = 6 * 60;

export interface RefreshDeps {
  db: SopDatabase;
  policy: ManagedPolicy;
  now: number;
  /** The rep asked for the team playbook in place of their own: applied even if they may keep theirs. */
  useTeam?: boolean;
  fetchOptions: FetchOptions;
  readStatus(): Promise<TeamPlaybookStatus | null>;
  writeStatus(status: TeamPlaybookStatus | null): Promise<void>;
}

/**
 * Whether a team playbook just fetched replaces what is in force. A policy playbook is replaced
 * when the file changed; a playbook the rep imported is replaced when the admin does not allow
 * one, or when the admin published a new edition (the rep may import theirs again); with nothing
 * in force it is taken.
 */
export function shouldApplyTeamPlaybook(current: StoredPlaybook | null, fetchedSha256: string, lastTeamSha256: string | undefined, allowPersonal: boolean): boolean {
  if (!current) return true;
  if (current.source?.kind === 'policy') return current.source.sha256 !== fetchedSha256;
  return !allowPersonal || fetchedSha256 !== lastTeamSha256;
}

/** The name a policy playbook is listed under: the file's name in its URL. */
function fileNameOf(url: string): string {
  const { pathname, host } = new URL(url);
  return decodeURIComponent(pathname.split('/').filter(Boolean).pop() ?? host);
}

/**
 * Checks the team playbook the policy names and applies it when it is good and new. A file that
 * cannot be fetched, is not the pinned one or is not a valid playbook changes nothing but the
 * status, which says why (the last good playbook stays in force). With no team playbook in the
 * policy, one that came from policy is withdrawn and the status cleared.
 */
export async function refreshTeamPlaybook(deps: RefreshDeps): Promise<TeamPlaybookStatus | null> {
  const { db, policy, now } = deps;
  const url = policy.teamPlaybookUrl;
  const current = await getTeamPlaybook(db);
  if (!url) {
    if (current?.source?.kind === 'policy') await writeTeamPlaybook(db, null);
    await deps.writeStatus(null);
    return null;
  }
  const previous = await deps.readStatus();
  const pin = policy.teamPlaybookSha256;
  const base = { url, ...(pin ? { pin } : {}), checkedAt: now };
  const fetched = await fetchTeamPlaybook(url, pin, deps.fetchOptions);
  if (!fetched.ok) {
    const status: TeamPlaybookStatus = { ...base, ...(previous?.good ? { good: previous.good } : {}), failure: { ...fetched.failure, at: now } };
    await deps.writeStatus(status);
    return status;
  }
  const { playbook, sha256 } = fetched;
  if (shouldApplyTeamPlaybook(current, sha256, previous?.good?.sha256, policy.allowPersonalPlaybook && deps.useTeam !== true)) {
    await writeTeamPlaybook(db, { id: 'team', playbook, importedAt: now, fileName: fileNameOf(url), source: { kind: 'policy', url, sha256 } });
  }
  const last = previous?.good;
  const good = { url, sha256, at: last?.sha256 === sha256 && last.url === url ? last.at : now, ...(playbook.revision !== undefined ? { revision: playbook.revision } : {}) };
  const status: TeamPlaybookStatus = { ...base, good };
  await deps.writeStatus(status);
  return status;
}

/**
 * Whether a check is due when the service worker starts: the policy names another file or pin
 * than the last check, the last check is older than the refresh period, or the playbook it
 * applied is gone (everything was deleted).
 */
export function isTeamPlaybookCheckDue(policy: ManagedPolicy, status: TeamPlaybookStatus | null, current: StoredPlaybook | null, now: number): boolean {
  if (!policy.teamPlaybookUrl) return status !== null || current?.source?.kind === 'policy';
  if (!status || status.url !== policy.teamPlaybookUrl || status.pin !== policy.teamPlaybookSha256) return true;
  if (now - status.checkedAt >= REFRESH_EVERY_MINUTES * 60_000) return true;
  return status.good !== undefined && current === null;
}
