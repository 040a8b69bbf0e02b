import type { SopDatabase } from '../db/database';
import { nameKeyOf, type ContactKeys } from './contact-keys';
import { personNameKey } from './same-person';
import type { Contact } from './schema';

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
 * {@link contactsNamed} for many names at once, as Today's full build reads a step's people: one
 * `anyOf` per index for all their keys, grouped here, each key's first `limit` holders (in the
 * index's order, by id) as its own lookup would have them; by name.
 */
export async function contactsNamedEach(db: SopDatabase, names: readonly string[], limit = MAX_CANDIDATES + 1): Promise<Map<string, Contact[]>> {
  const lookups = new Map([...new Set(names)].map((name) => [name, lookupOf(name)]));
  const keys = [...new Set([...lookups.values()].map((l) => l.key))];
  const words = [...new Set([...lookups.values()].flatMap((l) => (l.word ? [l.word] : [])))];
  type Keyed = Contact & Partial<ContactKeys>;
  const [keyed, worded] = await Promise.all([
    keys.length > 0 ? (db.contacts.where('nameKey').anyOf(keys).toArray() as Promise<Keyed[]>) : Promise.resolve([]),
    words.length > 0 ? (db.contacts.where('searchWords').anyOf(words).distinct().toArray() as Promise<Keyed[]>) : Promise.resolve([]),
  ]);
  const byId = (a: Contact, b: Contact) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const holders = (rows: readonly Keyed[], holds: (c: Keyed, key: string) => boolean) => (key: string) => rows.filter((c) => holds(c, key)).sort(byId).slice(0, limit);
  const ofKey = memo(holders(keyed, (c, key) => c.nameKey === key));
  const ofWord = memo(holders(worded, (c, word) => c.searchWords?.includes(word) === true));
  return new Map([...lookups].map(([name, { key, word }]) => [name, namedAs(name, ofKey(key), word ? ofWord(word) : [])]));
}

function memo<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) made.set(key, (value = make(key)));
    return value;
  };
}
