import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ContactId } from '../contacts/schema';
import { upsertContact } from '../contacts/upsert-contact';
import { SopDatabase } from '../db/database';
import { recordConversationTouches } from './record-touches';

let db: SopDatabase;
let contactId: ContactId;
beforeEach(async () => {
  db = new SopDatabase(`test-${crypto.randomUUID()}`);
  contactId = (await upsertContact(db, { source: 'gmail', identity: 'email:ana@huachen.example', name: 'Ana', email: 'ana@huachen.example' }, 1000)).contact.id;
});
afterEach(async () => {
  await db.delete();
});

describe('touches read from a conversation', () => {
  it('a message the page shows twice is one touch, and the thread’s other messages are recorded with it', async () => {
    const reply = { id: 'msg-f:1788', direction: 'inbound' as const, at: 2000, text: '价格还是有点高，能不能再优惠一些？' };
    const messages = [{ id: 'msg-f:1787', direction: 'outbound' as const, at: 1500, text: '' }, reply, { ...reply }, { id: 'msg-f:1789', direction: 'outbound' as const, at: 3000, text: '' }];
    expect(await recordConversationTouches(db, contactId, 'gmail', { messages }, 5000)).toBe(3);
    expect((await db.touches.orderBy('at').toArray()).map((t) => t.messageKey)).toEqual(['gmail:msg-f:1787', 'gmail:msg-f:1788', 'gmail:msg-f:1789']);
    // Read again: nothing more.
    expect(await recordConversationTouches(db, contactId, 'gmail', { messages }, 6000)).toBe(0);
  });
});
