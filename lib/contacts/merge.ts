import type { SopDatabase } from '../db/database';
import { afterWrite } from '../situation/refresh-queue';
import { nameKeyOf } from './contact-keys';
import type { Contact, ContactId } from './schema';
import { combineContacts, storeContacts } from './upsert-contact';

export type { StoredMerge } from '../db/records';

const normaliseName = nameKeyOf;

/**
 * Contacts that may be the same person as this one: the same name under another identity (a
 * LinkedIn profile and an email address). Only a suggestion: merging is the rep's decision.
 */
export function findMergeCandidates(contact: Contact, all: readonly Contact[]): Contact[] {
  const name = normaliseName(contact.name);
  return all.filter((other) => other.id !== contact.id && normaliseName(other.name) === name && !other.identities.some((i) => contact.identities.includes(i)));
}

const numbers = (keys: readonly (number | undefined)[]) => keys.filter((key) => key !== undefined);

/**
 * Folds `absorbedId` into `targetId` through the one upsert path ({@link storeContacts}), by the
 * same rules as every other way two records of a person become one; the target's id is kept.
 * Touches, notes, talk tracks, deals and open tabs follow. One transaction; undoable.
 */
export async function mergeContacts(db: SopDatabase, targetId: ContactId, absorbedId: ContactId, now: number): Promise<number | undefined> {
  const id = await db.transaction('rw', [db.contacts, db.touches, db.notes, db.trackUses, db.deals, db.tabStates, db.merges], async () => {
    const [target, absorbed] = await Promise.all([db.contacts.get(targetId), db.contacts.get(absorbedId)]);
    if (!target || !absorbed || target.id === absorbed.id) return undefined;
    const [movedTouchIds, movedNoteIds, movedTrackUseIds, deals] = await Promise.all([
      db.touches.where('contactId').equals(absorbed.id).primaryKeys().then(numbers),
      db.notes.where('contactId').equals(absorbed.id).primaryKeys().then(numbers),
      db.trackUses.where('contactId').equals(absorbed.id).primaryKeys().then(numbers),
      db.deals.where('contactIds').equals(absorbed.id).toArray(),
    ]);
    await storeContacts(db, [combineContacts([target, absorbed], target.id)], { keep: target.id });
    return db.merges.add({ at: now, targetId: target.id, targetBefore: target, absorbed, movedTouchIds, movedNoteIds, movedTrackUseIds, dealsBefore: deals.map(({ id, contactIds }) => ({ id, contactIds })) });
  });
  await afterWrite(db, { contactIds: [targetId, absorbedId] });
  return id;
}

/** At most this many same-name contacts are offered: the card stays small with a common name. */
const MAX_CANDIDATES = 20;

/**
 * {@link findMergeCandidates} through the folded-name index: reads the contacts with this name,
 * never the table.
 */
export async function mergeCandidatesOf(db: SopDatabase, contact: Contact): Promise<Contact[]> {
  const sameName = await db.contacts.where('nameKey').equals(nameKeyOf(contact.name)).limit(MAX_CANDIDATES + 1).toArray();
  return findMergeCandidates(contact, sameName).slice(0, MAX_CANDIDATES);
}

/** Undoes a merge: both contacts as they were, touches, notes, talk tracks and deals back where they came from. */
export async function undoMerge(db: SopDatabase, mergeId: number): Promise<boolean> {
  const ids: ContactId[] = [];
  const undone = await db.transaction('rw', [db.contacts, db.touches, db.notes, db.trackUses, db.deals, db.tabStates, db.merges], async () => {
    const merge = await db.merges.get(mergeId);
    if (!merge) return false;
    await db.contacts.put(merge.targetBefore);
    await db.contacts.put(merge.absorbed);
    await db.touches.where('id').anyOf(merge.movedTouchIds).modify({ contactId: merge.absorbed.id });
    await db.notes.where('id').anyOf(merge.movedNoteIds ?? []).modify({ contactId: merge.absorbed.id });
    await db.trackUses.where('id').anyOf(merge.movedTrackUseIds ?? []).modify({ contactId: merge.absorbed.id });
    for (const { id, contactIds } of merge.dealsBefore ?? []) await db.deals.update(id, { contactIds });
    await db.merges.delete(mergeId);
    ids.push(merge.targetId, merge.absorbed.id);
    return true;
  });
  await afterWrite(db, { contactIds: ids });
  return undone;
}
