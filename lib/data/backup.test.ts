import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { upsertContact } from '../contacts/upsert-contact';
import { SopDatabase } from '../db/database';
import type { Contact } from '../contacts/schema';
import type { StoredDeal } from '../deals/deal';
import type { TabState } from '../db/tab-state';
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
    expect(result).toEqual({ ok: true, contacts: 2, touches: 1, merged: 0, corrections: 0, trackUses: 0, drillAnswers: 0 });
    expect(await db.contacts.count()).toBe(2);
    expect(await db.touches.count()).toBe(1);
    expect(progress.at(-1)).toBe(3);
  });

  it('imports its own export whatever the length of a judged path (merges and imports join two people\'s)', async () => {
    const [contact] = await db.contacts.toArray();
    if (!contact) throw new Error('no contact');
    const stages = ['qualify', 'discover', 'present'] as const;
    const path = Array.from({ length: 1500 }, (_, i) => ({ stage: stages[i % 3] ?? 'qualify', at: 1000 + i }));
    await db.judgedPaths.put({ key: `contact:${contact.id}`, path });
    const result = await importData(db, await exportData(db, 5000), 'replace');
    expect(result.ok).toBe(true);
    expect((await db.judgedPaths.get(`contact:${contact.id}`))?.path).toHaveLength(1500);
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

  it('a page read while a replace was under way stays, with its touches and what its tab shows; one read before it is replaced', async () => {
    const file = await exportData(db, 5000);
    await upsertContact(db, { source: 'linkedin', identity: 'linkedin:before', name: 'Read Before' }, 6000);
    const startedAt = 10_000;
    const { contact } = await upsertContact(db, { source: 'linkedin', identity: 'linkedin:late', name: 'Read Meanwhile' }, startedAt + 1);
    await db.touches.add({ contactId: contact.id, at: startedAt - 500, direction: 'inbound', channel: 'linkedin', messageKey: 'linkedin:msg:late-1' });
    const tab: TabState = { tabId: 7, url: 'https://www.linkedin.com/in/late/', site: 'linkedin', updatedAt: startedAt + 1, status: 'captured', contactId: contact.id };
    await db.tabStates.put(tab);
    expect(await importData(db, file, 'replace', undefined, 'en', startedAt)).toMatchObject({ ok: true, contacts: 2 });
    expect((await db.contacts.toArray()).map((c) => c.name).sort()).toEqual(['A', 'B', 'Read Meanwhile']);
    expect(await db.touches.where('contactId').equals(contact.id).count()).toBe(1);
    expect(await db.tabStates.get(7)).toMatchObject({ contactId: contact.id });
    // Replacing again with the same file (the page read meanwhile included) doubles nothing.
    const again = await exportData(db, 11_000);
    expect(await importData(db, again, 'replace', undefined, 'en', startedAt)).toMatchObject({ ok: true, contacts: 3 });
    expect(await db.contacts.count()).toBe(3);
    expect(await db.touches.count()).toBe(2);
  });

  it('leaves out of the file a talk-track use whose person is gone, so the file imports', async () => {
    const a = await db.contacts.where('identities').equals('linkedin:a').first();
    await db.trackUses.bulkAdd([
      { contactId: a?.id ?? ('' as Contact['id']), objection: 'price', trackId: 'price-roi', at: 3000 },
      { contactId: 'deleted-long-ago' as Contact['id'], objection: 'price', trackId: 'price-roi', at: 3000 },
    ]);
    const file = await exportData(db, 5000);
    expect((JSON.parse(file) as { trackUses: unknown[] }).trackUses).toHaveLength(1);
    expect(await importData(db, file, 'replace')).toMatchObject({ ok: true, trackUses: 1 });
  });

  it('deletes one contact and everything about them', async () => {
    const a = await db.contacts.where('identities').equals('linkedin:a').first();
    if (!a) throw new Error('missing');
    await deleteContact(db, a.id);
    expect(await db.contacts.count()).toBe(1);
    expect(await db.touches.count()).toBe(0);
  });

  it('deletes a contact’s reading corrections with them (they hold their words), and keeps another person’s correction of the same words', async () => {
    const [a, b] = await Promise.all([db.contacts.where('identities').equals('linkedin:a').first(), db.contacts.where('identities').equals('email:b@x.example').first()]);
    if (!a || !b) throw new Error('missing');
    const { addCorrection } = await import('../reader/store');
    await addCorrection({ text: 'Wir haben dieses Jahr kein Budget mehr.', from: 'none', to: 'budget', contactId: a.id, at: 3000 }, db);
    await addCorrection({ text: 'Wir haben dieses Jahr kein Budget mehr.', from: 'budget', to: 'timing', contactId: a.id, at: 3001 }, db);
    await addCorrection({ text: '我们明年再说吧。', from: 'none', to: 'timing', contactId: a.id, at: 3002 }, db);
    // B said the same words as A once; the rep corrected B's, then A's (A's replaced B's).
    await addCorrection({ text: 'Too pricey for us.', from: 'price', to: 'budget', contactId: b.id, at: 3003 }, db);
    const shared = await addCorrection({ text: 'Too pricey for us.', from: 'budget', to: 'price', contactId: a.id, at: 3004 }, db);
    await addCorrection({ text: 'Send me the contract.', from: 'none', to: 'none', contactId: b.id, at: 3005 }, db);

    await deleteContact(db, a.id);
    const left = await db.readerCorrections.toArray();
    expect(JSON.stringify(left)).not.toContain(a.id);
    const byText = [...left].sort((x, y) => x.text.localeCompare(y.text)).map((c) => [c.text, c.to, c.contactId, c.replaced]);
    // B's correction stands again, under the id of the one that replaced it (an undo link showing for it goes on working).
    expect(byText).toEqual([
      ['Send me the contract.', 'none', b.id, undefined],
      ['Too pricey for us.', 'budget', b.id, undefined],
    ]);
    expect(left.find((c) => c.text === 'Too pricey for us.')?.id).toBe(shared);
    // The backup made next has none of A's words.
    expect(await exportData(db, 5000)).not.toContain('Budget mehr');
  });

  type File = { contacts: Record<string, unknown>[]; touches: Record<string, unknown>[]; notes: Record<string, unknown>[]; deals: Record<string, unknown>[] };
  const fileOf = async () => JSON.parse(await exportData(db, 5000)) as File;
  const everything = async () => ({ contacts: await db.contacts.toArray(), touches: await db.touches.toArray(), notes: await db.notes.toArray(), deals: await db.deals.toArray() });

  it('refuses two contacts of the file under one id (they would become one person), naming both', async () => {
    const file = await fileOf();
    const at = file.contacts.findIndex((c) => c.name === 'A');
    const first = file.contacts[at];
    file.contacts.push({ ...first, name: 'Somebody Else', identities: ['linkedin:someone-else'] });
    const before = await everything();
    for (const mode of ['merge', 'replace'] as const) {
      const result = await importData(db, JSON.stringify(file), mode);
      expect(result).toEqual({ ok: false, problems: [`contacts[2].id: The id “${String(first?.id)}” is also used by contacts[${String(at)}] (A): each contact in the file needs an id of its own.`] });
    }
    expect(await everything()).toEqual(before);
  });

  it('refuses touches and notes that belong to no one, in the file or here, when merging too', async () => {
    const file = await fileOf();
    file.touches.push({ contactId: 'nobody', at: 1, direction: 'inbound', channel: 'email' });
    file.notes.push({ contactId: 'nobody', at: 1, text: 'Call back after the fair' }, { contactId: 'no-one', at: 2, text: 'x' });
    const before = await everything();
    expect(await importData(db, JSON.stringify(file), 'merge', undefined, 'zh-Hans')).toEqual({ ok: false, problems: ['touches: 有 1 条跟进记录对应的联系人不在文件中。', 'notes: 有 2 条备注对应的联系人不在文件中。'] });
    expect(await everything()).toEqual(before);
    // A touch for someone stored here (not in the file) is fine when merging.
    const here = await db.contacts.where('identities').equals('linkedin:a').first();
    const forA = { ...file, contacts: [], touches: [{ contactId: here?.id, at: 7, direction: 'inbound', channel: 'email' }], notes: [{ contactId: here?.id, at: 7, text: 'met at the fair' }] };
    expect(await importData(db, JSON.stringify(forA), 'merge')).toMatchObject({ ok: true, touches: 1 });
    expect(await db.notes.where('contactId').equals(here?.id ?? '').count()).toBe(1);
  });

  it('a deal read again since the file was exported keeps what the rep did since, and gains what the file had', async () => {
    const id = 'hubspot:deal:1' as StoredDeal['id'];
    const record = { type: 'deal' as const, recordId: '1', name: 'Fleet', stage: 'Discovery', contacts: [], activity: [], fields: [] };
    await db.deals.put({ id, crm: 'hubspot', record, contactIds: [], createdAt: 1000, capturedAt: 1000, exitCriteriaMet: ['budget_confirmed'], stageHistory: [{ stage: 'Discovery', at: 1000 }] });
    const file = await exportData(db, 5000);
    const later = { ...record, name: 'Fleet (renewal)', stage: 'Proposal' };
    await db.deals.put({ id, crm: 'hubspot', record: later, contactIds: [], createdAt: 1000, capturedAt: 9000, exitCriteriaMet: ['terms_agreed'], snooze: { until: 20_000, at: 9500 }, stageHistory: [{ stage: 'Discovery', at: 1000 }, { stage: 'Proposal', at: 9000 }] });
    expect(await importData(db, file, 'merge')).toMatchObject({ ok: true });
    expect(await db.deals.get(id)).toEqual({
      id,
      crm: 'hubspot',
      record: later,
      contactIds: [],
      createdAt: 1000,
      capturedAt: 9000,
      exitCriteriaMet: ['budget_confirmed', 'terms_agreed'],
      snooze: { until: 20_000, at: 9500 },
      stageHistory: [
        { stage: 'Discovery', at: 1000 },
        { stage: 'Proposal', at: 9000 },
      ],
    });
  });

  it('a full disk half-way through says so in the rep’s language, and nothing of the file is here', async () => {
    const file = await fileOf();
    file.contacts.push({ ...file.contacts[0], id: 'c-new', name: 'New Person', identities: ['linkedin:new-person'] });
    file.touches.push({ contactId: 'c-new', at: 8000, direction: 'inbound', channel: 'linkedin' });
    const before = await everything();
    const full = vi.spyOn(db.touches, 'bulkAdd').mockRejectedValue(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }));
    try {
      expect(await importData(db, JSON.stringify(file), 'merge', undefined, 'zh-Hant')).toEqual({ ok: false, problems: ['儲存空間已滿。請騰出一些磁碟空間（或在「你的資料」中刪除舊聯絡人），然後重新匯入。'] });
      expect(full).toHaveBeenCalled();
      expect(await everything()).toEqual(before);
    } finally {
      full.mockRestore();
    }
  });
  it('leaves Today\'s index marked to build again, stored with the data it imported, and the build after it ends done', async () => {
    await db.meta.put({ key: 'queue', state: 'done', indexed: 2, total: 2, at: 1000 });
    const file = await exportData(db, 5000);
    expect(await importData(db, file, 'replace')).toMatchObject({ ok: true });
    // Read before the build that follows the import has run: the index says it is building, not done over rows the file replaced.
    expect(await db.meta.get('queue')).toMatchObject({ state: 'building', indexed: 0, total: 2 });
    await vi.waitFor(async () => expect((await db.meta.get('queue'))?.state).toBe('done'), { timeout: 20_000, interval: 10 });
    expect((await db.queue.toArray()).map((row) => row.contactId).sort()).toEqual((await db.contacts.toCollection().primaryKeys()).sort());
  });
});
