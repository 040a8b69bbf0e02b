import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SopDatabase } from '../db/database';
import type { CrmRecord } from '../sites/extraction-schema';
import { contactOfPerson, dealsOfContact, peopleOfDeal } from './deal-links';
import { upsertDeal } from './upsert-deal';

const NOW = new Date(2026, 10, 25, 12).getTime();

function record(id: string, type: CrmRecord['type'], name: string): CrmRecord {
  return {
    type,
    recordId: id,
    name,
    account: 'Harbor',
    contacts: [
      { name: 'Wei Zhang', email: 'Wei@Harbor.example', identity: 'email:wei@harbor.example' },
      { name: 'Tom Becker', identity: 'salesforce:0035g00000WzHoRAAV' },
      { name: 'No Identity' },
    ],
    activity: [],
    fields: [],
  };
}

let db: SopDatabase;
beforeEach(() => {
  db = new SopDatabase(`links-${String(Math.random())}`);
});
afterEach(async () => {
  await db.delete();
});

describe('links between a contact and its deals', () => {
  it('a contact lists its deals (open deals first, newest read first) and a deal its stored people, each person of the record matched to their contact', async () => {
    const older = await upsertDeal(db, 'salesforce', record('0065g00000AAAAAAA1', 'deal', 'Harbor – Pilot'), NOW - 1000);
    const account = await upsertDeal(db, 'salesforce', record('0015g00000AAAAAAA2', 'account', 'Harbor'), NOW);
    const newer = await upsertDeal(db, 'salesforce', record('0065g00000AAAAAAA3', 'deal', 'Harbor – Fleet'), NOW + 1000);
    const people = await peopleOfDeal(db, newer);
    expect(people.map((c) => c.name)).toEqual(['Wei Zhang', 'Tom Becker']);
    const [wei, tom] = people;
    if (!wei || !tom) throw new Error('people not stored');
    expect((await dealsOfContact(db, wei.id)).map((d) => d.id)).toEqual([newer.id, older.id, account.id]);
    expect((await dealsOfContact(db, tom.id)).map((d) => d.record.name)).toEqual(['Harbor – Fleet', 'Harbor – Pilot', 'Harbor']);

    const persons = newer.record.contacts;
    expect(contactOfPerson(persons[0] ?? { name: '' }, people)?.id).toBe(wei.id);
    expect(contactOfPerson(persons[1] ?? { name: '' }, people)?.id).toBe(tom.id);
    // No identity on the record: nothing was stored for them, so no link.
    expect(contactOfPerson(persons[2] ?? { name: '' }, people)).toBeUndefined();
    // A person shown by email only, in another case, is the contact with that email.
    expect(contactOfPerson({ name: 'W. Zhang', email: 'WEI@harbor.example' }, people)?.id).toBe(wei.id);
  });

  it('a deleted contact is left out of the deal’s people', async () => {
    const deal = await upsertDeal(db, 'salesforce', record('0065g00000AAAAAAA3', 'deal', 'Harbor – Fleet'), NOW);
    const [first] = deal.contactIds;
    if (!first) throw new Error('no people stored');
    await db.contacts.delete(first);
    expect((await peopleOfDeal(db, deal)).map((c) => c.name)).toEqual(['Tom Becker']);
  });
});
