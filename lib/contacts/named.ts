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

/**
 * The contacts whose judgment may read one of these records as their person's other record (the
 * strong matches among each one's namesakes, lib/situation/gather.ts): a write to a record
 * re-judges their rows too, as Today shows them. By the name indexes, each name's first holders
 * as their own lookup reads them (a record past them is read by no one): never the table. A name
 * more people hold than that leaves a reader past them to the next full build.
 */
export async function samePersonReaders(db: SopDatabase, records: readonly RecordFields[]): Promise<Contact[]> {
  const byName = new Map<string, RecordFields[]>();
  for (const record of records) byName.set(record.name, [...(byName.get(record.name) ?? []), record]);
  const readers = new Map<ContactId, Contact>();
  await Promise.all(
    [...byName].map(async ([name, written]) => {
      for (const other of await contactsNamed(db, name)) if (written.some((record) => isOtherRecordOf(record, other))) readers.set(other.id, other);
    }),
  );
  return [...readers.values()];
}
