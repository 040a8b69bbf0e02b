import type { SopDatabase } from '../db/database';
import { CRM_ADAPTERS } from './adapters';
import { CrmRequestError, type Fetch } from './http';
import { renewOnce } from './renew-once';
import type { CrmCredentials } from './adapter';
import type { CrmConnection, CrmFailure, CrmId, OutboxRow } from './types';

export interface DrainDeps {
  fetch: Fetch;
  now: () => number;
  /** The rep's token for a CRM (local extension storage), or null when there is none. */
  tokenOf: (crm: CrmId) => Promise<string | null>;
  /** Most activities one run sends per CRM (the next run takes the rest). */
  batch?: number;
  /**
   * A new token for a CRM whose session expired (Salesforce's refresh_token grant), or null when
   * it cannot be renewed; throws when the CRM refuses the renewal (`./renewal.ts`).
   */
  renew?: (crm: CrmId) => Promise<string | null>;
}

const BASE_BACKOFF_MS = 5_000;
const MAX_BACKOFF_MS = 30 * 60_000;
/** Salesforce's daily allowance is spent: its window rolls over hours, not seconds. */
const DAILY_LIMIT_HOLD_MS = 15 * 60_000;

/** 5 s, 10 s, 20 s … up to 30 minutes, with a tenth of jitter so many reps do not retry in step. */
export function backoffMs(attempts: number, random: number = Math.random()): number {
  const base = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (1 + random / 10));
}

/** The rows of one CRM due now, oldest first. */
function dueRows(db: SopDatabase, crm: CrmId, now: number, limit: number): Promise<OutboxRow[]> {
  return db.crmOutbox.where('[crm+state+nextAt]').between([crm, 'queued', -Infinity], [crm, 'queued', now], true, true).limit(limit).toArray();
}

/**
 * A row's send went through. When the row changed while its request was out (the rep corrected
 * the reading it reports: a new `revision`), it stays queued with the CRM's id, so the next send
 * updates that record with the correction instead of losing it. So does a corrected row sent
 * after a lost answer: the record the retry found by key may be the one an earlier revision wrote.
 */
async function markSent(db: SopDatabase, row: OutboxRow, remoteId: string, now: number): Promise<void> {
  const current = await db.crmOutbox.get(row.id);
  const foundMayBeOlder = row.uncertain && row.remoteId === undefined && (row.revision ?? 0) > 0;
  if (current && ((current.revision ?? 0) !== (row.revision ?? 0) || foundMayBeOlder)) await db.crmOutbox.update(row.id, { remoteId, uncertain: false, lastError: undefined, nextAt: now });
  else await db.crmOutbox.update(row.id, { state: 'sent', sentAt: now, remoteId, uncertain: false, lastError: undefined });
}

/**
 * Takes due rows for sending as they are now, said uncertain before the request leaves (if the
 * worker stops or the answer is lost, the next attempt looks first). Read again in the same
 * transaction as the panel's corrections (`./objection-heard.ts`) and the rep's switch: a row
 * withdrawn or no longer queued since the run listed it is left out, a corrected one goes as
 * corrected, and `stop` when logging was turned off or the CRM disconnected meanwhile. Each row
 * is returned as it was before this attempt.
 */
async function claim(db: SopDatabase, crm: CrmId, ids: readonly string[]): Promise<OutboxRow[] | 'stop'> {
  return db.transaction('rw', db.crmOutbox, db.crmConnections, async () => {
    const connection = await db.crmConnections.get(crm);
    if (!connection?.consent || connection.pause) return 'stop';
    const rows: OutboxRow[] = [];
    for (const id of ids) {
      const row = await db.crmOutbox.get(id);
      if (row?.state !== 'queued') continue;
      await db.crmOutbox.update(id, { attempts: row.attempts + 1, uncertain: true });
      rows.push(row);
    }
    return rows;
  });
}

async function setConnection(db: SopDatabase, crm: CrmId, change: Partial<CrmConnection>): Promise<void> {
  await db.crmConnections.update(crm, change);
}

/** A renewed token; or why the renewal failed (refused: `auth`; the CRM not reached: another kind); or null when it cannot be renewed (or was, this run). */
async function renewOrFailure(renew: () => Promise<string | null>, now: number): Promise<string | CrmFailure | null> {
  try {
    return await renew();
  } catch (error) {
    if (error instanceof CrmRequestError) return error.toFailure(now);
    return { kind: 'network', detail: error instanceof Error ? error.message : String(error), at: now };
  }
}

