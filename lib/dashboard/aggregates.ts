import Dexie, { type Table } from 'dexie';
import type { Contact, ContactId } from '../contacts/schema';
import type { SopDatabase } from '../db/database';
import type { DashContribution, DashDay, DashboardMeta, JudgedEntry } from '../db/records';
import type { DealId, StoredDeal } from '../deals/deal';
import type { Playbook } from '../playbook/schema';
import { allCorrections } from '../reader/corrections';
import type { StoredTouch } from '../touches/touch';
import { dealCells, drillCells, eachCell, encodeCells, personCells, type Cells } from './day-cells';
import { dayNumber, midnightOf, type DashboardTrackUse, type Period, type ReadObjection } from './input';

/** People, deals, drill answers or marked parts folded in per transaction: small enough to keep a write waiting only briefly (tests make them smaller). */
export const BATCH = { people: 1000, deals: 300, drillAnswers: 2000, dirty: 300, sum: 5000 };

const metaOf = (db: SopDatabase) => db.table<DashboardMeta, string>('meta');

/** Fingerprints already taken, per playbook object (a playbook is read, never changed in place: a new one is a new object). */
const prints = new WeakMap<Playbook, string>();

/**
 * A short fingerprint of the playbook (tiers and CRM stage names decide a part's counts): another one
 * rebuilds the aggregates. Taken once per playbook object: the built-in one is some 120,000 characters
 * of JSON, 8–37 ms a fold to hash again.
 */
export function playbookPrint(playbook: Playbook): string {
  const known = prints.get(playbook);
  if (known !== undefined) return known;
  const text = JSON.stringify(playbook);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  const print = `${String(text.length)}-${(hash >>> 0).toString(36)}`;
  prints.set(playbook, print);
  return print;
}

/** Every table a fold reads or writes. */
const foldTables = (db: SopDatabase) => [db.dashDays, db.dashContribs, db.dashDirty, db.meta, db.contacts, db.touches, db.trackUses, db.deals, db.drillAnswers, db.judgedPaths];

/**
 * The reply reader as the panel reads (the rep's corrections and the playbook's case library before
 * its model), loaded only when parts are folded: its chunk is not needed to show the dashboard.
 */
export async function loadObjectionReader(db: SopDatabase, playbook: Playbook): Promise<ReadObjection> {
  const [module, promise, reply, corrections] = await Promise.all([import('../reader/read-reply'), import('../situation/promise'), import('../nlp/reply'), allCorrections(db)]);
  const examples = module.readerExamples(corrections, playbook.cases ?? []);
  // (as the panel decides: a "think it over" with their promise to come back is waited for, no objection heard)
  return (text, at) => promise.objectionHeard(module.readReply(text, at, examples), reply.cleanReply(text).text);
}

async function peopleCells(db: SopDatabase, ids: readonly string[], playbook: Playbook, read: ReadObjection, range?: [string, string]): Promise<Map<string, Cells>> {
  const byId = <T extends { contactId: string }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.contactId, [...(map.get(row.contactId) ?? []), row]);
    return map;
  };
  const [contacts, touches, uses, deals] = await Promise.all([
    db.contacts.bulkGet(ids as ContactId[]),
    (range ? db.touches.where('[contactId+at]').between([range[0], Dexie.minKey], [range[1], Dexie.maxKey], true, true) : db.touches.where('contactId').anyOf([...ids])).toArray(),
    (range ? db.trackUses.where('contactId').between(range[0], range[1], true, true) : db.trackUses.where('contactId').anyOf([...ids])).toArray(),
    (range ? db.deals.where('contactIds').between(range[0], range[1], true, true) : db.deals.where('contactIds').anyOf([...ids])).distinct().toArray(),
  ]);
  const touchesOf = byId<StoredTouch>(touches);
  const usesOf = byId<DashboardTrackUse>(uses);
  const dealsOf = new Map<string, StoredDeal[]>();
  for (const deal of deals) for (const id of deal.contactIds) dealsOf.set(id, [...(dealsOf.get(id) ?? []), deal]);
  const judged = await judgedOf(db, [...ids.map((id) => `contact:${id}`), ...deals.map((deal) => `deal:${deal.id}`)]);
  const cells = new Map<string, Cells>();
  ids.forEach((id, i) => {
    const contact: Contact | undefined = contacts[i];
    cells.set(`contact:${id}`, personCells({ id, contact, touches: touchesOf.get(id) ?? [], trackUses: usesOf.get(id) ?? [], deals: dealsOf.get(id) ?? [], judged }, playbook, read));
  });
  return cells;
}

