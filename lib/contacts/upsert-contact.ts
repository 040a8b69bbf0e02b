import type { Table } from 'dexie';
import type { SopDatabase } from '../db/database';
import { STAGE_IDS } from '../sop/stages';
import type { Contact, ContactId, ExtractedContact } from './schema';

export interface UpsertOutcome {
  contact: Contact;
  created: boolean;
  /**
   * The stored records of the person as they were, when the capture changed what ties them to
   * another record of the person (name, company, email, phone) or folded one into another: the
   * rows that read them so are judged again (lib/contacts/named.ts, `samePersonReaders`).
   */
  retied: Contact[];
}

const unique = <T>(items: Iterable<T>) => [...new Set(items)];
/** `Math.min` without spreading: a file may hold tens of thousands of records of one person. */
const least = (values: readonly number[]) => values.reduce((a, b) => Math.min(a, b), Infinity);

/** Newest first by `time`; equal times keep their order (earlier in the list wins). */
const newestFirst = <T>(items: readonly T[], time: (item: T) => number) =>
  items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => time(b.item) - time(a.item) || a.index - b.index)
    .map(({ item }) => item);

/**
 * Whether the record's stage was decided (the rep or a file moved it), rather than being the
 * stage every contact starts at. A fresh capture of a known person must not undo a stage move.
 */
const stageDecided = (c: Contact) => c.stage !== STAGE_IDS[0] || (c.stageHistory?.length ?? 0) > 0;

/**
 * The stage to keep: the most recent decision (a move back is a decision too), equal times going
 * to the furthest stage; with no decision at all, the first stage since the person was first seen.
 */
function pickStage(records: readonly Contact[]): Pick<Contact, 'stage' | 'stageChangedAt'> {
  const decided = records.filter(stageDecided);
  if (decided.length === 0) return { stage: STAGE_IDS[0], stageChangedAt: least(records.map((c) => c.stageChangedAt)) };
  const best = decided.reduce((a, b) => (b.stageChangedAt > a.stageChangedAt || (b.stageChangedAt === a.stageChangedAt && STAGE_IDS.indexOf(b.stage) > STAGE_IDS.indexOf(a.stage)) ? b : a));
  return { stage: best.stage, stageChangedAt: best.stageChangedAt };
}

/** Keys combined by their own rule; every other field comes from the newest capture that has it. */
const OWN_RULE = new Set<string>(['id', 'identities', 'sources', 'stage', 'stageChangedAt', 'createdAt', 'capturedAt', 'knownPains', 'askedQuestions', 'exitCriteriaMet', 'answers', 'stageHistory', 'lastWord', 'thread', 'snooze']);

const unionOf = (records: readonly Contact[], key: 'knownPains' | 'askedQuestions' | 'exitCriteriaMet') =>
  records.some((c) => c[key]) ? { [key]: unique(records.flatMap((c) => c[key] ?? [])) } : {};

/**
 * Several records of one person as one contact with the id `survivorId`: identities, sources,
 * pains, questions asked and exit criteria met are unioned; the earliest creation and the newest
 * capture are kept; the page fields (name, headline, profile link…) and BANT come from the newest
 * capture that has them; answers per question likewise; their last word and a snooze are the
 * newest by their own time; the stage is the latest decision ({@link pickStage}); the stage
 * history is merged in time order. Pure: the same records give the same contact.
 *
 * @example combineContacts([captured, older], older.id) // older's id and createdAt, captured's headline
 */
export function combineContacts(records: readonly Contact[], survivorId: ContactId): Contact {
  const byCapture = newestFirst(records, (c) => c.capturedAt);
  const fields: Record<string, unknown> = {};
  for (const record of byCapture) {
    for (const [key, value] of Object.entries(record)) {
      if (value !== undefined && !OWN_RULE.has(key) && !(key in fields)) fields[key] = value;
    }
  }
  const answers = Object.assign({}, ...byCapture.toReversed().map((c) => c.answers ?? {})) as Record<string, string>;
  const history = records.flatMap((c) => c.stageHistory ?? []);
  const seenMoves = new Set<string>();
  const stageHistory = newestFirst(history, (h) => -h.at).filter((h) => {
    const key = `${h.at}|${h.from}|${h.to}|${h.reason}`;
    return !seenMoves.has(key) && seenMoves.add(key);
  });
  const lastWord = newestFirst(
    records.filter((c) => c.lastWord),
    (c) => c.lastWord?.at ?? -Infinity,
  )[0]?.lastWord;
  const thread = newestFirst(
    records.filter((c) => c.thread),
    (c) => c.thread?.at ?? -Infinity,
  )[0]?.thread;
  const snooze = newestFirst(
    records.filter((c) => c.snooze),
    (c) => c.snooze?.at ?? -Infinity,
  )[0]?.snooze;
  return {
    ...(fields as Omit<Contact, 'id'>),
    id: survivorId,
    identities: unique(records.flatMap((c) => c.identities)),
    sources: unique(records.flatMap((c) => c.sources)),
    ...pickStage(records),
    createdAt: least(records.map((c) => c.createdAt)),
    capturedAt: -least(records.map((c) => -c.capturedAt)),
    ...unionOf(records, 'knownPains'),
    ...unionOf(records, 'askedQuestions'),
    ...unionOf(records, 'exitCriteriaMet'),
    ...(Object.keys(answers).length > 0 ? { answers } : {}),
    ...(stageHistory.length > 0 ? { stageHistory: stageHistory.slice(-50) } : {}),
    ...(lastWord ? { lastWord } : {}),
    ...(thread ? { thread } : {}),
    ...(snooze ? { snooze } : {}),
  };
}

