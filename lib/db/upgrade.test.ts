import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { backfillContactKeys } from '../contacts/backfill-keys';
import { contactKeysOf, withoutContactKeys } from '../contacts/contact-keys';
import { ensureQueueBuilt } from '../situation/queue-index';
import { todayEntries } from '../situation/today-index';
import { bringAggregatesCurrent, readDays } from '../dashboard/aggregates';
import { computeDashboard } from '../dashboard/compute';
import { dashboardFromDays } from '../dashboard/from-days';
import { periodOf } from '../dashboard/input';
import { DEFAULT_PLAYBOOK } from '../playbook/default-playbook';
import type { Contact } from '../contacts/schema';
import { SopDatabase } from './database';
import { readUpkeepState, updateProgress } from './upkeep-state';
import { SCHEMA_HISTORY as HISTORY } from './schema-history';


/** A database as a build of schema version `n` made it. */
function databaseAt(name: string, n: number): Dexie {
  const db = new Dexie(name);
  HISTORY.slice(0, n).forEach((stores, i) => db.version(i + 1).stores(stores));
  return db;
}

const NOW = Date.UTC(2026, 0, 15);
const DAY = 86_400_000;

/** Records a build of version `n` would have written, one or more per table it had. */
const contacts = Array.from({ length: 25 }, (_, i) => ({ id: `c${i}` }));

async function fill(db: Dexie, n: number): Promise<Record<string, number>> {
  const written: Record<string, number> = {};
  const put = async (table: string, rows: object[]) => {
    await db.table(table).bulkAdd(rows);
    written[table] = rows.length;
  };
  const contacts = Array.from({ length: 25 }, (_, i) => ({
    id: `c${i}`,
    identities: [`linkedin:person-${i}`],
    sources: ['linkedin'],
    name: i === 5 ? '王小明' : `Person ${i}`,
    ...(i % 3 === 0 ? { company: `Acme ${i}`, email: `p${i}@acme.example` } : {}),
    stage: 'prospect',
    stageChangedAt: NOW,
    createdAt: NOW,
    capturedAt: NOW + i,
  }));
  // A build of version 8 or later keeps the search and merge keys on every contact it writes.
  await put('contacts', n >= 8 ? contacts.map((c) => ({ ...c, ...contactKeysOf(c) })) : contacts);
  if (n >= 2) await put('touches', contacts.map((c, i) => ({ contactId: c.id, at: NOW + i, direction: 'outbound', channel: 'linkedin', ...(n >= 3 ? { messageKey: `linkedin:m${i}` } : {}) })));
  if (n >= 4) await put('merges', [{ targetId: 'c0', absorbed: { id: 'cx' }, at: NOW }]);
  if (n >= 5) {
    await put('notes', [{ contactId: 'c1', at: NOW, text: 'Prefers WeChat.' }]);
    await put('trackUses', [{ contactId: 'c2', objection: 'price', trackId: 'price-roi', at: NOW }]);
    await put('drillAnswers', [{ at: NOW, questionId: 'q1', correct: true }]);
  }
  if (n >= 6) await put('deals', [{ id: 'salesforce:deal:006', crm: 'salesforce', contactIds: ['c3'], createdAt: NOW, capturedAt: NOW + DAY, record: { type: 'deal', recordId: '006', name: 'D', contacts: [], activity: [], fields: [] } }]);
  if (n >= 7) await put('readerCorrections', [{ at: NOW, text: 'We already work with Acme.', from: 'need', to: 'competitor' }]);
  if (n >= 12) {
    // Where the panel puts them (schema 12): c0's thread past their recorded stage, the deal in a CRM stage not mapped, c4 where recorded.
    await put('queue', [
      { key: 'contact:c0', contactId: 'c0', tier: 2, due: NOW, stage: 'present', ahead: 'present' },
      { key: 'contact:c4', contactId: 'c4', tier: 2, due: NOW, stage: 'prospect' },
      { key: 'deal:salesforce:deal:006', dealId: 'salesforce:deal:006', contactId: 'c3', tier: 2, due: NOW, unmapped: 'Security review' },
    ]);
    await put('meta', [{ key: 'queue', state: 'done', indexed: 25, total: 25, at: NOW }]);
  } else if (n >= 8) {
    await put('queue', [{ key: 'contact:c0', contactId: 'c0', tier: 2, due: NOW }]);
    await put('meta', [{ key: 'queue', state: 'done', indexed: 25, total: 25, at: NOW }]);
  }
  if (n >= 9) await put('dashDirty', [{ key: 'contact:c0' }]);
  if (n >= 10) {
    await put('crmConnections', [{ crm: 'hubspot', apiBase: 'https://api.hubapi.com', connectedAt: NOW, consent: true, consentAt: NOW, account: 'HubSpot 4471209' }]);
    await put('crmOutbox', [{ id: 'o1', crm: 'hubspot', state: 'sent', createdAt: NOW, nextAt: NOW, attempts: 1, uncertain: false, sentAt: NOW, remoteId: '9001', activity: { key: 'k1', at: NOW, event: { kind: 'touch', direction: 'outbound', channel: 'email' }, contact: { id: 'c0', name: 'Person 0' }, recordIds: {}, stage: 'prospect', tier: 'B', playbookVersion: 'default' } }]);
  }
  if (n >= 13) await put('judgedPaths', [{ key: 'contact:c1', path: [{ stage: 'qualify', at: NOW + DAY }] }]);
  if (n >= 11) {
    await put('teamActivities', [{ id: 'hubspot:k1', crm: 'hubspot', remoteId: '9001', at: NOW, modifiedAt: NOW, owner: '7001', event: 'touch', stage: 'prospect', tier: 'B', playbookVersion: 'default', direction: 'outbound', channel: 'email', trackId: '', objection: '' }]);
    await put('teamDays', [{ key: 'hubspot|20468|7001', crm: 'hubspot', day: 20468, owner: '7001', sent: 1, replies: 0, stageMoves: 0, signed: 0, tracks: 0, stages: {}, objections: {} }]);
    await put('teamSyncs', [{ crm: 'hubspot', cursor: { since: '2026-01-15T00:00:00.000Z', page: null, high: '2026-01-15T00:00:00.000Z' }, owners: { '7001': 'Ana Alves' }, syncedAt: NOW }]);
  }
  return written;
}

