import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Contact, ContactId } from '../contacts/schema';
import { contactsNamed, contactsNamedEach } from '../contacts/named';
import { snoozeContact } from '../contacts/update-contact';
import { deleteContact } from '../data/backup';
import { SopDatabase } from '../db/database';
import { reportUserInput } from '../db/user-input';
import type { DealId, StoredDeal } from '../deals/deal';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { readReply } from '../reader/read-reply';
import { logTouch } from '../touches/log-touch';
import { dayOf } from './format';
import { gatherSituation, mayUseSamePerson, type GatheredSituation } from './gather';
import { buildQueue as queueOfEverything } from './queue';
import { buildQueue, judgeGathered, queueEntryOf, refreshQueue } from './queue-index';
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
  it('a build holding while the rep types judges each deal as it is when its turn comes, not as it was when the build began', async () => {
    await db.contacts.bulkPut([contact('c1'), contact('c2'), contact('c3')]);
    await db.deals.bulkPut([deal('moved', ['c1']), deal('deleted', ['c2'])]);
    // The rep types: the build holds after its first chunk of contacts (the deals come after them).
    reportUserInput();
    const building = buildQueue(db, context);
    await vi.waitFor(
      async () => {
        reportUserInput();
        expect((await db.meta.get('queue'))?.indexed).toBe(3);
      },
      { timeout: 20_000, interval: 20 },
    );
    // Meanwhile one deal is read again further on, the other is deleted, each followed by its refresh (as the background does).
    const moved = await db.deals.get('salesforce:deal:moved' as DealId);
    if (!moved) throw new Error('no deal');
    await db.deals.put({ ...moved, record: { ...moved.record, stage: 'Value Proposition' } });
    await db.deals.delete('salesforce:deal:deleted' as DealId);
    await refreshQueue(db, { dealIds: ['salesforce:deal:moved', 'salesforce:deal:deleted'] as DealId[] }, context);
    const fresh = await db.queue.toArray();
    expect(fresh.find((row) => row.dealId === 'salesforce:deal:moved')?.stage).toBe('present');
    expect((await db.meta.get('queue'))?.state).toBe('building');
    await building;
    // Today's index as the writes left it: the deal at its new stage, no row of a deleted deal.
    expect((await db.meta.get('queue'))?.state).toBe('done');
    expect(await db.queue.toArray()).toEqual(fresh);
    expect(await db.judgedPaths.toArray()).toEqual([]);
  });
  it('a build another one took over (an import since marks the index to build again) stops, and only the other marks it done', async () => {
    await db.contacts.bulkPut([contact('c1'), contact('c2'), contact('c3')]);
    reportUserInput();
    const progress: number[] = [];
    const first = buildQueue(db, context, (indexed) => progress.push(indexed));
    await vi.waitFor(
      async () => {
        reportUserInput();
        expect((await db.meta.get('queue'))?.indexed).toBe(3);
      },
      { timeout: 20_000, interval: 20 },
    );
    // What an import writes with its data (lib/data/backup.ts), then the build it starts.
    await db.meta.put({ key: 'queue', state: 'building', indexed: 0, total: 3, at: NOW + 1 });
    const second = buildQueue(db, context);
    await Promise.all([first, second]);
    expect(progress).toEqual([3]);
    expect(await db.meta.get('queue')).toEqual({ key: 'queue', state: 'done', indexed: 3, total: 3, at: NOW });
    expect((await db.queue.toArray()).map((row) => row.key)).toEqual(['contact:c1', 'contact:c2', 'contact:c3']);
  });
  it('a build another one took over while it walks the deals writes nothing after: the deals’ rows and their people’s kept stage and tier are the newer build’s (EN/简/繁)', async () => {
    const LATER = NOW + 30 * DAY;
    await db.contacts.bulkPut([contact('uk', { name: 'Sarah Mitchell' }), contact('hans', { name: '王建国' }), contact('tw', { name: '陳美玲' })]);
    await db.deals.bulkPut([
      deal('uk', ['uk'], { stage: 'Negotiation/Review', closeAt: NOW + 2 * DAY, activity: [{ text: 'Sent the quote.', at: NOW - 3_600_000 }] }),
      deal('hans', ['hans'], { stage: 'Proposal/Price Quote', closeAt: NOW + 3 * DAY, activity: [{ text: '已发送报价。', at: NOW - 2 * 3_600_000 }] }),
      deal('tw', ['tw'], { stage: 'Negotiation/Review', closeAt: NOW + 4 * DAY, activity: [{ text: '已寄出報價。', at: NOW - 3 * 3_600_000 }] }),
    ]);
    let newer: Promise<unknown> | undefined;
    const keysOf = db.deals.toCollection.bind(db.deals);
    // The first build reaches its deals; an import marks the index to build again and its build runs through, at a later now.
    vi.spyOn(db.deals, 'toCollection').mockImplementationOnce(() => {
      const collection = keysOf();
      const takenOver = async () => {
        await db.meta.put({ key: 'queue', state: 'building', indexed: 0, total: 3, at: LATER });
        newer = buildQueue(db, { ...context, now: LATER });
        await newer;
        return keysOf().primaryKeys();
      };
      collection.primaryKeys = takenOver as typeof collection.primaryKeys;
      return collection;
    });
    const snapshot = async () => ({ queue: await db.queue.toArray(), contacts: await db.contacts.toArray(), paths: await db.judgedPaths.toArray(), meta: await db.meta.get('queue') });
    const first = buildQueue(db, context).then(() => undefined);
    await vi.waitFor(() => expect(newer).toBeDefined(), { timeout: 20_000, interval: 20 });
    await newer;
    const after = await snapshot();
    await first;
    expect(after.meta).toMatchObject({ state: 'done', at: LATER });
    expect(after.queue.map((row) => row.key)).toEqual(['deal:salesforce:deal:hans', 'deal:salesforce:deal:tw', 'deal:salesforce:deal:uk']);
    expect(await snapshot()).toEqual(after);
  });
});

