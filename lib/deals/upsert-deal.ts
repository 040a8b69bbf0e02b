import { upsertContact } from '../contacts/upsert-contact';
import type { Contact, ContactId } from '../contacts/schema';
import { contactFromPerson } from '../sites/crm/person';
import type { SopDatabase } from '../db/database';
import type { CrmRecord } from '../sites/extraction-schema';
import type { CrmSiteId } from '../sites/hosts';
import { dealIdOf, type StoredDeal } from './deal';

/** At most this many of a record's people become contacts (a big account lists hundreds). */
const MAX_PEOPLE = 20;

/** The stages the deal was read in, with this read's stage added when it moved (at most 50 kept). */
export function nextStageHistory(existing: StoredDeal | undefined, record: CrmRecord, now: number): StoredDeal['stageHistory'] {
  const history = existing?.stageHistory ?? (existing?.record.stage ? [{ stage: existing.record.stage, at: existing.createdAt }] : []);
  if (!record.stage || history.at(-1)?.stage === record.stage) return history.length > 0 ? history : undefined;
  return [...history, { stage: record.stage, at: now }].slice(-50);
}

/**
 * Stores a deal or account record: each person it shows with an identity becomes (or updates)
 * a contact — the same email as a Gmail sender or a LinkedIn contact merged with one is the same
 * person — and the deal keeps their ids, the deal's person first: the one whose identity is
 * `lead` (the primary contact the page marks, its extraction's contact), else the first listed.
 * What the rep ticked on the deal survives a re-read. `retied` receives the people as they were
 * before the page renamed them (or changed their company, email or phone), as `upsertContact` gives them;
 * `left` the people the deal named before and no longer does (each judged on their own again).
 */
export async function upsertDeal(db: SopDatabase, crm: CrmSiteId, record: CrmRecord, now: number, lead?: string, retied: Contact[] = [], left: ContactId[] = []): Promise<StoredDeal> {
  const contactIds: ContactId[] = [];
  const people = record.contacts.flatMap((person) => contactFromPerson(crm, person, record.account) ?? []).slice(0, MAX_PEOPLE);
  for (const extracted of people) {
    const { contact, retied: changed } = await upsertContact(db, extracted, now);
    retied.push(...changed);
    if (contactIds.includes(contact.id)) continue;
    if (lead !== undefined && extracted.identity === lead) contactIds.unshift(contact.id);
    else contactIds.push(contact.id);
  }
  const id = dealIdOf(crm, record);
  return db.transaction('rw', db.deals, async () => {
    const existing = await db.deals.get(id);
    left.push(...(existing?.contactIds ?? []).filter((was) => !contactIds.includes(was)));
    const statusAt = record.status ? (existing?.record.status === record.status ? (existing.statusAt ?? now) : now) : undefined;
    const deal: StoredDeal = { ...(existing ?? {}), id, crm, record, contactIds, createdAt: existing?.createdAt ?? now, capturedAt: now, stageHistory: nextStageHistory(existing, record, now), statusAt };
    await db.deals.put(deal);
    return deal;
  });
}
