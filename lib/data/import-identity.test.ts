import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact, ContactId } from '../contacts/schema';
import { SopDatabase } from '../db/database';
import type { TabState } from '../db/tab-state';
import type { DealId } from '../deals/deal';
import { exportData, importData } from './backup';

let db: SopDatabase;
beforeEach(() => {
  db = new SopDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const contact = (id: string, overrides: Partial<Contact> = {}): Contact => ({
  id: id as ContactId,
  name: 'Mei Lin Chen',
  identities: ['linkedin:mei-lin-chen-4b21a7'],
  sources: ['linkedin'],
  stage: 'prospect',
  stageChangedAt: 1000,
  createdAt: 1000,
  capturedAt: 1000,
  ...overrides,
});

const file = (parts: { contacts: Contact[]; touches?: unknown[]; notes?: unknown[]; deals?: unknown[] }) =>
  JSON.stringify({ format: 'sop-copilot-data', version: 1, exportedAt: 9000, touches: [], ...parts });

const deal = (contactIds: string[]) => ({
  id: 'salesforce:deal:0065g00000HbLgQAAV',
  crm: 'salesforce',
  record: { type: 'deal', recordId: '0065g00000HbLgQAAV', name: 'Orchid – Line 4', contacts: [], activity: [], fields: [] },
  contactIds,
  createdAt: 1000,
  capturedAt: 1000,
});

describe('import keeps one contact per person', () => {
  it.each(['merge', 'replace'] as const)('reads 10,000 records of one LinkedIn identity as one contact (%s), in a few seconds', async (mode) => {
    const copies = Array.from({ length: 10_000 }, (_, i) => contact(`copy-${i}`, { createdAt: 1000 + i, capturedAt: 1000 + i }));
    const started = performance.now();
    const result = await importData(db, file({ contacts: copies }), mode);
    // Well under a second on an idle machine; the bound only catches a lookup per record again
    // (minutes), never a busy machine (two timing failures at load 16 with a 5 s bound).
    expect(performance.now() - started).toBeLessThan(30_000);
    expect(result).toEqual({ ok: true, contacts: 10_000, touches: 0, merged: 9_999, corrections: 0, trackUses: 0, drillAnswers: 0 });
    expect(await db.contacts.count()).toBe(1);
    expect(await db.contacts.where('identities').equals('linkedin:mei-lin-chen-4b21a7').count()).toBe(1);
    expect(await db.contacts.get('copy-0' as ContactId)).toMatchObject({ createdAt: 1000, capturedAt: 10_999 });
  }, 60_000);

  it('merges a file contact into the stored contact with the same identity, and the stored duplicates too', async () => {
    // Two contacts already hold one identity (an import from before this was enforced).
    await db.contacts.bulkPut([contact('stored-1', { createdAt: 500, company: 'Orchid' }), contact('stored-2', { identities: ['linkedin:mei-lin-chen-4b21a7', 'email:mei@orchid.example'], sources: ['gmail'], createdAt: 800 })]);
    await db.touches.add({ contactId: 'stored-2' as ContactId, at: 900, direction: 'inbound', channel: 'email' });
    await db.notes.add({ contactId: 'stored-2' as ContactId, at: 900, text: 'Asked for the case study.' });
    await db.trackUses.add({ contactId: 'stored-2' as ContactId, objection: 'price', trackId: 'roi', at: 900 });
    const gmailTab: TabState = { tabId: 7, url: 'https://mail.google.com/mail/u/0/', site: 'gmail', updatedAt: 900, status: 'captured', contactId: 'stored-2' as ContactId };
    await db.tabStates.put(gmailTab);
    await db.deals.put({ ...deal(['stored-2', 'stored-1']), id: 'salesforce:deal:0065g00000HbLgQAAV' as DealId } as never);

    const imported = contact('from-file', { identities: ['email:mei@orchid.example', 'salesforce:0035g00000WzHnQAAV'], sources: ['salesforce'], title: 'VP Operations', capturedAt: 5000 });
    const result = await importData(db, file({ contacts: [imported] }), 'merge');

    expect(result).toMatchObject({ ok: true, merged: 2 });
    const all = await db.contacts.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      id: 'stored-1',
      createdAt: 500,
      capturedAt: 5000,
      company: 'Orchid',
      title: 'VP Operations',
      identities: ['linkedin:mei-lin-chen-4b21a7', 'email:mei@orchid.example', 'salesforce:0035g00000WzHnQAAV'],
      sources: ['linkedin', 'gmail', 'salesforce'],
    });
    expect((await db.touches.toArray()).map((t) => t.contactId)).toEqual(['stored-1']);
    expect((await db.notes.toArray()).map((n) => n.contactId)).toEqual(['stored-1']);
    expect((await db.trackUses.toArray()).map((u) => u.contactId)).toEqual(['stored-1']);
    expect(await db.tabStates.get(7)).toMatchObject({ contactId: 'stored-1' });
    expect((await db.deals.toArray())[0]?.contactIds).toEqual(['stored-1']);
  });

  // At 10,000 copies and a backup of 100,000 people: scripts/bench-import.ts (`BENCH_ONLY=import npm run bench`).
  it('heals a store that already holds 1,000 copies of one person, their touches following', async () => {
    const copies = Array.from({ length: 1_000 }, (_, i) => contact(`stored-${i}`, { createdAt: 2000 + i }));
    await db.contacts.bulkPut(copies);
    await db.touches.bulkAdd(copies.map((c, i) => ({ contactId: c.id, at: 5000 + i, direction: 'outbound' as const, channel: 'linkedin' as const })));
    // How fast is the bench's business; here, that it happens and loses nothing.
    const result = await importData(db, file({ contacts: [contact('from-file', { createdAt: 1500 })] }), 'merge');
    expect(result).toMatchObject({ ok: true, merged: 1_000 });
    expect((await db.contacts.toArray()).map((c) => c.id)).toEqual(['from-file']);
    expect(new Set((await db.touches.toArray()).map((t) => t.contactId))).toEqual(new Set(['from-file']));
    expect(await db.touches.count()).toBe(1_000);
  }, 60_000);

  it('re-points the file’s own touches, notes and deals to the contact that survives', async () => {
    const result = await importData(
      db,
      file({
        contacts: [contact('a', { createdAt: 2000 }), contact('b', { createdAt: 1000 }), contact('other', { name: 'Tom', identities: ['email:tom@x.example'], sources: ['gmail'] })],
        touches: [
          { contactId: 'a', at: 3000, direction: 'outbound', channel: 'linkedin', messageKey: 'linkedin:m1' },
          { contactId: 'b', at: 3000, direction: 'outbound', channel: 'linkedin', messageKey: 'linkedin:m1' },
          { contactId: 'a', at: 4000, direction: 'inbound', channel: 'email' },
        ],
        notes: [
          { contactId: 'a', at: 3500, text: 'Budget in Q3.' },
          { contactId: 'b', at: 3500, text: 'Budget in Q3.' },
        ],
        deals: [deal(['a', 'other', 'b'])],
      }),
      'replace',
    );
    expect(result).toEqual({ ok: true, contacts: 3, touches: 3, merged: 1, corrections: 0, trackUses: 0, drillAnswers: 0 });
    expect((await db.contacts.toArray()).map((c) => c.id).sort()).toEqual(['b', 'other']);
    // The same message under both records is one touch.
    expect((await db.touches.orderBy('at').toArray()).map((t) => [t.contactId, t.at])).toEqual([
      ['b', 3000],
      ['b', 4000],
    ]);
    expect((await db.notes.toArray()).map((n) => n.contactId)).toEqual(['b']);
    expect((await db.deals.toArray())[0]?.contactIds).toEqual(['b', 'other']);
  });

  it('combines by the rules: latest stage decision, newest capture’s fields, unions, history in time order', async () => {
    const older = contact('older', {
      headline: 'Head of Ops',
      about: 'Runs operations.',
      stage: 'present',
      stageChangedAt: 3000,
      stageHistory: [{ from: 'prospect', to: 'present', at: 3000, reason: 'demo booked' }],
      askedQuestions: ['q1'],
      knownPains: ['downtime'],
      bant: { budget: 'confirmed', authority: 'unknown', need: 'clear', timelineMonths: 3 },
      lastWord: { at: 2500, text: 'Send the deck.' },
      snooze: { until: 9000, at: 2600 },
      capturedAt: 3000,
    });
    const newer = contact('newer', {
      headline: 'VP Operations',
      stage: 'discover',
      stageChangedAt: 4000,
      stageHistory: [
        { from: 'prospect', to: 'present', at: 3000, reason: 'demo booked' },
        { from: 'present', to: 'discover', at: 4000, reason: 'back to discovery' },
      ],
      askedQuestions: ['q2'],
      bant: { budget: 'none', authority: 'influencer', need: 'vague', timelineMonths: null },
      lastWord: { at: 2000, text: 'Older words.' },
      capturedAt: 6000,
      createdAt: 1500,
    });
    // Read in two steps: the store against the file.
    await importData(db, file({ contacts: [older] }), 'replace');
    expect(await importData(db, file({ contacts: [newer] }), 'merge')).toMatchObject({ merged: 1 });
    const [kept] = await db.contacts.toArray();
    expect(kept).toMatchObject({
      id: 'older',
      headline: 'VP Operations',
      about: 'Runs operations.',
      stage: 'discover',
      stageChangedAt: 4000,
      askedQuestions: ['q1', 'q2'],
      knownPains: ['downtime'],
      bant: { budget: 'none', authority: 'influencer', need: 'vague', timelineMonths: null },
      lastWord: { at: 2500, text: 'Send the deck.' },
      snooze: { until: 9000, at: 2600 },
      createdAt: 1000,
      capturedAt: 6000,
    });
    expect(kept?.stageHistory?.map((h) => h.at)).toEqual([3000, 4000]);
  });

  it('reads a backup of 1,000 people back onto itself with nothing merged', async () => {
    const people = Array.from({ length: 1_000 }, (_, i) => contact(`p${i}`, { identities: [`linkedin:p${i}`, `email:p${i}@x.example`] }));
    const touches = people.map((p, i) => ({ contactId: p.id, at: i, direction: 'inbound', channel: 'email', messageKey: `gmail:${i}` }));
    expect(await importData(db, file({ contacts: people, touches }), 'replace')).toEqual({ ok: true, contacts: 1_000, touches: 1_000, merged: 0, corrections: 0, trackUses: 0, drillAnswers: 0 });
    expect(await importData(db, await exportData(db, 9000), 'merge')).toEqual({ ok: true, contacts: 1_000, touches: 1_000, merged: 0, corrections: 0, trackUses: 0, drillAnswers: 0 });
    expect([await db.contacts.count(), await db.touches.count()]).toEqual([1_000, 1_000]);
  }, 60_000);

  it('reads its own export back with nothing merged and nothing doubled', async () => {
    await importData(db, file({ contacts: [contact('a'), contact('b', { name: 'B', identities: ['email:b@x.example'], sources: ['gmail'] })] }), 'replace');
    const exported = await exportData(db, 9000);
    expect(await importData(db, exported, 'merge')).toEqual({ ok: true, contacts: 2, touches: 0, merged: 0, corrections: 0, trackUses: 0, drillAnswers: 0 });
    expect(await db.contacts.count()).toBe(2);
  });
});

