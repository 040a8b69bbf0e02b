import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SopDatabase } from '../db/database';
import { MARK_ALL, MARK_PREFIX } from '../db/contact-search-marks';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { findContactsNow } from './agenda';
import { ContactSearch, queryWords } from './contact-search';
import { ContactMemory } from './search-memory';
import { columnOf, HEAD, indexOfItem, indexOfSorted, itemOf, PART, readSnapshot } from './search-snapshot';
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
const memories: ContactMemory[] = [];
/** A panel opening: a memory of its own on the same store (saves only when told, in these tests). */
const open = () => {
  const memory = new ContactMemory(db, { rebuildAfterMs: 50, saveAfterMs: 60_000 });
  memories.push(memory);
  return memory;
};
/** Whether the last build of the memory was loaded from the snapshot (what it measured of itself). */
const loaded = () => (performance.getEntriesByName('contact-memory-built').at(-1) as PerformanceMeasure | undefined)?.detail as { snapshot?: boolean } | undefined;
const find = (memory: ContactMemory, query: string, limit = 50) => memory.find({ words: queryWords(query) }, playbook, limit);
const names = (memory: ContactMemory, query: string, limit = 50) => find(memory, query, limit).contacts.map((c) => c.name);
const marks = async () => (await db.meta.where('key').startsWith(MARK_PREFIX).primaryKeys()) as string[];

beforeEach(async () => {
  db = new SopDatabase(`snapshot-${crypto.randomUUID()}`);
  await db.contacts.bulkPut([
    contact('1', { name: 'Mei Lin Chen', company: 'Orchid Precision', capturedAt: 4, bant: { budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 3 } }),
    contact('2', { name: '陳美玲', company: '華辰零售', capturedAt: 3, stage: 'qualify' }),
    contact('3', { name: 'Daniel Okafor', email: 'daniel@northwind.example', capturedAt: 2 }),
    contact('4', { name: '王小明', email: 'wang.xiaoming@huachen-tech.example', capturedAt: 1 }),
  ]);
});
afterEach(async () => {
  for (const memory of memories.splice(0)) memory.close();
  await db.delete();
});