/** Where the panel put these rows over time (only those with a judged path). */
async function judgedOf(db: SopDatabase, keys: readonly string[]): Promise<Map<string, readonly JudgedEntry[]>> {
  const rows = await db.judgedPaths.bulkGet([...keys]);
  const judged = new Map<string, readonly JudgedEntry[]>();
  for (const row of rows) if (row) judged.set(row.key, row.path);
  return judged;
}

async function dealsCells(db: SopDatabase, ids: readonly string[], playbook: Playbook): Promise<Map<string, Cells>> {
  const [deals, judged] = await Promise.all([db.deals.bulkGet(ids as DealId[]), judgedOf(db, ids.map((id) => `deal:${id}`))]);
  const cells = new Map<string, Cells>();
  for (const [i, id] of ids.entries()) {
    const deal = deals[i];
    if (!deal) {
      cells.set(`deal:${id}`, new Map());
      continue;
    }
    let firstTouch = Infinity;
    for (const person of deal.contactIds) {
      const touch = await db.touches.where('[contactId+at]').between([person, Dexie.minKey], [person, Dexie.maxKey]).first();
      if (touch) firstTouch = Math.min(firstTouch, touch.at);
    }
    cells.set(`deal:${id}`, dealCells(deal, firstTouch, playbook, judged.get(`deal:${id}`)));
  }
  return cells;
}

async function drillDayCells(db: SopDatabase, days: readonly number[]): Promise<Map<string, Cells>> {
  const cells = new Map<string, Cells>();
  for (const day of days) {
    const answers = await db.drillAnswers.where('at').between(midnightOf(day), midnightOf(day + 1), true, false).toArray();
    cells.set(`drills:${String(day)}`, drillCells(answers.filter((a) => dayNumber(a.at) === day)));
  }
  return cells;
}

/** Adds `n` to a cell of a day in a map of day rows. */
function shift(rows: Map<number, Map<string, number>>, day: number, cell: string, n: number): void {
  let row = rows.get(day);
  if (!row) rows.set(day, (row = new Map<string, number>()));
  row.set(cell, (row.get(cell) ?? 0) + n);
}

/** Adds the counts of `delta` to the stored day rows (a row left with nothing is deleted). Call inside a transaction. */
async function addToDays(db: SopDatabase, delta: Map<number, Map<string, number>>): Promise<void> {
  const days = [...delta.keys()];
  const rows = await db.dashDays.bulkGet(days);
  const write: DashDay[] = [];
  const empty: number[] = [];
  days.forEach((day, i) => {
    const before = rows[i];
    const cells = new Map(Object.entries(before?.cells ?? {}));
    for (const [cell, n] of delta.get(day) ?? []) {
      const value = (cells.get(cell) ?? 0) + n;
      if (value === 0) cells.delete(cell);
      else cells.set(cell, value);
    }
    if (cells.size > 0) write.push({ day, at: before?.at ?? midnightOf(day), cells: Object.fromEntries(cells) });
    else if (before) empty.push(day);
  });
  await Promise.all([db.dashDays.bulkPut(write), db.dashDays.bulkDelete(empty)]);
}

/**
 * Replaces each part's contribution with its new cells; the day rows change by the difference
 * (not while building: the build sums every part into the days at its end). Call inside a transaction.
 */
async function replaceParts(db: SopDatabase, parts: Map<string, Cells>, days: boolean): Promise<void> {
  const keys = [...parts.keys()];
  const delta = new Map<number, Map<string, number>>();
  if (days) for (const old of await db.dashContribs.bulkGet(keys)) eachCell(old?.cells ?? '', (day, cell, n) => shift(delta, day, cell, -n));
  const put: DashContribution[] = [];
  const gone: string[] = [];
  for (const [key, cells] of parts) {
    if (days) for (const [day, row] of cells) for (const [cell, n] of row) shift(delta, day, cell, n);
    if (cells.size > 0) put.push({ key, cells: encodeCells(cells) });
    else gone.push(key);
  }
  await Promise.all([db.dashContribs.bulkPut(put), db.dashContribs.bulkDelete(gone), days ? addToDays(db, delta) : undefined]);
}

