import Dexie from 'dexie';
import { datedActivity, lastWordVoice, withoutActivityLabel } from './activity-voice';
import type { Contact, ContactId } from '../contacts/schema';
import type { SopDatabase } from '../db/database';
import type { ConversationSummary } from '../db/tab-state';
import type { DealId, StoredDeal } from '../deals/deal';
import type { TrackUse } from '../db/records';
import type { ReplyReading } from '../reader/read-reply';
import { contactsNamed, contactsNamedEach, strongNamesakes } from '../contacts/named';
import { siteLabels } from '../sites/registry';
import { hasOwnExchange } from './own-exchange';
import type { SamePerson, Situation, SituationInput } from './types';

/** Everything stored that the judgment of one page reads, before their last words are read. */
export interface GatheredSituation {
  contact: Contact | null;
  deal: StoredDeal | null;
  touches: { at: number; direction: 'inbound' | 'outbound' }[];
  conversation: ConversationSummary | null;
  /** Their newest words: the page's last inbound run, else the stored one, else the record's newest activity. */
  lastWord: { at: number | null; text: string } | null;
  /** Where their newest words come from: the page's conversation, the contact as stored, the CRM record's activity. */
  lastWordFrom: 'page' | 'stored' | 'record' | null;
  /** The talk track the rep chose last for this contact (newest "Use this"). */
  chosenTrack: TrackUse | null;
  /**
   * Another record of this person (a strong match: lib/contacts/same-person.ts), the one with a
   * conversation or a deal first, gathered as its own page would be; absent or null when none.
   */
  samePerson?: GatheredSamePerson | null;
}

/** Another record of the person gathered, and where it was seen. */
export interface GatheredSamePerson {
  contact: Contact;
  /** The sites that showed it, by name ("Gmail"). */
  where: string;
  gathered: GatheredSituation;
}

/** What the gathered record has of a conversation: an exchange on record, words of theirs, a thread, a deal. */
export function hasConversation(gathered: GatheredSituation): boolean {
  return gathered.touches.length > 0 || gathered.lastWord !== null || (gathered.conversation?.messages?.length ?? 0) > 0 || gathered.deal !== null;
}

/** Of the other records gathered, the one the judgment reads: with a conversation first, then the newest. */
function firstSamePerson(gathered: GatheredSamePerson[]): GatheredSamePerson | null {
  return gathered.sort((a, b) => Number(hasConversation(b.gathered)) - Number(hasConversation(a.gathered)) || b.contact.capturedAt - a.contact.capturedAt)[0] ?? null;
}

/**
 * The other record of this contact's person, gathered (the strong matches among its namesakes, the
 * one with a conversation first, then the newest); null when none.
 */
async function gatherSamePerson(db: SopDatabase, contact: Contact): Promise<GatheredSamePerson | null> {
  const strong = strongNamesakes(contact, await contactsNamed(db, contact.name));
  if (strong.length === 0) return null;
  return firstSamePerson(await Promise.all(strong.map(async (other) => ({ contact: other, where: siteLabels(other.sources), gathered: await gatherSituation(db, { contactId: other.id }, false) }))));
}

/**
 * Whether the judgment of what was gathered can read another record of the person: only a record
 * with no exchange of its own starts from its match, by the judgment's own rule ({@link hasOwnExchange},
 * one function for both). Today's full build looks for a match only then: a store of people with
 * touches reads no name twice.
 */
export function mayUseSamePerson(gathered: Pick<GatheredSituation, 'touches' | 'conversation' | 'lastWord' | 'deal'>): boolean {
  return !hasOwnExchange(gathered);
}

/**
 * Whether this contact's row of Today may read another record of the person, as its gathering
 * would: no exchange of its own ({@link mayUseSamePerson}: the record's thread and last words, one
 * touch looked for) and no open deal (a person on one has no row: the deal has it). Two bounded
 * index reads; what a write to the other record re-judges only then.
 */
