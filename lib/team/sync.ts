import Dexie from 'dexie';
import type { CrmCredentials } from '../crm/adapter';
import { CrmRequestError, NotCrmAnswerError, REQUEST_TIMEOUT_MS, type Fetch } from '../crm/http';
import { renewOnce } from '../crm/renew-once';
import type { CrmId } from '../crm/types';
import type { SopDatabase } from '../db/database';
import { dayKeysOf, dayRowChanges, type TeamDay } from './day-rows';
import { InvalidAnswerError } from './invalid-answer';
import { hubspotReader } from './read-hubspot';
import { pipedriveReader } from './read-pipedrive';
import { salesforceReader } from './read-salesforce';
import { zohoReader } from './read-zoho';
import type { TeamReader } from './reader';
import { EMPTY_CURSOR, type TeamActivity, type TeamSync, type TeamSyncFailure } from './types';

/** Every CRM's read API; the compiler refuses a CRM without one. */
export const TEAM_READERS: Record<CrmId, TeamReader> = { hubspot: hubspotReader, pipedrive: pipedriveReader, salesforce: salesforceReader, zoho: zohoReader };

export interface SyncProgress {
  records: number;
  requests: number;
  /** The CRM asked us to wait (429 with Retry-After) until this time; the read goes on after it. */
  waitingUntil?: number | undefined;
}

export interface SyncOptions {
  fetch: Fetch;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  timeoutMs?: number;
  /** A rate limit asking for a longer wait than this stops the read (resumable) instead of waiting. */
  maxWaitMs?: number;
  /** How many rate limits in a row are waited out before the read stops. */
  maxWaits?: number;
  onProgress?: (progress: SyncProgress) => void;
  /** A new token when the CRM refuses the session (Salesforce's refresh token), once a read; null when it cannot be renewed. */
  renew?: () => Promise<string | null>;
}

/** Retry-After missing: HubSpot's ten-second window. */
const DEFAULT_WAIT_MS = 10_000;

export function failureOf(error: unknown, at: number): TeamSyncFailure {
  if (error instanceof NotCrmAnswerError) return { kind: 'invalid-answer', status: error.status, detail: error.detail, at };
  if (error instanceof CrmRequestError) return { kind: error.kind, status: error.status, detail: error.detail, at, ...(error.retryAfterMs !== undefined ? { retryAt: at + error.retryAfterMs } : {}) };
  if (error instanceof InvalidAnswerError) return { kind: 'invalid-answer', detail: error.message.slice(0, 300), at };
  throw error;
}

/**
 * Stores a page and the cursor after it in one transaction: each activity's part of its day row
 * replaces the part of the version stored before, and a deleted activity takes its part away.
 */
async function storePage(db: SopDatabase, row: TeamSync, cursor: TeamSync['cursor'], activities: readonly TeamActivity[], removed: readonly string[]): Promise<TeamSync> {
  let next: TeamSync = { ...row, cursor };
  await db.transaction('rw', [db.teamActivities, db.teamSyncs, db.teamDays], async () => {
    const gone = removed.length > 0 ? (await db.teamActivities.bulkGet([...removed])).filter((a): a is TeamActivity => a !== undefined) : [];
    if (activities.length > 0 || gone.length > 0) {
      const before = await db.teamActivities.bulkGet(activities.map((a) => a.id));
      const keys = dayKeysOf([...before, ...activities, ...gone]);
      const existing = (await db.teamDays.bulkGet(keys)).filter((r): r is TeamDay => r !== undefined);
      await db.teamDays.bulkPut(dayRowChanges(existing, [...before, ...gone], activities));
      await db.teamActivities.bulkPut([...activities]);
      if (gone.length > 0) await db.teamActivities.bulkDelete(gone.map((a) => a.id));
      next = { ...next, cached: Math.max(0, (row.cached ?? 0) + before.filter((b) => b === undefined).length - gone.length) };
    }
    await db.teamSyncs.put(next);
  });
  return next;
}

