import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact, ContactId } from '../contacts/schema';
import { HEAD, MARK_ALL, MARK_PREFIX, type SearchMark } from './contact-search-marks';
import { SopDatabase } from './database';

const contact = (id: string, name = id): Contact => ({
  id: id as ContactId,
  identities: [`linkedin:${id}`],
  sources: ['linkedin'],
  name,
  stage: 'discover',
  stageChangedAt: 0,
  createdAt: 0,
  capturedAt: 0,
});

let db: SopDatabase;
beforeEach(() => {
  db = new SopDatabase(`marks-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const marks = async () => ((await db.meta.where('key').startsWith(MARK_PREFIX).primaryKeys()) as string[]).sort();

describe('the marks every write to contacts leaves for the Contacts search snapshot', () => {
  it('marks each contact a write names, in the write’s own transaction, whatever the write', async () => {
    await db.contacts.put(contact('a'));
    await db.contacts.bulkPut([contact('b'), contact('c')]);
    await db.contacts.update('a' as ContactId, { name: 'A again' });
    await db.contacts.delete('c' as ContactId);
    expect(await marks()).toEqual([`${MARK_PREFIX}a`, `${MARK_PREFIX}b`, `${MARK_PREFIX}c`]);
    // A write of a contact marks it again (a new `at`): a save that answered the old mark does not remove the new one.
    const markOf = (id: string) => db.table<SearchMark, string>('meta').get(`${MARK_PREFIX}${id}`);
    const before = await markOf('b');
    await db.contacts.put(contact('b', 'B again'));
    expect((await markOf('b'))?.at).not.toBe(before?.at);
  });

  it('marks everything for a write of a range: a cleared table, or more than a hundred contacts at once', async () => {
    await db.contacts.bulkPut(Array.from({ length: 100 }, (_, i) => contact(`s${String(i)}`)));
    expect(await marks()).not.toContain(MARK_ALL);
    await db.contacts.bulkPut(Array.from({ length: 101 }, (_, i) => contact(`m${String(i)}`)));
    expect(await marks()).toContain(MARK_ALL);
    await db.table('meta').delete(MARK_ALL);
    await db.contacts.clear();
    expect(await marks()).toContain(MARK_ALL);
  });

  it('keeps the saved snapshot through a deletion of nothing (every capture deletes the records it merged: often none)', async () => {
    await db.table('meta').put({ key: HEAD, v: 1, save: 's', parts: 0, contacts: 0, at: 0 });
    await db.contacts.bulkDelete([]);
    expect(await db.table('meta').get(HEAD)).toBeDefined();
    await db.contacts.put(contact('d'));
    await db.contacts.delete('d' as ContactId);
    expect(await db.table('meta').get(HEAD)).toBeUndefined();
  });

  it('is undone with a write that fails (stored together or not at all)', async () => {
    await expect(
      db.transaction('rw', db.contacts, async () => {
        await db.contacts.put(contact('x'));
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    expect(await marks()).toEqual([]);
  });
});