export interface StoredContacts {
  /** The contact each given record is now part of, by the record's id. */
  contactOf: Map<ContactId, Contact>;
  /** Every id, given or stored, that now lives on in another contact: old id → surviving id. */
  mergedInto: Map<ContactId, ContactId>;
  /** Ids of given records whose person was not stored before. */
  created: Set<ContactId>;
  /** The stored records of these people as they were before this write. */
  before: Contact[];
}

export interface StoreOptions {
  /** The id to keep when it is among the records of one person (an explicit merge's target). */
  keep?: ContactId;
  /** Called as the contacts are written. */
  onProgress?: (done: number, total: number) => void;
}

/** The contacts among `all` that share an id or an identity with a record, directly or through another. */
function relativesAmong(all: readonly Contact[], records: readonly Contact[]): Contact[] {
  const byKey = new Map<string, Contact[]>();
  for (const c of all) {
    for (const key of [`id:${c.id}`, ...c.identities.map((i) => `identity:${i}`)]) {
      const holders = byKey.get(key);
      if (holders) holders.push(c);
      else byKey.set(key, [c]);
    }
  }
  const found = new Map<ContactId, Contact>();
  const asked = new Set<string>();
  let pending = unique(records.flatMap((c) => [`id:${c.id}`, ...c.identities.map((i) => `identity:${i}`)]));
  while (pending.length > 0) {
    for (const key of pending) asked.add(key);
    const more = unique(pending.flatMap((key) => byKey.get(key) ?? [])).filter((c) => !found.has(c.id));
    for (const c of more) found.set(c.id, c);
    pending = unique(more.flatMap((c) => c.identities.map((i) => `identity:${i}`))).filter((key) => !asked.has(key));
  }
  return [...found.values()];
}

/** Above this many ids and identities, one read of every contact beats an index lookup per key. */
const INDEX_LOOKUPS = 50;

/** Stored contacts that hold any of these ids or identities, and those that share one with them, transitively. */
async function storedRelatives(db: SopDatabase, records: readonly Contact[]): Promise<Contact[]> {
  const keys = records.length + records.reduce((n, c) => n + c.identities.length, 0);
  if (keys > INDEX_LOOKUPS) return relativesAmong(await db.contacts.toArray(), records);
  const found = new Map<ContactId, Contact>();
  for (const stored of await db.contacts.bulkGet(unique(records.map((c) => c.id)))) if (stored) found.set(stored.id, stored);
  const asked = new Set<string>();
  let pending = unique([...records, ...found.values()].flatMap((c) => c.identities));
  while (pending.length > 0) {
    for (const identity of pending) asked.add(identity);
    // One `equals` per identity: `anyOf` walks a cursor, slow when thousands share one key.
    const more = unique((await Promise.all(pending.map((identity) => db.contacts.where('identities').equals(identity).toArray()))).flat()).filter((c) => !found.has(c.id));
    for (const c of more) found.set(c.id, c);
    pending = unique(more.flatMap((c) => c.identities)).filter((i) => !asked.has(i));
  }
  return [...found.values()];
}

/** Groups records that share an id or an identity, transitively (union–find). */
function groupByPerson(records: readonly Contact[]): Contact[][] {
  const parent = records.map((_, i) => i);
  const root = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] ?? r;
    while (parent[i] !== r) [i, parent[i]] = [parent[i] ?? r, r];
    return r;
  };
  const firstWith = new Map<string, number>();
  records.forEach((record, i) => {
    for (const key of [`id:${record.id}`, ...record.identities.map((identity) => `identity:${identity}`)]) {
      const other = firstWith.get(key);
      if (other === undefined) firstWith.set(key, i);
      else parent[root(i)] = root(other);
    }
  });
  const groups = new Map<number, Contact[]>();
  records.forEach((record, i) => {
    const group = groups.get(root(i));
    if (group) group.push(record);
    else groups.set(root(i), [record]);
  });
  return [...groups.values()];
}