describe('Today’s index built from scratch reads another record of the person, as the panel does', () => {
  it('a person whose other record has the conversation: the full build stores the row and the stage history the live judgment makes', async () => {
    await db.contacts.bulkPut([
      // Her LinkedIn profile, recorded as a customer and nothing exchanged there; her Gmail record at the firm's domain, in negotiation with a thread.
      contact('mei-profile', { name: 'Mei Lin Chen', company: 'Orchid Precision Manufacturing', stage: 'retain', capturedAt: NOW - 3 * DAY }),
      contact('mei-mail', { identities: ['email:mei.chen@orchid-precision.example'], sources: ['gmail'], name: 'Mei Lin Chen', email: 'mei.chen@orchid-precision.example', stage: 'negotiate', capturedAt: NOW - 5 * DAY }),
      // 陳美玲 on LinkedIn, 陈美玲 in Outlook at the same firm written with its legal form; a reply of hers there.
      contact('meiling-profile', { name: '陳美玲', company: '台灣精密股份有限公司', capturedAt: NOW - 3 * DAY }),
      contact('meiling-mail', { identities: ['email:meiling@twprecision.example'], sources: ['outlook'], name: '陈美玲', company: '台灣精密', email: 'meiling@twprecision.example', stage: 'present', lastWord: { at: NOW - 4 * DAY, text: '报价收到了，我们内部讨论一下，下周给您回复。' } }),
      // A namesake at another firm: a weak match, nothing changes.
      contact('mei-elsewhere', { identities: ['email:mei@lotus.example'], sources: ['outlook'], name: 'Mei Lin Chen', email: 'mei@lotus.example', company: 'Lotus Foods', stage: 'qualify' }),
      // A name 23 people have: each lookup reads its first 21 holders, so Wei's record at his firm beyond them is not found by the panel either.
      ...Array.from({ length: 23 }, (_, i) => contact(`wei-${String(i).padStart(2, '0')}`, { name: 'Wei Chen', company: i === 0 || i === 22 ? 'Harbor Logistics' : `Firm ${String(i)}` })),
      // Kenji on a deal in Gmail, his profile apart: the other record is gathered with its deal.
      contact('kenji-profile', { name: 'Kenji Tanaka', company: 'Fabrikam Japan' }),
      contact('kenji-mail', { identities: ['email:kenji@fabrikam.example'], sources: ['gmail'], name: 'Kenji Tanaka', email: 'kenji@fabrikam.example' }),
      // Sarah has an exchange on both records: each judged on its own (the full build does not look her name up).
      contact('sarah-profile', { name: 'Sarah Müller', company: 'Contoso Retail', stage: 'qualify' }),
      contact('sarah-mail', { identities: ['email:sarah.mueller@contoso.example'], sources: ['gmail'], name: 'Sarah Müller', company: 'Contoso Retail GmbH', email: 'sarah.mueller@contoso.example', lastWord: { at: NOW - DAY, text: 'Können Sie uns bis Freitag ein Angebot schicken?' } }),
    ]);
    await db.deals.put(deal('kenji', ['kenji-mail'], { stage: 'Proposal/Price Quote' }));
    await db.touches.bulkAdd([
      { contactId: 'mei-mail' as ContactId, at: NOW - 2 * DAY, direction: 'outbound', channel: 'email' },
      { contactId: 'wei-22' as ContactId, at: NOW - 2 * DAY, direction: 'inbound', channel: 'email' },
      { contactId: 'sarah-profile' as ContactId, at: NOW - 9 * DAY, direction: 'outbound', channel: 'linkedin' },
    ]);
    const people = await db.contacts.toCollection().primaryKeys();
    await buildQueue(db, context);
    const built = { rows: await db.queue.orderBy('key').toArray(), paths: await db.judgedPaths.orderBy('key').toArray() };
    // The live path: every row re-judged as the panel gathers it, from an empty index.
    await db.queue.clear();
    await db.judgedPaths.clear();
    await refreshQueue(db, { contactIds: people }, context);
    expect(built.rows).toEqual(await db.queue.orderBy('key').toArray());
    expect(built.paths).toEqual(await db.judgedPaths.orderBy('key').toArray());

    // And the rows are the same person's: the profiles' next step is the merge, due since they were first seen, not their own cadence.
    for (const id of ['mei-profile', 'meiling-profile', 'kenji-profile']) {
      const live = judgeGathered(await gatherSituation(db, { contactId: id as ContactId }), context);
      expect(live.action.step, id).toBe('same_person');
      expect(built.rows.find((r) => r.key === `contact:${id}`), id).toEqual(queueEntryOf(`contact:${id}`, { contactId: id as ContactId }, live, null));
    }
    const alone = judgeGathered({ ...(await gatherSituation(db, { contactId: 'mei-profile' as ContactId })), samePerson: null }, context);
    expect(alone.action.step).not.toBe('same_person');
    expect(queueEntryOf('contact:mei-profile', { contactId: 'mei-profile' as ContactId }, alone, null)?.due).toBeGreaterThan(built.rows.find((r) => r.key === 'contact:mei-profile')?.due ?? Infinity);
    for (const id of ['mei-elsewhere', 'wei-00']) expect((await gatherSituation(db, { contactId: id as ContactId })).samePerson, id).toBeNull();

    // One read for many names gives each name what its own lookup gives, however few holders of a name each lookup reads (a round cut short is read on).
    const names = ['Mei Lin Chen', '陳美玲', '陈美玲', 'Wei Chen', 'Kenji Tanaka', 'Nobody Here'];
    for (const limit of [1, 2, 21]) {
      const each = await contactsNamedEach(db, names, limit);
      for (const name of names) expect((each.get(name) ?? []).map((c) => c.id).sort(), `${name} (${String(limit)})`).toEqual((await contactsNamed(db, name, limit)).map((c) => c.id).sort());
    }
  });
});

