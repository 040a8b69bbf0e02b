import type { SopDatabase } from '../db/database';
import { afterWrite } from '../situation/refresh-queue';
import { contactsNamed, MAX_CANDIDATES } from './named';
import { matchStrength, personNameKey, type MatchStrength } from './same-person';
import type { Contact, ContactId } from './schema';
import { combineContacts, storeContacts } from './upsert-contact';

export type { StoredMerge } from '../db/records';
export { contactsNamed } from './named';

/**
 * Contacts that may be the same person as this one: the same name under another identity (a
 * LinkedIn profile and an email address), 陳美玲 as 陈美玲. Only a suggestion: merging is the rep's decision.
 */
export function findMergeCandidates(contact: Contact, all: readonly Contact[]): Contact[] {
  const name = personNameKey(contact.name);
  return all.filter((other) => other.id !== contact.id && personNameKey(other.name) === name && !other.identities.some((i) => contact.identities.includes(i)));
}

/** A contact that may be this one, and how sure that is ({@link matchStrength}). */
export interface MergeCandidate {
  contact: Contact;
  strength: MatchStrength;
}

/** {@link findMergeCandidates} with how sure each is, the strong ones (same company, its domain, a shared email or phone) first. */
export function rankMergeCandidates(contact: Contact, all: readonly Contact[]): MergeCandidate[] {
  const ranked = findMergeCandidates(contact, all).map((other) => ({ contact: other, strength: matchStrength(contact, other) ?? 'weak' }));
  return [...ranked.filter((c) => c.strength === 'strong'), ...ranked.filter((c) => c.strength !== 'strong')];
}

const numbers = (keys: readonly (number | undefined)[]) => keys.filter((key) => key !== undefined);

/**
 * Folds `absorbedId` into `targetId` through the one upsert path ({@link storeContacts}), by the
 * same rules as every other way two records of a person become one; the target's id is kept.
 * Touches, notes, talk tracks, deals and open tabs follow. One transaction; undoable.
 */
export async function mergeContacts(db: SopDatabase, targetId: ContactId, absorbedId: ContactId, now: number): Promise<number | undefined> {
  const formerly: Contact[] = [];
  const id = await db.transaction('rw', [db.contacts, db.touches, db.notes, db.trackUses, db.deals, db.tabStates, db.merges], async () => {
    const [target, absorbed] = await Promise.all([db.contacts.get(targetId), db.contacts.get(absorbedId)]);
    if (!target || !absorbed || target.id === absorbed.id) return undefined;
    formerly.push(target, absorbed);
    const [movedTouchIds, movedNoteIds, movedTrackUseIds, deals, movedTabIds] = await Promise.all([
      db.touches.where('contactId').equals(absorbed.id).primaryKeys().then(numbers),
      db.notes.where('contactId').equals(absorbed.id).primaryKeys().then(numbers),
      db.trackUses.where('contactId').equals(absorbed.id).primaryKeys().then(numbers),
      db.deals.where('contactIds').equals(absorbed.id).toArray(),
      // (a few open tabs: the table is small)
      db.tabStates.filter((s) => s.status === 'captured' && s.contactId === absorbed.id).primaryKeys().then(numbers),
    ]);
    await storeContacts(db, [combineContacts([target, absorbed], target.id)], { keep: target.id });
    return db.merges.add({ at: now, targetId: target.id, targetBefore: target, absorbed, movedTouchIds, movedNoteIds, movedTrackUseIds, dealsBefore: deals.map(({ id, contactIds }) => ({ id, contactIds })), movedTabIds });
  });
  // (the rows that read either as their person's other record, by the names and ties they had: the absorbed one is gone)
  await afterWrite(db, { contactIds: [targetId, absorbedId], formerly });
  return id;
}


/** {@link rankMergeCandidates} among the contacts with this name ({@link contactsNamed}). */
export async function mergeCandidatesOf(db: SopDatabase, contact: Contact): Promise<MergeCandidate[]> {
  return rankMergeCandidates(contact, await contactsNamed(db, contact.name)).slice(0, MAX_CANDIDATES);
}

/** Undoes a merge: both contacts as they were, touches, notes, talk tracks and deals back where they came from. */
export async function undoMerge(db: SopDatabase, mergeId: number): Promise<boolean> {
  const ids: ContactId[] = [];
  const formerly: Contact[] = [];
  const undone = await db.transaction('rw', [db.contacts, db.touches, db.notes, db.trackUses, db.deals, db.tabStates, db.merges], async () => {
    const merge = await db.merges.get(mergeId);
    if (!merge) return false;
    const combined = await db.contacts.get(merge.targetId);
    if (combined) formerly.push(combined);
    await db.contacts.put(merge.targetBefore);
    await db.contacts.put(merge.absorbed);
    await db.touches.where('id').anyOf(merge.movedTouchIds).modify({ contactId: merge.absorbed.id });
    await db.notes.where('id').anyOf(merge.movedNoteIds ?? []).modify({ contactId: merge.absorbed.id });
    await db.trackUses.where('id').anyOf(merge.movedTrackUseIds ?? []).modify({ contactId: merge.absorbed.id });
    for (const { id, contactIds } of merge.dealsBefore ?? []) await db.deals.update(id, { contactIds });
    // The tab that showed the absorbed contact shows it again (one still on the kept contact only).
    await db.tabStates
      .where('tabId')
      .anyOf(merge.movedTabIds ?? [])
      .modify((s) => {
        if (s.status === 'captured' && s.contactId === merge.targetId) s.contactId = merge.absorbed.id;
      });
    await db.merges.delete(mergeId);
    ids.push(merge.targetId, merge.absorbed.id);
    return true;
  });
  await afterWrite(db, { contactIds: ids, formerly });
  return undone;
}