interface RunState {
  credentials: CrmCredentials;
  /** The run's one renewal of an expired session (`./renew-once.ts`). */
  renew: () => Promise<string | null>;
}

/**
 * What a failed request means for the run: `next` row (this one waits for the rep), `stop` (the
 * CRM is held or paused), or `again` (the session was renewed: the same row once more).
 */
async function onFailure(db: SopDatabase, connection: CrmConnection, row: OutboxRow, error: unknown, deps: DrainDeps, run: RunState): Promise<'next' | 'stop' | 'again'> {
  const failure = error instanceof CrmRequestError ? error : new CrmRequestError('network', undefined, error instanceof Error ? error.message : String(error));
  const now = deps.now();
  const lastError: CrmFailure = failure.toFailure(now);
  // Nothing reached the CRM for these (a network error may have been a dropped answer: it looks first).
  const certain = failure.kind === 'auth' || failure.kind === 'rate-limit' || failure.kind === 'no-record' || failure.kind === 'rejected';
  const uncertain = certain ? row.uncertain : true;
  if (failure.kind === 'auth') {
    await db.crmOutbox.update(row.id, { lastError, uncertain, attempts: row.attempts });
    // An expired session is renewed once a run (when the CRM gave a way to), and the row goes again.
    const fresh = await renewOrFailure(run.renew, now);
    if (typeof fresh === 'string') {
      run.credentials.token = fresh;
      return 'again';
    }
    if (fresh) {
      await db.crmOutbox.update(row.id, { lastError: fresh });
      if (fresh.kind === 'auth') await setConnection(db, connection.crm, { pause: fresh });
      else await setConnection(db, connection.crm, { holdUntil: now + backoffMs(row.attempts + 1) });
      return 'stop';
    }
    await setConnection(db, connection.crm, { pause: lastError });
    return 'stop';
  }
  if (failure.kind === 'no-record' || failure.kind === 'rejected') {
    await db.crmOutbox.update(row.id, { state: 'failed', lastError, uncertain });
    return 'next';
  }
  const daily = failure.kind === 'rate-limit' && failure.status === 403;
  // A rate limit that names its wait is held that long (at least a second); one that names none
  // (Zoho's 429 documents no header, and may mean its 24-hour credits are spent) backs off as an
  // outage does, 5 s up to 30 minutes, never once a second.
  const named = failure.retryAfterMs !== undefined;
  const wait = Math.max(failure.retryAfterMs ?? 0, daily ? DAILY_LIMIT_HOLD_MS : failure.kind === 'rate-limit' && named ? 1_000 : backoffMs(row.attempts + 1));
  // The whole CRM waits (the row keeps its place: activities reach the timeline in order).
  await db.crmOutbox.update(row.id, { lastError, uncertain });
  await setConnection(db, connection.crm, { holdUntil: now + wait });
  return 'stop';
}

/**
 * Several due rows none of which may have landed, in one batch request (HubSpot's batch create):
 * what the answer names is sent, a person the CRM does not have waits for the rep, the rest stays
 * queued and uncertain (looked for by key before it is written again). A batch the CRM refuses as
 * a whole (a field it does not have) is sent row by row after it, so each row says its own
 * problem; any other failure holds or pauses the CRM as one row's would.
 */
