import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SopDatabase } from '../db/database';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { scoreBant } from '../engine/bant';
import { contactKeysOf } from './contact-keys';
import { ContactSearch, queryWords } from './contact-search';
import { ContactMemory } from './search-memory';
import type { Contact, ContactId } from './schema';

const contact = (id: string, partial: Partial<Contact> = {}): Contact => ({
  id: id as ContactId,
  identities: [`linkedin:${id}`],
  sources: ['linkedin'],
  name: id,
  stage: 'discover',
  stageChangedAt: 0,
  createdAt: 0,
  capturedAt: 0,
  ...partial,
});

let db: SopDatabase;
let memory: ContactMemory;
beforeEach(() => {
  db = new SopDatabase(`memory-${crypto.randomUUID()}`);
  memory = new ContactMemory(db, { rebuildAfterMs: 50 });
});
afterEach(async () => {
  memory.close();
  await db.delete();
});

const names = (query: string, limit = 50, filter: { stage?: Contact['stage']; tier?: 'A' | 'B' | 'C' } = {}) => memory.find({ words: queryWords(query), ...filter }, playbook, limit).contacts.map((c) => c.name);

describe('the Contacts search held in memory', () => {
  it('finds by the start of any word, every word (AND), Simplified and Traditional alike, newest first', async () => {
    await db.contacts.bulkPut([
      contact('1', { name: 'Mei Lin Chen', company: 'Orchid Precision', capturedAt: 4 }),
      contact('2', { name: '陳美玲', company: '華辰零售', capturedAt: 3, stage: 'qualify' }),
      contact('3', { name: 'Daniel Okafor', email: 'daniel@northwind.example', capturedAt: 2 }),
      contact('4', { name: '王小明', email: 'wang.xiaoming@huachen-tech.example', capturedAt: 1 }),
      contact('5', { name: 'Orla Meier', company: 'Precision Tools', capturedAt: 5 }),
      // A character outside the BMP (two UTF-16 units).
      contact('6', { name: '𠀋野 Ayako', capturedAt: 0 }),
    ]);
    await memory.build();
    expect(memory.ready).toBe(true);
    expect(names('mei')).toEqual(['Orla Meier', 'Mei Lin Chen']);
    expect(names('m')).toEqual(['Orla Meier', 'Mei Lin Chen']);
    expect(names('ORCHID prec')).toEqual(['Mei Lin Chen']);
    expect(names('prec')).toEqual(['Orla Meier', 'Mei Lin Chen']);
    expect(names('陈')).toEqual(['陳美玲']);
    expect(names('华辰')).toEqual(['陳美玲']);
    expect(names('美玲')).toEqual(['陳美玲']);
    expect(names('小明')).toEqual(['王小明']);
    expect(names('huachen')).toEqual(['王小明']);
    expect(names('daniel@north')).toEqual(['Daniel Okafor']);
    expect(names('𠀋')).toEqual(['𠀋野 Ayako']);
    expect(names('𠀋野')).toEqual(['𠀋野 Ayako']);
    expect(names('野 ay')).toEqual(['𠀋野 Ayako']);
    // Not inside a word: "rchid" is no word's start.
    expect(names('rchid')).toEqual([]);
    expect(names('mei nobody')).toEqual([]);
    expect(names('mei', 50, { stage: 'qualify' })).toEqual([]);
    expect(names('陳', 50, { stage: 'qualify' })).toEqual(['陳美玲']);
  });

  it('narrows the previous answer when the search only grows, and starts over when it does not', async () => {
    await db.contacts.bulkPut([
      contact('1', { name: 'Isga Orelho', capturedAt: 3 }),
      contact('2', { name: 'Isga Anfi', capturedAt: 2 }),
      contact('3', { name: 'Orelha Sys', capturedAt: 1 }),
    ]);
    await memory.build();
    expect(names('i')).toEqual(['Isga Orelho', 'Isga Anfi']);
    expect(names('isga')).toEqual(['Isga Orelho', 'Isga Anfi']);
    expect(names('isga o')).toEqual(['Isga Orelho']);
    expect(names('isga orelho')).toEqual(['Isga Orelho']);
    // Backspace: a search that is no narrowing of the last one.
    expect(names('isga')).toEqual(['Isga Orelho', 'Isga Anfi']);
    expect(names('orel')).toEqual(['Isga Orelho', 'Orelha Sys']);
    expect(names('orel sys')).toEqual(['Orelha Sys']);
  });

  it('pages newest first, and says when there are more', async () => {
    await db.contacts.bulkPut(Array.from({ length: 1_000 }, (_, i) => contact(`c${String(i)}`, { name: `Ana ${i % 3 === 0 ? 'Tri' : 'Other'} ${String(i)}`, capturedAt: (i * 7919) % 1_000 })));
    await memory.build();
    const expected = Array.from({ length: 1_000 }, (_, i) => ({ i, at: (i * 7919) % 1_000 }))
      .filter(({ i }) => i % 3 === 0)
      .sort((a, b) => b.at - a.at)
      .map(({ i }) => `Ana Tri ${String(i)}`);
    for (const limit of [1, 30, 60, 333, 334, 400]) {
      const page = memory.find({ words: queryWords('ana tri') }, playbook, limit);
      expect(page.contacts.map((c) => c.name)).toEqual(expected.slice(0, limit));
      expect(page.more).toBe(limit < expected.length);
    }
  });

  it('holds every contact when many were seen at the same moment (the build reads newest first, across steps)', async () => {
    await db.contacts.bulkPut(Array.from({ length: 1_700 }, (_, i) => contact(`t${String(i).padStart(4, '0')}`, { name: `Tied ${String(i)}`, capturedAt: i < 1_100 ? 1 : 0 })));
    await memory.build();
    expect(memory.size).toBe(1_700);
    const all = memory.find({ words: ['tied'] }, playbook, 2_000).contacts.map((c) => c.id);
    expect(new Set(all).size).toBe(1_700);
    // Newest first, then the greater id, as the index read backwards gives them.
    expect(all.slice(0, 2)).toEqual(['t1099', 't1098']);
    expect(all.at(-1)).toBe('t1100');
    expect(memory.find({ words: ['t'] }, playbook, 3).contacts.map((c) => c.id)).toEqual(['t1099', 't1098', 't1097']);
  });

  it.each([
    ['the candidates filtered', undefined, undefined],
    ['every contact walked newest first', 0, undefined],
    ['the steps merged 100 slots a task', undefined, 100],
  ])('holds contacts read over many steps in the list’s order (%s)', async (_, scanNewest, mergeSlice) => {
    memory = new ContactMemory(db, { rebuildAfterMs: 50, ...(scanNewest === undefined ? {} : { scanNewest }), ...(mergeSlice === undefined ? {} : { mergeSlice }) });
    const many = Array.from({ length: 3_300 }, (_, i) => contact(`s${String((i * 7919) % 3_300).padStart(4, '0')}`, { name: `Step ${i % 2 ? 'Odd' : 'Even'}`, capturedAt: (i * 104_729) % 1_000 }));
    await db.contacts.bulkPut(many);
    await memory.build();
    const newest = (list: Contact[]) => [...list].sort((a, b) => b.capturedAt - a.capturedAt || (a.id > b.id ? -1 : 1)).map((c) => c.id);
    expect(memory.find({ words: ['step'] }, playbook, 5_000).contacts.map((c) => c.id)).toEqual(newest(many));
    expect(memory.find({ words: ['step', 'odd'] }, playbook, 40).contacts.map((c) => c.id)).toEqual(newest(many.filter((c) => c.name.endsWith('Odd'))).slice(0, 40));
  });

  it('filters by tier as the playbook scores it', async () => {
    const known: NonNullable<Contact['bant']> = { budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 1 };
    await db.contacts.bulkPut([contact('1', { name: 'Ana Known', bant: known, capturedAt: 2 }), contact('2', { name: 'Ana Unknown', capturedAt: 1 })]);
    await memory.build();
    const tiers = { known: scoreBant(known, playbook, 'en').tier, unknown: scoreBant({ budget: 'unknown', authority: 'unknown', need: 'unknown', timelineMonths: null }, playbook, 'en').tier };
    expect(tiers.known).not.toBe(tiers.unknown);
    for (const tier of ['A', 'B', 'C'] as const) {
      expect(names('ana', 50, { tier })).toEqual([...(tiers.known === tier ? ['Ana Known'] : []), ...(tiers.unknown === tier ? ['Ana Unknown'] : [])]);
    }
  });

  it.each([
    ['the candidates filtered', undefined],
    ['every contact walked newest first', 0],
    ['either, by the candidates’ number', 40],
  ])('agrees with the spec on a store of random words (every typed word the start of one of the contact’s words): %s', async (_, scanNewest) => {
    memory = new ContactMemory(db, { rebuildAfterMs: 50, ...(scanNewest === undefined ? {} : { scanNewest }) });
    const syllables = ['an', 'bo', 'chen', 'da', 'el', 'fi', 'go', 'hu', 'is', 'ja', 'li', 'mei', 'or', 'pre', 'sys', '美', '玲', '華', '辰'];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    const word = () => Array.from({ length: 1 + random(3) }, () => syllables[random(syllables.length)]).join('');
    const contacts = Array.from({ length: 600 }, (_, i) => contact(`r${String(i)}`, { name: `${word()} ${word()}`, company: word(), email: `${word()}@${word()}.example`, capturedAt: random(10_000), stage: random(3) ? 'discover' : 'qualify' }));
    await db.contacts.bulkPut(contacts);
    await memory.build();
    const keys = new Map(contacts.map((c) => [c.id, contactKeysOf(c).searchWords]));
    const spec = (query: string) => {
      const words = queryWords(query);
      return contacts
        .filter((c) => words.every((w) => (keys.get(c.id) ?? []).some((key) => key.startsWith(w))))
        .sort((a, b) => b.capturedAt - a.capturedAt || (a.id > b.id ? -1 : 1))
        .map((c) => c.id);
    };
    for (let q = 0; q < 100; q++) {
      const typed = Array.from({ length: 1 + random(2) }, () => word().slice(0, 1 + random(4))).join(' ');
      // Typed letter by letter, as the list asks.
      for (let end = 1; end <= typed.length; end++) {
        const query = typed.slice(0, end);
        const page = memory.find({ words: queryWords(query) }, playbook, 1_000);
        expect(page.contacts.map((c) => c.id), query).toEqual(spec(query));
        const first = memory.find({ words: queryWords(query), stage: 'qualify' }, playbook, 5);
        const inStage = spec(query).filter((id) => contacts.find((c) => c.id === id)?.stage === 'qualify');
        expect(first.contacts.map((c) => c.id), `${query} (qualify)`).toEqual(inStage.slice(0, 5));
        expect(first.more).toBe(inStage.length > 5);
      }
    }
  });

  it.each([
    ['the candidates filtered', undefined],
    ['every contact walked newest first', 0],
  ])('follows writes from any context: a new contact appears, a changed one is found by its new words only, a deleted one goes (%s)', async (_, scanNewest) => {
    memory = new ContactMemory(db, { rebuildAfterMs: 50, ...(scanNewest === undefined ? {} : { scanNewest }) });
    await db.contacts.bulkPut([contact('1', { name: 'Mei Lin Chen', company: 'Orchid Precision', capturedAt: 1 })]);
    await memory.build();
    let told = 0;
    memory.subscribe(() => told++);
    expect(names('orchid')).toEqual(['Mei Lin Chen']);
    await db.contacts.put(contact('2', { name: 'Orchid Buyer', capturedAt: 2 }));
    await vi.waitFor(() => expect(names('orchid')).toEqual(['Orchid Buyer', 'Mei Lin Chen']));
    await db.contacts.put(contact('0', { name: 'Orchid Older', capturedAt: 0 }));
    await vi.waitFor(() => expect(names('orchid')).toEqual(['Orchid Buyer', 'Mei Lin Chen', 'Orchid Older']));
    await db.contacts.delete('0' as ContactId);
    await db.contacts.update('1' as ContactId, { company: 'Lotus Systems', capturedAt: 3 });
    await vi.waitFor(() => expect(names('orchid')).toEqual(['Orchid Buyer']));
    expect(names('lotus')).toEqual(['Mei Lin Chen']);
    expect(names('')).toEqual(['Mei Lin Chen', 'Orchid Buyer']);
    expect(names('o')).toEqual(['Orchid Buyer']);
    expect(names('s')).toEqual(['Mei Lin Chen']);
    await db.contacts.delete('2' as ContactId);
    await vi.waitFor(() => expect(names('orchid')).toEqual([]));
    expect(told).toBe(5);
    expect(memory.size).toBe(1);
  });

  it('keeps the writes made while it builds (the steps merged a slice at a time)', async () => {
    memory = new ContactMemory(db, { rebuildAfterMs: 50, mergeSlice: 64 });
    const many = Array.from({ length: 2_600 }, (_, i) => contact(`w${String((i * 7919) % 2_600).padStart(4, '0')}`, { name: `Step ${String(i)}`, capturedAt: (i * 104_729) % 1_000 }));
    await db.contacts.bulkPut(many);
    const built = memory.build();
    // Written one at a time while the build reads and merges: a new contact, a changed one, a deleted one.
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(memory.ready).toBe(false);
    await db.contacts.put(contact('new', { name: 'Step New', capturedAt: 5_000 }));
    await db.contacts.update('w0007' as ContactId, { name: 'Moved Away', capturedAt: 6_000 });
    await db.contacts.delete('w0008' as ContactId);
    await built;
    const expected = [contact('new', { name: 'Step New', capturedAt: 5_000 }), ...many.filter((c) => c.id !== 'w0007' && c.id !== 'w0008')].sort((a, b) => b.capturedAt - a.capturedAt || (a.id > b.id ? -1 : 1)).map((c) => c.id);
    await vi.waitFor(() => expect(memory.find({ words: ['step'] }, playbook, 5_000).contacts.map((c) => c.id)).toEqual(expected));
    expect(names('moved')).toEqual(['Moved Away']);
    expect(memory.find({ words: [] }, playbook, 2).contacts.map((c) => c.id)).toEqual(['w0007', 'new']);
    expect(memory.size).toBe(2_600);
  });

  it('a write of a range (a bulk write, everything deleted) is read again whole', async () => {
    await db.contacts.bulkPut([contact('1', { name: 'Mei Lin Chen', capturedAt: 1 })]);
    await memory.build();
    await db.contacts.bulkPut(Array.from({ length: 60 }, (_, i) => contact(`b${String(i)}`, { name: `Bulk ${String(i)}`, capturedAt: 10 + i })));
    expect(memory.ready).toBe(false);
    await vi.waitFor(() => expect(memory.ready).toBe(true), { timeout: 10_000 });
    expect(names('bulk', 100)).toHaveLength(60);
    await db.contacts.clear();
    await vi.waitFor(() => expect(memory.ready).toBe(true), { timeout: 10_000 });
    expect(names('mei')).toEqual([]);
    expect(memory.size).toBe(0);
  });

  it('the list’s search answers from memory once built, and from IndexedDB until then', async () => {
    await db.contacts.bulkPut([contact('1', { name: 'Mei Lin Chen', capturedAt: 1 })]);
    const search = new ContactSearch(db, memory);
    expect((await search.find({ query: 'mei' }, playbook, 10)).contacts.map((c) => c.name)).toEqual(['Mei Lin Chen']);
    let asked = 0;
    const unfollow = search.follow(() => asked++);
    await vi.waitFor(() => expect(memory.ready).toBe(true));
    expect(asked).toBeGreaterThan(0);
    // Answered from memory: the row as listed, not the whole record.
    const [row] = (await search.find({ query: 'mei' }, playbook, 10)).contacts;
    expect(row).toEqual({ id: '1', name: 'Mei Lin Chen', capturedAt: 1, stage: 'discover' });
    unfollow();
  });
});
