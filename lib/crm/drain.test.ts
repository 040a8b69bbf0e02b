import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCrmStandIns, type CrmStandIns } from '../../demo/crm/server';
import { standInFetch } from '../../demo/crm/node-fetch';
import type { Contact, ContactId } from '../contacts/schema';
import { moveStage } from '../contacts/update-contact';
import { SopDatabase } from '../db/database';
import { logTouch } from '../touches/log-touch';
import { recordTrackUse } from '../track-uses/store';
import { saveConnection, setConsent } from './connections';
import { drainOutbox, retryNow } from './drain';
import { keepRenewal, renewToken } from './renewal';
import { tokenOf } from './connections';
import type { CrmId } from './types';

const TOKENS: Record<CrmId, string> = { hubspot: 'pat-na1-good-token', pipedrive: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c', salesforce: '00D5g000004Good!AQ4AQFakeSessionToken', zoho: '1000.zoho-good-access-token.5f2c' };
const BASES: Record<CrmId, string> = { hubspot: 'https://api.hubapi.com', pipedrive: 'https://api.pipedrive.com', salesforce: 'https://nordwind.my.salesforce.com', zoho: 'https://www.zohoapis.com' };

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
  crm.hubspot.contacts.push({ id: '501', properties: { email: 'ana@huachen.example' }, createdAt: '', updatedAt: '' });
  crm.pipedrive.persons.push({ id: 77, name: 'Ana Wang', emails: ['ana@huachen.example'] });
  crm.salesforce.contacts.push({ Id: '0035g00000AnaAAA', Email: 'ana@huachen.example' });
  db = new SopDatabase(`crm-${String(Math.random())}`);
  await db.contacts.put(ana);
  // A minute ahead of the wall clock the write paths stamp their rows with (enqueueCrm's Date.now()),
  // so what they queue is due even on a machine slow enough to spend seconds between here and the drain.
  clock = Date.now() + 60_000;
});

const deps = () => ({ fetch: standInFetch(crm.port), now: () => clock, tokenOf: (id: CrmId) => Promise.resolve(TOKENS[id]) });

async function connect(id: CrmId, consent = true): Promise<void> {
  await saveConnection(db, id, BASES[id], TOKENS[id], 'test', clock);
  if (consent) await setConsent(db, id, true, clock);
}

