import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SopDatabase } from '../db/database';
import { recordThread } from './last-word';
import type { Contact, ContactId } from './schema';
import { combineContacts } from './upsert-contact';

const person = (id: string, partial: Partial<Contact> = {}): Contact => ({ id: id as ContactId, identities: [`email:${id}`], sources: ['gmail'], name: 'Ana Souza', stage: 'prospect', stageChangedAt: 1, createdAt: 1, capturedAt: 1, ...partial });

const A = 'a' as ContactId;
let db: SopDatabase;
beforeEach(() => {
  db = new SopDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('the thread kept with a contact', () => {
  it('keeps the newest thread a page showed, bounded as the page summary is; an older thread read later does not replace it', async () => {
    await db.contacts.put(person('a'));
    const long = 'x'.repeat(5000);
    await recordThread(db, A, { subject: 'Proposal', messages: [{ direction: 'outbound', at: 2000, text: long }, { direction: 'inbound', at: 3000, text: 'Any room on the price?' }] }, 9000);
    let stored = await db.contacts.get(A);
    expect(stored?.thread).toMatchObject({ at: 3000, subject: 'Proposal' });
    expect(stored?.thread?.messages[0]?.text.length).toBe(4000);
    // A LinkedIn chat whose newest message is older.
    await recordThread(db, A, { messages: [{ direction: 'inbound', at: 1500, text: 'Hi' }] }, 9500);
    stored = await db.contacts.get(A);
    expect(stored?.thread?.subject).toBe('Proposal');
    // The same thread read again with a new reply replaces it; a thread without dates counts from when it was read.
    await recordThread(db, A, { messages: [{ direction: 'inbound', at: null, text: 'Signed copy attached' }] }, 10_000);
    expect((await db.contacts.get(A))?.thread).toMatchObject({ at: 10_000, messages: [{ text: 'Signed copy attached' }] });
  });

  it('survives a merge as the newer of the two', () => {
    const older = person('a', { thread: { at: 100, messages: [{ direction: 'inbound', at: 100, text: 'old' }] }, capturedAt: 900 });
    const newer = person('b', { thread: { at: 500, messages: [{ direction: 'inbound', at: 500, text: 'new' }] }, capturedAt: 200 });
    expect(combineContacts([older, newer], 'a' as ContactId).thread?.messages[0]?.text).toBe('new');
  });
});
