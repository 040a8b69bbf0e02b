import Dexie from 'dexie';
import { BUCKETS, HEAD, MARK_ALL, MARK_PREFIX, PART_PREFIX, type SearchMark } from '../db/contact-search-marks';
import type { SopDatabase } from '../db/database';
import type { TierId } from '../playbook/ids';
import { STAGE_IDS, type StageId } from '../sop/stages';
import type { Contact, ContactId } from './schema';

/**
 * The Contacts search held in memory (`search-memory.ts`), saved in the `meta` table in a compact
 * form so that a panel opening later loads it in one read transaction instead of reading every
 * contact again (at 100,000 contacts: 200 reads of whole records, 5–8 s of IndexedDB on the shared
 * machine, against about 25 MB of plain arrays). It is kept true by marks: every write to
 * `contacts`, in its own transaction, marks the contact it wrote (`lib/db/contact-search-marks.ts`); a
 * load reads the marks with the snapshot and reads those contacts again; a write of a range (a
 * `clear()`, a bulk write of many, an upgrade) marks everything, and the snapshot is not used
 * until the panel has built and saved a new one; a deletion removes the snapshot itself, so that
 * no deleted contact stays on disk in it.
 */

/** The head row: which save the parts belong to and how many there are. */
export interface SnapshotHead {
  key: typeof HEAD;
  v: typeof VERSION;
  save: string;
  parts: number;
  /** How many rows the buckets' slots are in ({@link SnapshotSlots}). */
  chunks: number;
  contacts: number;
  at: number;
}

/**
 * A column of strings (or nulls) stored as one string and where each item ends in it: IndexedDB
 * gives a string back as one object, where an array of 5,000 gave 5,000 (version 2: a load of
 * 100,000 contacts made over half a million, and the collections that copied them were long tasks
 * of 300–1,200 ms while the rep typed; `docs/bench-log.md`, session 14).
 */
export interface Column {
  text: string;
  /** Where item `i` ends in {@link text} (it starts where item `i - 1` ends). */
  ends: Int32Array;
  /** 1 where the item is null (an empty string in {@link text}); absent when none is. */
  nulls?: Uint8Array;
}

/** The column of `values`. */
export function columnOf(values: readonly (string | null | undefined)[]): Column {
  const ends = new Int32Array(values.length);
  let nulls: Uint8Array | undefined;
  let at = 0;
  values.forEach((value, i) => {
    if (value === null || value === undefined) (nulls ??= new Uint8Array(values.length))[i] = 1;
    else at += value.length;
    ends[i] = at;
  });
  return { text: values.map((value) => value ?? '').join(''), ends, ...(nulls ? { nulls } : {}) };
}

/** Where item `i` of `column` starts in its text. */
export const startOf = (column: Column, i: number): number => (i > 0 ? (column.ends[i - 1] ?? 0) : 0);

/** Item `i` of `column` (null when it is null or there is no such item). */
export function itemOf(column: Column, i: number): string | null {
  if (i < 0 || i >= column.ends.length || column.nulls?.[i] === 1) return null;
  return column.text.slice(startOf(column, i), column.ends[i]);
}

/** Where `value` (not empty) is in `column` (its first such item), -1 when it is not: one scan of the text, no item made. */
export function indexOfItem(column: Column, value: string): number {
  if (value === '') return -1;
  const { text, ends } = column;
  for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
    // The item `at` is in: the first that ends after it (an empty or null one ends where it starts).
    let [low, high] = [0, ends.length];
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((ends[middle] ?? 0) <= at) low = middle + 1;
      else high = middle;
    }
    if (low < ends.length && startOf(column, low) === at && ends[low] === at + value.length) return low;
  }
  return -1;
}

/** The items of a column of sorted strings: where `value` is (binary search), -1 when it is not. */
export function indexOfSorted(column: Column, value: string): number {
  let [low, high] = [0, column.ends.length];
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((itemOf(column, middle) ?? '') < value) low = middle + 1;
    else high = middle;
  }
  return low < column.ends.length && itemOf(column, low) === value ? low : -1;
}

