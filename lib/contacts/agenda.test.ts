import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SopDatabase } from '../db/database';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { findContacts, searchContacts } from './agenda';
import { ContactSearch } from './contact-search';

const DAY = 86_400_000;
import type { Contact, ContactId } from './schema';

const NOW = new Date(2026, 10, 25, 10).getTime();
const contact = (id: string, partial: Partial<Contact> = {}): Contact => ({
  id: id as ContactId,
  identities: [`linkedin:${id}`],
  sources: ['linkedin'],
  name: id,
  stage: 'discover',
  stageChangedAt: NOW - 30 * DAY,
  createdAt: NOW - 30 * DAY,
  capturedAt: NOW - 30 * DAY,
  ...partial,
});

describe('searchContacts', () => {
  const contacts = [
    contact('1', { name: 'Mei Lin Chen', company: 'Orchid Precision', capturedAt: 3 }),
    contact('2', { name: '陳美玲', company: '華辰零售', capturedAt: 2, stage: 'qualify' }),
    contact('3', { name: 'Daniel Okafor', email: 'daniel@northwind.example', capturedAt: 1 }),
  ];
  it.each([
    ['mei', ['Mei Lin Chen']],
    ['ORCHID prec', ['Mei Lin Chen']],
    ['陈', ['陳美玲']],
    ['华辰', ['陳美玲']],
    ['northwind', ['Daniel Okafor']],
    ['', ['Mei Lin Chen', '陳美玲', 'Daniel Okafor']],
    ['nobody', []],
  ])('"%s" finds %j', (query, names) => {
    expect(searchContacts(contacts, { query }, playbook).map((c) => c.name)).toEqual(names);
  });

  it('filters by stage and tier', () => {
    expect(searchContacts(contacts, { stage: 'qualify' }, playbook).map((c) => c.name)).toEqual(['陳美玲']);
    expect(searchContacts(contacts, { tier: 'A' }, playbook)).toEqual([]);
  });
});