describe('a write to one record of a person re-judges the row of the other record that reads it', () => {
  it('a reply on her Gmail record moves her profile’s row to the merge step, a rename and a deletion move it back, with no rebuild', async () => {
    // Her LinkedIn profile, recorded as a customer, nothing exchanged there; her Gmail record at the firm's domain, nothing yet either.
    const profile = contact('mei-profile', { name: 'Mei Lin Chen', company: 'Orchid Precision Manufacturing', stage: 'retain', capturedAt: NOW - 3 * DAY });
    const mail = contact('mei-mail', { identities: ['email:mei.chen@orchid-precision.example'], sources: ['gmail'], name: 'Mei Lin Chen', email: 'mei.chen@orchid-precision.example', capturedAt: NOW - 5 * DAY });
    await db.contacts.bulkPut([profile, mail]);
    await buildQueue(db, context);
    const rowOf = async (id: string) => db.queue.get(`contact:${id}`);
    const liveRowOf = async (id: string) => queueEntryOf(`contact:${id}`, { contactId: id as ContactId }, judgeGathered(await gatherSituation(db, { contactId: id as ContactId }), context), null);
    const alone = await rowOf('mei-profile');
    expect(alone).toEqual(await liveRowOf('mei-profile'));

    // Her reply lands on the Gmail record only (a touch, her words, the stage the rep moved it to): the refresh is handed that record alone.
    await db.touches.add({ contactId: 'mei-mail' as ContactId, at: NOW - DAY, direction: 'inbound', channel: 'email' });
    await db.contacts.put({ ...mail, stage: 'negotiate', lastWord: { at: NOW - DAY, text: 'The price is above what we budgeted. Can you do better on the unit cost?' } });
    await refreshQueue(db, { contactIds: ['mei-mail'] as ContactId[] }, context);
    const merged = await rowOf('mei-profile');
    expect(judgeGathered(await gatherSituation(db, { contactId: 'mei-profile' as ContactId }), context).action.step).toBe('same_person');
    expect(merged).toEqual(await liveRowOf('mei-profile'));
    expect(merged?.due).toBeLessThan(alone?.due ?? -Infinity);

    // Renamed on her Gmail record: no longer her profile's namesake, so the profile is judged alone again (found by the name she had).
    const renamed = { ...(await db.contacts.get('mei-mail' as ContactId)), name: 'Mei-Lin Chen Wong' } as Contact;
    const before = await db.contacts.get('mei-mail' as ContactId);
    await db.contacts.put(renamed);
    await refreshQueue(db, { contactIds: ['mei-mail'] as ContactId[], formerly: before ? [before] : [] }, context);
    expect(await rowOf('mei-profile')).toEqual(alone);
    // Back to her name (found by the name she has now), then her Gmail record deleted: the profile is judged alone once more.
    await db.contacts.put({ ...renamed, name: 'Mei Lin Chen' });
    await refreshQueue(db, { contactIds: ['mei-mail'] as ContactId[] }, context);
    expect(await rowOf('mei-profile')).toEqual(merged);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    try {
      await deleteContact(db, 'mei-mail' as ContactId);
    } finally {
      vi.useRealTimers();
    }
    expect(await rowOf('mei-profile')).toEqual(alone);
  });
});

