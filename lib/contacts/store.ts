/**
 * Contacts (the `contacts` table) and their merges (`merges`): every read and write the app's pages
 * make, on the app's database (each takes the database last; tests pass an in-memory one). The
 * same writes for a given database live beside it (`./update-contact`, `./merge`, `./agenda`), and
 * the background stores what a page shows through `./upsert-contact`.
 */
import { getDatabase, type SopDatabase } from '../db/database';
import type { StoredMerge } from '../db/records';
import type { BantFacts } from '../engine/bant';
import type { Playbook } from '../playbook/schema';
import type { StageId } from '../sop/stages';
import { findContacts as findContactsIn, findContactsNow, type ContactFilter, type ContactsPage } from './agenda';
import { ContactSearch } from './contact-search';
import { contactMemoryOf } from './search-memory';
import { contactsNamed, mergeCandidatesOf as mergeCandidatesIn, mergeContacts as mergeContactsIn, undoMerge as undoMergeIn, type MergeCandidate } from './merge';
import { personNameKey } from './same-person';
import { findStaleContacts, type StaleFound } from './retention';
import type { Contact, ContactId } from './schema';
import * as update from './update-contact';

/**
 * Keys read per step of {@link contactCount}: one short IndexedDB request. A single `count()` of
 * 100,000 contacts is one request that walks them all (up to a second on a store the upgrade has
 * just rewritten), and every other read of the extension (a keystroke's search) waits behind it.
 */
const COUNT_STEP = 2_000;

/** How many contacts are stored: the primary keys walked a step at a time, so other reads go between the steps (count after the first paint). */
export async function contactCount(db: SopDatabase = getDatabase()): Promise<number> {
  let total = 0;
  let after: ContactId | undefined;
  for (;;) {
    const keys = await (after === undefined ? db.contacts.toCollection() : db.contacts.where(':id').above(after)).limit(COUNT_STEP).primaryKeys();
    total += keys.length;
    after = keys.at(-1);
    if (keys.length < COUNT_STEP || after === undefined) return total;
  }
}

/**
 * Starts building the Contacts search held in the page's memory ({@link contactMemoryOf}), once:
 * the panel calls it after its first paint, so the search is usually in memory before the rep
 * types in Contacts (each step of the build waits for an idle moment and steps aside while the
 * rep types).
 */
export function prepareContactSearch(db: SopDatabase = getDatabase()): void {
  contactMemoryOf(db).build().catch((error: unknown) => console.error('contact search', error));
}

/**
 * How many contacts the Contacts search holds in memory, undefined until it holds them all (count
 * with {@link contactCount} meanwhile); `subscribe` calls back whenever that may have changed (for
 * `useSyncExternalStore`).
 */
export function heldContactCount(db: SopDatabase = getDatabase()): { subscribe: (onChange: () => void) => () => void; count: () => number | undefined } {
  const memory = contactMemoryOf(db);
  return {
    subscribe: (onChange) => memory.subscribe(onChange),
    count: () => (memory.ready ? memory.size : undefined),
  };
}

/** One contact by its id (one key read: what the panel paints first, before the judgment). */
export function contactById(id: ContactId, db: SopDatabase = getDatabase()): Promise<Contact | undefined> {
  return db.contacts.get(id);
}

/** A search kept from keystroke to keystroke (what it read narrows the next one; any contact write drops it). */
export function contactSearch(db: SopDatabase = getDatabase()): ContactSearch {
  return new ContactSearch(db);
}

/** That page at once, when the search held in memory can answer it (no promise: the list renders it in the event that asked); else undefined. */
export function findContactsAtOnce(filter: ContactFilter, playbook: Playbook, limit: number, search: ContactSearch): ContactsPage | undefined {
  return findContactsNow(filter, playbook, limit, search);
}

/** One page of the contacts matching a search and filters, through the indexes ({@link findContactsIn}). */
export function findContacts(filter: ContactFilter, playbook: Playbook, limit: number, search?: ContactSearch, db: SopDatabase = getDatabase()): Promise<ContactsPage> {
  return findContactsIn(db, filter, playbook, limit, search);
}

