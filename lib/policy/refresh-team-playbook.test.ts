import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { SopDatabase } from '../db/database';
import type { StoredPlaybook } from '../db/records';
import { saveTeamPlaybook, teamPlaybook as getTeamPlaybook } from '../playbook/store';
import { DEFAULT_PLAYBOOK } from '../playbook/default-playbook';
import { sha256Hex } from './fetch-team-playbook';
import { NO_POLICY, type ManagedPolicy } from './policy';
import { isTeamPlaybookCheckDue, refreshTeamPlaybook, shouldApplyTeamPlaybook } from './refresh-team-playbook';
import type { TeamPlaybookStatus } from './team-playbook-status';

const URL_ = 'https://playbooks.northwind.example/team.json';
const V1 = JSON.stringify({ ...DEFAULT_PLAYBOOK, revision: 1 });
const V2 = JSON.stringify({ ...DEFAULT_PLAYBOOK, revision: 2 });
const sha = (text: string) => sha256Hex(new TextEncoder().encode(text));
const NOW = Date.UTC(2026, 11, 5, 9);

/** A store, a file server and a status slot, as the background has them. */
function world(db: SopDatabase) {
  const state: { file: string | Error; status: TeamPlaybookStatus | null } = { file: V1, status: null };
  const run = (policy: ManagedPolicy, now = NOW, useTeam = false) =>
    refreshTeamPlaybook({
      db,
      policy,
      now,
      useTeam,
      fetchOptions: { fetch: () => (state.file instanceof Error ? Promise.reject(state.file) : Promise.resolve(new Response(state.file))) },
      readStatus: () => Promise.resolve(state.status),
      writeStatus: (status) => {
        state.status = status;
        return Promise.resolve();
      },
    });
  return { state, run };
}

describe('refreshTeamPlaybook', () => {
  it('applies the pinned file, keeps it when a later file fails (saying why), and takes the next pinned one', async () => {
    const db = new SopDatabase(`policy-${crypto.randomUUID()}`);
    const { state, run } = world(db);
    const policy: ManagedPolicy = { ...NO_POLICY, teamPlaybookUrl: URL_, teamPlaybookSha256: await sha(V1) };

    expect(await run(policy)).toEqual({ url: URL_, pin: await sha(V1), checkedAt: NOW, good: { url: URL_, sha256: await sha(V1), at: NOW, revision: 1 } });
    expect(await getTeamPlaybook(db)).toMatchObject({ fileName: 'team.json', source: { kind: 'policy', url: URL_, sha256: await sha(V1) }, playbook: { revision: 1 } });

    state.file = V2;
    const refused = await run(policy, NOW + 1000);
    expect(refused?.failure).toEqual({ reason: 'hash-mismatch', expected: await sha(V1), actual: await sha(V2), at: NOW + 1000 });
    expect(refused?.good).toEqual({ url: URL_, sha256: await sha(V1), at: NOW, revision: 1 });
    expect((await getTeamPlaybook(db))?.playbook.revision).toBe(1);

    state.file = new TypeError('Failed to fetch');
    expect((await run(policy, NOW + 2000))?.failure).toEqual({ reason: 'network', at: NOW + 2000 });
    expect((await getTeamPlaybook(db))?.playbook.revision).toBe(1);

    state.file = V2;
    const taken = await run({ ...policy, teamPlaybookSha256: await sha(V2) }, NOW + 3000);
    expect(taken?.failure).toBeUndefined();
    expect(taken?.good).toEqual({ url: URL_, sha256: await sha(V2), at: NOW + 3000, revision: 2 });
    expect((await getTeamPlaybook(db))?.playbook.revision).toBe(2);
  });

  it('withdraws a policy playbook when the policy no longer names one, but never a playbook the rep imported', async () => {
    const db = new SopDatabase(`policy-${crypto.randomUUID()}`);
    const { state, run } = world(db);
    await run({ ...NO_POLICY, teamPlaybookUrl: URL_ });
    expect(await getTeamPlaybook(db)).not.toBeNull();
    expect(await run(NO_POLICY)).toBeNull();
    expect(state.status).toBeNull();
    expect(await getTeamPlaybook(db)).toBeNull();

    await saveTeamPlaybook(DEFAULT_PLAYBOOK, 'mine.json', NOW, db);
    await run(NO_POLICY);
    expect((await getTeamPlaybook(db))?.fileName).toBe('mine.json');
  });
});