describe('whether to look for another record of the person is the judgment’s own rule', () => {
  it('a record the judgment reads another record for is the one Today’s build looks one up for, whatever its own exchange', () => {
    const profile = contact('p', { name: 'Mei Lin Chen', company: 'Orchid Precision Manufacturing', stage: 'retain' });
    const mail = contact('m', { identities: ['email:mei.chen@orchid-precision.example'], sources: ['gmail'], name: 'Mei Lin Chen', email: 'mei.chen@orchid-precision.example', stage: 'negotiate' });
    const other: GatheredSituation = { contact: mail, deal: null, touches: [{ at: NOW - DAY, direction: 'inbound' }], conversation: null, lastWord: null, lastWordFrom: null, chosenTrack: null };
    const alone: GatheredSituation = { contact: profile, deal: null, touches: [], conversation: null, lastWord: null, lastWordFrom: null, chosenTrack: null, samePerson: { contact: mail, where: 'Gmail', gathered: other } };
    const variants: Record<string, Partial<GatheredSituation>> = {
      nothing: {},
      'a touch': { touches: [{ at: NOW - 3 * DAY, direction: 'outbound' }] },
      'a thread': { conversation: { messages: [{ direction: 'outbound', text: 'Hello Mei', at: NOW - 3 * DAY }] } },
      'words of theirs': { lastWord: { at: NOW - 2 * DAY, text: 'Thanks, we will look at it next week.' }, lastWordFrom: 'stored' },
      'only a date': { lastWord: { at: NOW - 2 * DAY, text: '2026-11-20' }, lastWordFrom: 'stored' },
      'a deal': { deal: deal('mei', ['p']) },
    };
    const uses: string[] = [];
    for (const [name, variant] of Object.entries(variants)) {
      const gathered = { ...alone, ...variant };
      const step = judgeGathered(gathered, context).action.step;
      expect(step === 'same_person', name).toBe(mayUseSamePerson(gathered));
      if (mayUseSamePerson(gathered)) uses.push(name);
    }
    expect(uses).toEqual(['nothing', 'only a date']);
  });
});

