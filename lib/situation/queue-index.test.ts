import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Contact, ContactId } from '../contacts/schema';
import { snoozeContact } from '../contacts/update-contact';
import { SopDatabase } from '../db/database';
import type { DealId, StoredDeal } from '../deals/deal';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import { logTouch } from '../touches/log-touch';
import { dayOf } from './format';
import { gatherSituation } from './gather';
import { buildQueue as queueOfEverything } from './queue';
import { buildQueue, judgeGathered, refreshQueue } from './queue-index';
import { todayCounts, todayEntries } from './today-index';

const DAY = 86_400_000;
const NOW = new Date(2026, 10, 25, 10).getTime();

const contact = (id: string, partial: Partial<Contact> = {}): Contact => ({
  id: id as ContactId,
  identities: [`linkedin:${id}`],
  sources: ['linkedin'],
  name: `Person ${id}`,
  stage: 'prospect',
  stageChangedAt: NOW - 40 * DAY,
  createdAt: NOW - 40 * DAY,
  capturedAt: NOW - 40 * DAY,
  ...partial,
});

const deal = (id: string, contactIds: string[], partial: Partial<StoredDeal['record']> = {}): StoredDeal => ({
  id: `salesforce:deal:${id}` as DealId,
  crm: 'salesforce',
  contactIds: contactIds as ContactId[],
  createdAt: NOW - 20 * DAY,
  capturedAt: NOW - 2 * DAY,
  record: { type: 'deal', recordId: id, name: `Deal ${id}`, stage: 'Qualification', contacts: [], activity: [], fields: [], ...partial },
});

let db: SopDatabase;
let name = 0;
beforeEach(() => {
  db = new SopDatabase(`queue-index-${String(name++)}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const context = { playbook, now: NOW, read: readReply };

describe('Today as an index', () => {
  it('a touch, a snooze and a request to stop move a contact’s next due day where the panel’s judgment puts it', async () => {
    await db.contacts.bulkPut([contact('new'), contact('stop', { lastWord: { at: NOW - DAY, text: 'Please remove me from your list and stop emailing me.' } })]);
    await refreshQueue(db, { contactIds: ['new', 'stop'] as ContactId[] }, context);
    // Never touched: a first touch, due since they were first seen.
    expect(await db.queue.get('contact:new')).toEqual({ key: 'contact:new', contactId: 'new', tier: 2, due: dayOf(NOW - 40 * DAY), stage: 'prospect' });
    // Asked to stop: never due, no row.
    expect(await db.queue.get('contact:stop')).toBeUndefined();

    // logTouch keeps the index itself (with the real clock): the next touch is due by the cadence, after today.
    await logTouch(db, { contactId: 'new' as ContactId, at: Date.now(), direction: 'outbound', channel: 'linkedin' });
    expect((await db.queue.get('contact:new'))?.due).toBeGreaterThan(Date.now());
    await snoozeContact(db, 'new' as ContactId, Date.now() + 30 * DAY, Date.now());
    expect((await db.queue.get('contact:new'))?.due).toBe(dayOf(Date.now() + 30 * DAY));
  });

  it('a person on an open deal has no row of their own: the deal has it, judged with every person’s touches', async () => {
    await db.contacts.bulkPut([contact('a'), contact('b')]);
    await db.deals.put(deal('006', ['a', 'b']));
    await refreshQueue(db, { contactIds: ['a', 'b'] as ContactId[] }, context);
    expect(await db.queue.get('contact:a')).toBeUndefined();
    expect(await db.queue.get('contact:b')).toBeUndefined();
    expect(await db.queue.get('deal:salesforce:deal:006')).toMatchObject({ dealId: 'salesforce:deal:006', contactId: 'a' });
  });

  it('a full build gives every row the same entry as keeping it write by write, and Today reads it in its order with counts per tier', async () => {
    const people = [
      contact('c1'),
      contact('c2', { bant: { budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 3 } }),
      contact('c3', { lastWord: { at: NOW - 3 * DAY, text: 'The price is too high for us.' } }),
      contact('c4', { snooze: { until: NOW + 10 * DAY, at: NOW - DAY } }),
      contact('c5', { stage: 'retain' }),
      contact('c6'),
      contact('c7'),
    ];
    await db.contacts.bulkPut(people);
    await db.deals.bulkPut([deal('1', ['c6']), deal('2', ['c7'], { closeAt: dayOf(NOW + 5 * DAY) })]);
    await db.touches.bulkAdd([
      { contactId: 'c1' as ContactId, at: NOW - 2 * DAY, direction: 'outbound', channel: 'email' },
      { contactId: 'c2' as ContactId, at: NOW - 30 * DAY, direction: 'outbound', channel: 'email' },
      { contactId: 'c5' as ContactId, at: NOW - 100 * DAY, direction: 'outbound', channel: 'email' },
    ]);
    await buildQueue(db, context);
    const built = await db.queue.toArray();
    await db.queue.clear();
    await refreshQueue(db, { contactIds: people.map((c) => c.id) }, context);
    expect(await db.queue.toArray()).toEqual(built);
    expect((await db.meta.get('queue'))?.state).toBe('done');

    // Today from the index holds exactly what the judgment of the whole store says is due.
    const whole = queueOfEverything({ contacts: people, deals: await db.deals.toArray(), touches: await db.touches.toArray(), read: readReply, playbook, now: NOW, locale: 'en' }) ?? [];
    const entries = await todayEntries(db, NOW, 100);
    const judged = await Promise.all(entries.map(async (e) => ({ key: e.key, situation: judgeGathered(await gatherSituation(db, { contactId: e.contactId, dealId: e.dealId }), context) })));
    const endOfDay = dayOf(NOW) + DAY - 1;
    const due = judged.filter(({ situation: { action } }) => action.kind !== 'stop' && action.kind !== 'snooze' && action.due <= endOfDay);
    expect(due.map((row) => row.key).sort()).toEqual(whole.map((row) => row.key).sort());
    // In Today's order: overdue before due today, tier A before C.
    const rank = (key: string) => entries.findIndex((e) => e.key === key);
    expect(rank('contact:c2')).toBeLessThan(rank('contact:c1') === -1 ? Infinity : rank('contact:c1'));
    const counts = await todayCounts(db, NOW);
    expect(counts.overdue.reduce((a, b) => a + b) + counts.dueToday.reduce((a, b) => a + b)).toBe(entries.length);
    // The snoozed one waits; the deal closing in five days comes back the day after its close date at the latest.
    expect(entries.map((e) => e.key)).not.toContain('contact:c4');
    expect((await db.queue.get('deal:salesforce:deal:2'))?.due).toBeLessThanOrEqual(dayOf(NOW + 6 * DAY));
  });
});
