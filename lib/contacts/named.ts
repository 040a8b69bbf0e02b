import type { SopDatabase } from '../db/database';
import { nameKeyOf, type ContactKeys } from './contact-keys';
import { isOtherRecordOf, personNameKey, type RecordFields } from './same-person';
import type { Contact, ContactId } from './schema';

/*
 * Who else has this name: a read of the indexes only, apart from merging (lib/contacts/merge.ts),
 * so the situation's gathering (lib/situation/gather.ts) can ask it without importing the merge's
 * writes and the refresh queue behind them.
 */

/** At most this many same-name contacts are offered: the card stays small with a common name. */
export const MAX_CANDIDATES = 20;

const HAN = /[\u3400-\u9fff]/;

/**
 * The contacts named as this name (this one too), by the indexes, never the table: the merge key,
 * and for a Chinese name the folded search word as well (the merge key keeps 陳美玲 and 陈美玲 apart;
 * the search index folds Traditional to Simplified).
 */
export async function contactsNamed(db: SopDatabase, name: string, limit = MAX_CANDIDATES + 1): Promise<Contact[]> {
  const { key, word } = lookupOf(name);
  const [byKey, byWord] = await Promise.all([db.contacts.where('nameKey').equals(key).limit(limit).toArray(), word ? db.contacts.where('searchWords').equals(word).limit(limit).toArray() : Promise.resolve([])]);
  return namedAs(name, byKey, byWord);
}

/** What {@link contactsNamed} asks the indexes for a name: its merge key, and the folded search word of a Chinese name. */
function lookupOf(name: string): { folded: string; key: string; word: string | null } {
  const folded = personNameKey(name);
  return { folded, key: nameKeyOf(name), word: HAN.test(folded) && !folded.includes(' ') ? folded : null };
}

/** The contacts named as `name` among those its two lookups found (the merge key's first, then the search word's, each once). */
function namedAs(name: string, byKey: readonly Contact[], byWord: readonly Contact[]): Contact[] {
  const folded = personNameKey(name);
  const byId = new Map([...byKey, ...byWord].map((c) => [c.id, c]));
  return [...byId.values()].filter((c) => personNameKey(c.name) === folded);
}

/** At most this many other records of a person are looked at (a common name read in full would be a table read). */
const SAME_PERSON_LOOKED_AT = 5;

/**
 * The strong matches among a contact's namesakes (`named`, {@link contactsNamed}) that the
 * situation's gathering looks at (lib/situation/gather.ts): not itself, nor a record sharing one of
 * its identities; the first {@link SAME_PERSON_LOOKED_AT}.
 */
export function strongNamesakes(contact: RecordFields, named: readonly Contact[]): Contact[] {
  return named.filter((other) => isOtherRecordOf(contact, other)).slice(0, SAME_PERSON_LOOKED_AT);
}

/**
 * {@link contactsNamed} for many names at once, as Today's full build reads a step's people: all
 * their keys in one `anyOf` per index (a round; more only for a name many people have), grouped
 * here, each key's first `limit` holders by id, as its own lookup would have them; by name.
 */
export async function contactsNamedEach(db: SopDatabase, names: readonly string[], limit = MAX_CANDIDATES + 1): Promise<Map<string, Contact[]>> {
  const lookups = new Map([...new Set(names)].map((name) => [name, lookupOf(name)]));
  const [ofKey, ofWord] = await Promise.all([
    holdersOf(db, 'nameKey', [...lookups.values()].map((l) => l.key), (c, key) => c.nameKey === key, limit),
    holdersOf(db, 'searchWords', [...lookups.values()].flatMap((l) => (l.word ? [l.word] : [])), (c, word) => c.searchWords?.includes(word) === true, limit),
  ]);
  return new Map([...lookups].map(([name, { key, word }]) => [name, namedAs(name, ofKey(key), word ? ofWord(word) : [])]));
}

type Keyed = Contact & Partial<ContactKeys>;
const byId = (a: Contact, b: Contact) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Each key's first `limit` holders in `index` (its order: by key, then id). A round reads every
 * key left with `anyOf`, at most `limit` rows a key in all; when it is cut short, the keys it may
 * not have read to their `limit` are read again: a name ten thousand people have costs `limit`
 * rows, not ten thousand. Each round settles at least its first key (read past, or `limit` of it).
 */
