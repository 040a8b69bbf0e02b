import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SopDatabase } from '../db/database';
import type { Contact, ContactId } from './schema';
import { contactCount } from './store';

let db: SopDatabase;
beforeEach(() => {
  db = new SopDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const person = (id: string): Contact => ({ id: id as ContactId, identities: [`linkedin:${id}`], sources: ['linkedin'], name: `Person ${id}`, stage: 'prospect', stageChangedAt: 0, createdAt: 0, capturedAt: 0 });

describe('counting contacts a step at a time', () => {
  it('counts every contact exactly, across steps and on their edges', async () => {
    expect(await contactCount(db)).toBe(0);
    // Ids of every shape (UUIDs, CRM record ids, other text), one step and a bit, then exactly two steps.
    const ids = Array.from({ length: 2_001 }, (_, i) => (i % 3 === 0 ? crypto.randomUUID() : i % 3 === 1 ? `salesforce:003${String(i).padStart(6, '0')}` : `Ω-${String(i)}`));
    await db.contacts.bulkAdd(ids.map(person));
    expect(await contactCount(db)).toBe(2_001);
    await db.contacts.bulkAdd(Array.from({ length: 1_999 }, (_, i) => person(`z${String(i)}`)));
    expect(await contactCount(db)).toBe(4_000);
    expect(await contactCount(db)).toBe(await db.contacts.count());
  });
});