describe('import refuses links the panel must not render', () => {
  it.each([
    ['javascript:alert(document.domain)//www.linkedin.com/in/x/'],
    ['data:text/html,<script>alert(1)</script>'],
    ['http://evil.example/in/x'],
    ['http://www.linkedin.com/in/mei-lin-chen-4b21a7/'],
    ['https://www.linkedin.com.evil.example/in/mei-lin-chen-4b21a7/'],
    ['https://evil.example/in/mei-lin-chen-4b21a7/'],
    ['https://user:pass@www.linkedin.com/in/mei-lin-chen-4b21a7/'],
    ['https://www.linkedin.com/company/orchid/'],
  ])('refuses the profile link %s, naming the field, and changes nothing', async (link) => {
    await importData(db, file({ contacts: [contact('kept', { name: 'Kept' })] }), 'replace');
    const result = await importData(db, file({ contacts: [contact('ok', { identities: ['email:x@y.example'] }), contact('bad', { identities: ['email:z@y.example'], profileUrl: link })] }), 'replace');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems).toEqual([expect.stringMatching(/^contacts\[1\]\.profileUrl: the profile link \(profileUrl\) “.*” was refused: only an https LinkedIn profile link/)]);
    expect((await db.contacts.toArray()).map((c) => c.name)).toEqual(['Kept']);
  });

  it('says so in the rep’s language', async () => {
    const result = await importData(db, file({ contacts: [contact('bad', { profileUrl: 'javascript:alert(1)' })] }), 'merge', undefined, 'zh-Hans');
    expect(!result.ok && result.problems).toEqual(['contacts[0].profileUrl: 主页链接（profileUrl）“javascript:alert(1)”被拒绝：只接受 https 的 LinkedIn 个人主页链接（https://www.linkedin.com/in/…）。']);
    const hant = await importData(db, file({ contacts: [contact('bad', { profileUrl: 'javascript:alert(1)' })] }), 'merge', undefined, 'zh-Hant');
    expect(!hant.ok && hant.problems[0]).toContain('個人檔案連結（profileUrl）「javascript:alert(1)」遭拒絕');
    expect(await db.contacts.count()).toBe(0);
  });

  it('leaves a link stored before links were checked out of the export, so the export reads back', async () => {
    await db.contacts.put(contact('old', { profileUrl: 'javascript:alert(1)', headline: 'Kept' }));
    const exported = await exportData(db, 9000);
    expect(exported).not.toContain('javascript:');
    expect(await importData(db, exported, 'replace')).toMatchObject({ ok: true, contacts: 1 });
    const read = await db.contacts.get('old' as ContactId);
    expect(read).toMatchObject({ headline: 'Kept' });
    expect(read).not.toHaveProperty('profileUrl');
  });

  it('accepts the profile links the readers write', async () => {
    const links = ['https://www.linkedin.com/in/mei-lin-chen-4b21a7/', 'https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E-a1b2c3/'];
    const result = await importData(db, file({ contacts: links.map((profileUrl, i) => contact(`c${i}`, { identities: [`linkedin:${i}`], profileUrl })) }), 'replace');
    expect(result).toMatchObject({ ok: true, contacts: 2, merged: 0 });
  });
});