/** The day rows made again as the sum of every part (the end of a build). Call inside a transaction. */
async function sumParts(db: SopDatabase): Promise<void> {
  const total = new Map<number, Map<string, number>>();
  let after: string | undefined;
  for (;;) {
    const parts = await (after === undefined ? db.dashContribs.orderBy('key') : db.dashContribs.where('key').above(after)).limit(BATCH.sum).toArray();
    for (const part of parts) eachCell(part.cells, (day, cell, n) => shift(total, day, cell, n));
    after = parts.at(-1)?.key;
    if (parts.length < BATCH.sum) break;
  }
  await db.dashDays.clear();
  await addToDays(db, total);
}

/** Starts building the aggregates from the records, from nothing (an upgrade, another playbook, a cleared table). */
async function startBuild(db: SopDatabase, print: string, now: number): Promise<DashboardMeta> {
  return db.transaction('rw', foldTables(db), async () => {
    await Promise.all([db.dashDays.clear(), db.dashContribs.clear(), db.dashDirty.clear()]);
    const [contacts, deals] = await Promise.all([db.contacts.count(), db.deals.count()]);
    const meta: DashboardMeta = { key: 'dashboard', state: 'building', playbook: print, phase: 'people', done: 0, total: contacts + deals, at: now };
    await metaOf(db).put(meta);
    return meta;
  });
}

/** The next ids after `after` among everyone the records name (contacts, and people with touches or talk tracks). */
async function nextPeople(db: SopDatabase, after: string | undefined): Promise<string[]> {
  const above = <T>(table: Table<T>, index: string) => (after === undefined ? table.orderBy(index) : table.where(index).above(after));
  const [contacts, touched, used] = await Promise.all([
    above(db.contacts, 'id').limit(BATCH.people).primaryKeys(),
    above(db.touches, 'contactId').limit(BATCH.people).uniqueKeys(),
    above(db.trackUses, 'contactId').limit(BATCH.people).uniqueKeys(),
  ]);
  const lists = [contacts, touched, used].map((list) => list.map(String));
  // Only ids up to the smallest last id of a full list are certain to be complete.
  let bound: string | undefined;
  for (const list of lists) if (list.length === BATCH.people) bound = bound === undefined || (list.at(-1) ?? '') < bound ? list.at(-1) : bound;
  return [...new Set(lists.flat())].filter((id) => bound === undefined || id <= bound).sort();
}

/** One batch of the build, in one transaction with its progress: resumable wherever it stops. */
async function buildStep(db: SopDatabase, playbook: Playbook, read: ReadObjection, meta: DashboardMeta, now: number): Promise<DashboardMeta> {
  return db.transaction('rw', foldTables(db), async () => {
    const current = await metaOf(db).get('dashboard');
    if (!current || current.state !== 'building' || current.playbook !== meta.playbook) return current ?? meta;
    const next: DashboardMeta = { ...current, at: now };
    if (current.phase === 'people') {
      const ids = await nextPeople(db, current.after);
      const first = ids[0];
      const last = ids.at(-1);
      if (first === undefined || last === undefined) Object.assign(next, { phase: 'deals', after: undefined });
      else {
        await replaceParts(db, await peopleCells(db, ids, playbook, read, [first, last]), false);
        Object.assign(next, { after: last, done: current.done + (await db.contacts.where('id').between(first, last, true, true).count()) });
      }
    } else if (current.phase === 'deals') {
      const ids = (await (current.after === undefined ? db.deals.orderBy('id') : db.deals.where('id').above(current.after)).limit(BATCH.deals).primaryKeys()).map(String);
      const last = ids.at(-1);
      if (last === undefined) Object.assign(next, { phase: 'drills', after: undefined });
      else {
        await replaceParts(db, await dealsCells(db, ids, playbook), false);
        Object.assign(next, { after: last, done: current.done + ids.length });
      }
    } else if (current.phase === 'sum') {
      await sumParts(db);
      Object.assign(next, { state: 'done', phase: undefined, after: undefined });
    } else {
      const from = current.after === undefined ? -Infinity : Number(current.after);
      const answers = await db.drillAnswers.where('at').above(from).limit(BATCH.drillAnswers).toArray();
      const days = [...new Set(answers.map((a) => dayNumber(a.at)))].sort((a, b) => a - b);
      // A full batch may end inside a day: that day is done by the next batch (unless it is the only one).
      if (answers.length === BATCH.drillAnswers && days.length > 1) days.pop();
      const last = days.at(-1);
      if (last === undefined) Object.assign(next, { phase: 'sum', after: undefined });
      else {
        await replaceParts(db, await drillDayCells(db, days), false);
        Object.assign(next, { after: String(midnightOf(last + 1) - 1) });
      }
    }
    const stored = Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined)) as unknown as DashboardMeta;
    await metaOf(db).put(stored);
    return stored;
  });
}

