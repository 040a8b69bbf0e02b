import { describe, expect, it } from 'vitest';
import { staleContacts } from './retention';
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
