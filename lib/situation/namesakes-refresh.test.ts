import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { READERS_PAGE, samePersonReaders } from '../contacts/named';
import type { Contact, ContactId } from '../contacts/schema';
import { SopDatabase } from '../db/database';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import { gatherSituation } from './gather';
import { buildQueue, judgeGathered, queueEntryOf, refreshQueue } from './queue-index';
import { markSamePersonReaders, readNamesakesOn } from './stale-rows';

/*
 * A name more people hold than a gathering reads (its first 21 holders): a write to one of those
 * 21 re-judges the rows of its person's other records wherever they stand in the name, with no
 * rebuild of Today.
 */

const DAY = 86_400_000;
const NOW = new Date(2026, 11, 7, 10).getTime();
const context = { playbook, now: NOW, read: readReply };

let db: SopDatabase;
let n = 0;
beforeEach(() => {
  db = new SopDatabase(`namesakes-refresh-${String(n++)}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/** `count` LinkedIn profiles named Wei Chen at firms of their own, ids `wei-000`…; those in `harbor` work at Harbor Logistics. */
function namesakes(count: number, harbor: readonly number[]): Contact[] {
  return Array.from({ length: count }, (_, i) => {
    const id = `wei-${String(i).padStart(3, '0')}`;
    return { id: id as ContactId, identities: [`linkedin:${id}`], sources: ['linkedin'], name: 'Wei Chen', company: harbor.includes(i) ? 'Harbor Logistics' : `Firm ${String(i)}`, stage: 'retain', stageChangedAt: NOW - 60 * DAY, createdAt: NOW - 60 * DAY, capturedAt: NOW - 60 * DAY };
  });
}

/** His Gmail record at the firm's domain, the lowest id of the name: every gathering's window holds it. */
const mail: Contact = { id: 'wei-' as ContactId, identities: ['email:wei.chen@harborlogistics.example'], sources: ['gmail'], name: 'Wei Chen', email: 'wei.chen@harborlogistics.example', stage: 'prospect', stageChangedAt: NOW - 5 * DAY, createdAt: NOW - 5 * DAY, capturedAt: NOW - 5 * DAY };

const rowOf = (id: string) => db.queue.get(`contact:${id}`);
const liveRowOf = async (id: string) => queueEntryOf(`contact:${id}`, { contactId: id as ContactId }, judgeGathered(await gatherSituation(db, { contactId: id as ContactId }), context), null);

/** His reply lands on the Gmail record alone, and Today's refresh is handed that record. */
async function replyOnMail(): Promise<void> {
  await db.touches.add({ contactId: mail.id, at: NOW - DAY, direction: 'inbound', channel: 'email' });
  await db.contacts.put({ ...mail, stage: 'negotiate', lastWord: { at: NOW - DAY, text: 'The unit price is above what we budgeted. Can you do better?' } });
  await refreshQueue(db, { contactIds: [mail.id] }, context);
}

describe('a reply on one record of a name thirty people hold', () => {
  it('re-judges his profile’s row when it is the 28th holder of the name, past the 21 a gathering reads, as the panel judges it', async () => {
    // Thirty Wei Chens and his mail; his own profile (Harbor Logistics) is wei-027, the second Harbor profile wei-003 is inside the window.
    await db.contacts.bulkPut([mail, ...namesakes(30, [3, 27])]);
    await buildQueue(db, context);
    const alone = await rowOf('wei-027');
    expect(alone).toEqual(await liveRowOf('wei-027'));

    await replyOnMail();
    // The panel's gathering for wei-027 reads the mail (in its window) and moves it to the merge step.
    expect(judgeGathered(await gatherSituation(db, { contactId: 'wei-027' as ContactId }), context).action.step).toBe('same_person');
    for (const id of ['wei-003', 'wei-027']) expect(await rowOf(id), id).toEqual(await liveRowOf(id));
    expect((await rowOf('wei-027'))?.due).toBeLessThan(alone?.due ?? -Infinity);
    // A namesake at another firm is no reader: not re-judged, as built.
    expect(await rowOf('wei-015')).toEqual(await liveRowOf('wei-015'));

    // The mail renamed away: found by the name it had, the profile past the window is judged alone again.
    const before = await db.contacts.get(mail.id);
    await db.contacts.put({ ...(before ?? mail), name: 'Wei Chen Huang' });
    await refreshQueue(db, { contactIds: [mail.id], formerly: before ? [before] : [] }, context);
    expect(await rowOf('wei-027')).toEqual(alone);
  });

  it('a name held by more than a window and a page is read on a page a step; a record past the window has no reader', async () => {
    const count = 21 + READERS_PAGE + 30;
    await db.contacts.bulkPut([mail, ...namesakes(count, [140])]);
    await buildQueue(db, context);
    const alone = await rowOf('wei-140');
    // One call reads the window and one page, and says where to read on.
    const first = await samePersonReaders(db, [mail]);
    expect(first.readers.map((c) => c.id)).toEqual([]);
    expect(first.left).toEqual([{ lookup: { index: 'nameKey', value: 'wei chen' }, after: 'wei-119', records: [mail] }]);
    expect((await samePersonReaders(db, [], first.left)).readers.map((c) => c.id)).toEqual(['wei-140']);
    // A profile past the window is read by no one: a write to it looks no further than the window.
    expect((await samePersonReaders(db, [(await db.contacts.get('wei-140' as ContactId)) as Contact])).left).toEqual([]);

    await replyOnMail();
    expect(judgeGathered(await gatherSituation(db, { contactId: 'wei-140' as ContactId }), context).action.step).toBe('same_person');
    expect(await rowOf('wei-140')).toEqual(await liveRowOf('wei-140'));
    expect((await rowOf('wei-140'))?.due).toBeLessThan(alone?.due ?? -Infinity);
  });
});

describe('a name read on a page a step while namesakes come and go between the steps', () => {
  // 151 Wei Chens and his mail: the window is the mail and wei-000…wei-019, the first page wei-020…wei-119, the next wei-120…wei-150.
  // His own profiles (Harbor Logistics) stand in the window, mid-page, at either side of the page's edge and last.
  const harbor = [3, 60, 119, 120, 150];
  const readersOfMail = harbor.map((i) => `wei-${String(i).padStart(3, '0')}`);
  const other = (id: string): Contact => ({ ...namesakes(1, [])[0], id: id as ContactId, identities: [`linkedin:${id}`], company: 'Firm X' }) as Contact;
  it.each([
    ['a namesake added before where the last step stopped', () => db.contacts.add(other('wei-050a'))],
    ['a namesake removed before where the last step stopped', () => db.contacts.delete('wei-070' as ContactId)],
    ['the last namesake the step read removed (one of his profiles, found before it went)', () => db.contacts.delete('wei-119' as ContactId)],
    ['two namesakes added ahead of the window and one removed in it', () => db.contacts.bulkAdd([other('wei-00'), other('wei-0005')]).then(() => db.contacts.delete('wei-010' as ContactId))],
  ] as const)('%s: every reader is found once', async (_, between) => {
    await db.contacts.bulkPut([mail, ...namesakes(151, harbor)]);
    const found: string[] = [];
    let step = await samePersonReaders(db, [mail]);
    found.push(...step.readers.map((c) => c.id));
    expect(step.left).toHaveLength(1);
    await between();
    while (step.left.length > 0) {
      step = await samePersonReaders(db, [], step.left);
      found.push(...step.readers.map((c) => c.id));
    }
    expect(found.sort()).toEqual(readersOfMail);
  });
  it('left to Today’s upkeep by a capture (its first page there, the rest read on from a mark a page a transaction), every reader is marked', async () => {
    await db.contacts.bulkPut([mail, ...namesakes(151, harbor)]);
    await markSamePersonReaders(db, [mail], NOW);
    while ((await readNamesakesOn(db)) > 0);
    const marked = (await db.meta.where('key').startsWith('stale:').primaryKeys()).map(String).sort();
    expect(marked).toEqual(readersOfMail.map((id) => `stale:contact:${id}`));
  });
});