async function drainBatch(db: SopDatabase, connection: CrmConnection, listed: readonly OutboxRow[], deps: DrainDeps, run: RunState): Promise<{ sent: number; stop: boolean }> {
  const adapter = CRM_ADAPTERS[connection.crm];
  if (!adapter.sendBatch) return { sent: 0, stop: false };
  const rows = await claim(db, connection.crm, listed.map((r) => r.id));
  if (rows === 'stop') return { sent: 0, stop: true };
  const first = rows[0];
  if (!first) return { sent: 0, stop: false };
  let sent = 0;
  try {
    const outcome = await adapter.sendBatch(rows.map((r) => r.activity), run.credentials, deps.fetch);
    const now = deps.now();
    await db.transaction('rw', db.crmOutbox, async () => {
      for (const row of rows) {
        const remoteId = outcome.sent.get(row.activity.key);
        const refused = outcome.refused.get(row.activity.key);
        if (remoteId) {
          await markSent(db, row, remoteId, now);
          sent++;
        } else if (refused) await db.crmOutbox.update(row.id, { state: 'failed', lastError: refused.toFailure(now), uncertain: false });
        else if (outcome.skipped.has(row.activity.key)) await db.crmOutbox.update(row.id, { uncertain: row.uncertain, attempts: row.attempts });
      }
    });
    return { sent, stop: false };
  } catch (error) {
    const whole = error instanceof CrmRequestError && error.kind === 'rejected';
    const certain = error instanceof CrmRequestError && (error.kind === 'auth' || error.kind === 'rate-limit' || error.kind === 'rejected');
    // Nothing of a refused or rate-limited batch landed; after a lost answer every row looks first.
    await db.transaction('rw', db.crmOutbox, async () => {
      for (const row of rows) await db.crmOutbox.update(row.id, { uncertain: certain ? row.uncertain : true, ...(whole ? { attempts: row.attempts } : {}) });
    });
    if (whole) return { sent: 0, stop: false };
    const next = await onFailure(db, connection, first, error, deps, run);
    return { sent: 0, stop: next !== 'again' };
  }
}

/**
 * Rows that may have landed (an outage or a lost answer caught them), looked for by key together
 * where the CRM can (`findByKeys`: Zoho, ten keys a search): one found is sent with the CRM's id,
 * one not found (and never corrected) cannot have landed and joins the batch that follows instead
 * of going one by one (a look-up and a write each). A failure holds or pauses the CRM as a send's
 * would, counted as an attempt of the first row (its backoff grows); the rows stay queued and uncertain.
 */
async function settleUncertain(db: SopDatabase, connection: CrmConnection, rows: readonly OutboxRow[], deps: DrainDeps, run: RunState): Promise<{ sent: number; stop: boolean }> {
  const adapter = CRM_ADAPTERS[connection.crm];
  const unsure = rows.filter((r) => r.uncertain && !r.remoteId).slice(0, adapter.batchSize ?? 0);
  const first = unsure[0];
  if (!adapter.findByKeys || !first) return { sent: 0, stop: false };
  let found: Map<string, string>;
  try {
    found = await adapter.findByKeys(unsure.map((r) => r.activity.key), run.credentials, deps.fetch);
  } catch (error) {
    // Nothing was written; the look-up counts as the first row's attempt (as a claim would), so an
    // outage or a 429 that names no wait backs off longer each run instead of at one pace.
    await db.crmOutbox.update(first.id, { attempts: first.attempts + 1 });
    const next = await onFailure(db, connection, first, error, deps, run);
    return { sent: 0, stop: next === 'stop' };
  }
  const now = deps.now();
  let sent = 0;
  await db.transaction('rw', db.crmOutbox, async () => {
    for (const row of unsure) {
      // Changed meanwhile (withdrawn, corrected, sent): left as it is now.
      const current = await db.crmOutbox.get(row.id);
      if (current?.state !== 'queued' || !current.uncertain || current.remoteId || (current.revision ?? 0) !== (row.revision ?? 0)) continue;
      const remoteId = found.get(row.activity.key);
      if (remoteId) {
        await markSent(db, current, remoteId, now);
        sent++;
        continue;
      }
      // A corrected row not found stays unsure and goes alone: should the search have missed its
      // first write, the insert Zoho refuses by key names a record of an older revision, which a
      // batch would count as sent, losing the correction (alone, `markSent` keeps it to update).
      if ((current.revision ?? 0) === 0) await db.crmOutbox.update(row.id, { uncertain: false });
    }
  });
  return { sent, stop: false };
}

/**
 * Sends what is due for one CRM, in order. A success marks the row sent with the CRM's id. A
 * rate limit or an outage holds the whole CRM until the wait the CRM asked for (or the backoff
 * by the row's attempts) and leaves the row queued in its place; a refused token is renewed once
 * where the CRM allows it (Salesforce's refresh token) and the row sent again, else (or when the
 * renewal is refused) pauses the connection until the rep reconnects; a person the CRM does not
 * have, or a write it rejects, waits for the rep (failed, with retry). Where the CRM has a batch
 * create, two or more rows due at once that cannot have landed go in one request. Nothing is ever
 * deleted.
 */