export async function mayReadSamePerson(db: SopDatabase, contact: Contact): Promise<boolean> {
  const conversation = storedThread(contact);
  if (!mayUseSamePerson({ touches: [], conversation, lastWord: lastWordOf(contact, null, conversation).lastWord, deal: null })) return false;
  const [touches, deals] = await Promise.all([newestTouchesOf(db, contact.id, 1), db.deals.where('contactIds').equals(contact.id).toArray()]);
  return touches.length === 0 && !deals.some((d) => d.record.type === 'deal');
}

/**
 * {@link gatherSamePerson} for many contacts, as Today's full build reads a step of them: who has
 * their names in one indexed read for all ({@link contactsNamedEach}), the strong matches picked
 * here, and only those gathered (each once, as its own page would be). By contact; a contact
 * without one is absent. Call it inside a transaction over contacts, touches, deals and trackUses.
 */
export async function gatherSamePeople(db: SopDatabase, contacts: readonly Contact[]): Promise<Map<ContactId, GatheredSamePerson>> {
  const named = await contactsNamedEach(db, contacts.map((c) => c.name));
  const strong = new Map(contacts.map((c) => [c.id, strongNamesakes(c, named.get(c.name) ?? [])]));
  const others = new Map([...strong.values()].flat().map((other) => [other.id, other]));
  const gathered = new Map(await Promise.all([...others.values()].map(async (other) => [other.id, await gatherSituation(db, { contactId: other.id }, false)] as const)));
  const found = new Map<ContactId, GatheredSamePerson>();
  for (const [id, matches] of strong) {
    const first = firstSamePerson(matches.flatMap((other) => {
      const situation = gathered.get(other.id);
      return situation ? [{ contact: other, where: siteLabels(other.sources), gathered: situation }] : [];
    }));
    if (first) found.set(id, first);
  }
  return found;
}

/**
 * The thread kept with a contact (the newest a page showed), as a page's conversation: what a
 * judgment made away from the page reads (Today, a list, the contact opened from one), so it reads
 * the evidence the page showed (our proposal, the quote they answered). Null when none was seen.
 */
export function storedThread(contact: Pick<Contact, 'thread'> | null): ConversationSummary | null {
  const thread = contact?.thread;
  return thread ? { ...(thread.subject ? { subject: thread.subject } : {}), messages: thread.messages } : null;
}

/** A record's newest activity holding their words (a log of our own move is a touch, not their word), without the CRM's label ("Email from Aiko:"). */
export function newestActivity(deal: Pick<StoredDeal, 'record' | 'capturedAt'>): { at: number | null; text: string } | null {
  const dated = datedActivity(deal)
    .filter((a) => !a.own && a.task === null)
    .map(({ at, text }) => ({ at, text: withoutActivityLabel(text, deal.record.contacts.map((c) => c.name)) }));
  const withTimes = dated.filter((a) => a.at !== null).sort((a, b) => (b.at ?? 0) - (a.at ?? 0));
  return withTimes[0] ?? dated[0] ?? null;
}

/** Touches read per contact, newest first: enough for cadence and streaks without reading years. */
export const TOUCH_WINDOW = 500;

/** A contact's newest touches by the [contactId+at] index: a bounded range, never the table. */
export function newestTouchesOf(db: SopDatabase, contactId: ContactId, limit = TOUCH_WINDOW) {
  return db.touches.where('[contactId+at]').between([contactId, Dexie.minKey], [contactId, Dexie.maxKey]).reverse().limit(limit).toArray();
}

async function recentTouches(db: SopDatabase, contactIds: readonly ContactId[]): Promise<{ at: number; direction: 'inbound' | 'outbound' }[]> {
  const lists = await Promise.all(contactIds.map((id) => newestTouchesOf(db, id)));
  return lists.flat().map((t) => ({ at: t.at, direction: t.direction }));
}