describe('the CRM outbox against the stand-ins', () => {
  it('writes a touch, a stage move and a talk track to all three CRMs with the structured fields', async () => {
    for (const id of ['hubspot', 'pipedrive', 'salesforce'] as const) await connect(id);
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel: 'email' });
    await moveStage(db, ana.id, 'present', 'they asked for a quote', clock);
    await recordTrackUse({ contactId: ana.id, objection: 'price', trackId: 'price-roi', at: clock }, db);
    const { sent, nextAt } = await drainOutbox(db, deps());
    expect(sent).toBe(9);
    expect(nextAt).toBeNull();

    expect(crm.hubspot.notes.map((n) => [n.properties.sop_event, n.properties.sop_stage, n.properties.sop_talk_track_id, n.properties.sop_objection_category])).toEqual([
      ['touch', 'discover', '', ''],
      ['stage', 'present', '', ''],
      ['track', 'present', 'price-roi', 'price'],
    ]);
    expect(crm.hubspot.notes[0]?.associations?.contacts).toEqual(['501']);
    expect(crm.hubspot.notes[0]?.properties.sop_playbook_version).toBe('default');

    const stageKey = crm.pipedrive.customFields.get('SOP stage') ?? '';
    expect(crm.pipedrive.activities.map((a) => [a.type, a.person_id, a[stageKey]])).toEqual([
      ['email', 77, 'discover'],
      ['task', 77, 'present'],
      ['task', 77, 'present'],
    ]);
    expect(crm.salesforce.tasks.map((t) => [t.WhoId, t.SOP_Event__c, t.SOP_Talk_Track__c, t.Status])).toEqual([
      ['0035g00000AnaAAA', 'touch', null, 'Completed'],
      ['0035g00000AnaAAA', 'stage', null, 'Completed'],
      ['0035g00000AnaAAA', 'track', 'price-roi', 'Completed'],
    ]);
    // One key per activity, the same in every CRM.
    expect(crm.salesforce.tasks.map((t) => t.SOP_Activity_Key__c)).toEqual(crm.hubspot.notes.map((n) => n.properties.sop_activity_key));
  });

  it('queues nothing without a connection, and sends nothing before consent', async () => {
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel: 'email' });
    expect(await db.crmOutbox.count()).toBe(0);
    await connect('hubspot', false);
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'inbound', channel: 'email' });
    expect(await db.crmOutbox.count()).toBe(1);
    await drainOutbox(db, deps());
    expect(crm.requests).toHaveLength(0);
  });

  it('a lost answer, a 500 and a timeout never duplicate: the retry finds the first write (HubSpot, Pipedrive) or upserts it (Salesforce)', async () => {
    for (const id of ['hubspot', 'pipedrive', 'salesforce'] as const) {
      await connect(id);
      crm.script(id, { kind: 'lose-answer', on: 'write' });
    }
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel: 'phone' });
    await drainOutbox(db, deps());
    const rows = await db.crmOutbox.toArray();
    expect(rows.map((r) => [r.state, r.uncertain, r.lastError?.kind])).toEqual(rows.map(() => ['queued', true, 'network']));
    // The writes landed although no answer came back.
    expect([crm.hubspot.notes.length, crm.pipedrive.activities.length, crm.salesforce.tasks.length]).toEqual([1, 1, 1]);
    clock += 60_000;
    await drainOutbox(db, deps());
    expect((await db.crmOutbox.toArray()).map((r) => r.state)).toEqual(['sent', 'sent', 'sent']);
    expect([crm.hubspot.notes.length, crm.pipedrive.activities.length, crm.salesforce.tasks.length]).toEqual([1, 1, 1]);
    // HubSpot looked its key up before writing again.
    expect(crm.requests.filter((r) => r.crm === 'hubspot').map((r) => `${r.method} ${r.path} ${String(r.status)}`)).toEqual([
      'POST /crm/v3/objects/contacts/search 200',
      'POST /crm/v3/objects/notes lost',
      'POST /crm/v3/objects/notes/search 200',
    ]);
  });

  it('a 429 holds the CRM for the wait it names and loses nothing; a 500 backs off', async () => {
    await connect('pipedrive');
    crm.script('pipedrive', { kind: 'status', status: 429, retryAfter: '30' });
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel: 'email' });
    await logTouch(db, { contactId: ana.id, at: clock + 1, direction: 'inbound', channel: 'email' });
    const first = await drainOutbox(db, deps());
    expect(first).toEqual({ sent: 0, nextAt: clock + 30_000 });
    expect((await db.crmConnections.get('pipedrive'))?.holdUntil).toBe(clock + 30_000);
    clock += 10_000;
    expect((await drainOutbox(db, deps())).sent).toBe(0);
    clock += 21_000;
    crm.script('pipedrive', { kind: 'status', status: 500, on: 'write' });
    const third = await drainOutbox(db, deps());
    expect(third.sent).toBe(0);
    // The first activity's second attempt: 10 s (and a tenth of jitter), still first in line.
    expect((await db.crmOutbox.toArray()).map((r) => r.lastError?.kind).sort()).toEqual(['server', undefined]);
    expect(third.nextAt).toBeGreaterThanOrEqual(clock + 10_000);
    expect(third.nextAt).toBeLessThanOrEqual(clock + 11_000);
    clock = (third.nextAt ?? 0) + 1;
    expect((await drainOutbox(db, deps())).sent).toBe(2);
    expect(crm.pipedrive.activities).toHaveLength(2);
  });

  it('a refused token pauses the CRM and keeps the activity; reconnecting sends it', async () => {
    await connect('salesforce');
    crm.salesforce.tokens.clear();
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel: 'email' });
    await drainOutbox(db, deps());
    expect((await db.crmConnections.get('salesforce'))?.pause).toMatchObject({ kind: 'auth', status: 401, detail: 'INVALID_SESSION_ID: Session expired or invalid' });
    expect((await db.crmOutbox.toArray()).map((r) => r.state)).toEqual(['queued']);
    expect(await drainOutbox(db, deps())).toEqual({ sent: 0, nextAt: null });
    crm.salesforce.tokens.set(TOKENS.salesforce, { userId: '005' });
    await saveConnection(db, 'salesforce', BASES.salesforce, TOKENS.salesforce, 'test', clock);
    expect((await drainOutbox(db, deps())).sent).toBe(1);
  });

  it('a person the CRM does not have waits for the rep, with a retry', async () => {
    await connect('hubspot');
    crm.hubspot.contacts.length = 0;
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel: 'email' });
    await drainOutbox(db, deps());
    const [row] = await db.crmOutbox.toArray();
    expect([row?.state, row?.lastError?.kind, row?.lastError?.detail]).toEqual(['failed', 'no-record', 'ana@huachen.example']);
    crm.hubspot.contacts.push({ id: '502', properties: { email: 'ana@huachen.example' }, createdAt: '', updatedAt: '' });
    await retryNow(db, 'hubspot', clock);
    expect((await drainOutbox(db, deps())).sent).toBe(1);
    expect(crm.hubspot.notes[0]?.associations?.contacts).toEqual(['502']);
  });
});

