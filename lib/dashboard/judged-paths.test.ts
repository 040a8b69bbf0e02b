import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Contact, ContactId } from '../contacts/schema';
import { moveStage } from '../contacts/update-contact';
import { deleteEverything, exportData, importData } from '../data/backup';
import { SopDatabase } from '../db/database';
import type { DealId, StoredDeal } from '../deals/deal';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import { refreshQueue } from '../situation/queue-index';
import { bringAggregatesCurrent, readDays } from './aggregates';
import { computeDashboard } from './compute';
import { dashboardFromDays } from './from-days';
import { DAY, periodOf } from './input';
import { appendJudged, nextJudgedPath, normalJudgedPath } from './judged-paths';
import type { JudgedEntry } from '../db/records';
import { STAGE_IDS } from '../sop/stages';
import { computeKpis } from './kpis';
import { followJudged, stagePaths } from './paths';

const NOW = new Date(2026, 10, 25, 10).getTime();

describe('a row’s judged path', () => {
  const recorded = [{ stage: 'prospect' as const, at: NOW - 30 * DAY }];

  it('stays empty while the panel puts the row where its record stands', () => {
    expect(nextJudgedPath(undefined, { stage: 'prospect', recorded, moment: NOW - DAY }, NOW)).toBeNull();
    expect(nextJudgedPath([{ stage: 'close', at: NOW - DAY }], { stage: 'close', recorded, moment: NOW }, NOW)).toBeNull();
  });

  it('takes a stage the conversation shows when what moved it happened, never before the stage it leaves nor after now', () => {
    expect(nextJudgedPath(undefined, { stage: 'close', recorded, moment: NOW - 2 * DAY }, NOW)).toEqual([{ stage: 'close', at: NOW - 2 * DAY }]);
    // Words older than the stage it leaves: dated when it left; a moment ahead of the clock: now.
    expect(nextJudgedPath([{ stage: 'present', at: NOW - DAY }], { stage: 'close', recorded, moment: NOW - 5 * DAY }, NOW)).toEqual([
      { stage: 'present', at: NOW - DAY },
      { stage: 'close', at: NOW - DAY },
    ]);
    expect(nextJudgedPath(undefined, { stage: 'close', recorded, moment: NOW + DAY }, NOW)?.at(-1)?.at).toBe(NOW);
  });

  it('dates a move the record made by the record (the rep set the stage, the CRM was read), not by when it was judged', () => {
    const moved = [...recorded, { stage: 'discover' as const, at: NOW - 3 * DAY }];
    expect(nextJudgedPath([{ stage: 'qualify', at: NOW - 10 * DAY }], { stage: 'discover', recorded: moved, moment: NOW - 6 * DAY }, NOW)).toEqual([
      { stage: 'qualify', at: NOW - 10 * DAY },
      { stage: 'discover', at: NOW - 3 * DAY },
    ]);
  });

  it('keeps a CRM stage the playbook does not map as no stage: the deal is a lead from its first read, in no stage of the funnel', () => {
    expect(nextJudgedPath(undefined, { stage: null, recorded: [], moment: NOW }, NOW)).toEqual([{ stage: null, at: NOW }]);
    expect(nextJudgedPath(undefined, { stage: null, recorded: [], moment: NOW, firstRead: NOW - 5 * DAY }, NOW)).toEqual([{ stage: null, at: NOW - 5 * DAY }]);
    expect(followJudged([], [{ stage: null, at: NOW }])).toEqual([]);
    expect(followJudged([], undefined)).toBeNull();
    const deal = { id: 'hubspot:deal:9', crm: 'hubspot' as const, record: { type: 'deal' as const, stage: 'Security review' }, contactIds: [], createdAt: NOW - 5 * DAY };
    const period = periodOf(30, NOW);
    expect(computeKpis(stagePaths([], [deal], playbook), [deal], [], period).newLeads).toBe(0);
    const judged = new Map([['deal:hubspot:deal:9', [{ stage: null, at: NOW - DAY }]]]);
    expect(computeKpis(stagePaths([], [deal], playbook, judged), [deal], [], period).newLeads).toBe(1);
    // The thread places it later: entered there, the lead still counted once, from its first read.
    const placed = new Map([['deal:hubspot:deal:9', [{ stage: null, at: NOW - DAY }, { stage: 'present' as const, at: NOW - 2 * 3_600_000 }]]]);
    const paths = stagePaths([], [deal], playbook, placed);
    expect(paths.get('deal:hubspot:deal:9')).toEqual([{ stage: 'present', at: NOW - 2 * 3_600_000 }]);
    expect(computeKpis(paths, [deal], [], period).newLeads).toBe(1);
  });

  it('follows the record up to the panel’s first judged entry, then the panel', () => {
    const history = [
      { stage: 'prospect' as const, at: NOW - 30 * DAY },
      { stage: 'qualify' as const, at: NOW - 20 * DAY },
      { stage: 'discover' as const, at: NOW - 5 * DAY },
    ];
    // Judged at Negotiation from ten days ago (the thread), Discovery recorded later is no move back.
    expect(followJudged(history, [{ stage: 'negotiate', at: NOW - 10 * DAY }])).toEqual([...history.slice(0, 2), { stage: 'negotiate', at: NOW - 10 * DAY }]);
    // The first judged entry where the record stood: one stage, entered once.
    expect(followJudged(history, [{ stage: 'discover', at: NOW - 5 * DAY }])).toEqual(history);
  });
});