/** Other contacts that may be the same person (same folded name, another identity), the strong matches first. */
export function mergeCandidatesOf(contact: Contact, db: SopDatabase = getDatabase()): Promise<MergeCandidate[]> {
  return mergeCandidatesIn(db, contact);
}

/**
 * Of these contacts, those with a namesake in the store (a merge may be due): one indexed count per
 * distinct name, never a table read.
 */
export async function withNamesakes(contacts: readonly Pick<Contact, 'id' | 'name'>[], db: SopDatabase = getDatabase()): Promise<Set<ContactId>> {
  const names = new Map(contacts.map((c) => [personNameKey(c.name), c.name]));
  const counts = new Map(await Promise.all([...names].map(async ([key, name]) => [key, (await contactsNamed(db, name, 2)).length] as const)));
  return new Set(contacts.filter((c) => (counts.get(personNameKey(c.name)) ?? 0) > 1).map((c) => c.id));
}

/** The newest merge into this contact (what "undo" takes back), if any. */
export async function lastMergeInto(contactId: ContactId, db: SopDatabase = getDatabase()): Promise<StoredMerge | undefined> {
  return (await db.merges.where('targetId').equals(contactId).sortBy('at')).at(-1);
}

/** Folds one contact into another (undoable); the merge's id. */
export function mergeContacts(targetId: ContactId, absorbedId: ContactId, now: number, db: SopDatabase = getDatabase()): Promise<number | undefined> {
  return mergeContactsIn(db, targetId, absorbedId, now);
}

/** Takes a merge back; false when it can no longer be undone. */
export function undoMerge(mergeId: number, db: SopDatabase = getDatabase()): Promise<boolean> {
  return undoMergeIn(db, mergeId);
}

/** Records what the rep learned of Budget, Authority, Need and Timeline. */
export function setBant(id: ContactId, bant: BantFacts, db: SopDatabase = getDatabase()): Promise<Contact | undefined> {
  return update.setBant(db, id, bant);
}

/** Ticks or unticks one exit criterion of the contact's current stage. */
export function setExitCriterion(id: ContactId, criterion: string, met: boolean, db: SopDatabase = getDatabase()): Promise<Contact | undefined> {
  return update.setExitCriterion(db, id, criterion, met);
}

/** Moves the contact to another SOP stage, recording when and why. */
export function moveStage(id: ContactId, to: StageId, reason: string, now: number, db: SopDatabase = getDatabase()): Promise<Contact | undefined> {
  return update.moveStage(db, id, to, reason, now);
}

/** Marks a SPIN question as asked, with the prospect's answer and a pain it confirmed when given. */
export function markQuestionAsked(id: ContactId, questionId: string, confirmedPain?: string, answer?: string, db: SopDatabase = getDatabase()): Promise<Contact | undefined> {
  return update.markQuestionAsked(db, id, questionId, confirmedPain, answer);
}

/** Puts the contact off until a day (null takes the snooze back). */
export function snoozeContact(id: ContactId, until: number | null, now: number, db: SopDatabase = getDatabase()): Promise<Contact | undefined> {
  return update.snoozeContact(db, id, until, now);
}

/** Deletes one contact and everything about them (touches, notes, talk-track uses, what open tabs show, their line on CRM deals). */
export async function deleteContact(id: ContactId, db: SopDatabase = getDatabase()): Promise<void> {
  // The backup module (import and export) loads only when data is deleted, exported or imported.
  const backup = await import('../data/backup');
  await backup.deleteContact(db, id);
}

/** The contacts retention would delete: no touch, note or capture within `months` before `now` (read through the indexes, a chunk at a time). */
export function staleContactsOf(months: number, now: number, db: SopDatabase = getDatabase()): Promise<StaleFound> {
  return findStaleContacts(db, months, now);
}