/** Moves everything that named a merged-away contact (touches, notes, talk tracks, deals, open tabs) to its survivor. */
async function repoint(db: SopDatabase, mergedInto: ReadonlyMap<ContactId, ContactId>): Promise<void> {
  const gone = [...mergedInto.keys()];
  if (gone.length === 0) return;
  const to = (id: ContactId) => mergedInto.get(id) ?? id;
  const isGone = (id: ContactId | undefined) => id !== undefined && mergedInto.has(id);
  // A few ids: by index, one key at a time. Many (a store full of copies being healed): one pass over each table.
  const few = gone.length <= INDEX_LOOKUPS;
  const move = (row: { contactId: ContactId }) => {
    row.contactId = to(row.contactId);
  };
  for (const table of [db.touches, db.notes, db.trackUses] as unknown as Table<{ contactId: ContactId }>[]) {
    if (few) for (const id of gone) await table.where('contactId').equals(id).modify(move);
    else await table.filter((row) => isGone(row.contactId)).modify(move);
  }
  const deals = few ? unique((await Promise.all(gone.map((id) => db.deals.where('contactIds').equals(id).toArray()))).flat()) : await db.deals.filter((d) => d.contactIds.some(isGone)).toArray();
  await db.deals.bulkPut(deals.map((d) => ({ ...d, contactIds: unique(d.contactIds.map(to)) })));
  await db.tabStates
    .filter((s) => s.status === 'captured' && isGone(s.contactId))
    .modify((s) => {
      if (s.status === 'captured' && s.contactId) s.contactId = to(s.contactId);
    });
  // A merge whose kept contact is gone can no longer be undone without making duplicates.
  await db.merges.filter((m) => isGone(m.targetId)).delete();
}

const CHUNK = 500;

/**
 * The one way contacts enter the store, so that a person is upserted, never duplicated: each
 * record is combined ({@link combineContacts}) with every other given record and every stored
 * contact that shares an id or an identity with it, directly or through another. The survivor of
 * each person keeps the `keep` id, else the earliest created one's (a stored one on a tie); the
 * other contacts are deleted and whatever named them is re-pointed to the survivor. One
 * transaction (nested in the caller's, if any).
 */
export async function storeContacts(db: SopDatabase, records: readonly Contact[], { keep, onProgress }: StoreOptions = {}): Promise<StoredContacts> {
  return db.transaction('rw', [db.contacts, db.touches, db.notes, db.trackUses, db.deals, db.tabStates, db.merges], async () => {
    const stored = await storedRelatives(db, records);
    const storedIds = new Set(stored.map((c) => c.id));
    const contactOf = new Map<ContactId, Contact>();
    const mergedInto = new Map<ContactId, ContactId>();
    const created = new Set<ContactId>();
    const survivors: Contact[] = [];
    // Stored records first: on equal creation times the contact open tabs show stays.
    for (const group of groupByPerson([...stored, ...records])) {
      const ids = unique(group.map((c) => c.id));
      const survivorId = keep !== undefined && ids.includes(keep) ? keep : group.reduce((a, b) => (b.createdAt < a.createdAt ? b : a)).id;
      const ordered = [...group.filter((c) => c.id === survivorId), ...group.filter((c) => c.id !== survivorId)];
      const contact = combineContacts(ordered, survivorId);
      survivors.push(contact);
      for (const id of ids) if (id !== survivorId) mergedInto.set(id, survivorId);
      const isNew = !group.some((c) => storedIds.has(c.id));
      for (const record of group) {
        contactOf.set(record.id, contact);
        if (isNew) created.add(record.id);
      }
    }
    await db.contacts.bulkDelete([...mergedInto.keys()].filter((id) => storedIds.has(id)));
    for (let i = 0; i < survivors.length; i += CHUNK) {
      await db.contacts.bulkPut(survivors.slice(i, i + CHUNK));
      onProgress?.(Math.min(i + CHUNK, survivors.length), survivors.length);
    }
    await repoint(db, new Map([...mergedInto].filter(([id]) => storedIds.has(id))));
    return { contactOf, mergedInto, created, before: stored };
  });
}

/**
 * Stores what a page showed about a person: the contact with that identity is updated, or a new
 * one is created at the first SOP stage (through {@link storeContacts}, so a store that somehow
 * holds the identity twice is healed, not made worse). One transaction, so two tabs capturing the
 * same person at once still make one contact. Fields the page did not show (a lazy-loaded About
 * card) keep their earlier value rather than being blanked.
 */
export async function upsertContact(db: SopDatabase, extracted: ExtractedContact, now: number): Promise<UpsertOutcome> {
  const { source, identity, ...pageFields } = extracted;
  const record: Contact = {
    ...pageFields,
    id: crypto.randomUUID() as ContactId,
    identities: [identity],
    sources: [source],
    stage: STAGE_IDS[0],
    stageChangedAt: now,
    createdAt: now,
    capturedAt: now,
  };
  const { contactOf, created, before } = await storeContacts(db, [record]);
  const contact = contactOf.get(record.id);
  if (!contact) throw new Error('the stored contact is missing');
  const tie = (c: Contact) => [c.name, c.company, c.email, c.phone].join('\u0000');
  return { contact, created: created.has(record.id), retied: before.filter((c) => c.id !== contact.id || tie(c) !== tie(contact)) };
}
