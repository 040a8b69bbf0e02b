/**
 * One stage on screen: the Contacts stage filter (through IndexedDB and from the search held in memory, and its
 * snapshot) lists a person under the stage the header shows, which the judgment gives (a demo they answered:
 * Presentation), not the stage the rep recorded (Prospecting). Today's index keeps that stage on the contact as it
 * judges, where it is not the recorded one.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SopDatabase } from '../db/database';
import type { DealId, StoredDeal } from '../deals/deal';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import { gatherSituation } from '../situation/gather';
import { buildQueue, judgeGathered, refreshQueue } from '../situation/queue-index';
import type { StageId } from '../sop/stages';
import { findContacts, searchContacts } from './agenda';
import { listedStage, stageToKeep } from './listed-stage';
import type { Contact, ContactId } from './schema';
import { ContactMemory } from './search-memory';

const DAY = 86_400_000;
/** Monday 7 December 2026, 10:00. */
const NOW = new Date(2026, 11, 7, 10).getTime();
const context = { playbook, now: NOW, read: readReply };

/** A person recorded at `stage` 30 days ago, with the thread a page showed: our message, and theirs when given. */
function person(id: string, name: string, ours: string, theirs: string | null, stage: StageId = 'prospect'): Contact {
  const at = NOW - 2 * DAY;
  return {
    id: id as ContactId,
    identities: [`gmail:${id}@example.com`],
    sources: ['gmail'],
    name,
    company: 'Harrow Dental',
    stage,
    stageChangedAt: NOW - 30 * DAY,
    createdAt: NOW - 30 * DAY,
    capturedAt: NOW - 30 * DAY + id.length * 1000,
    thread: { at, subject: 'Demo follow-up', messages: [{ direction: 'outbound', at: NOW - 3 * DAY, text: ours }, ...(theirs ? [{ direction: 'inbound' as const, at, text: theirs }] : [])] },
    ...(theirs ? { lastWord: { at, text: theirs } } : {}),
  };
}

const PEOPLE: [Contact, StageId][] = [
  // A demo held and answered: Presentation in the header (were listed under Prospecting, their recorded stage).
  [person('uk', 'Fiona Blake', 'Hi Fiona, many thanks for your time at the demo this morning. The demo recording and slides are attached.', 'Cheers Tom, the practice managers were impressed. Quick one: can it pull appointments from our Dentally system?'), 'present'],
  [person('hans', '赵敏', '赵经理您好，谢谢今天参加我们的产品演示，演示录像已附上，请查收。', '谢谢，团队反馈挺好的。请问能和我们现在的HIS系统对接吗？'), 'present'],
  [person('tw', '黃雅婷', '黃經理您好，謝謝您今天參加產品展示，簡報和錄影已附上，請參考。', '謝謝，同事都覺得不錯。想請問可以跟我們現在的預約系統串接嗎？'), 'present'],
  // (a demo held that nobody has answered yet is Presentation in the header too)
  [person('hans-silent', '钱伟', '钱总您好，感谢今天参加产品演示，演示录像已附上。', null), 'present'],
  // Near misses, listed under the stage recorded: an overview or an introduction and a bare thanks, a stage recorded further on.
  [person('en-thanks', 'Gary Holt', 'Hi Gary, sharing a short overview of our patient reminder tool.', 'Thanks.'), 'prospect'],
  [person('hans-intro', '孙丽', '孙主任您好，冒昧打扰，想介绍一下我们的预约提醒服务。', '收到，谢谢。'), 'prospect'],
  [person('tw-thanks', '蔡宗翰', '蔡先生您好，冒昧打擾，想跟您介紹我們的預約提醒服務。', '收到，謝謝。'), 'prospect'],
  [person('en-negotiate', 'Priya Shah', 'Hi Priya, thanks for your time at the demo today. The recording is attached.', 'Thanks, the team liked it. Does it work with Dentally?', 'negotiate'), 'negotiate'],
];

let db: SopDatabase;
let memory: ContactMemory | undefined;
let n = 0;
beforeEach(() => {
  db = new SopDatabase(`listed-stage-${String(n++)}`);
});
afterEach(async () => {
  memory?.close();
  memory = undefined;
  db.close();
  await Dexie.delete(db.name);
});

/** The stage the header shows for a contact: the panel's judgment of what it gathers for them. */
async function headerStage(id: string): Promise<string> {
  return judgeGathered(await gatherSituation(db, { contactId: id as ContactId }), context).stage.id;
}

/** Who the Contacts stage filter lists under `stage`, through IndexedDB and from the search held in memory (a word typed: its own walk). */
async function listed(stage: StageId, words: string[] = []): Promise<{ store: string[]; memory: string[] }> {
  const store = (await findContacts(db, { stage, ...(words.length ? { query: words.join(' ') } : {}) }, playbook, 50)).contacts.map((c) => c.id).sort();
  memory ??= new ContactMemory(db, { rebuildAfterMs: 50 });
  await memory.build();
  return { store, memory: memory.find({ words, stage }, playbook, 50).contacts.map((c) => c.id).sort() };
}