describe('a store written by every earlier schema version opens in today’s build with every record', () => {
  for (let n = 1; n <= HISTORY.length; n++) {
    it(`version ${n}`, async () => {
      const name = `upgrade-from-${n}`;
      const old = databaseAt(name, n);
      await old.open();
      const written = await fill(old, n);
      const before: Record<string, unknown[]> = {};
      for (const table of Object.keys(written)) before[table] = await old.table(table).toArray();
      old.close();

      const current = new SopDatabase(name);
      await current.open();
      for (const [table, count] of Object.entries(written)) {
        const rows = await current.table(table).toArray();
        // Version 12 asks for Today's index to be built again (its rows carry where the panel puts
        // them now), and so do versions 14 and 15 (the judgment keeps the tier and the stage it gives a contact on
        // them): the bookkeeping row that said it was built is gone, the index is rebuilt below.
        if (table === 'meta' && n < 15) {
          expect(rows, table).toEqual([]);
          continue;
        }
        // Version 13 adds a judged path to the rows Today placed (below) and marks their parts of the
        // dashboard to count again; the paths and marks written before are kept.
        if (table === 'judgedPaths' || table === 'dashDirty') {
          expect(rows, table).toEqual(expect.arrayContaining(before[table] ?? []));
          continue;
        }
        expect(rows, table).toHaveLength(count);
        // Every record as it was; contacts carry their search and merge keys besides (version 8).
        expect(table === 'contacts' ? rows.map(withoutContactKeys) : rows, table).toEqual(table === 'contacts' ? (before[table] as object[] | undefined)?.map(withoutContactKeys) : before[table]);
      }
      // The indexes today's code queries work on the old records.
      expect(await current.contacts.where('identities').equals('linkedin:person-7').count()).toBe(1);
      if (n >= 2) expect(await current.touches.where('contactId').equals('c7').count()).toBe(1);
      // Version 8's upgrade only marks the keys to fill; they are filled after opening, in batches.
      if (n < 8) {
        expect(await current.meta.get('contactKeys')).toMatchObject({ state: 'building', indexed: 0, total: 25 });
        expect(await backfillContactKeys(current)).toBe(true);
        expect(await current.meta.get('contactKeys')).toMatchObject({ state: 'done', indexed: 25, total: 25 });
      } else {
        expect(await backfillContactKeys(current)).toBe(false);
      }
      for (const contact of await current.contacts.toArray()) expect(contact).toMatchObject(contactKeysOf(contact));
      expect((await current.contacts.where('searchWords').startsWith('小明').toArray()).map((c) => c.id)).toEqual(['c5']);
      expect((await current.contacts.where('searchWords').startsWith('acme.ex').primaryKeys()).sort()).toEqual(['c0', 'c12', 'c15', 'c18', 'c21', 'c24', 'c3', 'c6', 'c9']);
      expect(await current.contacts.where('nameKey').equals('person 7').count()).toBe(1);
      if (n >= 2) expect(await current.touches.where('[contactId+at]').between(['c7', Dexie.minKey], ['c7', Dexie.maxKey]).count()).toBe(1);
      // Today's index is built from the upgraded store: every contact gets its next due day.
      if (n < 12) {
        await ensureQueueBuilt(current);
        expect(await current.queue.count()).toBe(25);
        expect((await current.queue.toArray()).filter((e) => e.stage === undefined)).toEqual([]);
        expect((await current.meta.get('queue'))?.state).toBe('done');
        const due = await todayEntries(current, NOW + 365 * 86_400_000, 100);
        expect(due.map((e) => e.contactId).sort()).toEqual(contacts.map((c) => c.id).sort());
      }
      // Version 13 seeds where the panel put each row from Today's rows of version 12: the person past
      // their recorded stage and every deal row (a CRM stage not mapped: null), dated when the record
      // was last read or moved; a row where its record stands has no path (it follows the record).
      if (n === 12) {
        expect(await current.judgedPaths.toArray()).toEqual([
          { key: 'contact:c0', path: [{ stage: 'present', at: NOW }] },
          { key: 'deal:salesforce:deal:006', path: [{ stage: null, at: NOW + DAY }] },
        ]);
      }
      // The dashboard's aggregates (version 9) are built from the records already there and equal the dashboard computed from them.
      await bringAggregatesCurrent(current, DEFAULT_PLAYBOOK, undefined, NOW);
      const period = periodOf(365, NOW);
      const [contactRows, deals, touches, trackUses, drillAnswers, judgedRows] = await Promise.all([current.contacts.toArray(), current.deals.toArray(), current.touches.toArray(), current.trackUses.toArray(), current.drillAnswers.toArray(), current.judgedPaths.toArray()]);
      const judged = new Map(judgedRows.map((row) => [row.key, row.path]));
      const dashboard = dashboardFromDays(await readDays(current, period), DEFAULT_PLAYBOOK, period);
      expect(dashboard).toEqual(computeDashboard({ contacts: contactRows, deals, touches, trackUses, drillAnswers, judged, playbook: DEFAULT_PLAYBOOK, period }));
      if (n === 12) {
        // The funnel follows the panel: c0 entered Presentation; the deal in a stage not mapped is a lead in no stage.
        expect(dashboard.funnel.rows.find((row) => row.stage === 'present')?.entered).toBe(1);
        expect(dashboard.kpis.newLeads).toBe(contactRows.filter((c) => c.id !== 'c3').length + 1);
      }
      if (n >= 2) expect(dashboard.cadence.perDay.reduce((sum, d) => sum + d.outbound, 0)).toBe(25);
      expect(await current.dashDirty.count()).toBe(0);
      current.close();
      await Dexie.delete(name);
    });
  }

  it('fills the keys of an upgraded store in batches that survive an interruption: none twice, none lost, every record kept', async () => {
    const name = 'upgrade-interrupted';
    const old = databaseAt(name, 7);
    await old.open();
    const many = Array.from({ length: 1_050 }, (_, i) => ({ id: `p${String(i).padStart(4, '0')}`, identities: [`linkedin:p-${i}`], sources: ['linkedin'], name: `Person ${i}`, company: i % 2 ? 'Huachen Retail' : '華辰零售', stage: 'prospect', stageChangedAt: NOW, createdAt: NOW, capturedAt: NOW }));
    await old.table('contacts').bulkAdd(many);
    old.close();

    const current = new SopDatabase(name);
    await current.open();
    // The worker or panel closes after the second batch (here: the run stops with an error).
    const seen: number[] = [];
    await expect(
      backfillContactKeys(current, (progress) => {
        seen.push(progress.indexed);
        if (seen.length === 2) throw new Error('closed');
      }),
    ).rejects.toThrow('closed');
    const halfway = await current.meta.get('contactKeys');
    expect(halfway).toMatchObject({ state: 'building', indexed: 400, total: 1_050, after: 'p0399' });
    expect(await current.contacts.where('searchWords').startsWith('huachen').count()).toBe(200);
    // A contact captured meanwhile is written with its keys at once.
    await current.contacts.put({ ...(many[1_000] as (typeof many)[number]), name: 'Wang Xiaoming' } as unknown as Contact);
    expect(await current.contacts.where('searchWords').startsWith('xiaoming').count()).toBe(1);
    // The next run resumes where it stopped.
    const resumed: number[] = [];
    expect(await backfillContactKeys(current, (progress) => resumed.push(progress.indexed))).toBe(true);
    expect(resumed).toEqual([600, 800, 1_000, 1_050, 1_050]);
    expect(await current.contacts.count()).toBe(1_050);
    for (const contact of await current.contacts.toArray()) expect(contact).toMatchObject(contactKeysOf(contact));
    // Traditional and Simplified fold together: 華辰 is found as 华辰, and by its Latin name.
    expect(await current.contacts.where('searchWords').startsWith('华辰').count()).toBe(525);
    expect(await current.contacts.where('searchWords').startsWith('huachen').count()).toBe(525);
    current.close();
    await Dexie.delete(name);
  });

  it('says one update from the keys to Today: the progress goes on from half-way, never gone and never back', async () => {
    const name = 'upgrade-progress';
    const old = databaseAt(name, 7);
    await old.open();
    await old.table('contacts').bulkAdd(Array.from({ length: 2_500 }, (_, i) => ({ id: `p${String(i).padStart(4, '0')}`, identities: [`linkedin:p-${i}`], sources: ['linkedin'], name: `Person ${i}`, stage: 'prospect', stageChangedAt: NOW, createdAt: NOW, capturedAt: NOW })));
    old.close();

    const current = new SopDatabase(name);
    await current.open();
    const seen: (number | null)[] = [updateProgress(await readUpkeepState(current))];
    await backfillContactKeys(current, () => undefined);
    // Between the fill and the build (which may start later, in another context): still the same update.
    seen.push(updateProgress(await readUpkeepState(current)));
    expect(seen).toEqual([0, 0.5]);
    const during: (number | null)[] = [];
    let reading = Promise.resolve();
    await ensureQueueBuilt(current, () => {
      reading = reading.then(async () => void during.push(updateProgress(await readUpkeepState(current))));
    });
    await reading;
    expect(during.slice(0, -1).every((p, i) => p !== null && p >= 0.5 && p <= 1 && p >= (during[i - 1] ?? 0.5))).toBe(true);
    expect(during.at(-2)).toBe(1);
    // Done: no line.
    expect(updateProgress(await readUpkeepState(current))).toBeNull();
    current.close();
    await Dexie.delete(name);
  });

  it('knows every version there is (a new version needs a row here)', () => {
    expect(new SopDatabase('version-check').verno).toBe(HISTORY.length);
  });
});
