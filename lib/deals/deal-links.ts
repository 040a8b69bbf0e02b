import type { Contact, ContactId } from '../contacts/schema';
import type { SopDatabase } from '../db/database';
import type { RecordPerson } from '../sites/extraction-schema';
import type { StoredDeal } from './deal';

/** The most deals a contact shows links to (a person on more is rare; the newest come first). */
export const DEALS_SHOWN = 20;

/** The deals and accounts a contact is on, newest read first: one indexed range (`*contactIds`), bounded. */
export async function dealsOfContact(db: SopDatabase, contactId: ContactId): Promise<StoredDeal[]> {
  const deals = await db.deals.where('contactIds').equals(contactId).limit(DEALS_SHOWN).toArray();
  return deals.sort((a, b) => Number(b.record.type === 'deal') - Number(a.record.type === 'deal') || b.capturedAt - a.capturedAt);
}

/** The stored contacts of a deal, in the deal's order (a deleted one left out). */
export async function peopleOfDeal(db: SopDatabase, deal: Pick<StoredDeal, 'contactIds'>): Promise<Contact[]> {
  return (await db.contacts.bulkGet(deal.contactIds)).filter((c): c is Contact => c !== undefined);
}

/**
 * The stored contact a person of the record became: by their identity (record id, email), else by
 * their email, else by name among the deal's people. undefined when none was stored.
 */
export function contactOfPerson(person: RecordPerson, people: readonly Contact[]): Contact | undefined {
  const email = person.email?.toLowerCase();
  return (
    people.find((c) => person.identity !== undefined && c.identities.includes(person.identity)) ??
    people.find((c) => email !== undefined && (c.email?.toLowerCase() === email || c.identities.includes(`email:${email}`))) ??
    people.find((c) => c.name === person.name)
  );
}