/**
 * Up to {@link PART} contacts of the snapshot, newest seen first, as columns: each of strings one
 * string ({@link Column}), each of numbers a typed array (a plain array of numbers comes out of
 * IndexedDB as one object per number), so a part is a few dozen objects to clone, not tens of thousands.
 */
export interface SnapshotPart {
  key: `${typeof PART_PREFIX}${string}`;
  save: string;
  /** How many contacts the part holds. */
  count: number;
  ids: Column;
  names: Column;
  companies: Column;
  emails: Column;
  /** Each contact's stage: its index in {@link STAGE_IDS}. */
  stages: Uint8Array;
  seen: Float64Array;
  /** Each contact's BANT facts as JSON (null: none). */
  bants: Column;
  /** Each contact's tier as the judgment kept it ({@link keptIndex}: 0 none, the record's score is it). */
  kept: Uint8Array;
  /** Each contact's stage as the judgment kept it ({@link judgedStageIndex}: 0 none, the recorded stage is it). */
  judgedStages: Uint8Array;
  /** Each contact's search words as the memory holds them: one string, every word after a separator. */
  words: Column;
}

/**
 * Per first one, two and three letters of a word (`keys`, sorted), the contacts with such a word:
 * their places in the snapshot (`slots` from `offsets[k]` to `offsets[k + 1]`), so a load does not
 * split and index every contact's words again (about a second of the page's time at 100,000).
 */
export interface SnapshotBuckets {
  key: typeof BUCKETS;
  save: string;
  keys: Column;
  offsets: Int32Array;
  /** Where each row of slots ({@link SnapshotSlots}) starts among all the slots, and where the last ends. */
  starts: Int32Array;
}

/**
 * A run of the buckets' slots, whole buckets of at most {@link SLOTS_CHUNK} slots (a bigger bucket
 * alone): at 100,000 contacts the slots were one row of about 8 MB, 84 ms to take out of IndexedDB
 * at load 15, in the one task of its success event, and up to 670 ms on the busy machine while the
 * rep typed (`docs/bench-log.md`, session 14).
 */
export interface SnapshotSlots {
  key: `${typeof SLOTS_PREFIX}${string}`;
  save: string;
  slots: Int32Array;
}

/** The buckets with their slots, as a load holds them: bucket `k` is `slots[c]` from `offsets[k] - starts[c]`, `c` the row it is in. */
export interface LoadedBuckets {
  keys: Column;
  offsets: Int32Array;
  starts: Int32Array;
  slots: Int32Array[];
}

/** Slots per row of slots at most (but for a bucket bigger than that): 512 KB. */
export const SLOTS_CHUNK = 131_072;
/** The rows of slots: under the parts' prefix (removed with them when a contact is deleted), before every part's key. */
export const SLOTS_PREFIX = `${PART_PREFIX}!slots:` as const;
export const slotsKey = (index: number): SnapshotSlots['key'] => `${SLOTS_PREFIX}${String(index).padStart(4, '0')}`;

/**
 * 5: the stage the judgment kept (`judgedStages`); 4: the tier the judgment kept (`kept`); 3: strings as columns ({@link Column}); 2: `seen` and `stages`
 * typed arrays. A snapshot of an earlier version is not read: the memory is built again and saved.
 */
const VERSION = 5 as const;
/** Contacts per part: each part is its own put and its own read (6–22 ms to take out of IndexedDB at load 15). */
export const PART = 5_000;

export const partKey = (index: number): SnapshotPart['key'] => `${PART_PREFIX}${String(index).padStart(4, '0')}`;

/** The marks and the contacts they name, as one read transaction saw them (undefined: deleted). */
export interface Marked {
  marks: SearchMark[];
  /** Whether a write of a range is marked (the snapshot is of no use). */
  all: boolean;
  contacts: Map<ContactId, Contact | undefined>;
}

const metaOf = (db: SopDatabase) => db.table<SnapshotHead | SnapshotPart | SnapshotBuckets | SnapshotSlots | SearchMark, string>('meta');

