import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SopDatabase } from '../db/database';
import type { TabState } from '../db/tab-state';
import { findMergeCandidates, mergeContacts, undoMerge } from './merge';
import { upsertContact } from './upsert-contact';

let db: SopDatabase;
beforeEach(() => {
  db = new SopDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('merging contacts', () => {
  it('suggests the same name under another identity, merges, and undoes', async () => {
    const linkedin = (await upsertContact(db, { source: 'linkedin', identity: 'linkedin:mei', name: 'Mei Lin Chen', company: 'Orchid' }, 1000)).contact;
    const email = (await upsertContact(db, { source: 'gmail', identity: 'email:mei@orchid.example', name: 'Mei  Lin Chen', email: 'mei@orchid.example' }, 2000)).contact;
    await upsertContact(db, { source: 'gmail', identity: 'email:other@x.example', name: 'Someone Else' }, 2000);
    await db.touches.add({ contactId: email.id, at: 1500, direction: 'inbound', channel: 'email' });
    // Her Gmail tab is open on the email record.
    const tab: TabState = { tabId: 7, url: 'https://mail.google.com/mail/u/0/', site: 'gmail', updatedAt: 2000, status: 'captured', contactId: email.id };
    await db.tabStates.put(tab);

    expect(findMergeCandidates(linkedin, await db.contacts.toArray()).map((c) => c.id)).toEqual([email.id]);

    const mergeId = await mergeContacts(db, linkedin.id, email.id, 3000);
    const merged = await db.contacts.get(linkedin.id);
    expect(merged).toMatchObject({ identities: ['linkedin:mei', 'email:mei@orchid.example'], sources: ['linkedin', 'gmail'], company: 'Orchid', email: 'mei@orchid.example', createdAt: 1000 });
    expect(await db.contacts.get(email.id)).toBeUndefined();
    expect((await db.touches.toArray()).map((t) => t.contactId)).toEqual([linkedin.id]);
    expect(await db.tabStates.get(7)).toMatchObject({ contactId: linkedin.id });

    // The email identity now finds the merged contact.
    const again = await upsertContact(db, { source: 'gmail', identity: 'email:mei@orchid.example', name: 'Mei Lin Chen' }, 4000);
    expect(again.contact.id).toBe(linkedin.id);

    expect(await undoMerge(db, mergeId ?? -1)).toBe(true);
    expect((await db.contacts.get(linkedin.id))?.identities).toEqual(['linkedin:mei']);
    expect(await db.contacts.get(email.id)).toMatchObject({ name: 'Mei  Lin Chen' });
    expect((await db.touches.toArray()).map((t) => t.contactId)).toEqual([email.id]);
    // ... and the tab shows the email record again.
    expect(await db.tabStates.get(7)).toMatchObject({ contactId: email.id });
  });
});
