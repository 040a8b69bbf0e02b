import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SopDatabase } from '../db/database';
import { findStaleContacts, staleContacts } from './retention';
import type { Contact, ContactId } from './schema';

const NOW = new Date(2026, 10, 25).getTime();
const monthsAgo = (m: number) => new Date(2026, 10 - m, 25).getTime();
const contact = (id: string, seen: number): Contact => ({ id: id as ContactId, identities: [id], sources: ['linkedin'], name: id, stage: 'prospect', stageChangedAt: seen, createdAt: seen, capturedAt: seen });

describe('staleContacts', () => {
  it('finds contacts with no sighting, touch or note within the period', () => {
    const contacts = [contact('old', monthsAgo(14)), contact('touched', monthsAgo(14)), contact('noted', monthsAgo(14)), contact('fresh', monthsAgo(2))];
    const touches = [{ contactId: 'touched' as ContactId, at: monthsAgo(3), direction: 'outbound' as const, channel: 'email' as const }];
    const notes = [{ contactId: 'noted' as ContactId, at: monthsAgo(1), text: 'x' }];
    expect(staleContacts(contacts, touches, notes, 12, NOW).map((c) => c.id)).toEqual(['old']);
    expect(staleContacts(contacts, touches, notes, 24, NOW)).toEqual([]);
  });
});

describe('findStaleContacts: the same through the indexes, a chunk at a time', () => {
  it('finds the same contacts as reading everything, across chunks, and shows the first 50', async () => {
    const db = new SopDatabase('retention-index');
    const contacts = Array.from({ length: 1_200 }, (_, i) => ({ ...contact(`c${String(i).padStart(4, '0')}`, monthsAgo(i % 3 === 0 ? 2 : 14)), ...(i % 7 === 0 ? { stageChangedAt: monthsAgo(1) } : {}) }));
    const touches = contacts.filter((_, i) => i % 5 === 0).flatMap((c, i) => [
      { contactId: c.id, at: monthsAgo(20), direction: 'outbound' as const, channel: 'email' as const },
      ...(i % 2 ? [{ contactId: c.id, at: monthsAgo(4), direction: 'inbound' as const, channel: 'email' as const }] : []),
    ]);
    const notes = contacts.filter((_, i) => i % 11 === 0).map((c) => ({ contactId: c.id, at: monthsAgo(6), text: 'x' }));
    await db.contacts.bulkPut(contacts);
    await db.touches.bulkAdd(touches);
    await db.notes.bulkAdd(notes);
    const expected = staleContacts(contacts, touches, notes, 12, NOW).map((c) => c.id);
    expect(expected.length).toBeGreaterThan(500);
    const found = await findStaleContacts(db, 12, NOW);
    expect(found.count).toBe(expected.length);
    expect([...found.ids].sort()).toEqual([...expected].sort());
    expect(found.shown).toHaveLength(50);
    expect(found.shown.every((c) => expected.includes(c.id))).toBe(true);
    expect((await findStaleContacts(db, 24, NOW)).count).toBe(0);
    db.close();
    await Dexie.delete('retention-index');
  });
});