async function holdersOf(db: SopDatabase, index: 'nameKey' | 'searchWords', keys: readonly string[], holds: (c: Keyed, key: string) => boolean, limit: number): Promise<(key: string) => Contact[]> {
  const found = new Map<string, Keyed>();
  const held = (key: string) => [...found.values()].filter((c) => holds(c, key));
  let left = [...new Set(keys)].sort();
  while (left.length > 0) {
    const cap = left.length * limit;
    const rows = (await db.contacts.where(index).anyOf(left).limit(cap).toArray()) as Keyed[];
    for (const row of rows) found.set(row.id, row);
    const last = rows.at(-1);
    if (!last || rows.length < cap) break;
    // Read to its end: every key before the smallest the last row holds (it was read under that key or a later one).
    const cut = left.find((key) => holds(last, key)) ?? '';
    left = left.filter((key, i) => i > 0 && key >= cut && held(key).length < limit);
  }
  const made = new Map<string, Contact[]>();
  return (key) => {
    let list = made.get(key);
    if (!list) made.set(key, (list = held(key).sort(byId).slice(0, limit)));
    return list;
  };
}

/** A name's lookup in one index: its merge key in `nameKey`, or a Chinese name's folded word in `searchWords`. */
export interface NameLookup {
  index: 'nameKey' | 'searchWords';
  value: string;
}

/**
 * Where the holders of a name are read on from, past the first {@link READERS_PAGE} after its
 * window: the lookup, the id of the last holder read (its index's order within a name is by id),
 * and the records written whose readers are looked for among them. By the id, not a count: a
 * namesake added or removed between steps (each its own transaction) shifts a count, and a
 * holder was skipped or read twice; the holders after an id are the same whatever came before it.
 */
export interface NamesakesLeft {
  lookup: NameLookup;
  after: ContactId;
  records: readonly RecordFields[];
  /**
   * The name's holders' ids as read once for the pages still to come ({@link holderIds}), when no
   * holder added since can read `records` (records as they were before a rename: a holder that
   * came after was never judged reading them); else read again each page.
   */
  ids?: readonly ContactId[];
}

/** The contacts whose rows read the records written ({@link samePersonReaders}), and the name holders left to read for more. */
export interface SamePersonReaders {
  readers: Contact[];
  left: NamesakesLeft[];
}

/** Holders of a name read past its window at a time: one index page a step. */
export const READERS_PAGE = 100;

/** The first holders of a lookup, as every gathering reads them (its window: {@link contactsNamed}'s limit). */
const WINDOW = MAX_CANDIDATES + 1;

/** A lookup's first `count` holders, in its index's order (by key, then id): its window, or its window and first page. */
function firstHolders(db: SopDatabase, { index, value }: NameLookup, count: number): Promise<Contact[]> {
  return db.contacts.where(index).equals(value).limit(count).toArray();
}

/** The ids of a lookup's holders, in its index's order: the index's keys, no record. */
export function holderIds(db: SopDatabase, { index, value }: NameLookup): Promise<ContactId[]> {
  return db.contacts.where(index).equals(value).primaryKeys();
}

/**
 * A lookup's next `count` holders after the one with id `after` (gone or not), in its index's
 * order. Its ids alone are read to find them (or taken as given: `ids`, {@link holderIds}), then
 * those records; `last` is the last id of that slice when it was full (more may follow it), by the
 * ids, not the records found: ids given were read in an earlier transaction, and a holder deleted
 * since is no record, but the name goes on past him.
 */
async function holdersAfter(db: SopDatabase, lookup: NameLookup, after: ContactId, count: number, ids?: readonly ContactId[]): Promise<{ holders: Contact[]; last?: ContactId }> {
  const next = (ids ?? (await holderIds(db, lookup))).filter((id) => id > after).slice(0, count);
  const holders = (await db.contacts.bulkGet(next)).filter((c): c is Contact => c !== undefined);
  const last = next.at(-1);
  return next.length === count && last !== undefined ? { holders, last } : { holders };
}

/** The lookups that find these records' namesakes (each record by the lookups of its name), each with the records it finds for. */
function lookupsOf(records: readonly RecordFields[]): { lookup: NameLookup; records: RecordFields[] }[] {
  const byLookup = new Map<string, { lookup: NameLookup; records: RecordFields[] }>();
  for (const record of records) {
    const { key, word } = lookupOf(record.name);
    for (const lookup of [{ index: 'nameKey', value: key } as const, ...(word ? [{ index: 'searchWords', value: word } as const] : [])]) {
      const id = `${lookup.index}:${lookup.value}`;
      const entry = byLookup.get(id);
      if (entry) entry.records.push(record);
      else byLookup.set(id, { lookup, records: [record] });
    }
  }
  return [...byLookup.values()];
}

