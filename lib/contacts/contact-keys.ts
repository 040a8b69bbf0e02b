import { foldForMatching } from '../nlp/normalize';
import type { Contact } from './schema';

/**
 * What the store indexes of a contact besides its own fields (schema v8): kept on the record by
 * the database itself ({@link withContactKeys} runs on every write), so no write path can forget it.
 */
export interface ContactKeys {
  /** The name as the merge suggestion compares it. */
  nameKey: string;
  /** Folded words of name, company, email, headline and title, and their tails, for prefix search. */
  searchWords: string[];
}

export const CONTACT_KEY_FIELDS = ['nameKey', 'searchWords'] as const;

/** How the merge suggestion compares names: width, case, spaces and dots folded. */
export const nameKeyOf = (name: string) => name.normalize('NFKC').toLowerCase().replace(/[\s.·,]+/g, ' ').trim();

const HAN_OR_KANA = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** Letters and digits of any script: what is left of a word between its punctuation. */
const PART = /[\p{L}\p{N}]+/gu;
/** At most this many index entries per contact: a long headline must not bloat the index. */
const MAX_WORDS = 64;

/**
 * The index entries of some text: every folded word (split at spaces), every tail of a word that
 * starts after its punctuation (`mei@huachen.com` → `huachen.com`, `com`), and, in a run of Chinese
 * or Japanese characters (no spaces between words), every tail of the run, so `小明` finds `王小明`.
 *
 * @example searchWordsOf('Mei Lin') // ['mei', 'lin']
 */
export function searchWordsOf(text: string): string[] {
  const words = new Set<string>();
  for (const word of foldForMatching(text).split(/\s+/)) {
    if (!word) continue;
    words.add(word);
    for (const part of word.matchAll(PART)) {
      const tail = word.slice(part.index);
      words.add(tail);
      if (HAN_OR_KANA.test(part[0])) for (let i = 1; i < part[0].length; i++) words.add(word.slice(part.index + i));
    }
  }
  return [...words].slice(0, MAX_WORDS);
}

/** The keys of a contact, from the fields the rep searches by. */
export function contactKeysOf(contact: Pick<Contact, 'name' | 'company' | 'email' | 'headline' | 'title'>): ContactKeys {
  const text = [contact.name, contact.company, contact.email, contact.headline, contact.title].filter(Boolean).join(' ');
  return { nameKey: nameKeyOf(contact.name), searchWords: searchWordsOf(text) };
}

/** The record as stored: the contact and its keys. */
export function withContactKeys<T extends Pick<Contact, 'name'>>(contact: T): T & ContactKeys {
  return { ...contact, ...contactKeysOf(contact) };
}

/** The contact without the keys the store keeps on it (for an export file). */
export function withoutContactKeys<T extends object>(record: T): Omit<T, keyof ContactKeys> {
  const { nameKey: _n, searchWords: _s, ...rest } = record as T & Partial<ContactKeys>;
  return rest;
}

/** A contact's search words: those stored with it (filled since schema 8), else made from its fields. */
export const searchWordsOfContact = (contact: Contact): string[] => (contact as Contact & Partial<ContactKeys>).searchWords ?? contactKeysOf(contact).searchWords;