describe('two refreshes of Today’s index at once', () => {
  it('the one that writes last read last: a refresh still loading the reader never writes what it read before another refresh wrote newer', async () => {
    // The reader's first load (its model and the rep's corrections) held open until the other refresh is done.
    let reached: () => void = () => undefined;
    const atReader = new Promise<void>((resolve) => (reached = resolve));
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    db.use({
      stack: 'dbcore',
      name: 'hold-the-reader',
      create: (down) => ({
        ...down,
        table: (tableName) => {
          const table = down.table(tableName);
          if (tableName !== 'readerCorrections') return table;
          return { ...table, query: (request) => table.query(request).then(async (result) => (reached(), await held, result)) };
        },
      }),
    });
    await db.contacts.put(contact('aiko', { name: 'Aiko Tanaka', lastWord: { at: NOW - 2 * DAY, text: 'Honestly the price is too high for us this year.' } }));
    await refreshQueue(db, { contactIds: ['aiko'] as ContactId[] }, context);
    expect(await db.queue.get('contact:aiko')).toMatchObject({ stage: 'prospect' });

    // The panel's refresh after a write: her words to read, the reader not loaded yet.
    const first = refreshQueue(db, { contactIds: ['aiko'] as ContactId[] }, { playbook, now: NOW });
    await atReader;
    // Meanwhile the rep records her in negotiation, and another page's refresh (its reader loaded) writes her row.
    await db.contacts.update('aiko' as ContactId, { stage: 'negotiate', stageChangedAt: NOW - 3_600_000 });
    await refreshQueue(db, { contactIds: ['aiko'] as ContactId[] }, context);
    const newer = await db.queue.get('contact:aiko');
    expect(newer).toMatchObject({ stage: 'negotiate' });
    release();
    await first;
    // The first refresh finishes last, and writes what the store holds now.
    expect(await db.queue.get('contact:aiko')).toEqual(newer);
    expect(newer).toEqual(queueEntryOf('contact:aiko', { contactId: 'aiko' as ContactId }, judgeGathered(await gatherSituation(db, { contactId: 'aiko' as ContactId }), context), null));
  });
});