describe('deleting data deletes our copy of what was logged', () => {
  it('deleting a contact removes their outbox rows; deleting everything empties the outbox and keeps the connection', async () => {
    const { deleteContact, deleteEverything } = await import('../data/backup');
    await connect('hubspot', false);
    const bo = { ...ana, id: 'c-bo' as ContactId, identities: ['email:bo@huachen.example'], name: 'Bo', email: 'bo@huachen.example' } as Contact;
    await db.contacts.put(bo);
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel: 'email' });
    await logTouch(db, { contactId: bo.id, at: clock, direction: 'outbound', channel: 'email' });
    await deleteContact(db, ana.id);
    expect((await db.crmOutbox.toArray()).map((r) => r.activity.contact.name)).toEqual(['Bo']);
    await deleteEverything(db);
    expect(await db.crmOutbox.count()).toBe(0);
    expect(await db.crmConnections.count()).toBe(1);
  });
});

describe('touches read from a thread', () => {
  it('are queued with the capture (once, however often the thread is read); history from before the connection is not', async () => {
    const { recordConversationTouches } = await import('../touches/record-touches');
    await connect('hubspot', false);
    const conversation = {
      messages: [
        { id: 'old', direction: 'outbound' as const, at: clock - 30 * 86_400_000, text: 'Last month' },
        { id: 'm1', direction: 'outbound' as const, at: clock - 60_000, text: 'Hello' },
        { id: 'm2', direction: 'inbound' as const, at: clock, text: 'Too expensive' },
      ],
    };
    expect(await recordConversationTouches(db, ana.id, 'gmail', conversation, clock)).toBe(3);
    expect(await recordConversationTouches(db, ana.id, 'gmail', conversation, clock)).toBe(0);
    // In the order they go out.
    const { nextQueued } = await import('./queries');
    const rows = await nextQueued(db, 'hubspot', 10);
    expect(rows.map((r) => r.activity.event)).toEqual([
      { kind: 'touch', direction: 'outbound', channel: 'email' },
      { kind: 'touch', direction: 'inbound', channel: 'email' },
    ]);
  });

  it('Salesforce: an expired session is renewed with the refresh token and the row goes out; a refused renewal pauses and says so', async () => {
    await connect('salesforce');
    const fetchImpl = standInFetch(crm.port);
    crm.salesforce.refreshTokens.set('5Aep-unit', { clientId: '3MVG9SOPCopilotDemoConsumerKey' });
    await keepRenewal('salesforce', { refreshToken: '5Aep-unit', clientId: '3MVG9SOPCopilotDemoConsumerKey', loginUrl: BASES.salesforce });
    const withRenewal = () => ({ ...deps(), tokenOf, renew: (id: CrmId) => renewToken(id, fetchImpl) });

    // The session expires: 401 INVALID_SESSION_ID, renewed, sent with the new session.
    crm.salesforce.tokens.clear();
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel: 'email' });
    expect((await drainOutbox(db, withRenewal())).sent).toBe(1);
    expect(crm.salesforce.tasks).toHaveLength(1);
    expect(crm.requests.filter((r) => r.path === '/services/oauth2/token').map((r) => r.status)).toEqual([200]);
    expect(await tokenOf('salesforce')).toMatch(/^00D5g000004OAuth!/);
    expect((await db.crmConnections.get('salesforce'))?.pause).toBeUndefined();

    // The refresh token is revoked too: paused, saying the renewal was refused; nothing lost.
    crm.salesforce.tokens.clear();
    crm.salesforce.refreshTokens.clear();
    await logTouch(db, { contactId: ana.id, at: clock + 1, direction: 'inbound', channel: 'email' });
    expect((await drainOutbox(db, withRenewal())).sent).toBe(0);
    const pause = (await db.crmConnections.get('salesforce'))?.pause;
    expect(pause).toMatchObject({ kind: 'auth', status: 400, detail: 'invalid_grant: expired access/refresh token', renewal: 'refused' });
    expect((await db.crmOutbox.toArray()).filter((r) => r.state === 'queued')).toHaveLength(1);

    // Without a way to renew (a pasted token), a refused session pauses as before.
    await keepRenewal('salesforce', null);
    await db.crmConnections.update('salesforce', { pause: undefined });
    expect((await drainOutbox(db, withRenewal())).sent).toBe(0);
    expect((await db.crmConnections.get('salesforce'))?.pause).toMatchObject({ kind: 'auth', status: 401 });
    expect((await db.crmConnections.get('salesforce'))?.pause?.renewal).toBeUndefined();
  });

  it('HubSpot: notes due at once go in one batch create, each matched to its row by key; a lost answer never duplicates', async () => {
    await connect('hubspot');
    for (let i = 0; i < 5; i++) await logTouch(db, { contactId: ana.id, at: clock + i, direction: 'outbound', channel: 'email' });
    const writes = () => crm.requests.filter((r) => r.crm === 'hubspot' && r.method === 'POST' && r.path.startsWith('/crm/v3/objects/notes')).map((r) => `${r.path} ${String(r.status)}`);
    expect((await drainOutbox(db, deps())).sent).toBe(5);
    expect(writes()).toEqual(['/crm/v3/objects/notes/batch/create 201']);
    // One look-up for the one person of the five notes.
    expect(crm.requests.filter((r) => r.path === '/crm/v3/objects/contacts/search')).toHaveLength(1);
    // The stand-in answers in reverse order: each row still has its own note.
    const rows = await db.crmOutbox.toArray();
    const noteOf = new Map(crm.hubspot.notes.map((n) => [n.properties.sop_activity_key, n.id]));
    expect(rows.map((r) => r.remoteId)).toEqual(rows.map((r) => noteOf.get(r.activity.key)));
    expect(rows.every((r) => r.state === 'sent' && !r.uncertain)).toBe(true);

    // The batch lands but its answer is lost: every row is looked for by key before it is written again.
    crm.requests.length = 0;
    for (let i = 0; i < 3; i++) await logTouch(db, { contactId: ana.id, at: clock + 10 + i, direction: 'inbound', channel: 'email' });
    crm.script('hubspot', { kind: 'lose-answer', on: 'write' });
    await drainOutbox(db, deps());
    expect(crm.hubspot.notes).toHaveLength(8);
    expect((await db.crmOutbox.toArray()).filter((r) => r.state === 'queued' && r.uncertain)).toHaveLength(3);
    clock += 60_000;
    expect((await drainOutbox(db, deps())).sent).toBe(3);
    expect(crm.hubspot.notes).toHaveLength(8);
    expect(new Set(crm.hubspot.notes.map((n) => n.properties.sop_activity_key)).size).toBe(8);
    expect(writes()).toEqual(['/crm/v3/objects/notes/batch/create lost', '/crm/v3/objects/notes/search 200', '/crm/v3/objects/notes/search 200', '/crm/v3/objects/notes/search 200']);

    // A batch HubSpot refuses whole (a property the portal lacks) is sent row by row, each saying why.
    crm.hubspot.noteProperties.delete('sop_tier');
    for (let i = 0; i < 2; i++) await logTouch(db, { contactId: ana.id, at: clock + 20 + i, direction: 'outbound', channel: 'phone' });
    crm.requests.length = 0;
    await drainOutbox(db, deps());
    expect(writes()).toEqual(['/crm/v3/objects/notes/batch/create 400', '/crm/v3/objects/notes 400', '/crm/v3/objects/notes 400']);
    const failed = (await db.crmOutbox.toArray()).filter((r) => r.state === 'failed');
    expect(failed.map((r) => [r.lastError?.kind, r.uncertain, r.attempts])).toEqual([
      ['rejected', false, 1],
      ['rejected', false, 1],
    ]);
  });

  it('HubSpot: a rate limit on a look-up before a batch sends the notes resolved so far; the rest waits unsent, never uncertain', async () => {
    await connect('hubspot');
    crm.hubspot.contacts.push({ id: '502', properties: { email: 'bo@huachen.example' }, createdAt: '', updatedAt: '' });
    const bo = { ...ana, id: 'c-bo' as ContactId, identities: ['email:bo@huachen.example'], name: 'Bo Li', email: 'bo@huachen.example' } as Contact;
    await db.contacts.put(bo);
    await logTouch(db, { contactId: ana.id, at: clock, direction: 'outbound', channel: 'email' });
    await logTouch(db, { contactId: bo.id, at: clock + 1, direction: 'outbound', channel: 'email' });
    await logTouch(db, { contactId: ana.id, at: clock + 2, direction: 'outbound', channel: 'phone' });
    // Every look-up of Bo is rate limited.
    const fetchImpl = standInFetch(crm.port);
    const run = await drainOutbox(db, {
      ...deps(),
      fetch: (url, init) => {
        if (url.includes('/contacts/search') && typeof init.body === 'string' && init.body.includes('bo@')) crm.script('hubspot', { kind: 'status', status: 429, retryAfter: '5' });
        return fetchImpl(url, init);
      },
    });
    // Ana's first note went in the batch (of one); Bo's waits for the limit, and Ana's second keeps its place after it.
    expect(run.sent).toBe(1);
    expect(crm.hubspot.notes.map((n) => n.properties.sop_channel)).toEqual(['email']);
    const waiting = (await db.crmOutbox.toArray()).filter((r) => r.state === 'queued').sort((a, b) => a.createdAt - b.createdAt);
    expect(waiting.map((r) => [r.activity.contact.name, r.uncertain, r.lastError?.kind, r.attempts])).toEqual([
      ['Bo Li', false, 'rate-limit', 1],
      ['Ana Wang', false, undefined, 0],
    ]);
    expect((await db.crmConnections.get('hubspot'))?.holdUntil).toBeGreaterThan(clock);
  });
});
