import Dexie, { type DBCore, type DBCoreMutateRequest, type EntityTable } from 'dexie';
import { withContactKeys } from '../contacts/contact-keys';
import type { Contact } from '../contacts/schema';
import type { StoredDeal } from '../deals/deal';
import type { StoredTouch } from '../touches/touch';
import type { TabState } from './tab-state';
import type { CrmConnection, OutboxRow } from '../crm/types';
import type { TeamDay } from '../team/day-rows';
import type { TeamActivity, TeamSync } from '../team/types';
import { dashboardMarks } from './dashboard-marks';
import { contactSearchMarks } from './contact-search-marks';
import { markDatabaseOutdated } from './outdated';
import type { DashContribution, DashDay, DashDirty, DrillAnswer, JudgedPath, MetaRecord, Note, QueueEntry, ReaderCorrection, StoredMerge, StoredPlaybook, TrackUse } from './records';

/**
 * Every contact written (put, add, modify, merge, import) carries its search and merge keys
 * (`contactKeysOf`): computed from the record itself as it is stored, so no write path can
 * forget them and none needs to read first.
 */
function contactKeysMiddleware(down: DBCore): DBCore {
  return {
    ...down,
    table(name) {
      const table = down.table(name);
      if (name !== 'contacts') return table;
      return {
        ...table,
        mutate(request: DBCoreMutateRequest) {
          if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
          return table.mutate({ ...request, values: request.values.map((value: Contact) => withContactKeys(value)) });
        },
      };
    },
  };
}

/**
 * The one local database. Only the background and extension pages open it: a content script's
 * IndexedDB would belong to the site's origin. Schema versions are append-only; a new version
 * gets its own `version(n)` call with an `upgrade()` where data must move.
 */
/** The progress record that says a store still has contacts without their keys (filled after opening: lib/contacts/backfill-keys.ts). */
const KEYS_PENDING = (total: number, at: number): MetaRecord => ({ key: 'contactKeys', state: 'building', indexed: 0, total, at });

