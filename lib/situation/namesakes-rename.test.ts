import 'fake-indexeddb/auto';
import Dexie, { type DBCore } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlePageReport, type Sender } from '../background/handle-page-report';
import { READERS_PAGE } from '../contacts/named';
import type { Contact, ContactId } from '../contacts/schema';
import { SopDatabase } from '../db/database';
import type { ReportPageMessage } from '../messaging/protocol';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import { gatherSituation } from './gather';
import { judgeGathered, queueEntryOf, refreshQueue } from './queue-index';
import { judgeStaleRows, readNamesakesOn, type HolderIdsRead } from './stale-rows';

/*
 * A capture that renames one holder of a common name: the rows that read the record by its old
 * name are found page by page, the capture's own transaction reading the name's first holders only
 * and Today's upkeep the rest, from a mark that outlives the context reading it.
 */

const DAY = 86_400_000;
const NOW = new Date(2026, 11, 7, 10).getTime();
const context = { playbook, now: NOW, read: readReply };
const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const WINDOW = 21;
const ADDRESS = 'wei.zhang@harborlogistics.example';
const gmail: Sender = { id: EXT, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxWeiZhang', frameId: 0, tab: { id: 4 } };

let db: SopDatabase;
let n = 0;
beforeEach(() => {
  db = new SopDatabase(`namesakes-rename-${String(n++)}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const idOf = (i: number) => `wei-${String(i).padStart(3, '0')}`;

/**
 * `count` LinkedIn profiles named Wei Zhang (nothing exchanged), ids `wei-000`…, at firms of their
 * own but those in `harbor`, at Harbor Logistics; and his Gmail record (`wei-`, first in the name's
 * order: in every gathering's window) at the firm's domain with his reply on it.
 */
async function seed(count: number, harbor: readonly number[]): Promise<void> {
  const profiles = Array.from({ length: count }, (_, i): Contact => ({ id: idOf(i) as ContactId, identities: [`linkedin:${idOf(i)}`], sources: ['linkedin'], name: 'Wei Zhang', company: harbor.includes(i) ? 'Harbor Logistics' : `Firm ${String(i)}`, stage: 'retain', stageChangedAt: NOW - 60 * DAY, createdAt: NOW - 60 * DAY, capturedAt: NOW - 60 * DAY }));
  const mail: Contact = { id: 'wei-' as ContactId, identities: [`email:${ADDRESS}`], sources: ['gmail'], name: 'Wei Zhang', email: ADDRESS, stage: 'negotiate', stageChangedAt: NOW - 5 * DAY, createdAt: NOW - 9 * DAY, capturedAt: NOW - DAY, lastWord: { at: NOW - DAY, text: 'The unit price is above what we budgeted. Can you do better?' } };
  await db.contacts.bulkPut([mail, ...profiles]);
  await db.touches.add({ contactId: mail.id, at: NOW - DAY, direction: 'inbound', channel: 'email' });
  // Today's index is built (its rows for the readers as the panel judges them: each reads his Gmail record).
  await db.meta.put({ key: 'queue', state: 'done', indexed: count + 1, total: count + 1, at: NOW - DAY });
  await refreshQueue(db, { contactIds: harbor.map((i) => idOf(i) as ContactId) }, context);
}

/** His Gmail thread read under the name he took: the record he was is renamed. */
const renamed = (name: string): ReportPageMessage => ({ url: gmail.url ?? '', report: { status: 'extracted', result: { ok: true, kind: 'gmail-thread', contact: { source: 'gmail', identity: `email:${ADDRESS}`, email: ADDRESS, name } } } });

const rowOf = (id: string) => db.queue.get(`contact:${id}`);
const liveRowOf = async (id: string) => queueEntryOf(`contact:${id}`, { contactId: id as ContactId }, judgeGathered(await gatherSituation(db, { contactId: id as ContactId }), context), null);
const stepOf = async (id: string) => judgeGathered(await gatherSituation(db, { contactId: id as ContactId }), context).action.step;
const marks = async () => (await db.meta.where('key').startsWith('stale:').primaryKeys()).map(String).sort();
const upkeep = () => judgeStaleRows(db, (refs) => refreshQueue(db, refs, context));

/** Rows the name indexes (and the records by id) hand back to `work`, run on a connection of its own: what it reads of a name. */
async function nameRowsReadBy(work: (db: SopDatabase) => Promise<void>): Promise<number> {
  let rows = 0;
  const counting = {
    stack: 'dbcore' as const,
    name: 'count-name-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'contacts') return table;
        return {
          ...table,
          query: (request) =>
            table.query(request).then((result) => {
              if (request.query.index.name === 'nameKey' || request.query.index.name === 'searchWords') rows += result.result.length;
              return result;
            }),
          getMany: (request) =>
            table.getMany(request).then((result: unknown[]) => {
              rows += result.filter((r) => r !== undefined).length;
              return result;
            }),
        };
      },
    }),
  };
  // (a middleware applies from a connection's opening)
  const counted = new SopDatabase(db.name);
  counted.use(counting);
  try {
    await work(counted);
  } finally {
    counted.close();
  }
  return rows;
}

describe('a capture renames one of 350 Wei Zhangs, his profiles past the first holders', () => {
  // Once his Gmail record is renamed, the name's window is wei-000…wei-020, its first page wei-021…wei-120, then pages of 100 to wei-349.
  const harbor = [3, 60, 120, 121, 150, 230, 349];
  const readers = harbor.map(idOf);

  it('the capture’s transaction reads the name’s first holders only, marks the readers among them and leaves the rest of the name to Today’s upkeep', async () => {
    await seed(350, harbor);
    for (const id of readers) expect(await stepOf(id), id).toBe('same_person');
    await db.meta.where('key').startsWith('stale:').delete();
    const read = await nameRowsReadBy((counted) => handlePageReport(counted, renamed('Wei Zhang-Lindqvist'), gmail, EXT, NOW));
    // The window, then the window and a page in one read: never the name's 350 ids.
    expect(read).toBeGreaterThan(WINDOW);
    expect(read).toBeLessThanOrEqual(2 * WINDOW + READERS_PAGE);
    expect(await marks()).toEqual([...['wei-', 'wei-003', 'wei-060', 'wei-120'].map((id) => `stale:contact:${id}`), 'stale:names:nameKey:wei zhang']);
    const mark = await db.meta.get('stale:names:nameKey:wei zhang' as never);
    // The record as it was, what tells a reader: no thread, no last words.
    expect(mark).toMatchObject({ after: 'wei-120', lookup: { index: 'nameKey', value: 'wei zhang' }, records: [{ id: 'wei-', identities: [`email:${ADDRESS}`], name: 'Wei Zhang', email: ADDRESS }] });
    expect(JSON.stringify(mark)).not.toContain('budgeted');
  });

  it('after Today’s upkeep every reader’s row is judged again, past the first page as in it, as the panel judges it', async () => {
    await seed(350, harbor);
    const before = await Promise.all(readers.map(rowOf));
    await handlePageReport(db, renamed('Wei Zhang-Lindqvist'), gmail, EXT, NOW);
    await upkeep();
    expect(await marks()).toEqual([]);
    for (const [i, id] of readers.entries()) {
      expect(await stepOf(id), id).not.toBe('same_person');
      expect(await rowOf(id), id).toEqual(await liveRowOf(id));
      // (judged alone now, the after-sales check, not the merge due since he was first seen)
      expect((await rowOf(id))?.due, id).toBeGreaterThan(before[i]?.due ?? Infinity);
    }
    // A namesake at another firm is no reader: as it was, no row made.
    expect(await rowOf(idOf(200))).toBeUndefined();
  });

  it('a context that stops between the upkeep’s pages, or in the middle of one, loses no reader: the mark is where the next one goes on', async () => {
    await seed(350, harbor);
    await handlePageReport(db, renamed('Wei Zhang-Lindqvist'), gmail, EXT, NOW);
    // One page read on (wei-121…wei-220): its readers marked with the mark moved past it, in one transaction.
    expect(await readNamesakesOn(db)).toBe(1);
    expect(await db.meta.get('stale:names:nameKey:wei zhang' as never)).toMatchObject({ after: 'wei-220' });
    expect(await marks()).toEqual(expect.arrayContaining(['stale:contact:wei-121', 'stale:contact:wei-150']));
    // The panel closes: another context opens the store.
    db.close();
    db = new SopDatabase(db.name);
    // It stops in the middle of the next page: the page's transaction fails as it moves the mark on, and nothing of it is kept.
    const failing = {
      stack: 'dbcore' as const,
      name: 'stop-mid-page',
      create: (down: DBCore): DBCore => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== 'meta') return table;
          return { ...table, mutate: (request) => (request.type === 'put' && request.values.some((v: { key?: string }) => v.key?.startsWith('stale:names:')) ? Promise.reject(new Error('stopped')) : table.mutate(request)) };
        },
      }),
    };
    db.use(failing);
    await expect(readNamesakesOn(db)).rejects.toThrow('stopped');
    db.unuse(failing);
    expect(await db.meta.get('stale:names:nameKey:wei zhang' as never)).toMatchObject({ after: 'wei-220' });
    expect(await marks()).not.toContain('stale:contact:wei-230');
    db.close();
    db = new SopDatabase(db.name);
    await upkeep();
    expect(await marks()).toEqual([]);
    for (const id of readers) expect(await rowOf(id), id).toEqual(await liveRowOf(id));
    for (const id of readers) expect(await stepOf(id), id).not.toBe('same_person');
  });
});

describe('two captures of one name before Today’s upkeep is through', () => {
  it('keep one mark for the name, with both records as they were, and the readers of each are marked, a holder come between the two among them', async () => {
    // 250 Wei Zhangs; wei-005 (in the window, a phone on file) is another record of someone renamed; his readers wei-140 and, added later, wei-230b have the phone.
    await seed(250, [8, 130]);
    await db.contacts.update('wei-005' as ContactId, { phone: '+86 21 5555 0142' });
    await db.contacts.update('wei-140' as ContactId, { phone: '021 5555 0142' });
    await handlePageReport(db, renamed('Wei Zhang-Lindqvist'), gmail, EXT, NOW);
    // The upkeep reads on a page (wei-121…wei-220) and stops there.
    const read: HolderIdsRead = new Map();
    await readNamesakesOn(db, read);
    expect(await db.meta.get('stale:names:nameKey:wei zhang' as never)).toMatchObject({ after: 'wei-220' });
    expect(await marks()).toContain('stale:contact:wei-130');
    // A namesake with his phone is stored, then the second capture.
    await db.contacts.add({ id: 'wei-230b' as ContactId, identities: ['linkedin:wei-230b'], sources: ['linkedin'], name: 'Wei Zhang', phone: '+86 (21) 5555-0142', stage: 'retain', stageChangedAt: NOW - 2 * DAY, createdAt: NOW - 2 * DAY, capturedAt: NOW - 2 * DAY });
    const linkedin: Sender = { id: EXT, url: 'https://www.linkedin.com/in/wei-005/', frameId: 0, tab: { id: 5 } };
    await handlePageReport(db, { url: linkedin.url ?? '', report: { status: 'extracted', result: { ok: true, kind: 'linkedin-profile', contact: { source: 'linkedin', identity: 'linkedin:wei-005', name: 'David Wei Zhang', company: 'Firm 5' } } } }, linkedin, EXT, NOW + 1);
    // One mark: the nearer of the two places (wei-121: the second capture's first page ended there), both records as they were.
    expect(await db.meta.get('stale:names:nameKey:wei zhang' as never)).toMatchObject({ after: 'wei-121', records: [{ id: 'wei-' }, { id: 'wei-005', phone: '+86 21 5555 0142' }] });
    // The same round of the upkeep goes on: the name's holders are read again for the mark as it is now.
    while ((await readNamesakesOn(db, read)) > 0);
    expect(await marks()).toEqual(['wei-', 'wei-005', 'wei-008', 'wei-130', 'wei-140', 'wei-230b'].map((id) => `stale:contact:${id}`));
    await upkeep();
    expect(await marks()).toEqual([]);
    for (const id of ['wei-008', 'wei-130', 'wei-140', 'wei-230b']) expect(await rowOf(id), id).toEqual(await liveRowOf(id));
  });
});

describe('a namesake deleted or stored while Today’s upkeep reads a name on, its ids read once for the round', () => {
  // 350 Wei Zhangs, his readers wei-003 (in the capture's window) and wei-349 (on the name's last page).
  const mark = () => db.meta.get('stale:names:nameKey:wei zhang' as never);
  const found = ['wei-', 'wei-003', 'wei-349'].map((id) => `stale:contact:${id}`);

  /** The rename, then one page of the upkeep's round (wei-121…wei-220), its ids kept in `read` for the pages after. */
  async function renamedAndOnePageRead(read: HolderIdsRead): Promise<void> {
    await seed(350, [3, 349]);
    await handlePageReport(db, renamed('Wei Zhang-Lindqvist'), gmail, EXT, NOW);
    expect(await readNamesakesOn(db, read)).toBe(1);
    expect(await mark()).toMatchObject({ after: 'wei-220' });
  }

  it('a holder deleted on the next page does not end the name there: the round reads on to its last holder and marks him', async () => {
    const read: HolderIdsRead = new Map();
    await renamedAndOnePageRead(read);
    await db.contacts.delete('wei-250' as ContactId);
    // The next page is the hundred ids after wei-220, 99 records now: the mark moves past the last of those ids.
    await readNamesakesOn(db, read);
    expect(await mark()).toMatchObject({ after: 'wei-320' });
    while ((await readNamesakesOn(db, read)) > 0);
    expect(await mark()).toBeUndefined();
    expect(await marks()).toEqual(found);
    await upkeep();
    expect(await marks()).toEqual([]);
    for (const id of ['wei-003', 'wei-349']) {
      expect(await stepOf(id), id).not.toBe('same_person');
      expect(await rowOf(id), id).toEqual(await liveRowOf(id));
    }
  });

  it('a holder stored between two pages moves no page: the name is read to its end, the newcomer (who never read the record as it was) not marked', async () => {
    const read: HolderIdsRead = new Map();
    await renamedAndOnePageRead(read);
    // A Wei Zhang at the same firm, stored ahead of the mark (on the next page's ids) and one behind it.
    const newcomer = (id: string): Contact => ({ id: id as ContactId, identities: [`linkedin:${id}`], sources: ['linkedin'], name: 'Wei Zhang', company: 'Harbor Logistics', stage: 'retain', stageChangedAt: NOW, createdAt: NOW, capturedAt: NOW });
    await db.contacts.bulkAdd([newcomer('wei-250a'), newcomer('wei-150a')]);
    await readNamesakesOn(db, read);
    expect(await mark()).toMatchObject({ after: 'wei-320' });
    while ((await readNamesakesOn(db, read)) > 0);
    expect(await mark()).toBeUndefined();
    expect(await marks()).toEqual(found);
    await upkeep();
    for (const id of ['wei-003', 'wei-349']) expect(await rowOf(id), id).toEqual(await liveRowOf(id));
  });
});
