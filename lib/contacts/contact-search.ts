import Dexie, { type ObservabilitySet } from 'dexie';
import type { SopDatabase } from '../db/database';
import { listedStage } from './listed-stage';
import { listedTier } from './tier';
import type { Playbook } from '../playbook/schema';
import { searchWordsOfContact } from './contact-keys';
import type { Contact, ContactId } from './schema';
import { foldForMatching } from '../nlp/normalize';
import { contactMemoryOf, type ContactMemory, type ListedContact } from './search-memory';
import type { StageId } from '../sop/stages';
import type { TierId } from '../playbook/ids';

export interface ContactFilter {
  query?: string;
  stage?: StageId | undefined;
  tier?: TierId | undefined;
}

export interface ContactsPage {
  /** The contacts as the list shows them (the whole records when read from IndexedDB). */
  contacts: ListedContact[];
  /** Whether there are more than were read. */
  more: boolean;
  /** Answered from the search held in memory ({@link ContactMemory}), not from IndexedDB. */
  fromMemory?: true;
  /** Answered from a snapshot partly loaded, and the page did not fill: a match may still come (the list is told when more is held). */
  partial?: true;
}

/** A word's range with fewer index entries than this is read whole: its contacts are the candidates. */
const CAP = 1_500;
/** Rows the Contacts list shows before it is scrolled (74 px each in about 560 px): enough for a first answer. */
const FIRST_SCREEN = 10;
/** A Chinese or Japanese character: two of them are a name's given name (`小明`). */
const HAN_OR_KANA = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/**
 * Whether a typed word's range is worth counting (its keys read, up to {@link CAP}): three letters
 * or more, or two Chinese or Japanese characters. Two Latin letters start a word of most contacts
 * in a large store (`is`: over 1,500 at 100,000 contacts, a read of 1,500 keys that found nothing
 * to hold); in a small one the search is in memory within a moment anyway.
 */
const worthCounting = (word: string) => word.length >= 3 || (word.length === 2 && HAN_OR_KANA.test(word));

const newestFirst = (a: Contact, b: Contact) => b.capturedAt - a.capturedAt;
const unique = <T,>(list: readonly T[]) => [...new Set(list)];
/** A multi-entry range lists a contact once per matching word. */
const uniqueContacts = (list: readonly Contact[]) => [...new Map(list.map((contact) => [contact.id, contact])).values()];

/** What a search typed so far asks for: its folded words. */
export function queryWords(query: string): string[] {
  return foldForMatching(query).split(/\s+/).filter(Boolean);
}

/**
 * Search as you type over the index of folded words (`searchWords`), made for the keystrokes of
 * one list: every IndexedDB round trip costs milliseconds on a busy machine, so a keystroke makes
 * at most one or two, and once a typed word is rare enough (its range under {@link CAP} entries)
 * its contacts are read in one request and every later keystroke that extends the search is
 * answered from memory: `isga` reads its few hundred contacts once, `isga orelho anfi sys` then
 * filters them. That read is never waited for: a keystroke that comes while it runs is answered
 * from what is read so far (every row a match) and the list is told to ask again when it is in,
 * for the exact newest first. While {@link follow}ed, what it holds is dropped whenever any
 * context writes a contact (Dexie's `storagemutated`, which reaches across the worker and every
 * page) and the list is told to ask again, so an answer is never staler than a live query's. Keep
 * one across searches only while following.
 */
export class ContactSearch {
  /** Per word: the ids of every contact with a word starting with it, or null when there are too many to hold. */
  private readonly ranges = new Map<string, ContactId[] | null>();
  /** Records of the held ranges, read whole (one request per range). */
  private readonly records = new Map<ContactId, Contact>();
  /** Words whose every contact is in {@link records}. */
  private readonly loaded = new Set<string>();
  private generation = 0;
  /** The read of a held word's records, while it runs. */
  private holding: Promise<void> | undefined;
  /** The word whose every contact is being read, while that read runs. */
  private reading: { word: string; done: Promise<unknown> } | undefined;
  /** Whether an answer was given before the held read was in (the list asks again when it is). */
  private askAgainWhenHeld = false;
  /** The followed list's "search again" ({@link follow}). */
  private onChange: (() => void) | undefined;
  private readonly part: string;

  /**
   * @param memory every contact's words and row in memory, once built (then a keystroke reads nothing; {@link ContactMemory});
   * null searches IndexedDB only.
   */
  constructor(
    private readonly db: SopDatabase,
    private readonly memory: ContactMemory | null = contactMemoryOf(db),
  ) {
    this.part = `idb://${db.name}/contacts/`;
  }