async function drainOne(db: SopDatabase, connection: CrmConnection, token: string, deps: DrainDeps): Promise<number> {
  const adapter = CRM_ADAPTERS[connection.crm];
  const { renew } = deps;
  const run: RunState = { credentials: { apiBase: connection.apiBase, token, ownerId: connection.ownerId }, renew: renewOnce(renew ? () => renew(connection.crm) : undefined) };
  const limit = deps.batch ?? 50;
  let sent = 0;
  let rows = await dueRows(db, connection.crm, deps.now(), limit);
  if (adapter.findByKeys && adapter.sendBatch && rows.length >= 2) {
    const checked = await settleUncertain(db, connection, rows, deps, run);
    sent += checked.sent;
    if (checked.stop) return sent;
    rows = await dueRows(db, connection.crm, deps.now(), limit - checked.sent);
  }
  // A row that updates a record already written (a corrected reading) goes on its own.
  const fresh = rows.filter((r) => !r.uncertain && !r.remoteId).slice(0, adapter.batchSize ?? 0);
  if (adapter.sendBatch && fresh.length >= 2) {
    const batch = await drainBatch(db, connection, fresh, deps, run);
    sent += batch.sent;
    if (batch.stop) return sent;
    rows = await dueRows(db, connection.crm, deps.now(), limit - batch.sent);
  }
  for (let i = 0; i < rows.length; i++) {
    const listed = rows[i];
    if (!listed) break;
    const claimed = await claim(db, connection.crm, [listed.id]);
    if (claimed === 'stop') return sent;
    const row = claimed[0];
    if (!row) continue;
    try {
      const { remoteId } = await adapter.send(row.activity, run.credentials, deps.fetch, { uncertain: row.uncertain, remoteId: row.remoteId });
      await db.transaction('rw', db.crmOutbox, () => markSent(db, row, remoteId, deps.now()));
      sent++;
    } catch (error) {
      const next = await onFailure(db, connection, row, error, deps, run);
      if (next === 'stop') return sent;
      if (next === 'again') i--;
    }
  }
  return sent;
}

/**
 * One run of the outbox over every connected CRM whose logging is on, not paused and not held.
 * Resolves with the time of the next row due (for the alarm), or null when nothing waits.
 */
export async function drainOutbox(db: SopDatabase, deps: DrainDeps): Promise<{ sent: number; nextAt: number | null }> {
  let sent = 0;
  for (const connection of await db.crmConnections.toArray()) {
    if (!connection.consent || connection.pause || (connection.holdUntil ?? 0) > deps.now()) continue;
    const token = await deps.tokenOf(connection.crm);
    if (!token) continue;
    sent += await drainOne(db, connection, token, deps);
  }
  return { sent, nextAt: await nextDue(db) };
}

/** When the outbox next has something to do: the earliest queued row of a CRM that may send, after its hold. */
export async function nextDue(db: SopDatabase): Promise<number | null> {
  let next: number | null = null;
  for (const connection of await db.crmConnections.toArray()) {
    if (!connection.consent || connection.pause) continue;
    const first = await db.crmOutbox.where('[crm+state+nextAt]').between([connection.crm, 'queued', -Infinity], [connection.crm, 'queued', Infinity]).first();
    if (!first) continue;
    const at = Math.max(first.nextAt, connection.holdUntil ?? 0);
    next = next === null ? at : Math.min(next, at);
  }
  return next;
}

/** The rep's retry: failed rows of the CRM (or one row) go back in the queue now, and the CRM's hold is lifted. */
export async function retryNow(db: SopDatabase, crm: CrmId, now: number, rowId?: string): Promise<void> {
  await db.transaction('rw', db.crmOutbox, db.crmConnections, async () => {
    const rows = rowId ? (await db.crmOutbox.get(rowId)) : undefined;
    const targets = rowId ? (rows && rows.state !== 'sent' ? [rows] : []) : await db.crmOutbox.where('[crm+state+nextAt]').between([crm, 'failed', -Infinity], [crm, 'queued', Infinity]).filter((r) => r.state !== 'sent').toArray();
    for (const row of targets) await db.crmOutbox.update(row.id, { state: 'queued', nextAt: now });
    await db.crmConnections.update(crm, { holdUntil: undefined });
  });
}
