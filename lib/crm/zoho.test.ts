import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { standInFetch } from '../../demo/crm/node-fetch';
import { startCrmStandIns, type CrmStandIns } from '../../demo/crm/server';
import { ZOHO_TOKEN } from '../../demo/crm/zoho';
import type { Contact, ContactId } from '../contacts/schema';
import { moveStage } from '../contacts/update-contact';
import { SopDatabase } from '../db/database';
import { logTouch } from '../touches/log-touch';
import { recordTrackUse } from '../track-uses/store';
import { saveConnection, setConsent } from './connections';
import { drainOutbox, retryNow } from './drain';
import type { OutboxRow } from './types';
import { logObjectionHeard } from './objection-heard';
import { zohoCriteriaValue } from './zoho';

let crm: CrmStandIns;
let db: SopDatabase;
let clock = Date.now();
const ana = { id: 'c-ana' as ContactId, identities: ['email:ana@huachen.example'], sources: ['gmail'], name: 'Ana Wang', email: 'ana@huachen.example', company: 'Huachen', stage: 'discover', stageChangedAt: clock, createdAt: clock, capturedAt: clock } as Contact;

beforeAll(async () => {
  crm = await startCrmStandIns();
});
afterAll(async () => {
  await crm.close();
});
beforeEach(async () => {
  crm.reset();
  crm.zoho.contacts.push({ id: '5725767000000600001', Email: 'ana@huachen.example' });
  db = new SopDatabase(`zoho-${String(Math.random())}`);
  await db.contacts.put(ana);
  // Activities are queued at the wall clock's now (enqueueCrm's Date.now()) and sent when due by
  // this clock: a minute ahead, so a machine slow enough to spend 5 s between here and the drain
  // (load 17: 2 of 4 sent) does not leave the last ones not yet due.
  clock = Date.now() + 60_000;
  await saveConnection(db, 'zoho', 'https://www.zohoapis.com', ZOHO_TOKEN, 'test', clock - 60_000);
  await setConsent(db, 'zoho', true, clock);
});