describe('a judged path never holds a stage twice at one instant', () => {
  const recorded = [{ stage: 'prospect' as const, at: NOW - 30 * DAY }];
  const t = NOW - 4 * DAY;
  /** Whether some stage comes twice among the entries of one instant (or comes back to the one held going into it). */
  const revisits = (path: readonly JudgedEntry[]) =>
    path.some((entry, i) => path.slice(0, i).some((earlier, j) => earlier.stage === entry.stage && (earlier.at === entry.at || (path[j + 1]?.at === entry.at && path.slice(j + 1, i).every((e) => e.at === entry.at)))));

  it('a judgment made again about the same moment that comes back takes the detour back; a move on at that moment stays', () => {
    const present = nextJudgedPath(undefined, { stage: 'present', recorded, moment: t }, NOW);
    // Words older than the stage they leave: Contract dated when Presentation was entered, both kept.
    const close = nextJudgedPath(present ?? undefined, { stage: 'close', recorded, moment: t - 2 * DAY }, NOW);
    expect(close).toEqual([{ stage: 'present', at: t }, { stage: 'close', at: t }]);
    // Judged again at Presentation about the same moment (a reading corrected, then its undo; another context's refresh): not Contract entered and left in one millisecond.
    expect(nextJudgedPath(close ?? undefined, { stage: 'present', recorded, moment: t }, NOW)).toEqual([{ stage: 'present', at: t }]);
    // Back where its record stands at that moment: no judged path at all (the row is deleted, not stored empty).
    expect(nextJudgedPath(present ?? undefined, { stage: 'prospect', recorded: [{ stage: 'prospect', at: t }], moment: t }, NOW)).toEqual([]);
    // The record's own stage again, with no later date of the record: what moved it is gone (dated by the record, at that moment), so is the detour.
    expect(nextJudgedPath(present ?? undefined, { stage: 'prospect', recorded, moment: t + DAY }, NOW)).toEqual([]);
    // Back at a stage of an earlier moment, moved by later words: a move back, kept.
    const earlier = [{ stage: 'discover' as const, at: t - 2 * DAY }, { stage: 'present' as const, at: t }];
    expect(nextJudgedPath(earlier, { stage: 'discover', recorded, moment: t + DAY }, NOW)).toEqual([...earlier, { stage: 'discover', at: t + DAY }]);
    expect(appendJudged([{ stage: null, at: t }], { stage: 'qualify', at: t })).toEqual([{ stage: null, at: t }, { stage: 'qualify', at: t }]);
  });

  it('a path stored alternating at one millisecond (as imports left it) is set right on its next write, and counted once', () => {
    const stored = [...Array.from({ length: 12 }, (_, i) => ({ stage: i % 2 === 0 ? ('discover' as const) : ('present' as const), at: t })), { stage: 'negotiate' as const, at: t }];
    expect(normalJudgedPath(stored)).toEqual([{ stage: 'discover', at: t }, { stage: 'present', at: t }, { stage: 'negotiate', at: t }]);
    // Where the judgment puts it now is where it already was: the path is still written, set right.
    expect(nextJudgedPath(stored, { stage: 'negotiate', recorded, moment: t }, NOW)).toEqual(normalJudgedPath(stored));
    const set = [{ stage: 'present' as const, at: t }];
    expect(nextJudgedPath(set, { stage: 'present', recorded, moment: t }, NOW)).toBeNull();
    const paths = (judged: JudgedEntry[]) => stagePaths([{ id: 'p', stage: 'prospect', stageChangedAt: NOW - 30 * DAY, createdAt: NOW - 30 * DAY }], [], playbook, new Map([['contact:p', judged]]));
    expect(paths(stored).get('contact:p')?.filter((e) => e.stage === 'present')).toHaveLength(6);
    expect(paths(normalJudgedPath(stored)).get('contact:p')?.filter((e) => e.stage === 'present')).toHaveLength(1);
  });

  it('whatever order entries come in, and however often the same ones come again: one path, no stage twice at one instant (seeded)', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const stages = [...STAGE_IDS, 'lost' as const, null];
    for (let run = 0; run < 300; run++) {
      // A few instants, many writes each: bursts of judgments about the same moments.
      const entries = Array.from({ length: 1 + Math.floor(rand() * 14) }, () => ({ stage: stages[Math.floor(rand() * stages.length)] ?? null, at: t + Math.floor(rand() * 3) * DAY }));
      const path = normalJudgedPath(entries);
      expect(revisits(path), JSON.stringify(entries)).toBe(false);
      expect(path.every((e, i) => i === 0 || ((path[i - 1]?.at ?? 0) <= e.at && path[i - 1]?.stage !== e.stage))).toBe(true);
      expect(normalJudgedPath(path)).toEqual(path);
      // The same path merged with itself (a file imported over the data it was exported from): unchanged.
      expect(normalJudgedPath([...path, ...path])).toEqual(path);
      // Written one judgment at a time, as Today's index does: never a stage twice at one instant either.
      let written: JudgedEntry[] | undefined;
      for (const entry of entries) written = nextJudgedPath(written, { stage: entry.stage, recorded, moment: entry.at }, NOW) ?? written;
      expect(revisits(written ?? []), JSON.stringify(entries)).toBe(false);
    }
  });
});

