import { foldForMatching } from '../nlp/normalize';
import { scoreBant, UNKNOWN_BANT } from '../engine/bant';
import type { Playbook, TierId } from '../playbook/schema';
import type { StageId } from '../sop/stages';
import Dexie from 'dexie';
import type { SopDatabase } from '../db/database';
import { contactKeysOf, type ContactKeys } from './contact-keys';
import type { Contact, ContactId } from './schema';

export interface ContactFilter {
  query?: string;
  stage?: StageId | undefined;
  tier?: TierId | undefined;
}

/**
 * Contacts matching a search as you type (name, company, email, headline; case, width and
 * Simplified/Traditional insensitive) and the stage and tier filters, most recently seen first.
 */
export function searchContacts(contacts: readonly Contact[], filter: ContactFilter, playbook: Playbook): Contact[] {
  const words = foldForMatching(filter.query ?? '').split(/\s+/).filter(Boolean);
  return contacts
    .filter((contact) => {
      if (filter.stage && contact.stage !== filter.stage) return false;
      if (filter.tier && scoreBant(contact.bant ?? UNKNOWN_BANT, playbook, 'en').tier !== filter.tier) return false;
      if (words.length === 0) return true;
      const haystack = foldForMatching([contact.name, contact.company, contact.email, contact.headline, contact.title].filter(Boolean).join(' '));
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => b.capturedAt - a.capturedAt);
}


/** What a search typed so far asks for: its folded words. */
export function queryWords(query: string): string[] {
  return foldForMatching(query).split(/\s+/).filter(Boolean);
}

export interface ContactsPage {
  contacts: Contact[];
  /** Whether there are more than were read. */
  more: boolean;
}

/** A word whose range holds fewer entries than this is read whole (keys only) to narrow the search. */
const CAP = 1_500;
/** Candidates few enough to check on their records: no further range is read. */
const FEW = 300;

/**
 * The contacts that can match words typed together, when one of the words is rare enough: each
 * word's range read for at most {@link CAP} primary keys (no record), the complete ones
 * intersected. Null when every word is common: the caller walks the longest word's range instead.
 * Reading keys costs per key, so no range is read past the cap.
 */
async function candidateKeys(db: SopDatabase, words: readonly string[]): Promise<ContactId[] | null> {
  let keys = null as Set<ContactId> | null;
  for (const word of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    if (word.length < 2) continue;
    const found = await db.contacts.where('searchWords').startsWith(word).limit(CAP).primaryKeys();
    if (found.length >= CAP) continue;
    const have = new Set<ContactId>(found);
    keys = keys === null ? have : new Set([...keys].filter((key: ContactId) => have.has(key)));
    if (keys.size <= FEW) break;
  }
  return keys && [...keys];
}

/**
 * One page of {@link searchContacts}, read through the indexes: a search intersects the primary
 * keys of each typed word's range in the index of folded words (each word a prefix of a word of
 * name, company, email, headline or title, or of its tail after punctuation or inside a Chinese
 * name) and reads only the records of the page; a stage alone walks [stage+capturedAt]; nothing
 * typed walks capturedAt. Reads stop after `limit` matches, so the cost follows the page and the
 * words, not the store. With no search, newest seen first; a search's page is shown newest first
 * too (exactly the old order whenever it holds every match).
 */
export async function findContacts(db: SopDatabase, filter: ContactFilter, playbook: Playbook, limit: number): Promise<ContactsPage> {
  const words = queryWords(filter.query ?? '');
  const keysOf = (contact: Contact) => (contact as Contact & Partial<ContactKeys>).searchWords ?? contactKeysOf(contact).searchWords;
  const matches = (contact: Contact) => {
    if (filter.stage && contact.stage !== filter.stage) return false;
    if (filter.tier && scoreBant(contact.bant ?? UNKNOWN_BANT, playbook, 'en').tier !== filter.tier) return false;
    if (words.length === 0) return true;
    const keys = keysOf(contact);
    return words.every((word) => keys.some((key) => key.startsWith(word)));
  };
  if (words.length === 1) {
    // One word: its range walked in index order, stopping at the page's end.
    const found = await db.contacts.where('searchWords').startsWith(words[0] ?? '').distinct().filter(matches).limit(limit + 1).toArray();
    return { contacts: found.slice(0, limit).sort((a, b) => b.capturedAt - a.capturedAt), more: found.length > limit };
  }
  const keys = words.length > 1 ? await candidateKeys(db, words) : null;
  if (keys) {
    const found: Contact[] = [];
    // Records read a batch at a time until the page is full (the stage and tier filters need them).
    for (let i = 0, size = limit + 1; i < keys.length && found.length <= limit; i += size, size *= 2) {
      const batch = await db.contacts.bulkGet(keys.slice(i, i + size));
      for (const contact of batch) if (contact && matches(contact)) found.push(contact);
    }
    const page = found.slice(0, limit).sort((a, b) => b.capturedAt - a.capturedAt);
    return { contacts: page, more: found.length > limit };
  }
  const collection = words.length > 0
    ? // Every word common: the longest one's range walked, stopping at the page's end.
      db.contacts.where('searchWords').startsWith(words.reduce((a, b) => (b.length > a.length ? b : a))).distinct()
    : filter.stage
    ? db.contacts.where('[stage+capturedAt]').between([filter.stage, Dexie.minKey], [filter.stage, Dexie.maxKey]).reverse()
    : db.contacts.orderBy('capturedAt').reverse();
  const found = await collection.filter(matches).limit(limit + 1).toArray();
  const page = found.slice(0, limit);
  if (words.length > 0) page.sort((a, b) => b.capturedAt - a.capturedAt);
  return { contacts: page, more: found.length > limit };
}
