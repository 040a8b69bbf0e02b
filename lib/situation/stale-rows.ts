import { holderIds, readerFieldsOf, samePersonReaders, type NameLookup, type NamesakesLeft } from '../contacts/named';
import type { RecordFields } from '../contacts/same-person';
import type { ContactId } from '../contacts/schema';
import type { SopDatabase } from '../db/database';
import type { StaleMark } from '../db/records';
import type { DealId } from '../deals/deal';
import { yieldToUser } from '../db/user-input';
import { measureSince } from '../perf/measure';
import type { QueueRefs } from './queue-index';

const PREFIX = 'stale:';
/** The marks of rows: `stale:contact:<id>`, `stale:deal:<id>`. */
const ROWS = [`${PREFIX}contact:`, `${PREFIX}deal:`];
/** The marks of names read on a page at a time: `stale:names:<index>:<value>` ({@link NamesakesMark}). */
const NAMES = `${PREFIX}names:`;
/** The marks live in the `meta` table. */
const marksOf = (db: SopDatabase) => db.table<StaleMark, string>('meta');
const namesOf = (db: SopDatabase) => db.table<NamesakesMark, string>('meta');

/**
 * The holders of a name a capture's transaction did not read: the capture renamed or retied
 * `records` (as they were), read the name's first holders for the rows that read them and left the
 * rest here, in `meta` beside the marks of rows, for Today's upkeep to read on a page at a time
 * after `after` (an id: the name index's order), marking the readers it finds stale and moving this
 * mark on in the same transaction ({@link readNamesakesOn}).
 */
export interface NamesakesMark {
  key: `${typeof NAMES}${string}`;
  at: number;
  lookup: NameLookup;
  after: ContactId;
  /** The records as they were, what tells a reader alone ({@link readerFieldsOf}). */
  records: RecordFields[];
}

const nameKeyOf = ({ index, value }: NameLookup): NamesakesMark['key'] => `${NAMES}${index}:${value}`;

/**
 * Marks rows of Today's index as needing a new judgment. The background calls it inside the
 * capture's own transaction (it does not judge: the reader and its model stay out of the service
 * worker), so a capture and its mark are stored together or not at all; a page that judges picks
 * the marks up ({@link judgeStaleRows}).
 */
export async function markStale(db: SopDatabase, refs: QueueRefs, now: number): Promise<void> {
  const keys = [...(refs.contactIds ?? []).map((id) => `${PREFIX}contact:${id}`), ...(refs.dealIds ?? []).map((id) => `${PREFIX}deal:${id}`)] as StaleMark['key'][];
  await marksOf(db).bulkPut(keys.map((key) => ({ key, at: now })));
}

/**
 * Marks the rows that read these records (as they were: a capture renamed or retied them) as
 * their person's other record, in the capture's own transaction, for a read bounded whatever the
 * name: the readers among each name's first holders (its window and a page,
 * lib/contacts/named.ts) are marked here, and a name held by more is left to Today's upkeep with a
 * mark of its own ({@link NamesakesMark}), so five thousand Wei Zhangs cost the capture a page, not
 * the name. A name already left by an earlier capture keeps one mark: the records of both, read on
 * from the nearer of the two places (a page read twice finds its readers twice, never none).
 */
export async function markSamePersonReaders(db: SopDatabase, records: readonly RecordFields[], now: number): Promise<void> {
  const { readers, left } = await samePersonReaders(db, records);
  await markStale(db, { contactIds: readers.map((c) => c.id) }, now);
  await leaveNamesakes(db, left, now);
}

/** The names left to read on, each merged into its mark (one a name). */
async function leaveNamesakes(db: SopDatabase, left: readonly NamesakesLeft[], now: number): Promise<void> {
  if (left.length === 0) return;
  const keys = left.map((l) => nameKeyOf(l.lookup));
  const had = await namesOf(db).bulkGet(keys);
  const marks = new Map<string, NamesakesMark>();
  for (const [i, { lookup, after, records }] of left.entries()) {
    const key = nameKeyOf(lookup);
    const before = marks.get(key) ?? had[i];
    const kept = new Map((before?.records ?? []).map((r) => [JSON.stringify(r), r]));
    for (const record of records.map(readerFieldsOf)) kept.set(JSON.stringify(record), record);
    marks.set(key, { key, at: now, lookup, after: before && before.after < after ? before.after : after, records: [...kept.values()] });
  }
  await namesOf(db).bulkPut([...marks.values()]);
}