describe('Today’s index keeps where the panel put each row, and the dashboard counts it there', () => {
  let db: SopDatabase;
  let n = 0;
  beforeEach(() => {
    db = new SopDatabase(`judged-paths-${String(n++)}`);
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  const person = (id: string, partial: Partial<Contact> = {}): Contact => ({
    id: id as ContactId,
    identities: [`linkedin:${id}`],
    sources: ['linkedin'],
    name: `Person ${id}`,
    stage: 'prospect',
    stageChangedAt: NOW - 20 * DAY,
    createdAt: NOW - 20 * DAY,
    capturedAt: NOW - 2 * DAY,
    ...partial,
  });

  it('a reply past the recorded stage is entered at the judged stage when it came; the stage the rep then records adds no second entry', async () => {
    const context = { playbook, now: NOW, read: readReply };
    await db.contacts.bulkPut([
      person('lin', { lastWord: { at: NOW - 2 * DAY, text: 'We are ready to move forward. Please send over the contract and your invoice details so we can sign this week.' } }),
      person('quiet'),
    ]);
    await refreshQueue(db, { contactIds: ['lin', 'quiet'] as ContactId[] }, context);
    const row = await db.queue.get('contact:lin');
    expect(row).toMatchObject({ stage: 'close', ahead: 'close' });
    expect(await db.judgedPaths.get('contact:lin')).toEqual({ key: 'contact:lin', path: [{ stage: 'close', at: NOW - 2 * DAY }] });
    // Where the record stands: nothing written.
    expect(await db.judgedPaths.get('contact:quiet')).toBeUndefined();

    const period = periodOf(30, NOW);
    const funnel = async () => {
      await bringAggregatesCurrent(db, playbook, undefined, NOW);
      return dashboardFromDays(await readDays(db, period), playbook, period).funnel.rows;
    };
    const entered = (rows: Awaited<ReturnType<typeof funnel>>, stage: string) => rows.find((r) => r.stage === stage)?.entered;
    let rows = await funnel();
    expect(entered(rows, 'close')).toBe(1);
    expect(rows.find((r) => r.stage === 'prospect')).toMatchObject({ entered: 2, movedOn: 1 });

    // The rep records Contract a day later: the panel's stage does not change, the funnel neither.
    await moveStage(db, 'lin' as ContactId, 'close', 'from the thread', NOW - DAY);
    await refreshQueue(db, { contactIds: ['lin'] as ContactId[] }, context);
    expect((await db.judgedPaths.get('contact:lin'))?.path).toHaveLength(1);
    rows = await funnel();
    expect(entered(rows, 'close')).toBe(1);
    // And the aggregates equal the dashboard recomputed from the records with the judged paths.
    const [contacts, judgedRows] = await Promise.all([db.contacts.toArray(), db.judgedPaths.toArray()]);
    const judged = new Map(judgedRows.map((r) => [r.key, r.path]));
    expect(rows).toEqual(computeDashboard({ contacts, deals: [], touches: [], trackUses: [], drillAnswers: [], judged, playbook, period }).funnel.rows);
  });

  it('a deal in a CRM stage not mapped is a new lead from its first read; a deal at a mapped stage keeps no judged path', async () => {
    const context = { playbook, now: NOW, read: readReply };
    const deal = (id: string, stage: string): StoredDeal => ({
      id: `salesforce:deal:${id}` as DealId,
      crm: 'salesforce',
      contactIds: [],
      createdAt: NOW - 3 * DAY,
      capturedAt: NOW - DAY,
      record: { type: 'deal', recordId: id, name: `Deal ${id}`, stage, contacts: [], activity: [], fields: [] },
    });
    await db.deals.bulkPut([deal('u', 'Security review'), deal('m', 'Qualification')]);
    await refreshQueue(db, { dealIds: ['salesforce:deal:u', 'salesforce:deal:m'] as DealId[] }, context);
    expect(await db.queue.get('deal:salesforce:deal:u')).toMatchObject({ unmapped: 'Security review' });
    expect((await db.judgedPaths.get('deal:salesforce:deal:u'))?.path.map((e) => e.stage)).toEqual([null]);
    expect(await db.judgedPaths.get('deal:salesforce:deal:m')).toBeUndefined();
    const period = periodOf(30, NOW);
    await bringAggregatesCurrent(db, playbook, undefined, NOW);
    const dashboard = dashboardFromDays(await readDays(db, period), playbook, period);
    expect(dashboard.kpis.newLeads).toBe(2);
    expect(dashboard.funnel.rows.reduce((sum, r) => sum + r.entered, 0)).toBe(1);

    // Read again lost in the CRM: the panel puts it at lost (whether or not Today still lists it), and the KPIs count the loss.
    const lost = deal('u', 'Closed Lost');
    await db.deals.put({ ...lost, stageHistory: [{ stage: 'Security review', at: NOW - 3 * DAY }, { stage: 'Closed Lost', at: NOW - 3_600_000 }] });
    await refreshQueue(db, { dealIds: ['salesforce:deal:u'] as DealId[] }, context);
    expect((await db.judgedPaths.get('deal:salesforce:deal:u'))?.path).toEqual([
      { stage: null, at: NOW - 3 * DAY },
      { stage: 'lost', at: NOW - 3_600_000 },
    ]);
    await bringAggregatesCurrent(db, playbook, undefined, NOW);
    expect(dashboardFromDays(await readDays(db, period), playbook, period).kpis).toMatchObject({ newLeads: 2, lost: 1 });
  });
  it('a backup carries where the panel put each row (format 3): restored, the dashboard gives the same numbers; a format 2 file restarts them from the records', async () => {
    const context = { playbook, now: NOW, read: readReply };
    // Lin asked for the contract ten days ago (the panel put her at Contract, past her record); five days ago the rep recorded her signed (Deliver).
    await db.contacts.bulkPut([person('lin', { lastWord: { at: NOW - 10 * DAY, text: 'We are ready to move forward. Please send over the contract and your invoice details so we can sign this week.' } }), person('quiet')]);
    await refreshQueue(db, { contactIds: ['lin'] as ContactId[] }, context);
    await moveStage(db, 'lin' as ContactId, 'deliver', 'signed', NOW - 5 * DAY);
    const deal: StoredDeal = {
      id: 'salesforce:deal:u' as DealId,
      crm: 'salesforce',
      contactIds: [],
      createdAt: NOW - 3 * DAY,
      capturedAt: NOW - 3 * DAY,
      record: { type: 'deal', recordId: 'u', name: 'Deal u', stage: 'Security review', contacts: [], activity: [], fields: [] },
    };
    await db.deals.put(deal);
    await refreshQueue(db, { contactIds: ['lin', 'quiet'] as ContactId[], dealIds: [deal.id] }, context);
    // Read again lost in the CRM: a lead from its first read (a stage not mapped), then lost.
    await db.deals.put({ ...deal, capturedAt: NOW - 3_600_000, record: { ...deal.record, stage: 'Closed Lost' }, stageHistory: [{ stage: 'Security review', at: NOW - 3 * DAY }, { stage: 'Closed Lost', at: NOW - 3_600_000 }] });
    await refreshQueue(db, { dealIds: [deal.id] }, context);
    const paths = await db.judgedPaths.orderBy('key').toArray();
    expect(paths.map((p) => [p.key, p.path.map((e) => e.stage)])).toEqual([
      ['contact:lin', ['close', 'deliver']],
      ['deal:salesforce:deal:u', [null, 'lost']],
    ]);
    const period = periodOf(30, NOW);
    const dashboard = async () => {
      await bringAggregatesCurrent(db, playbook, undefined, NOW);
      const { funnel, kpis } = dashboardFromDays(await readDays(db, period), playbook, period);
      return { funnel, kpis };
    };
    const before = await dashboard();
    expect(before.kpis).toMatchObject({ newLeads: 3, lost: 1 });
    const file = await exportData(db, NOW);

    const restore = async (text: string) => {
      await deleteEverything(db);
      // Today's index is built again after the import returns: wait until that build is done.
      await db.meta.delete('queue');
      expect(await importData(db, text, 'replace')).toMatchObject({ ok: true });
      await vi.waitFor(async () => expect((await db.meta.get('queue'))?.state).toBe('done'), { timeout: 30_000, interval: 20 });
      return dashboard();
    };
    expect(await restore(file)).toEqual(before);
    expect(await db.judgedPaths.orderBy('key').toArray()).toEqual(paths);

    // Without the paths (a format 2 file, still read), Today's index starts them again from the records: Lin went from Prospecting to Deliver, never entered Contract.
    const older = JSON.parse(file) as { version: number; judgedPaths?: unknown };
    delete older.judgedPaths;
    const fromOlder = await restore(JSON.stringify({ ...older, version: 2 }));
    const entered = (rows: typeof before.funnel.rows, stage: string) => rows.find((r) => r.stage === stage)?.entered ?? 0;
    expect(entered(before.funnel.rows, 'close')).toBe(1);
    expect(entered(fromOlder.funnel.rows, 'close')).toBe(0);
    expect(await db.judgedPaths.get('contact:lin')).toBeUndefined();
  });

  it('a file imported over the data it came from leaves every judged path as it was: two changes at one instant are not entered again and again', async () => {
    const context = { playbook, now: NOW, read: readReply };
    // Lin asked for the contract ten days ago; her LinkedIn profile at the same firm is a strong match of her (its row stands where its record does).
    await db.contacts.bulkPut([
      person('lin', { company: 'Orchid Precision', lastWord: { at: NOW - 10 * DAY, text: 'We are ready to move forward. Please send over the contract and your invoice details so we can sign this week.' } }),
      person('lin-profile', { name: 'Person lin', company: 'Orchid Precision Manufacturing' }),
    ]);
    await refreshQueue(db, { contactIds: ['lin', 'lin-profile'] as ContactId[] }, context);
    expect(await db.judgedPaths.orderBy('key').toArray()).toEqual([{ key: 'contact:lin', path: [{ stage: 'close', at: NOW - 10 * DAY }] }]);
    // Her words first read as a presentation's (then read again): two changes at one instant, as Today's index writes words older than the stage they leave.
    const twice = nextJudgedPath(nextJudgedPath(undefined, { stage: 'present', recorded: [], moment: NOW - 10 * DAY }, NOW) ?? undefined, { stage: 'close', recorded: [], moment: NOW - 11 * DAY }, NOW) ?? [];
    expect(twice.map((e) => [e.stage, e.at])).toEqual([['present', NOW - 10 * DAY], ['close', NOW - 10 * DAY]]);
    await db.judgedPaths.put({ key: 'contact:lin', path: twice });
    const paths = await db.judgedPaths.orderBy('key').toArray();
    const period = periodOf(90, NOW);
    const funnel = async () => {
      await bringAggregatesCurrent(db, playbook, undefined, NOW);
      return dashboardFromDays(await readDays(db, period), playbook, period).funnel.rows;
    };
    const before = await funnel();
    const file = await exportData(db, NOW);
    for (let again = 0; again < 2; again++) {
      expect(await importData(db, file, 'merge')).toMatchObject({ ok: true });
      await vi.waitFor(async () => expect((await db.meta.get('queue'))?.state).toBe('done'), { timeout: 30_000, interval: 20 });
      expect(await db.judgedPaths.orderBy('key').toArray(), `import ${String(again + 1)}`).toEqual(paths);
    }
    expect(await funnel()).toEqual(before);
    expect(before.find((r) => r.stage === 'present')?.entered).toBe(1);
  });
});
