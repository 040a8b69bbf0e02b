import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SERVED_ROUTES, routeUrl } from '../../demo/routes';
import { extractSavedPage } from '../../scripts/extract-page';
import { handlePageReport, RejectedMessageError, type Sender } from '../background/handle-page-report';
import { SopDatabase } from '../db/database';
import { upsertDeal } from '../deals/upsert-deal';
import { extractionResultSchema } from '../sites/extraction-schema';
import { withoutContactKeys } from './contact-keys';
import { mergeContacts, undoMerge } from './merge';
import { extractedContactSchema, isLinkedInProfileUrl, type Contact, type ContactId } from './schema';
import { combineContacts, upsertContact } from './upsert-contact';

let db: SopDatabase;
beforeEach(() => {
  db = new SopDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

const record = (id: string, overrides: Partial<Contact> = {}): Contact => ({
  id: id as ContactId,
  name: 'Wei Zhang',
  identities: ['email:wei@harbor.example'],
  sources: ['gmail'],
  stage: 'prospect',
  stageChangedAt: 1000,
  createdAt: 1000,
  capturedAt: 1000,
  ...overrides,
});

describe('combineContacts', () => {
  it('keeps the earliest creation, the newest capture’s fields and fills what it lacks', () => {
    const merged = combineContacts([record('a', { company: 'Harbor', title: 'COO', createdAt: 900 }), record('b', { title: 'CEO', capturedAt: 2000, identities: ['linkedin:wei'], sources: ['linkedin'] })], 'a' as ContactId);
    expect(merged).toEqual({
      id: 'a',
      name: 'Wei Zhang',
      company: 'Harbor',
      title: 'CEO',
      identities: ['email:wei@harbor.example', 'linkedin:wei'],
      sources: ['gmail', 'linkedin'],
      stage: 'prospect',
      stageChangedAt: 1000,
      createdAt: 900,
      capturedAt: 2000,
    });
  });

  it('keeps a decided stage over the first stage a fresh record starts at, and the latest decision over an earlier one', () => {
    const moved = record('a', { stage: 'negotiate', stageChangedAt: 3000 });
    expect(combineContacts([moved, record('fresh', { stageChangedAt: 9000, capturedAt: 9000 })], 'a' as ContactId)).toMatchObject({ stage: 'negotiate', stageChangedAt: 3000 });
    const movedBack = record('b', { stage: 'prospect', stageChangedAt: 4000, stageHistory: [{ from: 'negotiate', to: 'prospect', at: 4000, reason: 'went quiet' }] });
    expect(combineContacts([moved, movedBack], 'a' as ContactId)).toMatchObject({ stage: 'prospect', stageChangedAt: 4000 });
    // The same moment: the furthest stage.
    expect(combineContacts([record('c', { stage: 'qualify', stageChangedAt: 3000 }), moved], 'c' as ContactId)).toMatchObject({ stage: 'negotiate' });
  });
});

describe('every way into the store keeps one contact per identity', () => {
  it('a capture heals a store that holds one identity twice', async () => {
    await db.contacts.bulkPut([record('x', { stage: 'present', stageChangedAt: 1500 }), record('y', { createdAt: 800 })]);
    await db.touches.add({ contactId: 'x' as ContactId, at: 1200, direction: 'outbound', channel: 'email' });
    const { contact, created } = await upsertContact(db, { source: 'gmail', identity: 'email:wei@harbor.example', name: 'Wei Zhang', title: 'COO' }, 5000);
    expect(created).toBe(false);
    expect((await db.contacts.toArray()).map(withoutContactKeys)).toEqual([withoutContactKeys(contact)]);
    expect(contact).toMatchObject({ id: 'y', stage: 'present', title: 'COO', createdAt: 800, capturedAt: 5000 });
    expect((await db.touches.toArray()).map((t) => t.contactId)).toEqual(['y']);
  });

  it('a capture does not move a contact back to the first stage', async () => {
    await db.contacts.put(record('x', { stage: 'discover', stageChangedAt: 1500, stageHistory: [{ from: 'prospect', to: 'discover', at: 1500, reason: 'call' }] }));
    const { contact } = await upsertContact(db, { source: 'gmail', identity: 'email:wei@harbor.example', name: 'Wei Zhang' }, 5000);
    expect(contact).toMatchObject({ id: 'x', stage: 'discover', stageChangedAt: 1500 });
  });

  it('the people of a CRM record go the same way', async () => {
    await db.contacts.bulkPut([record('x'), record('y', { identities: ['email:wei@harbor.example', 'linkedin:wei'] })]);
    const deal = await upsertDeal(db, 'salesforce', { type: 'deal', recordId: '0065g00000HbLgQAAV', name: 'Harbor – Fleet', account: 'Harbor', contacts: [{ name: 'Wei Zhang', email: 'wei@harbor.example', identity: 'email:wei@harbor.example' }], activity: [], fields: [] }, 5000);
    expect(await db.contacts.count()).toBe(1);
    expect(deal.contactIds).toEqual(['x']);
    expect(await db.contacts.get('x' as ContactId)).toMatchObject({ identities: ['email:wei@harbor.example', 'linkedin:wei'], sources: ['gmail', 'salesforce'], company: 'Harbor' });
  });

  it('an explicit merge keeps the rep’s choice, moves notes, talk tracks and deals, and undoes all of it', async () => {
    const target = (await upsertContact(db, { source: 'gmail', identity: 'email:wei@harbor.example', name: 'Wei Zhang' }, 2000)).contact;
    const absorbed = (await upsertContact(db, { source: 'linkedin', identity: 'linkedin:wei', name: 'Wei Zhang', company: 'Harbor' }, 1000)).contact;
    await db.notes.add({ contactId: absorbed.id, at: 1100, text: 'Met at the fair.' });
    await db.trackUses.add({ contactId: absorbed.id, objection: 'price', trackId: 'roi', at: 1100 });
    const deal = await upsertDeal(db, 'salesforce', { type: 'deal', recordId: '0065g00000HbLgQAAV', name: 'Harbor – Fleet', contacts: [{ name: 'Wei Zhang', identity: 'linkedin:wei' }], activity: [], fields: [] }, 1500);
    expect(deal.contactIds).toEqual([absorbed.id]);

    const mergeId = await mergeContacts(db, target.id, absorbed.id, 3000);
    expect(await db.contacts.toArray()).toMatchObject([{ id: target.id, identities: ['email:wei@harbor.example', 'linkedin:wei'], company: 'Harbor', createdAt: 1000 }]);
    expect((await db.notes.toArray()).map((n) => n.contactId)).toEqual([target.id]);
    expect((await db.trackUses.toArray()).map((u) => u.contactId)).toEqual([target.id]);
    expect((await db.deals.toArray())[0]?.contactIds).toEqual([target.id]);

    expect(await undoMerge(db, mergeId ?? -1)).toBe(true);
    expect(await db.contacts.count()).toBe(2);
    expect((await db.notes.toArray()).map((n) => n.contactId)).toEqual([absorbed.id]);
    expect((await db.trackUses.toArray()).map((u) => u.contactId)).toEqual([absorbed.id]);
    expect((await db.deals.toArray())[0]?.contactIds).toEqual([absorbed.id]);
  });
});

describe('profile links', () => {
  it.each([
    ['https://www.linkedin.com/in/mei-lin-chen-4b21a7/', true],
    ['https://www.linkedin.com/in/%E7%8E%8B%E5%B0%8F%E6%98%8E-a1b2c3/', true],
    ['https://cn.linkedin.com/in/jane-doe/', true],
    ['javascript:alert(1)', false],
    ['javascript://www.linkedin.com/in/x/%0aalert(1)', false],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    ['http://evil.example/in/x', false],
    ['http://www.linkedin.com/in/x/', false],
    ['https://linkedin.com.evil.example/in/x/', false],
    ['https://www.linkedin.com:8443/in/x/', false],
    ['https://www.linkedin.com/feed/', false],
    ['not a url', false],
  ])('%s is allowed: %s', (link, allowed) => {
    expect(isLinkedInProfileUrl(link)).toBe(allowed);
  });

  it('a capture with a javascript: profile link is refused in the background and stores nothing', async () => {
    const contact = { source: 'linkedin', identity: 'linkedin:jane', name: 'Jane Roe', profileUrl: 'javascript:alert(document.cookie)' };
    expect(extractedContactSchema.safeParse(contact).success).toBe(false);
    const sender: Sender = { id: 'ext', url: 'https://www.linkedin.com/in/jane/', frameId: 0, tab: { id: 7 } };
    const report = { url: 'https://www.linkedin.com/in/jane/', report: { status: 'extracted', result: { ok: true, kind: 'linkedin-profile', contact } } };
    await expect(handlePageReport(db, report, sender, 'ext', 5)).rejects.toBeInstanceOf(RejectedMessageError);
    expect(await db.contacts.count()).toBe(0);
  });

  // The readers' own output must still pass the tightened schema, on every page of the demo.
  it.each(SERVED_ROUTES.filter((route) => !route.file.includes('shell')).map((route) => [route.file, route] as const))('%s reads into a valid extraction', (_, route) => {
    const out = extractSavedPage(['--url', routeUrl(route), route.file], (path) => readFileSync(new URL(`../../tests/fixtures/${path}`, import.meta.url), 'utf8'));
    const result = extractionResultSchema.safeParse(JSON.parse(out.stdout));
    expect(result.success, result.error?.message).toBe(true);
  });
});