/** Folds in one batch of the parts writes marked; false when none is left. */
async function settleStep(db: SopDatabase, playbook: Playbook, read: ReadObjection): Promise<boolean> {
  return db.transaction('rw', foldTables(db), async () => {
    const keys = (await db.dashDirty.where('key').above('*').limit(BATCH.dirty).primaryKeys()).map(String);
    if (keys.length === 0) return false;
    const ids = (prefix: string) => keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
    const marked = ids('deal:');
    // A deal's path decides what followed a talk track used on its people (moved on, lost): a
    // write that marks the deal alone (where the panel put it, a judged path) counts them again too.
    const people = [...new Set([...ids('contact:'), ...(await db.deals.bulkGet(marked as DealId[])).flatMap((deal) => deal?.contactIds ?? [])])];
    // A person's touches change their deals' cycles (first touch to signed).
    const deals = new Set([...marked, ...(people.length > 0 ? (await db.deals.where('contactIds').anyOf(people).primaryKeys()).map(String) : [])]);
    const parts = new Map([...(await peopleCells(db, people, playbook, read)), ...(await dealsCells(db, [...deals], playbook)), ...(await drillDayCells(db, ids('drills:').map(Number)))]);
    await replaceParts(db, parts, true);
    await db.dashDirty.bulkDelete(keys);
    return true;
  });
}

/** A part to fold has a reply to read and the reader is not loaded yet. */
class ReaderNeeded extends Error {
  override readonly name = 'ReaderNeeded';
}

export interface AggregatesProgress {
  done: number;
  total: number;
}

/**
 * Brings the dashboard's aggregates up to date: builds them from the records when there are none
 * yet (after the upgrade to schema 9), when the playbook is another or a table was cleared, in
 * batches that each commit with their progress (a build interrupted resumes); then folds in what
 * writes marked since.
 */
export async function bringAggregatesCurrent(db: SopDatabase, playbook: Playbook, onProgress?: (progress: AggregatesProgress) => void, now = Date.now()): Promise<void> {
  const print = playbookPrint(playbook);
  let meta = await metaOf(db).get('dashboard');
  if (!meta || meta.playbook !== print || (await db.dashDirty.get('*'))) meta = await startBuild(db, print, now);
  // The reply reader loads only when a part to fold has a reply with words: a step that meets one
  // first is undone whole (its transaction aborts), the reader loads, and the step runs again.
  let reader: ReadObjection | undefined;
  const read: ReadObjection = (text, at) => {
    if (!reader) throw new ReaderNeeded();
    return reader(text, at);
  };
  const step = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof ReaderNeeded) || reader) throw error;
      reader = await loadObjectionReader(db, playbook);
      return run();
    }
  };
  while (meta.state === 'building') {
    onProgress?.({ done: meta.done, total: meta.total });
    const current: DashboardMeta = meta;
    meta = await step(() => buildStep(db, playbook, read, current, now));
    if (meta.playbook !== print) meta = await startBuild(db, print, now);
  }
  while (await step(() => settleStep(db, playbook, read)));
}

/** The day rows of a period. */
export function readDays(db: SopDatabase, period: Period): Promise<DashDay[]> {
  return db.dashDays.where('day').between(dayNumber(period.from), dayNumber(period.to), true, false).toArray();
}
