import type { SopDatabase } from '../db/database';
import type { Contact, ContactId } from './schema';

/** What a merge changed, kept so it can be undone. */
export interface StoredMerge {
  id?: number;
  at: number;
  targetId: ContactId;
  /** The kept contact as it was before the merge. */
  targetBefore: Contact;
  /** The contact folded into it, whole. */
  absorbed: Contact;
  /** Touches that moved from the absorbed contact to the kept one. */
  movedTouchIds: number[];
}

const normaliseName = (name: string) => name.normalize('NFKC').toLowerCase().replace(/[\s.·,]+/g, ' ').trim();

/**
 * Contacts that may be the same person as this one: the same name under another identity (a
 * LinkedIn profile and an email address). Only a suggestion: merging is the rep's decision.
 */
export function findMergeCandidates(contact: Contact, all: readonly Contact[]): Contact[] {
  const name = normaliseName(contact.name);
  return all.filter((other) => other.id !== contact.id && normaliseName(other.name) === name && !other.identities.some((i) => contact.identities.includes(i)));
}

const unique = <T>(items: readonly T[]) => [...new Set(items)];

/**
 * Folds `absorbedId` into `targetId`: identities, sources and touches join; fields the kept
 * contact lacks are filled; the earliest creation wins. One transaction; undoable.
 */
export async function mergeContacts(db: SopDatabase, targetId: ContactId, absorbedId: ContactId, now: number): Promise<number | undefined> {
  return db.transaction('rw', [db.contacts, db.touches, db.tabStates, db.merges], async () => {
    const [target, absorbed] = await Promise.all([db.contacts.get(targetId), db.contacts.get(absorbedId)]);
    if (!target || !absorbed || target.id === absorbed.id) return undefined;
    const filled = Object.fromEntries(Object.entries(absorbed).filter(([key, value]) => value !== undefined && (target as Record<string, unknown>)[key] === undefined));
    const merged: Contact = {
      ...filled,
      ...target,
      identities: unique([...target.identities, ...absorbed.identities]),
      sources: unique([...target.sources, ...absorbed.sources]),
      createdAt: Math.min(target.createdAt, absorbed.createdAt),
      capturedAt: Math.max(target.capturedAt, absorbed.capturedAt),
      ...(target.knownPains || absorbed.knownPains ? { knownPains: unique([...(target.knownPains ?? []), ...(absorbed.knownPains ?? [])]) } : {}),
      ...(target.askedQuestions || absorbed.askedQuestions ? { askedQuestions: unique([...(target.askedQuestions ?? []), ...(absorbed.askedQuestions ?? [])]) } : {}),
    };
    const moved = await db.touches.where('contactId').equals(absorbed.id).toArray();
    await db.touches.where('contactId').equals(absorbed.id).modify({ contactId: target.id });
    await db.tabStates
      .filter((s) => s.status === 'captured' && s.contactId === absorbed.id)
      .modify((state) => {
        if (state.status === 'captured') state.contactId = target.id;
      });
    await db.contacts.delete(absorbed.id);
    await db.contacts.put(merged);
    return db.merges.add({ at: now, targetId: target.id, targetBefore: target, absorbed, movedTouchIds: moved.flatMap((t) => (t.id === undefined ? [] : [t.id])) });
  });
}

/** Undoes a merge: both contacts as they were, touches back where they came from. */
export async function undoMerge(db: SopDatabase, mergeId: number): Promise<boolean> {
  return db.transaction('rw', [db.contacts, db.touches, db.tabStates, db.merges], async () => {
    const merge = await db.merges.get(mergeId);
    if (!merge) return false;
    await db.contacts.put(merge.targetBefore);
    await db.contacts.put(merge.absorbed);
    await db.touches.where('id').anyOf(merge.movedTouchIds).modify({ contactId: merge.absorbed.id });
    await db.merges.delete(mergeId);
    return true;
  });
}