describe('the Contacts search saved and loaded', () => {
  it('is loaded by the next panel in one read and answers as the built one did (words, folding, stage, order)', async () => {
    const first = open();
    await first.build();
    expect(loaded()?.snapshot).toBeUndefined();
    await first.save();
    expect(await db.table('meta').get(HEAD)).toMatchObject({ parts: 1, contacts: 4 });
    // Every write up to the save is answered by it: no mark left.
    expect(await marks()).toEqual([]);

    const next = open();
    await next.build();
    expect(loaded()?.snapshot).toBe(true);
    expect(next.size).toBe(4);
    for (const query of ['mei', '陈', '华辰', '小明', 'huachen', 'daniel@north', 'orchid prec', 'a', 'rchid']) expect(names(next, query)).toEqual(names(first, query));
    expect(find(next, 'mei').contacts[0]).toEqual(find(first, 'mei').contacts[0]);
    expect(next.find({ words: ['陈'], stage: 'qualify' }, playbook, 10).contacts.map((c) => c.name)).toEqual(['陳美玲']);
    expect(next.find({ words: [], tier: 'A' }, playbook, 10).contacts.map((c) => c.id)).toEqual(first.find({ words: [], tier: 'A' }, playbook, 10).contacts.map((c) => c.id));
    // Kept current by writes once loaded (its buckets grow as a built one's do).
    const told = new Promise<void>((resolve) => next.subscribe(resolve));
    await db.contacts.put(contact('9', { name: 'Meiko Orchid', capturedAt: 10 }));
    await told;
    expect(names(next, 'mei')).toEqual(['Meiko Orchid', 'Mei Lin Chen']);
    expect(names(next, 'orch')).toEqual(['Meiko Orchid', 'Mei Lin Chen']);
  });

  it('never reads a snapshot of an earlier format (version 2, an array of strings per column): the memory is built again and saved in the current one', async () => {
    const meta = db.table('meta');
    await meta.bulkPut([
      { key: HEAD, v: 2, save: 'old', parts: 1, contacts: 1, at: 0 },
      { key: 'contact-search:buckets', save: 'old', keys: ['gh', 'gho'], offsets: Int32Array.from([0, 1, 2]), slots: Int32Array.from([0, 0]) },
      { key: 'contact-search:part:0000', save: 'old', ids: ['1'], names: ['Ghost'], companies: [null], emails: [null], stages: Uint8Array.from([5]), seen: Float64Array.from([99]), bants: [null], words: ['\u0001ghost'] },
    ]);
    const next = open();
    await next.build();
    expect(loaded()?.snapshot).toBeUndefined();
    expect(names(next, 'gho')).toEqual([]);
    expect(names(next, 'mei')).toEqual(['Mei Lin Chen']);
    await next.save();
    const head = (await meta.get(HEAD)) as { v: number; save: string };
    expect(head.v).toBe(5);
    const part = (await meta.get('contact-search:part:0000')) as { save: string; count: number; seen: unknown; stages: unknown; names: { text: unknown; ends: unknown } };
    expect(part.save).toBe(head.save);
    expect(part.count).toBe(4);
    expect(part.seen).toBeInstanceOf(Float64Array);
    expect(part.stages).toBeInstanceOf(Uint8Array);
    // A column of strings is one string and where each ends (IndexedDB gives it back as one object, not one per contact).
    expect(typeof part.names.text).toBe('string');
    expect(part.names.ends).toBeInstanceOf(Int32Array);
  });

  it('is saved again by a panel that loaded it, and the next panel answers the same (columns and buckets carried over)', async () => {
    const first = open();
    await first.build();
    await first.save();
    const second = open();
    await second.build();
    expect(loaded()?.snapshot).toBe(true);
    const told = new Promise<void>((resolve) => second.subscribe(resolve));
    await db.contacts.put(contact('2', { name: '陳美玲', company: '華辰零售', capturedAt: 8, stage: 'negotiate' }));
    await told;
    await second.save();
    const third = open();
    await third.build();
    expect(loaded()?.snapshot).toBe(true);
    for (const query of ['mei', '陈', '华辰', 'huachen', 'daniel@north', 'orchid prec', 'a', '']) expect(find(third, query).contacts).toEqual(find(second, query).contacts);
    expect(find(third, '陈美').contacts[0]).toMatchObject({ name: '陳美玲', capturedAt: 8, stage: 'negotiate' });
    expect(third.find({ words: [], stage: 'negotiate' }, playbook, 10).contacts.map((c) => c.name)).toEqual(['陳美玲']);
    expect(find(third, 'mei').contacts.find((c) => c.name === 'Mei Lin Chen')?.bant).toEqual({ budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 3 });
  });

  it('reads again every contact written since the save, changed or added, from any context', async () => {
    const first = open();
    await first.build();
    await first.save();
    first.close();
    // Written with no panel open (the worker's captures, an edit in another panel).
    await db.contacts.put(contact('3', { name: 'Daniel Okafor-Reyes', email: 'daniel@northwind.example', capturedAt: 2 }));
    await db.contacts.put(contact('5', { name: 'Mei Tanaka', capturedAt: 9 }));
    expect((await marks()).sort()).toEqual([`${MARK_PREFIX}3`, `${MARK_PREFIX}5`]);

    const next = open();
    await next.build();
    expect(loaded()?.snapshot).toBe(true);
    expect(next.size).toBe(5);
    expect(names(next, 'mei')).toEqual(['Mei Tanaka', 'Mei Lin Chen']);
    expect(names(next, 'reyes')).toEqual(['Daniel Okafor-Reyes']);
    expect(names(next, 'okafor')).toEqual(['Daniel Okafor-Reyes']);
    // Saving again answers the marks.
    await next.save();
    expect(await marks()).toEqual([]);
  });

  it('is removed with any deletion of a contact, so no deleted contact stays on disk in it', async () => {
    const first = open();
    await first.build();
    await first.save();
    first.close();
    await db.contacts.delete('4' as ContactId);
    const rows = await db.table('meta').where('key').startsWith(HEAD).toArray();
    expect(rows.map((row: { key: string }) => row.key)).toEqual([`${MARK_PREFIX}4`]);
    expect(JSON.stringify(rows)).not.toContain('王小明');

    const next = open();
    await next.build();
    expect(loaded()?.snapshot).toBeUndefined();
    expect(names(next, '小明')).toEqual([]);
    expect(next.size).toBe(3);
  });

  it('is not used after a write of a range (a cleared store, a bulk import): the next panel reads every contact', async () => {
    const first = open();
    await first.build();
    await first.save();
    first.close();
    await db.contacts.clear();
    await db.contacts.bulkPut(Array.from({ length: 600 }, (_, i) => contact(`n${String(i)}`, { name: `New ${String(i)}`, capturedAt: i })));
    expect(await marks()).toContain(MARK_ALL);

    const next = open();
    await next.build();
    expect(loaded()?.snapshot).toBeUndefined();
    expect(next.size).toBe(600);
    expect(names(next, 'mei')).toEqual([]);
    expect(names(next, 'new', 2)).toEqual(['New 599', 'New 598']);
    // The build read after the mark: its save answers it, and the panel after loads again.
    await next.save();
    expect(await marks()).toEqual([]);
    const third = open();
    await third.build();
    expect(loaded()?.snapshot).toBe(true);
    expect(third.size).toBe(600);
  });

  it('saves in parts and drops the parts of a longer earlier save', async () => {
    await db.contacts.bulkPut(Array.from({ length: PART + 10 }, (_, i) => contact(`p${String(i)}`, { name: `Part ${String(i)}`, capturedAt: i })));
    const first = open();
    await first.build();
    await first.save();
    expect(await db.table('meta').get(HEAD)).toMatchObject({ parts: 2, contacts: PART + 14 });
    await db.contacts.where('id').startsWith('p').delete();
    const second = open();
    await second.build();
    await second.save();
    expect(await db.table('meta').get(HEAD)).toMatchObject({ parts: 1, contacts: 4 });
    expect(await db.meta.where('key').startsWith('contact-search:part:0').count()).toBe(1);
    const third = open();
    await third.build();
    expect(loaded()?.snapshot).toBe(true);
    expect(names(third, 'part')).toEqual([]);
    expect(names(third, 'mei')).toEqual(['Mei Lin Chen']);
  });

  it('answers from the newest parts while the older still load: a page that fills from them is the page, one that does not says partial until the rest is in', async () => {
    // The oldest contacts (in the last part) are the only `zed`s; every `part` match in the first part is newer than any in the last.
    await db.contacts.bulkPut(Array.from({ length: PART + 10 }, (_, i) => contact(`p${String(i)}`, { name: i < 10 ? `Zed Older ${String(i)}` : `Part ${String(i)}`, capturedAt: 10 + i })));
    const first = open();
    await first.build();
    await first.save();
    const second = open();
    const seen: { held: number; part: ReturnType<typeof find>; zed: ReturnType<typeof find>; none: ReturnType<typeof find> }[] = [];
    second.subscribe(() => {
      if (second.answering && !second.ready) seen.push({ held: second.size, part: find(second, 'part', 5), zed: find(second, 'zed'), none: find(second, '', 3) });
    });
    expect(second.answering).toBe(false);
    await second.build();
    expect(loaded()?.snapshot).toBe(true);
    // Told once the first part was held (the list may ask from then on), and again after the answer that could miss matches.
    expect(seen.length).toBeGreaterThanOrEqual(1);
    const [partly] = seen;
    expect(partly?.held).toBe(PART);
    expect(partly?.part).toEqual({ contacts: expect.any(Array) as unknown, more: true });
    expect(partly?.part.contacts.map((c) => c.name)).toEqual(['Part 5009', 'Part 5008', 'Part 5007', 'Part 5006', 'Part 5005']);
    expect(partly?.none.partial).toBeUndefined();
    expect(partly?.zed).toEqual({ contacts: [], more: false, partial: true });
    // Once every part is held: exact, and nothing partial.
    expect(second.ready).toBe(true);
    expect(find(second, 'zed').partial).toBeUndefined();
    expect(names(second, 'zed')).toHaveLength(10);
    expect(names(second, 'zed')[0]).toBe('Zed Older 9');
  });

  it('hands over the head first, then the newest part, then the buckets, then the older parts (a search answers from the newest part while the buckets\' megabytes load), and answers the same before and after the buckets are in', async () => {
    await db.contacts.bulkPut(Array.from({ length: 2 * PART + 10 }, (_, i) => contact(`p${String(i)}`, { name: i % 7 === 0 ? `Sept ${String(i)}` : `Part ${String(i)}`, capturedAt: 10 + i })));
    const first = open();
    await first.build();
    await first.save();
    const handed: string[] = [];
    const read = await readSnapshot(db, { begin: () => handed.push('begin'), buckets: () => handed.push('buckets'), part: (_, i) => handed.push(`part ${String(i)}`) });
    expect(read).toBeDefined();
    expect(handed).toEqual(['begin', 'part 0', 'buckets', 'part 1', 'part 2']);
    // A panel's memory told at its first part: answered from it by looking at each contact held, as the built memory answers.
    const second = open();
    const early: { sept: string[]; pa: string[]; none: string[] }[] = [];
    second.subscribe(() => {
      if (second.answering && !second.ready && early.length === 0) early.push({ sept: names(second, 'sept', 5), pa: names(second, 'pa', 3), none: names(second, '', 3) });
    });
    await second.build();
    expect(early).toEqual([{ sept: names(first, 'sept', 5), pa: names(first, 'pa', 3), none: names(first, '', 3) }]);
    expect(names(second, 'sept', 500)).toEqual(names(first, 'sept', 500));
  });

  it('gives the list its page at once (no promise to wait for) from the parts held so far, the same page `find` gives; nothing at once before a part is held or for no words', async () => {
    await db.contacts.bulkPut(Array.from({ length: PART + 10 }, (_, i) => contact(`p${String(i)}`, { name: i < 10 ? `Zed Older ${String(i)}` : `Part ${String(i)}`, capturedAt: 10 + i })));
    const first = open();
    await first.build();
    await first.save();
    const second = open();
    const search = new ContactSearch(db, second);
    const now = (query: string, limit = 5) => findContactsNow({ query }, playbook, limit, search);
    // Before the load: the list reads through IndexedDB (a promise).
    expect(now('part')).toBeUndefined();
    const seen: { part: ReturnType<typeof now>; found: Awaited<ReturnType<ContactSearch['find']>>; zed: ReturnType<typeof now>; none: ReturnType<typeof now> }[] = [];
    const asking: Promise<void>[] = [];
    second.subscribe(() => {
      if (!second.answering || second.ready) return;
      const early = { part: now('part'), zed: now('zed'), none: now('') };
      asking.push(search.find({ query: 'part' }, playbook, 5).then((found) => void seen.push({ ...early, found })));
    });
    await second.build();
    await Promise.all(asking);
    expect(loaded()?.snapshot).toBe(true);
    const [partly] = seen;
    expect(partly?.part?.fromMemory).toBe(true);
    expect(partly?.part?.contacts.map((c) => c.name)).toEqual(['Part 5009', 'Part 5008', 'Part 5007', 'Part 5006', 'Part 5005']);
    expect(partly?.part).toEqual(partly?.found);
    expect(partly?.zed).toEqual({ contacts: [], more: false, partial: true, fromMemory: true });
    // Nothing typed: the newest through the capturedAt index, as before.
    expect(partly?.none).toBeUndefined();
    // Once every part is held: the exact page at once.
    expect(now('zed', 50)?.contacts).toHaveLength(10);
    expect(now('zed', 50)?.partial).toBeUndefined();
    // No search held in memory (null): always through IndexedDB.
    expect(findContactsNow({ query: 'zed' }, playbook, 5, new ContactSearch(db, null))).toBeUndefined();
  });

  it('follows writes made while its parts load and after: a changed contact of a part found by its new words only, a deleted one gone, each counted once', async () => {
    await db.contacts.bulkPut(Array.from({ length: PART + 10 }, (_, i) => contact(`p${String(i)}`, { name: `Part ${String(i)}`, capturedAt: 10 + i })));
    const first = open();
    await first.build();
    await first.save();
    const second = open();
    let wrote: Promise<unknown> | undefined;
    second.subscribe(() => {
      // As soon as the first (newest) part is held: one contact of it deleted, one of the part still to come (the oldest) changed.
      wrote ??= Promise.all([db.contacts.delete('p5009' as ContactId), db.contacts.put(contact('p0', { name: 'Renamed Zero', capturedAt: 10 }))]);
    });
    await second.build();
    expect(loaded()?.snapshot).toBe(true);
    await wrote;
    await expect.poll(() => names(second, 'renamed')).toEqual(['Renamed Zero']);
    await expect.poll(() => names(second, 'part 5009')).toEqual([]);
    expect(names(second, 'part 0')).toEqual([]);
    expect(names(second, 'part 4321')).toEqual(['Part 4321']);
    expect(second.size).toBe(PART + 10 + 4 - 1);
    // After the load: a contact of a part changed again, another deleted.
    await db.contacts.put(contact('p4321', { name: 'Renamed One', capturedAt: 10_000 }));
    await db.contacts.delete('p4322' as ContactId);
    await expect.poll(() => names(second, 'renamed')).toEqual(['Renamed One', 'Renamed Zero']);
    await expect.poll(() => names(second, 'part 4322')).toEqual([]);
    expect(names(second, 'part 4321')).toEqual([]);
    expect(names(second, 'part 4323')).toEqual(['Part 4323']);
    expect(second.size).toBe(PART + 10 + 4 - 2);
    expect(find(second, '', 1).contacts[0]?.name).toBe('Renamed One');
  });

  it('holds the contacts written since the save beside the loaded buckets, not in copies: found with the snapshot\'s, after more writes too, and saved with them', async () => {
    await db.contacts.bulkPut(Array.from({ length: 300 }, (_, i) => contact(`p${String(i)}`, { name: `Part ${String(i)}`, capturedAt: 10 + i })));
    const first = open();
    await first.build();
    await first.save();
    // Written since the save (marked): one added, one changed; both share the snapshot's buckets `p` and `pa`.
    await db.contacts.put(contact('w1', { name: 'Parker New', capturedAt: 1_000 }));
    await db.contacts.put(contact('p5', { name: 'Pam Changed', capturedAt: 1_001 }));
    const second = open();
    await second.build();
    const detail = loaded() as { snapshot?: boolean; marks?: number; begin?: number } | undefined;
    expect(detail).toMatchObject({ snapshot: true, marks: 2 });
    expect(detail?.begin).toEqual(expect.any(Number));
    const pa = names(second, 'pa', 500);
    expect(pa).toHaveLength(301);
    expect(pa.slice(0, 3)).toEqual(['Pam Changed', 'Parker New', 'Part 299']);
    expect(pa).not.toContain('Part 5');
    expect(names(second, 'par', 500)).toHaveLength(300);
    expect(names(second, 'pam')).toEqual(['Pam Changed']);
    expect(names(second, 'part 5')).not.toContain('Part 5');
    // After the load (the bucket `pa` was merged for the searches above): one more added, one deleted.
    await db.contacts.put(contact('w2', { name: 'Pablo Later', capturedAt: 1_002 }));
    await expect.poll(() => names(second, 'pa', 500)[0]).toBe('Pablo Later');
    expect(names(second, 'pa', 500)).toHaveLength(302);
    await db.contacts.delete('p8' as ContactId);
    await expect.poll(() => names(second, 'pa', 500)).toHaveLength(301);
    expect(names(second, 'part 8')).not.toContain('Part 8');
    expect(names(second, 'part 8')).toContain('Part 81');
    expect(names(second, 'p', 500)).toEqual([...names(second, 'pa', 500), 'Mei Lin Chen']);
    // Saved: the next panel's buckets hold the snapshot's slots and those added, once each.
    await second.save();
    const third = open();
    await third.build();
    expect(loaded()?.snapshot).toBe(true);
    for (const query of ['p', 'pa', 'par', 'pab', 'pam', 'part 8', 'part 29', 'mei', 'new']) expect(names(third, query, 500)).toEqual(names(second, query, 500));
    expect(third.size).toBe(second.size);
  });

  it('keeps the buckets\' slots in rows of whole buckets, each its own read, and answers the same from them', async () => {
    await db.contacts.bulkPut(Array.from({ length: 300 }, (_, i) => contact(`r${String(i)}`, { name: `Row ${String(i)} ${['Ana', 'Bo', 'Cy'][i % 3] ?? ''}`, company: i % 2 ? 'Orchid' : 'Northwind', capturedAt: 10 + i })));
    const first = new ContactMemory(db, { rebuildAfterMs: 50, saveAfterMs: 60_000, slotsChunk: 64 });
    memories.push(first);
    await first.build();
    await first.save();
    const head = (await db.table('meta').get(HEAD)) as { chunks: number };
    expect(head.chunks).toBeGreaterThan(5);
    const rows = (await db.table('meta').where('key').startsWith('contact-search:part:!slots:').toArray()) as { slots: Int32Array }[];
    expect(rows).toHaveLength(head.chunks);
    // A row over the size is one bucket bigger than a row, alone; no bucket is cut.
    const { offsets, starts } = (await db.table('meta').get('contact-search:buckets')) as { offsets: Int32Array; starts: Int32Array };
    expect(starts[starts.length - 1]).toBe(offsets[offsets.length - 1]);
    for (const start of starts) expect(offsets).toContain(start);
    rows.forEach((row, c) => {
      if (row.slots.length <= 64) return;
      const k = offsets.indexOf(starts[c] ?? -1);
      expect(offsets[k + 1]).toBe(starts[c + 1]);
    });
    const second = open();
    await second.build();
    expect(loaded()?.snapshot).toBe(true);
    for (const query of ['row', 'row 1', 'ana', 'bo orchid', 'cy north', 'r', 'o', 'n', 'mei', 'row 29']) expect(find(second, query).contacts).toEqual(find(first, query).contacts);
    // Saved again with fewer rows: the rows beyond are removed.
    await second.save();
    const after = (await db.table('meta').get(HEAD)) as { chunks: number };
    expect(await db.table('meta').where('key').startsWith('contact-search:part:!slots:').count()).toBe(after.chunks);
  });

  it('holds a loaded snapshot a slice of a few milliseconds a task, never one long task', async () => {
    await db.contacts.bulkPut(Array.from({ length: PART + 10 }, (_, i) => contact(`p${String(i)}`, { name: `Part ${String(i)}`, capturedAt: i })));
    const first = open();
    await first.build();
    await first.save();
    const second = open();
    // A task of our own queued while the load runs gets its turn between the slices.
    let turns = 0;
    let loading = true;
    const tick = () => {
      if (!loading) return;
      turns++;
      setTimeout(tick, 0);
    };
    tick();
    await second.build();
    loading = false;
    const detail = loaded() as { snapshot?: boolean; slices?: number; longestSlice?: number } | undefined;
    expect(detail?.snapshot).toBe(true);
    expect(detail?.slices).toBeGreaterThanOrEqual(2);
    expect(turns).toBeGreaterThan(1);
    expect(names(second, 'part 0')).toEqual(['Part 0']);
  });
});