/**
 * The contacts whose judgment may read one of these records as their person's other record (the
 * strong matches among each one's namesakes, lib/situation/gather.ts): a write to a record
 * re-judges their rows too, as Today shows them. By the name indexes, never the table.
 *
 * A gathering reads a name's first holders only (its window, {@link contactsNamed}): a record
 * past them is read by no one, and one within them is read by namesakes anywhere in the name,
 * the 22nd of thirty as much as the 2nd. So for a record within the window of a name more people
 * hold, the holders past the window are read too, a page of {@link READERS_PAGE} at a time: the
 * first page here (the name's first holders, window and page, in one read), and where more are
 * left, `left` says where to go on (`continuing`: read those pages only), so a step reads at most
 * the window and a page of each name it touched, however many hold it.
 */
export async function samePersonReaders(db: SopDatabase, records: readonly RecordFields[], continuing?: readonly NamesakesLeft[]): Promise<SamePersonReaders> {
  const readers = new Map<ContactId, Contact>();
  const left: NamesakesLeft[] = [];
  // Whether `other` reads `record` through this lookup's window: a strong match, not past a full
  // window (by its id: as it is or as it was), and, when it is in the window of its merge key
  // (which `other`, holding that key, reads first), one of the first matches `other` looks at.
  const reads = (other: Contact, record: RecordFields, { index }: NameLookup, window: readonly Contact[]) => {
    if (!isOtherRecordOf(record, other)) return false;
    const last = window.at(-1);
    if (window.length === WINDOW && last && record.id > last.id) return false;
    return index !== 'nameKey' || !window.some((c) => c.id === record.id) || strongNamesakes(other, window).some((c) => c.id === record.id);
  };
  const readBy = (holders: readonly Contact[], written: readonly RecordFields[], lookup: NameLookup, window: readonly Contact[]) => {
    for (const other of holders) if (written.some((record) => reads(other, record, lookup, window))) readers.set(other.id, other);
  };
  // A page read, and where to go on after it (`last`: the page's last id when it was full, whether or not his record is still there).
  const paged = (holders: readonly Contact[], last: ContactId | undefined, written: readonly RecordFields[], lookup: NameLookup, window: readonly Contact[]) => {
    readBy(holders, written, lookup, window);
    if (last !== undefined) left.push({ lookup, after: last, records: written });
  };
  if (continuing) {
    await Promise.all(
      continuing.map(async ({ lookup, after, records: written, ids }) => {
        const [{ holders, last }, window] = await Promise.all([holdersAfter(db, lookup, after, READERS_PAGE, ids), firstHolders(db, lookup, WINDOW)]);
        paged(holders, last, written, lookup, window);
      }),
    );
    return { readers: [...readers.values()], left };
  }
  // Past a full window only for a record in it (as it is, or as it was, by its id): no one reads one past it.
  const pastWindow = (window: readonly Contact[], written: readonly RecordFields[]) => {
    const last = window.at(-1);
    return window.length === WINDOW && last !== undefined && written.some((record) => record.id <= last.id);
  };
  await Promise.all(
    lookupsOf(records).map(async ({ lookup, records: written }) => {
      let window = await firstHolders(db, lookup, WINDOW);
      // The window and the page after it as one read (the window read again: a page's worth of rows, never the name's every id).
      const first = pastWindow(window, written) ? await firstHolders(db, lookup, WINDOW + READERS_PAGE) : window;
      window = first.slice(0, WINDOW);
      readBy(window, written, lookup, window);
      if (first.length > WINDOW && pastWindow(window, written)) {
        // (one read of records: the page is full when it read a page's worth)
        const page = first.slice(WINDOW);
        paged(page, page.length === READERS_PAGE ? page.at(-1)?.id : undefined, written, lookup, window);
      }
    }),
  );
  return { readers: [...readers.values()], left };
}

/**
 * What of a record tells its readers, alone (the fields {@link isOtherRecordOf} compares): what a
 * mark left for a later step keeps of a record as it was, not its thread or last words.
 */
export function readerFieldsOf(record: RecordFields): RecordFields {
  const { id, identities, name, company, email, phone } = record;
  return { id, identities: [...identities], name, ...(company !== undefined ? { company } : {}), ...(email !== undefined ? { email } : {}), ...(phone !== undefined ? { phone } : {}) };
}
