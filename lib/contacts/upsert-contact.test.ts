import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SopDatabase } from '../db/database';
import type { ExtractedContact } from './schema';
import { upsertContact } from './upsert-contact';

const mei: ExtractedContact = {
  source: 'linkedin',
  identity: 'linkedin:mei-lin-chen-4b21a7',
  profileUrl: 'https://www.linkedin.com/in/mei-lin-chen-4b21a7/',
  name: 'Mei Lin Chen',
  headline: 'VP Operations at Orchid Precision Manufacturing',
  about: 'Runs operations.',
};

let db: SopDatabase;
beforeEach(() => {
  db = new SopDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('upsertContact', () => {
  it('creates a contact at the prospect stage on first capture', async () => {
    const { contact, created } = await upsertContact(db, mei, 1000);
    expect(created).toBe(true);
    expect(contact).toMatchObject({ name: 'Mei Lin Chen', stage: 'prospect', identities: [mei.identity], sources: ['linkedin'], createdAt: 1000, capturedAt: 1000 });
  });

  it('updates the same contact on a second visit, never duplicating it', async () => {
    const first = await upsertContact(db, mei, 1000);
    const second = await upsertContact(db, { ...mei, headline: 'COO at Orchid' }, 2000);
    expect(second.created).toBe(false);
    expect(second.contact.id).toBe(first.contact.id);
    expect(await db.contacts.count()).toBe(1);
    expect(second.contact).toMatchObject({ headline: 'COO at Orchid', createdAt: 1000, capturedAt: 2000 });
  });

  it('keeps a field the newer page did not show', async () => {
    await upsertContact(db, mei, 1000);
    const { about: _about, ...withoutAbout } = mei;
    const { contact } = await upsertContact(db, withoutAbout, 2000);
    expect(contact.about).toBe('Runs operations.');
  });

  it('makes one contact when two captures of one person race', async () => {
    await Promise.all([upsertContact(db, mei, 1000), upsertContact(db, mei, 1001)]);
    expect(await db.contacts.count()).toBe(1);
  });
});