describe('a column of strings (a snapshot part as stored)', () => {
  const column = columnOf(['p1', null, '', 'p10', 'p1x', '陳美玲', 'p1']);

  it('gives each item back, nulls and empty strings told apart', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => itemOf(column, i))).toEqual(['p1', null, '', 'p10', 'p1x', '陳美玲', 'p1']);
    expect(itemOf(column, 7)).toBeNull();
    expect(itemOf(column, -1)).toBeNull();
    expect(columnOf(['a', 'b']).nulls).toBeUndefined();
  });

  it('finds an item by its whole value, not inside another item (the first such)', () => {
    expect(indexOfItem(column, 'p1')).toBe(0);
    expect(indexOfItem(column, 'p10')).toBe(3);
    expect(indexOfItem(column, '1')).toBe(-1);
    expect(indexOfItem(column, 'p1x')).toBe(4);
    expect(indexOfItem(column, '美玲')).toBe(-1);
    expect(indexOfItem(column, '陳美玲')).toBe(5);
    expect(indexOfItem(column, '')).toBe(-1);
    expect(indexOfItem(columnOf(['ab', 'c']), 'bc')).toBe(-1);
  });

  it('finds a value in a sorted column by a binary search', () => {
    const keys = ['', 'a', 'ab', 'abc', 'b', 'z', '陈'];
    const sorted = columnOf(keys);
    keys.forEach((key, i) => expect(indexOfSorted(sorted, key)).toBe(i));
    expect(indexOfSorted(sorted, 'aa')).toBe(-1);
    expect(indexOfSorted(sorted, 'zz')).toBe(-1);
    expect(indexOfSorted(columnOf([]), 'a')).toBe(-1);
  });
});
