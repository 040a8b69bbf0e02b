import { foldForMatching } from '../nlp/normalize';
import { scoreBant, UNKNOWN_BANT } from '../engine/bant';
import type { Playbook, TierId } from '../playbook/schema';
import type { StageId } from '../sop/stages';
import Dexie from 'dexie';
import type { SopDatabase } from '../db/database';
import { contactKeysOf, type ContactKeys } from './contact-keys';
import type { Contact } from './schema';

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

/**
 * One page of {@link searchContacts}, read through the indexes: a search walks the index of folded
 * words from the longest word typed (each word a prefix of a word of name, company, email,
 * headline or title, or of its tail after punctuation or inside a Chinese name); a stage alone
 * walks [stage+capturedAt]; nothing typed walks capturedAt. Reads stop after `limit` matches, so
 * the cost follows the page, not the store. With no search, newest seen first; a search's page is
 * shown newest first too (exactly the old order whenever it holds every match).
 */
export async function findContacts(db: SopDatabase, filter: ContactFilter, playbook: Playbook, limit: number): Promise<ContactsPage> {
  const words = queryWords(filter.query ?? '');
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
  const keysOf = (contact: Contact) => (contact as Contact & Partial<ContactKeys>).searchWords ?? contactKeysOf(contact).searchWords;
  const matches = (contact: Contact) => {
    if (filter.stage && contact.stage !== filter.stage) return false;
    if (filter.tier && scoreBant(contact.bant ?? UNKNOWN_BANT, playbook, 'en').tier !== filter.tier) return false;
    if (words.length === 0) return true;
    const keys = keysOf(contact);
    return words.every((word) => keys.some((key) => key.startsWith(word)));
  };
  const collection = longest
    ? db.contacts.where('searchWords').startsWith(longest).distinct()
    : filter.stage
      ? db.contacts.where('[stage+capturedAt]').between([filter.stage, Dexie.minKey], [filter.stage, Dexie.maxKey]).reverse()
      : db.contacts.orderBy('capturedAt').reverse();
  const found = await collection.filter(matches).limit(limit + 1).toArray();
  const page = found.slice(0, limit);
  if (longest) page.sort((a, b) => b.capturedAt - a.capturedAt);
  return { contacts: page, more: found.length > limit };
}
