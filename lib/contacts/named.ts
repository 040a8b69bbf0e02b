import type { SopDatabase } from '../db/database';
import { nameKeyOf } from './contact-keys';
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
  const folded = personNameKey(name);
  const [byKey, byWord] = await Promise.all([
    db.contacts.where('nameKey').equals(nameKeyOf(name)).limit(limit).toArray(),
    HAN.test(folded) && !folded.includes(' ') ? db.contacts.where('searchWords').equals(folded).limit(limit).toArray() : Promise.resolve([]),
  ]);
  const byId = new Map([...byKey, ...byWord].map((c) => [c.id, c]));
  return [...byId.values()].filter((c) => personNameKey(c.name) === folded);
}