describe('findContacts: the same search through the indexes, a page at a time', () => {
  const db = new SopDatabase('agenda-index');
  const contacts = [
    contact('1', { name: 'Mei Lin Chen', company: 'Orchid Precision', capturedAt: 3 }),
    contact('2', { name: '陳美玲', company: '華辰零售', capturedAt: 2, stage: 'qualify' }),
    contact('3', { name: 'Daniel Okafor', email: 'daniel@northwind.example', capturedAt: 1 }),
    contact('4', { name: '王小明', email: 'wang.xiaoming@huachen-tech.example', capturedAt: 0 }),
  ];
  beforeAll(async () => {
    await db.contacts.bulkPut(contacts);
  });
  afterAll(async () => {
    db.close();
    await Dexie.delete('agenda-index');
  });
  it.each([
    ['mei', ['Mei Lin Chen']],
    ['ORCHID prec', ['Mei Lin Chen']],
    ['陈', ['陳美玲']],
    ['华辰', ['陳美玲']],
    ['美玲', ['陳美玲']],
    ['小明', ['王小明']],
    ['huachen', ['王小明']],
    ['northwind', ['Daniel Okafor']],
    ['daniel@north', ['Daniel Okafor']],
    ['', ['Mei Lin Chen', '陳美玲', 'Daniel Okafor', '王小明']],
    ['nobody', []],
    ['nobody at all', []],
  ])('"%s" finds %j', async (query, names) => {
    expect((await findContacts(db, { query }, playbook, 50)).contacts.map((c) => c.name)).toEqual(names);
  });

  it('typing on narrows in memory what it read, and a write anywhere drops it: the same contacts as searching afresh', async () => {
    let changes = 0;
    const search = new ContactSearch(db, null);
    const unfollow = search.follow(() => changes++);
    const find = async (query: string) => (await findContacts(db, { query }, playbook, 50, search)).contacts.map((c) => [c.name, c.company]);
    expect(await find('mei')).toEqual([['Mei Lin Chen', 'Orchid Precision']]);
    // The read is held: narrowing is answered from memory.
    expect(await find('mei orchid')).toEqual([['Mei Lin Chen', 'Orchid Precision']]);
    await db.contacts.update('1' as ContactId, { company: 'Orchid Systems' });
    expect(changes).toBe(1);
    expect(await find('mei orchid')).toEqual([['Mei Lin Chen', 'Orchid Systems']]);
    expect(await find('mei orchid prec')).toEqual([]);
    expect(await find('mei orchid sys')).toEqual([['Mei Lin Chen', 'Orchid Systems']]);
    await db.contacts.update('1' as ContactId, { company: 'Orchid Precision' });
    unfollow();
    await db.contacts.update('1' as ContactId, { company: 'Orchid Precision' });
    expect(changes).toBe(2);
  });

  it('answers many contacts sharing a rare word from memory once read, newest first', async () => {
    const name = 'agenda-many';
    const many = new SopDatabase(name);
    await many.contacts.bulkPut(Array.from({ length: 400 }, (_, i) => contact(`m${i}`, { name: `Isga ${i % 2 ? 'Orelho' : 'Anfi'} ${i}`, capturedAt: i })));
    await many.contacts.bulkPut(Array.from({ length: 2_000 }, (_, i) => contact(`o${i}`, { name: `Other Orelho ${i}`, capturedAt: 10_000 + i })));
    const search = new ContactSearch(many, null);
    const first = await findContacts(many, { query: 'isga' }, playbook, 10, search);
    expect(first.more).toBe(true);
    expect(first.contacts).toHaveLength(10);
    // Held in memory after the first answer; then every keystroke on is the exact newest first.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const narrowed = await findContacts(many, { query: 'isga orel' }, playbook, 10, search);
    expect(narrowed.contacts.map((c) => c.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Isga Orelho ${399 - 2 * i}`));
    expect(narrowed.more).toBe(true);
    expect((await findContacts(many, { query: 'isga orelho 37' }, playbook, 10, search)).contacts.map((c) => c.name)).toEqual(['Isga Orelho 379', 'Isga Orelho 377', 'Isga Orelho 375', 'Isga Orelho 373', 'Isga Orelho 371', 'Isga Orelho 37']);
    many.close();
    await Dexie.delete(name);
  });

  it('answers a keystroke while a word’s contacts are still being read from what is read when that fills the list’s first screen, then asks again for the exact newest first', async () => {
    const name = 'agenda-while-held';
    const many = new SopDatabase(name);
    await many.contacts.bulkPut(Array.from({ length: 400 }, (_, i) => contact(`m${i}`, { name: `Isga ${i % 2 ? 'Orelho' : 'Anfi'} ${i}`, capturedAt: i })));
    const search = new ContactSearch(many, null);
    let asked = 0;
    const unfollow = search.follow(() => asked++);
    // A first page of 31 read with the first keystroke, the rest of isga's 400 contacts being read.
    await findContacts(many, { query: 'isga' }, playbook, 30, search);
    // The next keystroke comes before that read is in: answered now from the page read, every row a match.
    const early = await findContacts(many, { query: 'isga orel' }, playbook, 10, search);
    expect(early.contacts).toHaveLength(10);
    expect(early.contacts.every((c) => c.name.startsWith('Isga Orelho'))).toBe(true);
    await vi.waitFor(() => expect(asked).toBe(1));
    const exact = await findContacts(many, { query: 'isga orel' }, playbook, 10, search);
    expect(exact.contacts.map((c) => c.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Isga Orelho ${399 - 2 * i}`));
    // Nothing more to ask for once it is exact.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).toBe(1);
    unfollow();
    many.close();
    await Dexie.delete(name);
  });

  it('waits for a word’s contacts being read when what is read cannot fill the page, and reads nothing of its own', async () => {
    const name = 'agenda-await-held';
    const many = new SopDatabase(name);
    await many.contacts.bulkPut(Array.from({ length: 400 }, (_, i) => contact(`m${i}`, { name: `Isga ${i % 2 ? 'Orelho' : 'Anfi'} ${i}`, capturedAt: i })));
    const search = new ContactSearch(many, null);
    let asked = 0;
    const unfollow = search.follow(() => asked++);
    await findContacts(many, { query: 'isga' }, playbook, 10, search);
    const reads = vi.spyOn(many.contacts, 'bulkGet');
    // 11 contacts read with the first keystroke, about half of them Orelho: not a page; the keystroke waits for isga's 400.
    const exact = await findContacts(many, { query: 'isga orel' }, playbook, 10, search);
    expect(exact.contacts.map((c) => c.name)).toEqual(Array.from({ length: 10 }, (_, i) => `Isga Orelho ${399 - 2 * i}`));
    expect(reads).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(asked).toBe(0);
    reads.mockRestore();
    unfollow();
    many.close();
    await Dexie.delete(name);
  });

  it('filters by stage and tier, and pages', async () => {
    expect((await findContacts(db, { stage: 'qualify' }, playbook, 50)).contacts.map((c) => c.name)).toEqual(['陳美玲']);
    expect((await findContacts(db, { tier: 'A' }, playbook, 50)).contacts).toEqual([]);
    expect(await findContacts(db, {}, playbook, 2)).toMatchObject({ contacts: [{ name: 'Mei Lin Chen' }, { name: '陳美玲' }], more: true });
  });
});

describe('the tier filter reads BANT as the judgment does: at negotiation or contract, what was never recorded is shown by the stage', () => {
  const people = [
    contact('n1', { name: 'Noor Haddad', stage: 'negotiate', capturedAt: 3 }),
    contact('n2', { name: 'Nils Berg', stage: 'negotiate', capturedAt: 2, bant: { budget: 'none', authority: 'unknown', need: 'unknown', timelineMonths: null } }),
    contact('n3', { name: 'Nadia Rossi', stage: 'discover', capturedAt: 1 }),
  ];
  const db = new SopDatabase('agenda-tier-at-stage');
  beforeAll(async () => {
    await db.contacts.bulkPut(people);
  });
  afterAll(async () => {
    db.close();
    await Dexie.delete('agenda-tier-at-stage');
  });

  it('in memory, through the indexes and through the word search alike', async () => {
    const tierA = ['Noor Haddad'];
    expect(searchContacts(people, { tier: 'A' }, playbook).map((c) => c.name)).toEqual(tierA);
    expect((await findContacts(db, { tier: 'A' }, playbook, 50)).contacts.map((c) => c.name)).toEqual(tierA);
    expect((await findContacts(db, { tier: 'A', query: 'n' }, playbook, 50, new ContactSearch(db))).contacts.map((c) => c.name)).toEqual(tierA);
    // What the rep recorded stands: no budget is not tier A at negotiation; nothing recorded before it is C.
    expect(searchContacts(people, { tier: 'A' }, playbook).map((c) => c.name)).not.toContain('Nils Berg');
    expect(searchContacts(people, { tier: 'C' }, playbook).map((c) => c.name)).toEqual(['Nadia Rossi']);
  });
});
