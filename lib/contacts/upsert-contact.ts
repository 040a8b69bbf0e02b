import type { SopDatabase } from '../db/database';
import type { Contact, ContactId, ExtractedContact } from './schema';

export interface UpsertOutcome {
  contact: Contact;
  created: boolean;
}

/** Fields a page reports about a person; a newer capture replaces the ones it shows. */
type PageFields = Omit<ExtractedContact, 'source' | 'identity'>;

/**
 * Stores what a page showed about a person: the contact with that identity is updated, or a new
 * one is created at the first SOP stage. One transaction, so two tabs capturing the same person
 * at once still make one contact. Fields the page did not show (a lazy-loaded About card) keep
 * their earlier value rather than being blanked.
 */
export async function upsertContact(db: SopDatabase, extracted: ExtractedContact, now: number): Promise<UpsertOutcome> {
  const { source, identity, ...fields } = extracted;
  const pageFields: PageFields = fields;
  return db.transaction('rw', db.contacts, async () => {
    const existing = await db.contacts.where('identities').equals(identity).first();
    if (existing) {
      const contact: Contact = {
        ...existing,
        ...pageFields,
        identities: existing.identities.includes(identity) ? existing.identities : [...existing.identities, identity],
        sources: existing.sources.includes(source) ? existing.sources : [...existing.sources, source],
        capturedAt: now,
      };
      await db.contacts.put(contact);
      return { contact, created: false };
    }
    const contact: Contact = {
      ...pageFields,
      id: crypto.randomUUID() as ContactId,
      identities: [identity],
      sources: [source],
      stage: 'prospect',
      stageChangedAt: now,
      createdAt: now,
      capturedAt: now,
    };
    await db.contacts.add(contact);
    return { contact, created: true };
  });
}