describe('a rep’s own playbook beside the team’s', () => {
  it('stays until the team publishes a new edition or the rep asks for the team’s', async () => {
    const db = new SopDatabase(`policy-${crypto.randomUUID()}`);
    const { state, run } = world(db);
    const policy: ManagedPolicy = { ...NO_POLICY, teamPlaybookUrl: URL_ };
    await run(policy);
    await saveTeamPlaybook(DEFAULT_PLAYBOOK, 'mine.json', NOW, db);
    await run(policy, NOW + 1000);
    expect((await getTeamPlaybook(db))?.fileName).toBe('mine.json');
    // Asked for while the file cannot be fetched: theirs stays.
    state.file = new TypeError('Failed to fetch');
    await run(policy, NOW + 2000, true);
    expect((await getTeamPlaybook(db))?.fileName).toBe('mine.json');
    state.file = V1;
    await run(policy, NOW + 3000, true);
    expect((await getTeamPlaybook(db))?.source?.sha256).toBe(await sha(V1));
    // A new edition replaces a rep's own even unasked.
    await saveTeamPlaybook(DEFAULT_PLAYBOOK, 'mine.json', NOW, db);
    state.file = V2;
    await run(policy, NOW + 4000);
    expect((await getTeamPlaybook(db))?.playbook.revision).toBe(2);
  });
});

describe('shouldApplyTeamPlaybook', () => {
  const policyOne = (sha256: string): StoredPlaybook => ({ id: 'team', playbook: DEFAULT_PLAYBOOK, importedAt: NOW, fileName: 'team.json', source: { kind: 'policy', url: URL_, sha256 } });
  const mine: StoredPlaybook = { id: 'team', playbook: DEFAULT_PLAYBOOK, importedAt: NOW, fileName: 'mine.json' };
  it.each([
    ['nothing in force', null, 'new', undefined, true, true],
    ['the same policy file', policyOne('same'), 'same', 'same', true, false],
    ['a new policy file', policyOne('old'), 'new', 'old', true, true],
    ['the rep’s own, allowed, team file unchanged', mine, 'same', 'same', true, false],
    ['the rep’s own, allowed, a new team edition', mine, 'new', 'old', true, true],
    ['the rep’s own, not allowed', mine, 'same', 'same', false, true],
  ] as const)('%s', (_name, current, fetched, last, allowPersonal, expected) => {
    expect(shouldApplyTeamPlaybook(current, fetched, last, allowPersonal)).toBe(expected);
  });
});

describe('isTeamPlaybookCheckDue', () => {
  const policy: ManagedPolicy = { ...NO_POLICY, teamPlaybookUrl: URL_ };
  const status: TeamPlaybookStatus = { url: URL_, checkedAt: NOW, good: { url: URL_, sha256: 'x', at: NOW } };
  const current: StoredPlaybook = { id: 'team', playbook: DEFAULT_PLAYBOOK, importedAt: NOW, fileName: 'team.json', source: { kind: 'policy', url: URL_, sha256: 'x' } };
  it('is due when never checked, the address or pin changed, six hours passed, or the playbook is gone', () => {
    expect(isTeamPlaybookCheckDue(policy, null, null, NOW)).toBe(true);
    expect(isTeamPlaybookCheckDue(policy, status, current, NOW + 60_000)).toBe(false);
    expect(isTeamPlaybookCheckDue({ ...policy, teamPlaybookSha256: 'a'.repeat(64) }, status, current, NOW)).toBe(true);
    expect(isTeamPlaybookCheckDue({ ...policy, teamPlaybookUrl: 'https://other.example/p.json' }, status, current, NOW)).toBe(true);
    expect(isTeamPlaybookCheckDue(policy, status, current, NOW + 6 * 3600_000)).toBe(true);
    expect(isTeamPlaybookCheckDue(policy, status, null, NOW)).toBe(true);
  });
  it('is due without a policy only to withdraw what a policy pushed', () => {
    expect(isTeamPlaybookCheckDue(NO_POLICY, null, null, NOW)).toBe(false);
    expect(isTeamPlaybookCheckDue(NO_POLICY, null, current, NOW)).toBe(true);
    expect(isTeamPlaybookCheckDue(NO_POLICY, status, null, NOW)).toBe(true);
  });
});
