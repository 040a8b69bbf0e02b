import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SopDatabase } from '../db/database';
import { contactMemoryOf } from './search-memory';
import { heldContactCount } from './store';
import type { Contact, ContactId } from './schema';

const contact = (id: string): Contact => ({ id: id as ContactId, identities: [`linkedin:${id}`], sources: ['linkedin'], name: `Person ${id}`, stage: 'discover', stageChangedAt: 0, createdAt: 0, capturedAt: 0 });

let db: SopDatabase | undefined;
afterEach(async () => {
  if (!db) return;
  contactMemoryOf(db).close();
  await db.delete();
});

describe('the Contacts total from the search held in memory', () => {
  it('is unknown until the memory holds every contact, then its size, told on every write it reads in', async () => {
    db = new SopDatabase(`held-count-${crypto.randomUUID()}`);
    await db.contacts.bulkPut([contact('1'), contact('2'), contact('3')]);
    const held = heldContactCount(db);
    let told = 0;
    const stop = held.subscribe(() => told++);
    expect(held.count()).toBeUndefined();
    await contactMemoryOf(db).build();
    expect(held.count()).toBe(3);
    expect(told).toBe(1);
    await db.contacts.put(contact('4'));
    await vi.waitFor(() => expect(held.count()).toBe(4));
    await db.contacts.delete('1' as ContactId);
    await vi.waitFor(() => expect(held.count()).toBe(3));
    expect(told).toBe(3);
    stop();
    await db.contacts.put(contact('5'));
    await vi.waitFor(() => expect(held.count()).toBe(4));
    expect(told).toBe(3);
  });
});