/** Marks a load reads at most: with more, reading every contact again is no dearer. */
const MOST_MARKS = 5_000;

/** The marks, and the contacts of those not `covered` already (the same mark, `at` unchanged). */
async function readMarked(db: SopDatabase, covered?: ReadonlyMap<string, number>): Promise<Marked> {
  const marks = (await metaOf(db).where('key').startsWith(MARK_PREFIX).toArray()) as SearchMark[];
  const ids = marks.filter((mark) => mark.key !== MARK_ALL && covered?.get(mark.key) !== mark.at).map((mark) => mark.key.slice(MARK_PREFIX.length) as ContactId);
  const contacts = await db.contacts.bulkGet(ids);
  return { marks, all: marks.some((mark) => mark.key === MARK_ALL), contacts: new Map(ids.map((id, i) => [id, contacts[i]])) };
}

/** The marks now, and the contacts they name (but those `covered`), read together. */
export function marksNow(db: SopDatabase, covered?: ReadonlyMap<string, number>): Promise<Marked> {
  return db.transaction('r', [db.contacts, db.meta], () => readMarked(db, covered));
}

/** The marks now, without their contacts. */
export async function marksOnly(db: SopDatabase): Promise<SearchMark[]> {
  return (await metaOf(db).where('key').startsWith(MARK_PREFIX).toArray()) as SearchMark[];
}

/**
 * What a load is handed as the snapshot's read goes on (the parts are answered one request at a
 * time, newest seen first): `begin` once the head, the marks and the buckets are in and agree, then
 * `part` for each part of the same save, in order. Both are called inside the read transaction and
 * outside Dexie's zone: they should only take note (the work waits for a task of its own).
 */
export interface SnapshotSink {
  /** First, before any big value: the head and the contacts written since the save. */
  begin(head: SnapshotHead, marked: Marked): void;
  /** The buckets with their rows of slots, once all are in (after the newest part). */
  buckets(buckets: LoadedBuckets): void;
  part(part: SnapshotPart, index: number): void;
}

/**
 * The saved snapshot with the marks written since, read in one transaction; undefined when there
 * is none, it is of another format or save, or a write of a range was marked since. With a `sink`,
 * what is read is handed over as it comes (a load may answer from the newest parts before the
 * oldest are in); when the result is undefined after `begin`, what was handed over is of no use.
 */
export async function readSnapshot(db: SopDatabase, sink?: SnapshotSink): Promise<{ head: SnapshotHead; parts: SnapshotPart[]; buckets: LoadedBuckets; marked: Marked } | undefined> {
  return db.transaction('r', [db.contacts, db.meta], async () => {
    const head = (await metaOf(db).get(HEAD)) as SnapshotHead | undefined;
    if (head?.v !== VERSION) return undefined;
    if ((await metaOf(db).where('key').startsWith(MARK_PREFIX).limit(MOST_MARKS + 1).primaryKeys()).length > MOST_MARKS) return undefined;
    const marked = await readMarked(db);
    if (marked.all) return undefined;
    // One request per part: each is cloned into the page in its own task, and answered in the order asked.
    let handing = sink !== undefined;
    const hand = (fn: () => void) => {
      if (handing) Dexie.ignoreTransaction(fn);
    };
    hand(() => sink?.begin(head, marked));
    const partRead = (i: number) =>
      metaOf(db)
        .get(partKey(i))
        .then((part) => {
          if ((part as SnapshotPart | undefined)?.save !== head.save) handing = false;
          hand(() => sink?.part(part as SnapshotPart, i));
          return part;
        });
    // Answered in the order asked: the newest part first (a search can be answered from it while the rest loads: the buckets'
    // rows of slots, megabytes, held the first part back 0.3–0.6 s on the shared machine, and the rep's first keystrokes with it;
    // docs/bench-log.md, session 15), then the buckets and their rows of slots (each its own request, so its own task), then
    // the other parts.
    const newest = head.parts > 0 ? [partRead(0)] : [];
    const bucketsRead = metaOf(db).get(BUCKETS) as Promise<SnapshotBuckets | undefined>;
    const slotsRead = Array.from({ length: head.chunks }, (_, i) => metaOf(db).get(slotsKey(i)) as Promise<SnapshotSlots | undefined>);
    const loadedRead = Promise.all([bucketsRead, ...slotsRead]).then(([buckets, ...rows]) => {
      if (buckets?.save !== head.save || !rows.every((row) => row?.save === head.save)) {
        handing = false;
        return undefined;
      }
      const loaded: LoadedBuckets = { keys: buckets.keys, offsets: buckets.offsets, starts: buckets.starts, slots: rows.map((row) => row?.slots ?? new Int32Array(0)) };
      hand(() => sink?.buckets(loaded));
      return loaded;
    });
    const partsRead = [...newest, ...Array.from({ length: Math.max(0, head.parts - 1) }, (_, i) => partRead(i + 1))];
    const [buckets, ...parts] = (await Promise.all([loadedRead, ...partsRead])) as [LoadedBuckets | undefined, ...(SnapshotPart | undefined)[]];
    if (buckets === undefined || parts.some((part) => part?.save !== head.save)) return undefined;
    return { head, parts: parts as SnapshotPart[], buckets, marked };
  });
}