async function expectOneStage(people: readonly [Contact, StageId][]): Promise<void> {
  const stored = await db.contacts.toArray();
  for (const [contact, stage] of people) {
    expect(await headerStage(contact.id), contact.id).toBe(stage);
    const now = stored.find((c) => c.id === contact.id);
    if (!now) throw new Error(`${contact.id} is not stored`);
    expect(listedStage(now), contact.id).toBe(stage);
    expect(searchContacts([now], { stage }, playbook).map((c) => c.id), contact.id).toEqual([contact.id]);
  }
  for (const stage of ['prospect', 'present', 'negotiate'] as const) {
    const ids = people.filter(([, s]) => s === stage).map(([c]) => c.id).sort();
    expect(await listed(stage), stage).toEqual({ store: ids, memory: ids });
    expect(await listed(stage, ['harrow']), `${stage} harrow`).toEqual({ store: ids, memory: ids });
  }
}

describe('the Contacts stage filter lists a person under the header’s stage', () => {
  it('after a write Today’s index re-judges: a demo they answered is Presentation in the filter (EN/简/繁), near misses stay at the recorded stage and keep nothing', async () => {
    await db.contacts.bulkPut(PEOPLE.map(([c]) => c));
    await refreshQueue(db, { contactIds: PEOPLE.map(([c]) => c.id) }, context);
    await expectOneStage(PEOPLE);
    expect((await db.contacts.toArray()).filter((c) => c.judgedStage !== undefined).map((c) => [c.id, c.judgedStage]).sort()).toEqual([['hans', 'present'], ['hans-silent', 'present'], ['tw', 'present'], ['uk', 'present']]);
    // The recorded stage is untouched: the rep moves it (the stage card suggests it), never the index.
    expect((await db.contacts.get('uk' as ContactId))?.stage).toBe('prospect');
    // The next panel loads the search from the snapshot this one saved: the kept stage with it.
    await memory?.save();
    const next = new ContactMemory(db, { rebuildAfterMs: 50 });
    await next.build();
    expect((performance.getEntriesByName('contact-memory-built').at(-1) as PerformanceMeasure | undefined)?.detail).toMatchObject({ snapshot: true });
    expect(next.find({ words: [], stage: 'present' }, playbook, 50).contacts.map((c) => c.id).sort()).toEqual(['hans', 'hans-silent', 'tw', 'uk']);
    expect(next.find({ words: ['harrow'], stage: 'prospect' }, playbook, 50).contacts.map((c) => c.id).sort()).toEqual(['en-thanks', 'hans-intro', 'tw-thanks']);
    next.close();
  });

  it('Today’s index built from scratch (a store upgraded to schema 15, an import) keeps the same; the rep moving the stage to the one shown drops what was kept', async () => {
    await db.contacts.bulkPut(PEOPLE.map(([c]) => c));
    await buildQueue(db, context);
    await expectOneStage(PEOPLE);
    const fiona = await db.contacts.get('uk' as ContactId);
    if (!fiona) throw new Error('no Fiona');
    await db.contacts.put({ ...fiona, stage: 'present', stageChangedAt: NOW });
    await refreshQueue(db, { contactIds: [fiona.id] }, context);
    expect((await db.contacts.get(fiona.id))?.judgedStage).toBeUndefined();
    await expectOneStage(PEOPLE);
  });

  it('a deal’s people are listed under the deal’s stage, as their header and Contacts row show it: one who answered a demo and then joined a deal at Decision maker bought-in', async () => {
    const [fiona] = PEOPLE[0] ?? [];
    if (!fiona) throw new Error('no Fiona');
    await db.contacts.put(fiona);
    await refreshQueue(db, { contactIds: [fiona.id] }, context);
    expect((await db.contacts.get(fiona.id))?.judgedStage).toBe('present');
    const deal: StoredDeal = {
      id: 'hubspot:deal:88' as DealId,
      crm: 'hubspot',
      contactIds: [fiona.id],
      createdAt: NOW - 20 * DAY,
      capturedAt: NOW - DAY,
      record: { type: 'deal', recordId: '88', name: 'Harrow – Reminders', stage: 'Decision maker bought-in', contacts: [], activity: [], fields: [] },
    };
    await db.deals.put(deal);
    await refreshQueue(db, { dealIds: [deal.id] }, context);
    // (on main's build: the header said Negotiation, the filter listed her under the Prospecting recorded on her)
    expect(await headerStage(fiona.id)).toBe('negotiate');
    expect((await db.contacts.get(fiona.id))?.judgedStage).toBe('negotiate');
    expect(await listed('negotiate')).toEqual({ store: [fiona.id], memory: [fiona.id] });
    expect(await listed('prospect')).toEqual({ store: [], memory: [] });
    expect(await listed('present')).toEqual({ store: [], memory: [] });
  });

  it('what is kept: nothing where the judgment shows the recorded stage, its stage where not', () => {
    expect(stageToKeep({ stage: 'prospect' }, 'prospect')).toBeUndefined();
    expect(stageToKeep({ stage: 'prospect' }, 'present')).toBe('present');
    expect(stageToKeep({ stage: 'prospect' }, undefined)).toBeUndefined();
    expect(listedStage({ stage: 'prospect', judgedStage: 'present' })).toBe('present');
    expect(listedStage({ stage: 'qualify' })).toBe('qualify');
  });
});