export class SopDatabase extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  /** What each open tab shows, so the panel beside it can follow along. Cleared at start-up. */
  tabStates!: EntityTable<TabState, 'tabId'>;
  /** Contact attempts and replies, for cadence tracking. */
  touches!: EntityTable<StoredTouch, 'id'>;
  /** The team's own playbook, when one was imported (id `team`). */
  playbooks!: EntityTable<StoredPlaybook, 'id'>;
  /** Merges of two contacts into one, kept so each can be undone. */
  merges!: EntityTable<StoredMerge, 'id'>;
  /** The rep's notes on a contact. */
  notes!: EntityTable<Note, 'id'>;
  /** Which talk track a rep used for which objection (the dashboard counts wins per track). */
  trackUses!: EntityTable<TrackUse, 'id'>;
  /** A trainee's drill answers. */
  drillAnswers!: EntityTable<DrillAnswer, 'id'>;
  /** CRM deals and accounts as last read. */
  deals!: EntityTable<StoredDeal, 'id'>;
  /** The rep's corrections of the reply reader ("not price: budget"), read as nearest examples. */
  readerCorrections!: EntityTable<ReaderCorrection, 'id'>;
  /** Today as an index: one row per deal and per person on no open deal, with its next due day and tier (lib/situation/queue-index.ts). */
  queue!: EntityTable<QueueEntry, 'key'>;
  /** Where the panel put each row of Today's index, each time that changed (the dashboard's funnel and KPIs follow it). */
  judgedPaths!: EntityTable<JudgedPath, 'key'>;
  /** Bookkeeping of derived indexes (how far Today's index is built). */
  meta!: EntityTable<MetaRecord, 'key'>;
  /** The dashboard's maintained aggregates: one row of counts per local day (lib/dashboard/aggregates.ts). */
  dashDays!: EntityTable<DashDay, 'day'>;
  /** What each person, deal and day of drills adds to those rows, so a change replaces its own part. */
  dashContribs!: EntityTable<DashContribution, 'key'>;
  /** Parts a write changed, marked in the write's transaction, folded in before the dashboard reads. */
  dashDirty!: EntityTable<DashDirty, 'key'>;
  /** Activities waiting for, or already written to, the rep's CRM (one row per activity and CRM; lib/crm/). */
  crmOutbox!: EntityTable<OutboxRow, 'id'>;
  /** The CRMs the rep connected, with their consent and pause state (tokens live in local extension storage). */
  crmConnections!: EntityTable<CrmConnection, 'crm'>;
  /** The team's activities read back from the CRM for the manager's dashboard (lib/team/). */
  teamActivities!: EntityTable<TeamActivity, 'id'>;
  /** Per CRM: where that read stands (its cursor), the owners' names and how the last read went. */
  teamSyncs!: EntityTable<TeamSync, 'crm'>;
  /** The team's counts per CRM, local day and owner, kept with the activities (what the team view sums). */
  teamDays!: EntityTable<TeamDay, 'key'>;

  constructor(name = 'sop-copilot') {
    super(name);
    this.version(1).stores({
      contacts: 'id, *identities, capturedAt, stage, name',
      tabStates: 'tabId',
    });
    this.version(2).stores({
      touches: '++id, contactId, at',
      playbooks: 'id',
    });
    // Touches read from a page carry the site's message id, so a thread re-read adds nothing.
    this.version(3).stores({
      touches: '++id, contactId, at, &messageKey',
    });
    this.version(4).stores({
      merges: '++id, targetId, at',
    });
    this.version(5).stores({
      notes: '++id, contactId, at',
      trackUses: '++id, contactId, trackId, objection, at',
      drillAnswers: '++id, at, questionId',
    });
    this.version(6).stores({
      deals: 'id, capturedAt, *contactIds',
    });
    this.version(7).stores({
      readerCorrections: '++id, at',
    });
    // Bounded reads at any size: a contact's newest touches by [contactId+at]; merge suggestions
    // by the folded name; search by folded words and their tails; the stage filter in recency
    // order; Today read by [tier+due] ranges. The upgrade itself only builds the indexes and marks
    // what is left to fill: the contacts' search and merge keys (`backfillContactKeys`) and
    // Today's index (`ensureQueueBuilt`, which needs the judgment) are filled after opening, in
    // resumable batches, with progress the panel shows; a store of 100,000 contacts opens in
    // seconds instead of minutes.
    this.version(8)
      .stores({
        contacts: 'id, *identities, capturedAt, stage, name, nameKey, *searchWords, [stage+capturedAt]',
        touches: '++id, contactId, at, &messageKey, [contactId+at]',
        queue: 'key, [tier+due], contactId, dealId',
        meta: 'key',
      })
      .upgrade(async (tx) => {
        const total = await tx.table<Contact>('contacts').count();
        if (total > 0) await tx.table<MetaRecord>('meta').put(KEYS_PENDING(total, Date.now()));
      });
    // The dashboard's aggregates, maintained: per-day counts, each part's contribution, and the
    // parts every write marks in its own transaction. Built after opening from the data already
    // there (`bringAggregatesCurrent`, resumable, in batches), as Today's index is.
    this.version(9).stores({
      dashDays: 'day',
      dashContribs: 'key',
      dashDirty: 'key',
    });
    // Version 10 adds the CRM outbox: rows read per CRM and state in send order, and each CRM's
    // connection (read inside the writes that enqueue).
    this.version(10).stores({
      crmOutbox: 'id, [crm+state+nextAt], [crm+state+createdAt]',
      crmConnections: 'crm',
    });
    // Version 11 adds the team's activities read back from the CRM (by CRM and time, for a period)
    // with their counts per day and owner, and each CRM's read cursor. Nothing to move: all start empty.
    this.version(11).stores({
      teamActivities: 'id, [crm+at]',
      teamSyncs: 'crm',
      teamDays: 'key, [crm+day]',
    });
    // Version 12: Today's rows carry where the panel puts them (the judgment's stage, a CRM stage the
    // playbook does not map, a conversation ahead of its CRM record), indexed so the dashboard counts
    // them as the panel shows them without reading rows. Rows written before have none of it: Today's
    // index is built again after opening (resumable, with progress, as after version 8).
    this.version(12)
      .stores({ queue: 'key, [tier+due], contactId, dealId, stage, ahead, unmapped' })
      .upgrade(async (tx) => {
        await tx.table<MetaRecord>('meta').delete('queue');
      });
    // Version 13: where the panel put each row, each time that changed (written where Today's index
    // re-judges a row). Seeded from what the store has: a deal's row and a person the panel shows
    // past their recorded stage start a path with the stage Today's row has now (a CRM stage not
    // mapped: null), dated when the record was last read or moved, so every stage recorded before
    // stays in the path; other rows follow their records until their stage changes.
    this.version(13)
      .stores({ judgedPaths: 'key' })
      .upgrade(async (tx) => {
        const queue = tx.table<QueueEntry, string>('queue');
        const [dealRows, aheadRows] = await Promise.all([queue.orderBy('dealId').toArray(), queue.orderBy('ahead').toArray()]);
        const people = aheadRows.filter((row) => row.dealId === undefined && row.contactId !== undefined && row.stage !== undefined);
        const [deals, contacts] = await Promise.all([
          tx.table<StoredDeal, string>('deals').bulkGet(dealRows.map((row) => row.dealId ?? '')),
          tx.table<Contact, string>('contacts').bulkGet(people.map((row) => row.contactId ?? '')),
        ]);
        const seeds: JudgedPath[] = [];
        dealRows.forEach((row, i) => {
          const deal = deals[i];
          if (!deal) return;
          const at = Math.max(deal.capturedAt, deal.statusAt ?? -Infinity, ...(deal.stageHistory ?? []).map((entry) => entry.at));
          seeds.push({ key: row.key, path: [{ stage: row.stage ?? null, at }] });
        });
        people.forEach((row, i) => {
          const contact = contacts[i];
          if (contact && row.stage) seeds.push({ key: row.key, path: [{ stage: row.stage, at: Math.max(contact.capturedAt, contact.stageChangedAt) }] });
        });
        await tx.table<JudgedPath, string>('judgedPaths').bulkPut(seeds);
        // Their parts of the dashboard's aggregates are counted again (an upgrade's writes mark nothing by themselves).
        await tx.table<DashDirty, string>('dashDirty').bulkPut(seeds.map(({ key }) => ({ key })));
      });
    // Version 14: a contact keeps the tier the panel's judgment gives them where their record alone scores another
    // (`Contact.tier`: a demo they answered, a stage their thread shows), written where Today's index judges,
    // so the Contacts tier filter and the dashboard's cadence list them under the header's tier without judging.
    // Nothing to index; the judgment fills it: Today's index is built again after opening (resumable, as after version 12).
    this.version(14)
      .stores({})
      .upgrade(async (tx) => {
        await tx.table<MetaRecord>('meta').delete('queue');
      });
    // Version 15: a contact keeps the stage the panel's judgment shows them at where it is not their recorded one
    // (`Contact.judgedStage`: a demo they answered is Presentation), written where Today's index judges, so the
    // Contacts stage filter lists them under the header's stage without judging. Indexed with `capturedAt` beside
    // [stage+capturedAt] (only the few who keep one are in it): a stage filtered walks both, a page's worth each, where
    // a walk of capturedAt filtered reads the whole store for a stage few are at. Today's index is built again to fill it.
    this.version(15)
      .stores({ contacts: 'id, *identities, capturedAt, stage, name, nameKey, *searchWords, [stage+capturedAt], [judgedStage+capturedAt]' })
      .upgrade(async (tx) => {
        await tx.table<MetaRecord>('meta').delete('queue');
      });
    // A newer version of the extension opening the store waits for every connection to close. Dexie's
    // own answer closes and then reopens the upgraded store on the next read, so this page's older
    // code would go on writing records of the old shape into it; a page lets it go for good and asks
    // to be reloaded instead. (A deleted store, newVersion null, is reopened as before.)
    // Returning false keeps Dexie's own handler (which runs after this one) from turning auto-open back on.
    this.on('versionchange', (event) => {
      if (typeof document === 'undefined' || !event.newVersion) return undefined;
      this.close({ disableAutoOpen: true });
      markDatabaseOutdated();
      return false;
    });
    this.use({ stack: 'dbcore', name: 'contact-keys', create: contactKeysMiddleware });
    this.use({ stack: 'dbcore', name: 'dashboard-marks', create: dashboardMarks });
    // Every write to contacts marks them for the Contacts search's saved snapshot (lib/contacts/search-snapshot.ts).
    this.use({ stack: 'dbcore', name: 'contact-search-marks', create: contactSearchMarks });
  }
}

let instance: SopDatabase | undefined;

/** The database of this extension context, opened on first use. */
export function getDatabase(): SopDatabase {
  instance ??= new SopDatabase();
  return instance;
}