/** Their newest words: the page's last inbound run, else the stored one; a deal record's newest activity when it is newer. */
export function lastWordOf(contact: Contact | null, deal: StoredDeal | null, conversation: ConversationSummary | null): Pick<GatheredSituation, 'lastWord' | 'lastWordFrom'> {
  let lastWord: GatheredSituation['lastWord'] = null;
  let lastWordFrom: GatheredSituation['lastWordFrom'] = null;
  const onPage = conversation?.lastInbound;
  if (onPage) [lastWord, lastWordFrom] = [{ at: onPage.at ?? null, text: onPage.text }, 'page'];
  else if (contact?.lastWord) [lastWord, lastWordFrom] = [contact.lastWord, 'stored'];
  if (deal) {
    // A CRM record's newest activity is read as the prospect's last word, when it is newer.
    const newest = newestActivity(deal);
    if (newest && (!lastWord || (newest.at ?? 0) > (lastWord.at ?? 0))) [lastWord, lastWordFrom] = [newest, 'record'];
  }
  return { lastWord, lastWordFrom };
}

/**
 * Reads what the judgment of a page needs: the contact (and the deal it is on, newest first, when
 * the page is no deal), the deal, their touches, the conversation (the page's, else the thread kept
 * with the contact) and their newest words.
 */
export async function gatherSituation(db: SopDatabase, page: { contactId?: ContactId | undefined; dealId?: DealId | undefined; conversation?: ConversationSummary | undefined }, withSamePerson = true): Promise<GatheredSituation> {
  const contact = page.contactId ? ((await db.contacts.get(page.contactId)) ?? null) : null;
  let deal = page.dealId ? ((await db.deals.get(page.dealId)) ?? null) : null;
  if (!deal && contact) {
    // A person on a deal follows the deal: the newest one they are on.
    const deals = await db.deals.where('contactIds').equals(contact.id).toArray();
    deal = deals.filter((d) => d.record.type === 'deal').sort((a, b) => b.capturedAt - a.capturedAt)[0] ?? null;
  }
  const people = deal ? deal.contactIds : contact ? [contact.id] : [];
  const touches = await recentTouches(db, contact && !people.includes(contact.id) ? [...people, contact.id] : people);
  // No thread on the page: the one kept with them, so the judgment is the page's wherever it is made.
  const conversation = page.conversation ?? storedThread(contact);
  const { lastWord, lastWordFrom } = lastWordOf(contact, deal, conversation);
  const chosenTrack = contact ? ((await db.trackUses.where('contactId').equals(contact.id).reverse().sortBy('at'))[0] ?? null) : null;
  // (a person's other record, for a contact's own page: a deal's page is the deal's)
  const samePerson = withSamePerson && contact && !page.dealId ? await gatherSamePerson(db, contact) : null;
  return { contact, deal, touches, conversation, lastWord, lastWordFrom, chosenTrack, samePerson };
}

/**
 * The judgment's input of the other record of the person ({@link GatheredSituation.samePerson}),
 * from that record's own judgment (`judge`, made as its page would make it); null when none.
 */
export function samePersonInput(gathered: GatheredSituation, judge: (other: GatheredSituation) => Situation): SamePerson | null {
  const other = gathered.samePerson;
  if (!other) return null;
  const situation = judge({ ...other.gathered, samePerson: null });
  const active = hasConversation(other.gathered) && situation.stage.id !== 'lost' && situation.action.kind !== 'stop';
  return { name: other.contact.name, where: other.where, stage: situation.stage.id, active };
}

/**
 * The judgment's input from what was gathered and the reading of their last words: the one
 * translation the panel and `npm run advise` share.
 */
export function situationInputOf(
  gathered: GatheredSituation,
  reading: ReplyReading | null,
  context: Pick<SituationInput, 'playbook' | 'now' | 'locale'> & { draftLanguage?: SituationInput['draftLanguage'] },
  samePerson: SamePerson | null = null,
): SituationInput {
  return {
    ...context,
    samePerson,
    contact: gathered.contact,
    deal: gathered.deal,
    conversation: gathered.conversation ? { subject: gathered.conversation.subject, messages: gathered.conversation.messages ?? [] } : null,
    touches: gathered.touches,
    lastWord: gathered.lastWord && reading ? { ...gathered.lastWord, reading, voice: lastWordVoice(gathered) } : null,
    chosenTrack: gathered.chosenTrack?.trackId,
  };
}