/**
 * Reads the team's activities from a CRM into the cache, from where the last read stopped: page
 * after page, each page's records and the cursor after it in one transaction, so a read that stops
 * (a refusal, an outage, a timeout, a closed tab) loses nothing and the next one resumes there. A
 * rate limit is waited out (Retry-After, up to `maxWaitMs`). Resolves with the sync row as it ends:
 * `failure` says why it stopped, `syncedAt` when it last reached the end.
 */
export async function syncTeam(db: SopDatabase, crm: CrmId, credentials: CrmCredentials, options: SyncOptions): Promise<TeamSync> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  const maxWaits = options.maxWaits ?? 5;
  const timeoutMs = options.timeoutMs ?? REQUEST_TIMEOUT_MS;
  const startedAt = now();
  let requests = 0;
  let records = 0;
  const counted: Fetch = (url, init) => {
    requests++;
    return options.fetch(url, init);
  };
  const report = (waitingUntil?: number) => options.onProgress?.({ records, requests, waitingUntil });

  const live: CrmCredentials = { ...credentials };
  const renew = renewOnce(options.renew);
  /** Runs one request, waiting out rate limits the CRM names a short wait for, and renewing an expired session once. */
  const patiently = async <T>(run: () => Promise<T>): Promise<T> => {
    for (let waits = 0; ; waits++) {
      try {
        return await run();
      } catch (error) {
        if (error instanceof CrmRequestError && error.kind === 'auth') {
          // Renewed once a read (when the CRM gave a way to); refused again, or no way: the read stops.
          const fresh = await renew();
          if (fresh === null) throw error;
          live.token = fresh;
          continue;
        }
        if (!(error instanceof CrmRequestError) || error.kind !== 'rate-limit' || waits >= maxWaits) throw error;
        const wait = error.retryAfterMs ?? DEFAULT_WAIT_MS;
        if (wait > maxWaitMs) throw error;
        report(now() + wait);
        await sleep(wait);
      }
    }
  };

  let row: TeamSync = (await db.teamSyncs.get(crm)) ?? { crm, cursor: EMPTY_CURSOR, owners: {} };
  const finish = async (changes: Partial<TeamSync>): Promise<TeamSync> => {
    row = { ...row, ...changes, lastRun: { requests, records, startedAt, endedAt: now() } };
    await db.teamSyncs.put(row);
    return row;
  };
  try {
    const read = await patiently(() => TEAM_READERS[crm].begin(live, counted, timeoutMs));
    row = { ...row, owners: { ...row.owners, ...read.owners } };
    await db.teamSyncs.put(row);
    report();
    let restarted = false;
    for (;;) {
      const cursor = row.cursor;
      let page;
      try {
        page = await patiently(() => read.page(cursor));
      } catch (error) {
        // A paging token the CRM no longer knows (Salesforce's query locators expire): the same
        // query again from the newest change already stored, once.
        if (error instanceof CrmRequestError && error.kind === 'rejected' && cursor.page !== null && !restarted) {
          restarted = true;
          row = { ...row, cursor: { since: cursor.high ?? cursor.since, page: null, high: cursor.high } };
          continue;
        }
        throw error;
      }
      row = await storePage(db, row, page.cursor, page.activities, page.removed ?? []);
      records += page.activities.length;
      report();
      if (page.done) break;
    }
    if (read.removed) {
      const removed = await patiently(() => (read.removed ? read.removed() : Promise.resolve([])));
      row = await storePage(db, row, row.cursor, [], removed);
    }
    if (read.removedRemote) {
      const remote = new Set(await patiently(() => (read.removedRemote ? read.removedRemote() : Promise.resolve([]))));
      // Only when the CRM names deletions: the cached activities of this CRM are looked through once.
      const ids = remote.size > 0 ? (await db.teamActivities.where('[crm+at]').between([crm, Dexie.minKey], [crm, Dexie.maxKey]).filter((a) => remote.has(a.remoteId)).toArray()).map((a) => a.id) : [];
      if (ids.length > 0) row = await storePage(db, row, row.cursor, [], ids);
    }
    const { failure: _cleared, ...rest } = row;
    row = rest;
    return await finish({ syncedAt: now() });
  } catch (error) {
    return finish({ failure: failureOf(error, now()) });
  }
}
