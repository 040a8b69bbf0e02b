/**
 * CRM deals as last read (the `deals` table): the app's reads and writes, on the app's database.
 * `./update-deal` holds the same writes for a given database (unit tests); the background stores
 * deals read from a page through `./upsert-deal`.
 */
import { getDatabase, type SopDatabase } from '../db/database';
import type { Contact, ContactId } from '../contacts/schema';
import type { DealId, StoredDeal } from './deal';
import { dealsOfContact as dealsOfContactIn, peopleOfDeal as peopleOfDealIn } from './deal-links';
import { setDealExitCriterion as setExitCriterionIn, snoozeDeal as snoozeDealIn } from './update-deal';

/** The deal as last read, or null when it is not stored. */
export async function dealOf(id: DealId, db: SopDatabase = getDatabase()): Promise<StoredDeal | null> {
  return (await db.deals.get(id)) ?? null;
}

/** Ticks or unticks an exit criterion the record cannot show ("customer confirmed the need"). */
export function setDealExitCriterion(id: DealId, criterion: string, met: boolean, db: SopDatabase = getDatabase()): Promise<void> {
  return setExitCriterionIn(db, id, criterion, met);
}

/** Puts the deal off until a day (null takes the snooze back). */
export function snoozeDeal(id: DealId, until: number | null, now: number, db: SopDatabase = getDatabase()): Promise<void> {
  return snoozeDealIn(db, id, until, now);
}

/** The deals and accounts a contact is on (open deals first, newest read first), bounded: `./deal-links`. */
export function dealsOfContact(contactId: ContactId, db: SopDatabase = getDatabase()): Promise<StoredDeal[]> {
  return dealsOfContactIn(db, contactId);
}

/** The stored contacts of a deal, in the deal's order: `./deal-links`. */
export function peopleOfDeal(deal: Pick<StoredDeal, 'contactIds'>, db: SopDatabase = getDatabase()): Promise<Contact[]> {
  return peopleOfDealIn(db, deal);
}
