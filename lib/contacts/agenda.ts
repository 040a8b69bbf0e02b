import { foldForMatching } from '../nlp/normalize';
import { listedStage } from './listed-stage';
import { listedTier } from './tier';
import type { Playbook } from '../playbook/schema';
import Dexie from 'dexie';
import type { SopDatabase } from '../db/database';
import { ContactSearch, queryWords, type ContactFilter, type ContactsPage } from './contact-search';
import type { Contact } from './schema';

export type { ContactFilter, ContactsPage };

/**
 * Contacts matching a search as you type (name, company, email, headline; case, width and
 * Simplified/Traditional insensitive) and the stage and tier filters, most recently seen first.
 */
export function searchContacts(contacts: readonly Contact[], filter: ContactFilter, playbook: Playbook): Contact[] {
  const words = foldForMatching(filter.query ?? '').split(/\s+/).filter(Boolean);
  return contacts
    .filter((contact) => {
      if (filter.stage && listedStage(contact) !== filter.stage) return false;
      if (filter.tier && listedTier(contact, playbook) !== filter.tier) return false;
      if (words.length === 0) return true;
      const haystack = foldForMatching([contact.name, contact.company, contact.email, contact.headline, contact.title].filter(Boolean).join(' '));
      return words.every((word) => haystack.includes(word));
    })
    .sort((a, b) => b.capturedAt - a.capturedAt);
}


export { queryWords };


/**
 * {@link findContacts}'s page at once when `search` holds it in memory (a search typed, the
 * search in memory or its snapshot partly loaded); undefined when it is read through IndexedDB.
 */
export function findContactsNow(filter: ContactFilter, playbook: Playbook, limit: number, search: ContactSearch): ContactsPage | undefined {
  return queryWords(filter.query ?? '').length > 0 ? search.answerNow(filter, playbook, limit) : undefined;
}

/**
 * One page of {@link searchContacts}, read through the indexes: a search through the index of
 * folded words (each word a prefix of a word of name, company, email, headline or title, or of
 * its tail after punctuation or inside a Chinese name; {@link ContactSearch}, which the list keeps
 * from keystroke to keystroke); a stage alone walks [stage+capturedAt] (those the judgment shows
 * elsewhere passed over) beside [judgedStage+capturedAt] (those it shows at that stage, a few; no
 * entry where none is kept); nothing typed walks capturedAt. Reads stop after `limit` matches, so
 * the cost follows the page and the words, not the store. Newest seen first.
 */
export async function findContacts(db: SopDatabase, filter: ContactFilter, playbook: Playbook, limit: number, search?: ContactSearch): Promise<ContactsPage> {
  if (queryWords(filter.query ?? '').length > 0) {
    return (search ?? new ContactSearch(db)).find(filter, playbook, limit);
  }
  const matches = (contact: Contact) => !filter.tier || listedTier(contact, playbook) === filter.tier;
  const { stage } = filter;
  if (!stage) {
    const collection = db.contacts.orderBy('capturedAt').reverse();
    const found = await (filter.tier ? collection.filter(matches) : collection).limit(limit + 1).toArray();
    return { contacts: found.slice(0, limit), more: found.length > limit };
  }
  const at = (index: string) => db.contacts.where(index).between([stage, Dexie.minKey], [stage, Dexie.maxKey]).reverse();
  const [recorded, judged] = await Promise.all([
    at('[stage+capturedAt]').filter((contact) => listedStage(contact) === stage && matches(contact)).limit(limit + 1).toArray(),
    at('[judgedStage+capturedAt]').filter(matches).limit(limit + 1).toArray(),
  ]);
  // (newest first, and among those seen at once by id from the last, as a walk of one index orders them)
  const found = [...recorded, ...judged].sort((a, b) => b.capturedAt - a.capturedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return { contacts: found.slice(0, limit), more: found.length > limit };
}