/** Writes one part, or the buckets (each its own transaction: the save steps aside between them). */
export async function writePart(db: SopDatabase, part: SnapshotPart | SnapshotBuckets | SnapshotSlots): Promise<void> {
  await metaOf(db).put(part);
}

/**
 * Ends a save: the head naming its parts, the parts of an earlier, longer save removed, and the
 * marks the saved state answers removed, unless written again meanwhile (their `at` changed).
 */
export async function finishSave(db: SopDatabase, head: Omit<SnapshotHead, 'key' | 'v'>, answered: readonly SearchMark[]): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const now = (await metaOf(db).bulkGet(answered.map((mark) => mark.key))) as (SearchMark | undefined)[];
    await metaOf(db).bulkDelete(answered.filter((mark, i) => now[i]?.at === mark.at).map((mark) => mark.key));
    await metaOf(db).where('key').between(partKey(head.parts), `${PART_PREFIX}\uffff`).delete();
    await metaOf(db).where('key').between(slotsKey(head.chunks), `${SLOTS_PREFIX}\uffff`).delete();
    await metaOf(db).put({ key: HEAD, v: VERSION, ...head });
  });
}

export { BUCKETS, HEAD, MARK_ALL, PART_PREFIX, type SearchMark };

/** The tier a contact keeps from the judgment (`Contact.tier`) as a snapshot holds it ({@link SnapshotPart.kept}): 0 none, then A, B, C, retired. */
const KEPT = [undefined, 'A', 'B', 'C', null] as const;
export const keptIndex = (tier: TierId | null | undefined): number => KEPT.indexOf(tier);
/** The kept tier a snapshot holds as `index` (undefined: none kept). */
export const keptAt = (index: number | undefined): TierId | null | undefined => KEPT[index ?? 0];
/** The stage a contact keeps from the judgment (`Contact.judgedStage`) as a snapshot holds it ({@link SnapshotPart.judgedStages}): 0 none, then each stage's index + 1. */
export const judgedStageIndex = (stage: StageId | undefined): number => (stage === undefined ? 0 : STAGE_IDS.indexOf(stage) + 1);
/** The kept stage a snapshot holds as `index` (undefined: none kept). */
export const judgedStageAt = (index: number | undefined): StageId | undefined => (index ? STAGE_IDS[index - 1] : undefined);
/** A stage as a snapshot holds it ({@link SnapshotPart.stages}). */
export const stageIndex = (stage: StageId): number => Math.max(0, STAGE_IDS.indexOf(stage));
/** The stage a snapshot holds as `index` (an unknown one: the first). */
export const stageAt = (index: number | undefined): StageId => STAGE_IDS[index ?? 0] ?? STAGE_IDS[0];