/**
 * The ids of a name's holders as read for its mark ({@link readNamesakesOn}), kept across the pages
 * of one round of the upkeep while the mark stays as it was read (a capture that merges another
 * record into it reads them again): a name of five thousand is read once a round, not once a page.
 */
export type HolderIdsRead = Map<string, { mark: string; ids: readonly ContactId[] }>;

/**
 * One page of each name a capture left ({@link markSamePersonReaders}), each in a transaction of
 * its own: the readers among the page are marked stale for {@link judgeStaleRows} and the name's
 * mark moves on past the page (or goes, at the name's end) with them, so a context that stops
 * between two pages (the panel closed) leaves the mark where the next one goes on. The name's
 * holders are those it had when the mark was left or since (`read`): a holder that came after a
 * rename was never judged reading the record as it was.
 *
 * @returns how many names were read on (0: none left).
 */
export async function readNamesakesOn(db: SopDatabase, read: HolderIdsRead = new Map(), limit = 20): Promise<number> {
  const keys = await namesOf(db).where('key').startsWith(NAMES).limit(limit).primaryKeys();
  for (const key of keys) {
    await db.transaction('rw', [db.contacts, db.meta], async () => {
      const mark = await namesOf(db).get(key);
      if (!mark) return;
      const version = `${String(mark.at)}:${String(mark.records.length)}`;
      let ids = read.get(key)?.mark === version ? read.get(key)?.ids : undefined;
      if (!ids) read.set(key, { mark: version, ids: (ids = await holderIds(db, mark.lookup)) });
      const { readers, left } = await samePersonReaders(db, [], [{ lookup: mark.lookup, after: mark.after, records: mark.records, ids }]);
      await markStale(db, { contactIds: readers.map((c) => c.id) }, Date.now());
      const next = left[0];
      if (next) await namesOf(db).put({ ...mark, after: next.after });
      else {
        await namesOf(db).delete(key);
        read.delete(key);
      }
    });
  }
  return keys.length;
}

/** Whether any row waits for its judgment (one key read). */
export async function hasStaleRows(db: SopDatabase): Promise<boolean> {
  return (await marksOf(db).where('key').startsWith(PREFIX).limit(1).primaryKeys()).length > 0;
}

/**
 * Re-judges the rows marked stale, a bounded batch at a time, with `refresh` (Today's index kept
 * by the judgment), and removes each mark it answered, unless the row was marked again meanwhile
 * (a capture during the judgment): that mark stays for the next round. Before each batch, a page
 * of each name a capture left is read on ({@link readNamesakesOn}): its readers join the marks.
 *
 * @returns how many rows were judged.
 */
export async function judgeStaleRows(db: SopDatabase, refresh: (refs: Required<Pick<QueueRefs, 'contactIds' | 'dealIds'>>) => Promise<unknown>, batch = 100): Promise<number> {
  let judged = 0;
  const holders: HolderIdsRead = new Map();
  for (;;) {
    // A page of each name a capture left, whose readers are judged with the marked rows below.
    const names = await readNamesakesOn(db, holders);
    const marks = await marksOf(db).where('key').startsWithAnyOf(ROWS).limit(batch).toArray();
    if (marks.length === 0) {
      if (names === 0) return judged;
      await yieldToUser();
      continue;
    }
    const contactIds: ContactId[] = [];
    const dealIds: DealId[] = [];
    for (const { key } of marks) {
      const [kind, ...rest] = key.slice(PREFIX.length).split(':');
      const id = rest.join(':');
      if (kind === 'contact') contactIds.push(id as ContactId);
      else if (kind === 'deal') dealIds.push(id as DealId);
    }
    const start = performance.now();
    const rows = await refresh({ contactIds, dealIds });
    // (for the bench: the marks' refresh, with the rows it judged, readers of another record among them)
    measureSince('today-refresh', start, { marks: marks.length, rows: typeof rows === 'number' ? rows : -1 });
    await db.transaction('rw', marksOf(db), async () => {
      const now = await marksOf(db).bulkGet(marks.map((m) => m.key));
      await marksOf(db).bulkDelete(marks.filter((m, i) => now[i]?.at === m.at).map((m) => m.key));
    });
    judged += marks.length;
    // A burst of captures is judged in steps that let the panel paint and the rep type.
    await yieldToUser();
  }
}
