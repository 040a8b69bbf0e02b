import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { upsertContact } from '../contacts/upsert-contact';
import { SopDatabase } from '../db/database';
import type { StoredDeal } from '../deals/deal';
import { deleteContact, deleteEverything, exportData, importData } from './backup';

let db: SopDatabase;
beforeEach(async () => {
  db = new SopDatabase(`test-${crypto.randomUUID()}`);
  const { contact } = await upsertContact(db, { source: 'linkedin', identity: 'linkedin:a', name: 'A' }, 1000);
  await upsertContact(db, { source: 'gmail', identity: 'email:b@x.example', name: 'B', email: 'b@x.example' }, 2000);
  await db.touches.add({ contactId: contact.id, at: 1500, direction: 'outbound', channel: 'email' });
});
afterEach(async () => {
  await db.delete();
});

describe('data backup', () => {
  it('round-trips through replace, with progress', async () => {
    const file = await exportData(db, 5000);
    await deleteEverything(db);
    expect(await db.contacts.count()).toBe(0);
    const progress: number[] = [];
    const result = await importData(db, file, 'replace', (done) => progress.push(done));
    expect(result).toEqual({ ok: true, contacts: 2, touches: 1, merged: 0 });
    expect(await db.contacts.count()).toBe(2);
    expect(await db.touches.count()).toBe(1);
    expect(progress.at(-1)).toBe(3);
  });

  it('merges without duplicating touches', async () => {
    const file = await exportData(db, 5000);
    expect(await importData(db, file, 'merge')).toMatchObject({ ok: true, merged: 0 });
    expect(await db.contacts.count()).toBe(2);
    expect(await db.touches.count()).toBe(1);
  });

  it('refuses a bad file with every problem by path and changes nothing', async () => {
    const backup = JSON.parse(await exportData(db, 5000)) as { contacts: Record<string, unknown>[] };
    delete backup.contacts[1]?.name;
    const result = await importData(db, JSON.stringify(backup), 'replace');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toContain('contacts[1].name: Name: missing.');
    expect(await db.contacts.count()).toBe(2);
    expect((await importData(db, 'nope', 'replace')).ok).toBe(false);
  });

  it('keeps a deal’s snooze and ticked criteria through export and import', async () => {
    const id = 'hubspot:deal:90817' as StoredDeal['id'];
    const record = { type: 'deal' as const, recordId: '90817', name: 'Fleet', contacts: [], activity: [], fields: [] };
    await db.deals.put({ id, crm: 'hubspot', record, contactIds: [], createdAt: 1000, capturedAt: 1000, exitCriteriaMet: ['terms_agreed'], snooze: { until: 9000, at: 3000 } });
    const file = await exportData(db, 5000);
    await deleteEverything(db);
    await importData(db, file, 'replace');
    expect(await db.deals.get(id)).toMatchObject({ exitCriteriaMet: ['terms_agreed'], snooze: { until: 9000, at: 3000 } });
  });

  it('deletes one contact and everything about them', async () => {
    const a = await db.contacts.where('identities').equals('linkedin:a').first();
    if (!a) throw new Error('missing');
    await deleteContact(db, a.id);
    expect(await db.contacts.count()).toBe(1);
    expect(await db.touches.count()).toBe(0);
  });
});