  /**
   * Follows writes to contacts from any context: what is held is dropped and `onChange` asks the
   * list to search again. Returns the function that stops following.
   */
  follow(onChange: () => void): () => void {
    const listener = (parts: ObservabilitySet) => {
      if (!Object.keys(parts).some((part) => part.startsWith(this.part))) return;
      this.clear();
      // Once built, the memory tells after it has read the write in: searching now would answer from before it.
      if (!this.memory?.ready) onChange();
    };
    Dexie.on('storagemutated', listener);
    this.onChange = onChange;
    // The memory is built while the list is open (and kept for the page); it tells when it is ready and after each write it read in.
    const unsubscribe = this.memory?.subscribe(onChange);
    this.memory?.build().catch((error: unknown) => console.error('contact search', error));
    return () => {
      unsubscribe?.();
      Dexie.on('storagemutated').unsubscribe(listener);
      this.onChange = undefined;
      this.clear();
    };
  }

  private clear(): void {
    this.ranges.clear();
    this.records.clear();
    this.loaded.clear();
    this.generation++;
  }

  /**
   * {@link find}'s answer at once, when the search held in memory can give it (also while a saved
   * snapshot is being loaded, from its newest parts held so far: `partial` when a match may be
   * missing); undefined when it would be read through IndexedDB. The list asks this in the event
   * that typed: a promise's answer is rendered in a task of its own, which waits behind every task
   * queued before it (while the snapshot loads, each of its parts' success events).
   */
  answerNow(filter: ContactFilter, playbook: Playbook, limit: number): ContactsPage | undefined {
    if (!this.memory?.answering) return undefined;
    const words = unique(queryWords(filter.query ?? ''));
    return { ...this.memory.find({ words, stage: filter.stage, tier: filter.tier }, playbook, limit), fromMemory: true };
  }