const deps = () => ({ fetch: standInFetch(crm.port), now: () => clock, tokenOf: () => Promise.resolve(ZOHO_TOKEN) });
const writes = () => crm.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path} ${String(r.status)}`);

describe('logging to Zoho CRM against its stand-in', () => {
  it('writes a touch, a stage move, a talk track and an objection heard as completed Tasks on the Contact, with the SOP fields', async () => {
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel: 'email' });
    await moveStage(db, ana.id, 'present', 'they asked for a quote', clock);
    await recordTrackUse({ contactId: ana.id, objection: 'price', trackId: 'price-roi', at: clock }, db);
    await logObjectionHeard(db, { contactId: ana.id, reply: { at: clock - 1_000, text: 'Too expensive for us.' }, objection: 'price', confidence: 0.9 }, clock);
    const { sent } = await drainOutbox(db, deps());
    expect(sent).toBe(4);
    expect(crm.zoho.tasks.map((t) => [t.SOP_Event, t.SOP_Stage, t.SOP_Talk_Track, t.SOP_Objection, t.Status, (t.Who_Id as { id: string }).id])).toEqual([
      ['touch', 'discover', null, null, 'Completed', '5725767000000600001'],
      ['stage', 'present', null, null, 'Completed', '5725767000000600001'],
      ['track', 'present', 'price-roi', 'price', 'Completed', '5725767000000600001'],
      ['objection', 'present', null, 'price', 'Completed', '5725767000000600001'],
    ]);
    expect(crm.zoho.tasks[3]?.SOP_Reader_Confidence).toBe(0.9);
    expect(crm.zoho.tasks[0]?.SOP_Hidden_Concern).toBeUndefined();
    // The contact was looked up once per activity by email; no Task search (nothing uncertain).
    expect(crm.requests.filter((r) => r.path === '/crm/v7/Tasks/search')).toEqual([]);
  });

  it('a lost answer never duplicates: the retry finds the Task by its key first; a corrected reading updates it with PUT', async () => {
    crm.script('zoho', { kind: 'lose-answer', on: 'write' });
    await logObjectionHeard(db, { contactId: ana.id, reply: { at: clock - 1_000, text: 'Too expensive for us.' }, objection: 'price', confidence: 0.9 }, clock);
    await drainOutbox(db, deps());
    expect(crm.zoho.tasks).toHaveLength(1);
    expect((await db.crmOutbox.toArray()).map((r) => [r.state, r.uncertain])).toEqual([['queued', true]]);
    clock += 60_000;
    await drainOutbox(db, deps());
    expect(crm.zoho.tasks).toHaveLength(1);
    expect((await db.crmOutbox.toArray()).map((r) => [r.state, r.remoteId])).toEqual([['sent', crm.zoho.tasks[0]?.id]]);
    expect(crm.requests.filter((r) => r.path === '/crm/v7/Tasks/search').map((r) => r.status)).toEqual([200]);

    await logObjectionHeard(db, { contactId: ana.id, reply: { at: clock - 61_000, text: 'Too expensive for us.' }, objection: 'budget', confidence: 0.8 }, clock);
    await drainOutbox(db, deps());
    expect(crm.zoho.tasks.map((t) => t.SOP_Objection)).toEqual(['budget']);
    expect(writes().at(-1)).toBe(`PUT /crm/v7/Tasks/${String(crm.zoho.tasks[0]?.id)} 200`);
  });

  it('a refused token pauses logging with Zoho’s words; a 429 holds the queue; a person Zoho does not have waits for the rep; nothing is lost', async () => {
    crm.script('zoho', { kind: 'status', status: 401 });
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel: 'phone' });
    await drainOutbox(db, deps());
    expect((await db.crmConnections.get('zoho'))?.pause).toMatchObject({ kind: 'auth', status: 401, detail: 'INVALID_TOKEN: invalid oauth token' });
    await db.crmConnections.update('zoho', { pause: undefined });

    crm.script('zoho', { kind: 'status', status: 429, on: 'write' });
    await drainOutbox(db, deps());
    const held = await db.crmConnections.get('zoho');
    // Zoho's 429 names no wait: backed off as an outage is (5 s and more), not retried a second later.
    expect(held?.holdUntil).toBeGreaterThanOrEqual(clock + 5_000);
    expect((await db.crmOutbox.toArray()).map((r) => [r.state, r.lastError?.kind])).toEqual([['queued', 'rate-limit']]);
    clock = (held?.holdUntil ?? clock) + 1;
    await drainOutbox(db, deps());
    expect(crm.zoho.tasks.map((t) => t.SOP_Channel)).toEqual(['phone']);

    crm.zoho.contacts.length = 0;
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'inbound', channel: 'email' });
    await drainOutbox(db, deps());
    const failed = (await db.crmOutbox.toArray()).filter((r) => r.state === 'failed');
    expect(failed.map((r) => r.lastError?.kind)).toEqual(['no-record']);
    expect(crm.zoho.tasks).toHaveLength(1);
  });

  it('an org without an SOP field gets the Task without it (Zoho drops unknown fields silently); without SOP_Activity_Key nothing is written and the rep is told which field', async () => {
    // Another token: the fields are read once per 10 minutes per token.
    const token = '1000.zoho-fields-token.1';
    crm.zoho.tokens.set(token, '5725767000000411001');
    crm.zoho.taskFields.delete('SOP_Tier');
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel: 'email' });
    await drainOutbox(db, { ...deps(), tokenOf: () => Promise.resolve(token) });
    const written = crm.requests.find((r) => r.method === 'POST' && r.path === '/crm/v7/Tasks');
    expect(Object.keys((written?.body as { data: Record<string, unknown>[] }).data[0] ?? {})).not.toContain('SOP_Tier');
    expect(crm.zoho.tasks.map((t) => t.SOP_Event)).toEqual(['touch']);
    expect(crm.requests.filter((r) => r.path === '/crm/v7/settings/fields').map((r) => r.query)).toEqual(['?module=Tasks']);

    const other = '1000.zoho-fields-token.2';
    crm.zoho.tokens.set(other, '5725767000000411001');
    crm.zoho.taskFields.delete('SOP_Activity_Key');
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel: 'phone' });
    await drainOutbox(db, { ...deps(), tokenOf: () => Promise.resolve(other) });
    expect(crm.zoho.tasks).toHaveLength(1);
    const failed = (await db.crmOutbox.toArray()).filter((r) => r.state === 'failed');
    expect(failed.map((r) => [r.lastError?.kind, r.lastError?.detail])).toEqual([['rejected', 'Tasks have no field SOP_Activity_Key']]);
  });

  it('several Tasks due at once go in one insert; a record Zoho refuses waits for the rep with its reason, the others are sent; retried, nothing is written twice', async () => {
    crm.zoho.rules.push({ field: 'SOP_Channel', value: 'phone', message: 'Phone touches need a call log' });
    for (const channel of ['email', 'phone', 'meeting', 'linkedin'] as const) await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel });
    const { sent } = await drainOutbox(db, deps());
    expect(sent).toBe(3);
    expect(writes()).toEqual(['POST /crm/v7/Tasks 207']);
    const posted = crm.requests.find((r) => r.method === 'POST')?.body as { data: unknown[] };
    expect(posted.data).toHaveLength(4);
    // One look-up for the one person, not one per Task.
    expect(crm.requests.filter((r) => r.path === '/crm/v7/Contacts/search')).toHaveLength(1);
    const channelOf = (r: OutboxRow) => (r.activity.event.kind === 'touch' ? r.activity.event.channel : '');
    const order = ['email', 'phone', 'meeting', 'linkedin'];
    const rows = (await db.crmOutbox.toArray()).sort((a, b) => order.indexOf(channelOf(a)) - order.indexOf(channelOf(b)));
    expect(rows.map((r) => [channelOf(r), r.state, r.lastError?.detail])).toEqual([
      ['email', 'sent', undefined],
      ['phone', 'failed', 'INVALID_DATA: Phone touches need a call log: SOP_Channel'],
      ['meeting', 'sent', undefined],
      ['linkedin', 'sent', undefined],
    ]);
    expect(new Set(rows.filter((r) => r.state === 'sent').map((r) => r.remoteId))).toEqual(new Set(crm.zoho.tasks.map((t) => t.id)));

    crm.zoho.rules.length = 0;
    await retryNow(db, 'zoho', clock);
    await drainOutbox(db, deps());
    expect(crm.zoho.tasks.map((t) => t.SOP_Channel).sort()).toEqual(['email', 'linkedin', 'meeting', 'phone']);
    expect(new Set(crm.zoho.tasks.map((t) => t.SOP_Activity_Key)).size).toBe(4);
  });

  it('a batch whose answer is lost: each Task is looked for by its key before it is written again; one Zoho already has (its duplicate key) counts as sent', async () => {
    crm.script('zoho', { kind: 'lose-answer', on: 'write' });
    for (const channel of ['email', 'phone'] as const) await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel });
    await drainOutbox(db, deps());
    expect(crm.zoho.tasks).toHaveLength(2);
    expect((await db.crmOutbox.toArray()).map((r) => [r.state, r.uncertain])).toEqual([['queued', true], ['queued', true]]);
    clock += 60_000;
    await drainOutbox(db, deps());
    expect(crm.zoho.tasks).toHaveLength(2);
    // Both looked for in one search.
    expect(crm.requests.filter((r) => r.path === '/crm/v7/Tasks/search').map((r) => r.status)).toEqual([200]);
    const rows = await db.crmOutbox.toArray();
    expect(rows.map((r) => r.state)).toEqual(['sent', 'sent']);
    expect(new Set(rows.map((r) => r.remoteId))).toEqual(new Set(crm.zoho.tasks.map((t) => t.id)));

    // A Task that landed without our knowing (a browser's own resend): Zoho refuses the key as a duplicate and names the Task.
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel: 'meeting' });
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'inbound', channel: 'email' });
    const [landed] = (await db.crmOutbox.toArray()).filter((r) => r.state === 'queued');
    crm.zoho.tasks.push({ id: '5725767000000999001', SOP_Activity_Key: landed?.activity.key, Subject: 'earlier', Created_Time: '', Modified_Time: new Date(clock).toISOString(), Owner: { id: '5725767000000411001', name: 'Riley Rep' } });
    await drainOutbox(db, deps());
    expect(writes().at(-1)).toBe('POST /crm/v7/Tasks 207');
    expect((await db.crmOutbox.get(landed?.id ?? ''))?.remoteId).toBe('5725767000000999001');
    expect(crm.zoho.tasks).toHaveLength(4);
    expect((await db.crmOutbox.toArray()).every((r) => r.state === 'sent')).toBe(true);
  });

  it('after an outage the Tasks that may have landed are looked for together (ten keys a search), and those Zoho does not have go in one insert; a batch that landed but whose answer was lost is found, not written again', async () => {
    for (const channel of ['email', 'phone', 'meeting'] as const) await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel });
    await crm.down();
    await drainOutbox(db, deps());
    expect((await db.crmOutbox.toArray()).map((r) => [r.state, r.uncertain])).toEqual([['queued', true], ['queued', true], ['queued', true]]);
    await crm.up();
    crm.requests.length = 0;
    clock += 10 * 60_000;
    const back = await drainOutbox(db, deps());
    expect(back.sent).toBe(3);
    expect(crm.requests.filter((r) => r.path.startsWith('/crm/v7/Tasks')).map((r) => `${r.method} ${r.path} ${String(r.status)}`)).toEqual(['GET /crm/v7/Tasks/search 204', 'POST /crm/v7/Tasks 201']);
    expect(decodeURIComponent(crm.requests.find((r) => r.path === '/crm/v7/Tasks/search')?.query ?? '').match(/SOP_Activity_Key:equals:/g)).toHaveLength(3);
    expect(crm.zoho.tasks).toHaveLength(3);

    // Landed, answer lost: the next run finds all three with one search and writes nothing.
    for (const channel of ['email', 'phone', 'meeting'] as const) await logTouch(db, { contactId: ana.id, at: clock, direction: 'inbound', channel });
    crm.script('zoho', { kind: 'lose-answer', on: 'write' });
    await drainOutbox(db, deps());
    expect(crm.zoho.tasks).toHaveLength(6);
    crm.requests.length = 0;
    clock += 10 * 60_000;
    expect((await drainOutbox(db, deps())).sent).toBe(3);
    expect(crm.requests.filter((r) => r.path.startsWith('/crm/v7/Tasks')).map((r) => `${r.method} ${r.path} ${String(r.status)}`)).toEqual(['GET /crm/v7/Tasks/search 200']);
    expect(crm.zoho.tasks).toHaveLength(6);
    const rows = await db.crmOutbox.toArray();
    expect(rows.every((r) => r.state === 'sent')).toBe(true);
    expect(new Set(rows.map((r) => r.remoteId))).toEqual(new Set(crm.zoho.tasks.map((t) => t.id)));
  });

  it('a look-up of the Tasks that may have landed, refused by a 429 that names no wait, backs off longer each run (as a send would), never at one pace', async () => {
    for (const channel of ['email', 'phone'] as const) await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel });
    await crm.down();
    await drainOutbox(db, deps());
    await crm.up();
    const waits: number[] = [];
    for (let run = 0; run < 3; run++) {
      clock = Math.max(clock, (await db.crmConnections.get('zoho'))?.holdUntil ?? 0) + 1;
      crm.script('zoho', { kind: 'status', status: 429, path: '/Tasks/search' });
      await drainOutbox(db, deps());
      waits.push(((await db.crmConnections.get('zoho'))?.holdUntil ?? 0) - clock);
    }
    expect(crm.requests.filter((r) => r.path === '/crm/v7/Tasks/search').map((r) => r.status)).toEqual([429, 429, 429]);
    // 10 s, 20 s, 40 s (and a tenth of jitter): the attempts grow as a send's would.
    expect(waits[1]).toBeGreaterThanOrEqual(20_000);
    expect(waits[2]).toBeGreaterThanOrEqual(40_000);
    expect(crm.zoho.tasks).toHaveLength(0);
    expect((await db.crmOutbox.toArray()).map((r) => [r.state, r.uncertain])).toEqual([['queued', true], ['queued', true]]);
  });

  it('a reading corrected while its Task may have landed, which the key search misses: the insert Zoho refuses by its key is not taken for the correction, the Task is updated with it', async () => {
    const reply = { at: clock - 1_000, text: 'Too expensive for us.' };
    await logObjectionHeard(db, { contactId: ana.id, reply, objection: 'price', confidence: 0.9 }, clock);
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel: 'email' });
    crm.script('zoho', { kind: 'lose-answer', on: 'write' });
    await drainOutbox(db, deps());
    expect(crm.zoho.tasks).toHaveLength(2);
    await logObjectionHeard(db, { contactId: ana.id, reply, objection: 'timing', confidence: 0.9 }, clock);
    // Zoho's search does not see the Tasks yet (a record just written, not yet searchable).
    const base = standInFetch(crm.port);
    const lagging = (url: string, init: RequestInit) => (url.includes('/Tasks/search') ? Promise.resolve(new Response(null, { status: 204 })) : base(url, init));
    for (let run = 0; run < 2; run++) {
      clock += 10 * 60_000;
      await drainOutbox(db, { ...deps(), fetch: lagging });
    }
    expect(crm.zoho.tasks.map((t) => [t.SOP_Event, t.SOP_Objection])).toEqual([['touch', null], ['objection', 'timing']]);
    expect((await db.crmOutbox.toArray()).map((r) => r.state)).toEqual(['sent', 'sent']);
  });

  it('one Task sent alone that Zoho already has (a resend that had landed): its unique key refuses the second, and the row counts as sent with the first', async () => {
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel: 'email' });
    const [row] = await db.crmOutbox.toArray();
    crm.zoho.tasks.push({ id: '5725767000000999003', SOP_Activity_Key: row?.activity.key, Subject: 'landed', Created_Time: '', Modified_Time: new Date(clock).toISOString(), Owner: { id: '5725767000000411001', name: 'Riley Rep' } });
    await drainOutbox(db, deps());
    expect(writes()).toEqual(['POST /crm/v7/Tasks 400']);
    expect(await db.crmOutbox.get(row?.id ?? '')).toMatchObject({ state: 'sent', remoteId: '5725767000000999003' });
    expect(crm.zoho.tasks).toHaveLength(1);
  });

  it('a key search counts only a Task whose key is exactly the one looked for (Zoho’s equals behaves like contains)', async () => {
    crm.script('zoho', { kind: 'status', status: 500, on: 'write' });
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel: 'email' });
    await drainOutbox(db, deps());
    const [row] = await db.crmOutbox.toArray();
    expect([row?.state, row?.uncertain, crm.zoho.tasks.length]).toEqual(['queued', true, 0]);
    // Another Task whose key merely contains this one's.
    crm.zoho.tasks.push({ id: '5725767000000999002', SOP_Activity_Key: `${row?.activity.key ?? ''}-copy`, Subject: 'other', Created_Time: '', Modified_Time: new Date(clock).toISOString(), Owner: { id: '5725767000000411001', name: 'Riley Rep' } });
    clock += 60_000;
    await drainOutbox(db, deps());
    expect(crm.requests.filter((r) => r.path === '/crm/v7/Tasks/search').map((r) => [r.status, r.results])).toEqual([[200, 1]]);
    expect(crm.zoho.tasks).toHaveLength(2);
    expect((await db.crmOutbox.get(row?.id ?? ''))?.remoteId).toBe(crm.zoho.tasks[1]?.id);
  });

  it('escapes the key in the search criteria', () => {
    expect(zohoCriteriaValue('a(b),c\\d')).toBe('a\\(b\\)\\,c\\\\d');
  });
});