  /**
   * One page of the contacts matching `filter` (every typed word the start of one of their words;
   * stage; tier), newest seen first among those read; `more` when there are more than `limit`.
   */
  async find(filter: ContactFilter, playbook: Playbook, limit: number): Promise<ContactsPage> {
    const now = this.answerNow(filter, playbook, limit);
    if (now) return now;
    const words = unique(queryWords(filter.query ?? ''));
    const matches = (contact: Contact) => {
      if (filter.stage && listedStage(contact) !== filter.stage) return false;
      if (filter.tier && listedTier(contact, playbook) !== filter.tier) return false;
      const keys = searchWordsOfContact(contact);
      return words.every((word) => keys.some((key) => key.startsWith(word)));
    };
    const page = (found: Contact[]): ContactsPage => ({ contacts: found.sort(newestFirst).slice(0, limit), more: found.length > limit });
    const generation = this.generation;

    // A word being read whole covers this search (`isg`'s contacts being read, `isga` typed): a read of its own would only queue
    // behind that one (IndexedDB serves an origin's requests in turn; measured 44–116 ms a keystroke). What is read already
    // answers now when it fills the list's first screen (the list asks again once the read is in, for the exact newest first
    // and the rest of the page); else the read is awaited.
    const reading = this.reading;
    if (reading && words.some((word) => word.startsWith(reading.word))) {
      const present = [...this.records.values()].filter(matches);
      if (present.length >= Math.min(limit + 1, FIRST_SCREEN)) {
        this.askAgainWhenHeld = true;
        return { ...page(present), more: true };
      }
      await reading.done;
      return this.find(filter, playbook, limit);
    }

    let candidates = this.heldCandidates(words);
    let sample: Contact[] = [];
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a), '');
    if (candidates === null) {
      // One round trip: each new word's range (keys only, capped) and a first page of the longest word's contacts.
      const probe = words.filter((word) => worthCounting(word) && !this.ranges.has(word));
      const [ranges, first] = await this.db.transaction('r', this.db.contacts, () =>
        Promise.all([
          Promise.all(probe.map((word) => this.db.contacts.where('searchWords').startsWith(word).limit(CAP).primaryKeys())),
          this.db.contacts.where('searchWords').startsWith(longest).limit(limit + 1).toArray(),
        ]),
      );
      if (generation !== this.generation) return this.find(filter, playbook, limit);
      probe.forEach((word, i) => {
        const keys = ranges[i] ?? [];
        this.ranges.set(word, keys.length < CAP ? unique(keys) : null);
      });
      sample = uniqueContacts(first);
      candidates = this.heldCandidates(words);
      if (candidates === null) {
        // Every word common: the longest one's contacts, as far as the page needs.
        const found = sample.filter(matches);
        // A full page, the whole range, or one word (every contact read matches; the list asks for more as it scrolls).
        if (found.length > limit || first.length <= limit) return page(found);
        if (words.length === 1 && !filter.stage && !filter.tier) return { contacts: found.sort(newestFirst), more: true };
        return page(await this.db.contacts.where('searchWords').startsWith(longest).distinct().filter(matches).limit(limit + 1).toArray());
      }
    }
    // The candidates are known: their records from memory, from the first page, or read (a batch at a time, until the page is full).
    // A read of them all under way is not waited for (it can take a few hundred milliseconds on a busy machine): this keystroke is
    // answered from what is read so far (every row matches), and the list is told to ask again once the read is in, for the exact
    // newest first.
    for (const contact of sample) this.records.set(contact.id, contact);
    if (this.holding && candidates.some((id) => !this.records.has(id))) this.askAgainWhenHeld = true;
    const found: Contact[] = [];
    const missing: ContactId[] = [];
    for (const id of candidates) {
      const contact = this.records.get(id);
      if (!contact) missing.push(id);
      else if (matches(contact)) found.push(contact);
    }
    for (let i = 0, size = limit + 1; i < missing.length && found.length <= limit; i += size, size *= 2) {
      const batch = await this.db.contacts.bulkGet(missing.slice(i, i + size));
      for (const contact of batch) {
        if (!contact) continue;
        this.records.set(contact.id, contact);
        if (matches(contact)) found.push(contact);
      }
    }
    if (generation !== this.generation) return this.find(filter, playbook, limit);
    // The next keystroke narrows in memory: the rarest held word's contacts, read whole in one request.
    const holding: Promise<void> = (this.holding ?? Promise.resolve()).then(() => this.hold(words)).finally(() => {
      if (this.holding !== holding) return;
      this.holding = undefined;
      if (!this.askAgainWhenHeld) return;
      this.askAgainWhenHeld = false;
      this.onChange?.();
    });
    this.holding = holding;
    return page(found);
  }

  /**
   * The contacts every held word allows (their ids intersected), or null when no typed word is
   * held. A word extending a held word whose records are in memory is worked out here: `isga`
   * held and read, `isgao` needs no read.
   */
  private heldCandidates(words: readonly string[]): ContactId[] | null {
    let result: ContactId[] | null = null;
    for (const word of words) {
      let ids = this.ranges.get(word);
      if (ids === undefined) {
        const base = [...this.loaded].filter((held) => word.startsWith(held)).sort((a, b) => b.length - a.length)[0];
        if (base === undefined) continue;
        ids = (this.ranges.get(base) ?? []).filter((id) => {
          const contact = this.records.get(id);
          return contact !== undefined && searchWordsOfContact(contact).some((key) => key.startsWith(word));
        });
        this.ranges.set(word, ids);
        this.loaded.add(word);
      }
      if (ids === null) continue;
      const have = new Set(ids);
      result = result === null ? [...ids] : result.filter((id) => have.has(id));
    }
    return result;
  }

  /** Reads the records of the held word with the fewest contacts, unless some held word's are in memory already. */
  private async hold(words: readonly string[]): Promise<void> {
    // Some typed word's contacts are in memory already (`isga` after `isg` was read: its contacts are among isg's).
    if (words.some((word) => [...this.loaded].some((held) => word.startsWith(held)))) return;
    const held = words.filter((word) => Array.isArray(this.ranges.get(word))).sort((a, b) => (this.ranges.get(a)?.length ?? 0) - (this.ranges.get(b)?.length ?? 0))[0];
    if (held === undefined) return;
    const generation = this.generation;
    const done = (async () => {
      const contacts = await this.db.contacts.where('searchWords').startsWith(held).limit(CAP).toArray();
      if (generation !== this.generation) return;
      for (const contact of contacts) this.records.set(contact.id, contact);
      // Complete only if nothing was written between the two reads (else the next write clears it all anyway).
      if (contacts.length < CAP) this.loaded.add(held);
    })();
    const reading = { word: held, done: done.catch(() => undefined) };
    this.reading = reading;
    try {
      await done;
    } catch (error) {
      console.error('contact search', error);
    } finally {
      if (this.reading === reading) this.reading = undefined;
    }
  }
}
