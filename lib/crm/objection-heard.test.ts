import 'fake-indexeddb/auto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { standInFetch } from '../../demo/crm/node-fetch';
import { startCrmStandIns, type CrmStandIns } from '../../demo/crm/server';
import type { Contact, ContactId } from '../contacts/schema';
import { SopDatabase } from '../db/database';
import { periodOf } from '../dashboard/input';
import { activitiesIn } from '../team/queries';
import { summariseTeam } from '../team/summary';
import { syncTeam } from '../team/sync';
import { saveConnection, setConsent } from './connections';
import { drainOutbox } from './drain';
import { onCrmEnqueued } from './enqueue';
import { logObjectionHeard, type HeardReply } from './objection-heard';
import type { CrmId } from './types';

const TOKENS: Record<CrmId, string> = { hubspot: 'pat-na1-good-token', pipedrive: '0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c', salesforce: '00D5g000004Good!AQ4AQFakeSessionToken', zoho: '1000.zoho-good-access-token.5f2c' };
const BASES: Record<CrmId, string> = { hubspot: 'https://api.hubapi.com', pipedrive: 'https://api.pipedrive.com', salesforce: 'https://nordwind.my.salesforce.com', zoho: 'https://www.zohoapis.com' };
const CRMS = ['hubspot', 'pipedrive', 'salesforce'] as const;

let crm: CrmStandIns;
let db: SopDatabase;
let clock = Date.now();
const ana = { id: 'c-ana' as ContactId, identities: ['email:ana@huachen.example'], sources: ['gmail'], name: 'Ana Wang', email: 'ana@huachen.example', company: 'Huachen', stage: 'present', stageChangedAt: clock, createdAt: clock, capturedAt: clock } as Contact;
const REPLY = { at: Date.now() - 3_600_000, text: 'Honestly the price is well above what we budgeted for this year.' };
const heard = (objection: HeardReply['objection'], reply = REPLY): HeardReply => ({ contactId: ana.id, reply, objection, confidence: 0.874 });

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
  db = new SopDatabase(`heard-${String(Math.random())}`);
  await db.contacts.put(ana);
  // A minute ahead of the wall clock the write paths stamp their rows with (enqueueCrm's Date.now()),
  // so what they queue is due even on a machine slow enough to spend seconds between here and the drain.
  clock = Date.now() + 60_000;
  for (const id of CRMS) {
    await saveConnection(db, id, BASES[id], TOKENS[id], 'test', clock - 60_000);
    await setConsent(db, id, true, clock);
  }
});

const deps = (fetchImpl = standInFetch(crm.port)) => ({ fetch: fetchImpl, now: () => clock, tokenOf: (id: CrmId) => Promise.resolve(TOKENS[id]) });
const pipedriveField = (name: string) => crm.pipedrive.customFields.get(name) ?? '';
/** What each CRM holds: the objection logged on each of its records. */
const written = () => ({
  hubspot: crm.hubspot.notes.map((n) => n.properties.sop_objection_category),
  pipedrive: crm.pipedrive.activities.map((a) => a[pipedriveField('SOP objection')] ?? ''),
  salesforce: crm.salesforce.tasks.map((t) => t.SOP_Objection__c),
});

describe('objections heard in captured replies, logged to the CRM', () => {
  it('writes one activity per reply with its fields, however often the reply is read', async () => {
    expect(await logObjectionHeard(db, heard('price'), clock)).toBe('queued');
    // The panel re-rendering, reopened, the same thread in another tab.
    for (let i = 0; i < 3; i++) expect(await logObjectionHeard(db, heard('price'), clock)).toBe('unchanged');
    expect(await db.crmOutbox.count()).toBe(3);
    await drainOutbox(db, deps());
    await drainOutbox(db, deps());
    expect(written()).toEqual({ hubspot: ['price'], pipedrive: ['price'], salesforce: ['price'] });

    const note = crm.hubspot.notes[0]?.properties ?? {};
    expect([note.sop_event, note.sop_stage, note.sop_reader_confidence, note.sop_hidden_concern, note.sop_playbook_version]).toEqual(['objection', 'present', '0.87', '', 'default']);
    expect(note.hs_note_body).toContain('SOP Copilot: objection heard: price (present)');
    expect(crm.hubspot.notes[0]?.associations?.contacts).toEqual(['501']);
    const activity: Record<string, unknown> = crm.pipedrive.activities[0] ?? {};
    expect([activity.subject, activity[pipedriveField('SOP event')], activity[pipedriveField('SOP reader confidence')], activity.person_id]).toEqual(['SOP Copilot: objection heard: price (present)', 'objection', '0.87', 77]);
    const task: Record<string, unknown> = crm.salesforce.tasks[0] ?? {};
    expect([task.SOP_Event__c, task.SOP_Stage__c, task.SOP_Reader_Confidence__c, task.WhoId]).toEqual(['objection', 'present', 0.87, '0035g00000AnaAAA']);
    // The same key in every CRM.
    expect(new Set([note.sop_activity_key, activity[pipedriveField('SOP activity key')], task.SOP_Activity_Key__c]).size).toBe(1);

    // Another reply of hers is another activity.
    expect(await logObjectionHeard(db, heard('timing', { at: REPLY.at + 60_000, text: 'Let us talk again next quarter.' }), clock)).toBe('queued');
    await drainOutbox(db, deps());
    expect(written()).toEqual({ hubspot: ['price', 'timing'], pipedrive: ['price', 'timing'], salesforce: ['price', 'timing'] });
  });

  it('a correction before anything left replaces the queued activity; corrected to none, nothing is written', async () => {
    await logObjectionHeard(db, heard('price'), clock);
    expect(await logObjectionHeard(db, heard('authority'), clock)).toBe('updated');
    expect((await db.crmOutbox.toArray()).map((r) => r.activity.event)).toEqual(CRMS.map(() => ({ kind: 'objection', objection: 'authority', confidence: 0.87, hiddenConcern: '' })));
    expect(await logObjectionHeard(db, heard('none'), clock)).toBe('withdrawn');
    expect(await db.crmOutbox.count()).toBe(0);
    await drainOutbox(db, deps());
    expect(written()).toEqual({ hubspot: [], pipedrive: [], salesforce: [] });
    // No reading ever logged and none now: nothing to do.
    expect(await logObjectionHeard(db, heard('none', { at: REPLY.at + 1, text: 'Thanks, looks good.' }), clock)).toBe('nothing');
  });

  it('a correction after it was written updates the CRM’s record in place (HubSpot PATCH, Pipedrive PUT, Salesforce upsert), never a second one', async () => {
    await logObjectionHeard(db, heard('price'), clock);
    await drainOutbox(db, deps());
    const ids = { hubspot: crm.hubspot.notes[0]?.id, pipedrive: crm.pipedrive.activities[0]?.id, salesforce: crm.salesforce.tasks[0]?.Id };
    expect(await logObjectionHeard(db, heard('timing'), clock)).toBe('updated');
    expect((await db.crmOutbox.toArray()).map((r) => [r.state, r.revision, Boolean(r.remoteId)])).toEqual(CRMS.map(() => ['queued', 1, true]));
    const before = crm.requests.length;
    await drainOutbox(db, deps());
    expect(crm.requests.slice(before).filter((r) => r.method !== 'GET' && !r.path.endsWith('/search')).map((r) => `${r.method} ${r.path} ${String(r.status)}`)).toEqual([
      `PATCH /crm/v3/objects/notes/${String(ids.hubspot)} 200`,
      `PUT /v1/activities/${String(ids.pipedrive)} 200`,
      `PATCH /services/data/v62.0/sobjects/Task/SOP_Activity_Key__c/${String(crm.salesforce.tasks[0]?.SOP_Activity_Key__c)} 200`,
    ]);
    expect(written()).toEqual({ hubspot: ['timing'], pipedrive: ['timing'], salesforce: ['timing'] });
    expect({ hubspot: crm.hubspot.notes[0]?.id, pipedrive: crm.pipedrive.activities[0]?.id, salesforce: crm.salesforce.tasks[0]?.Id }).toEqual(ids);

    // Corrected to no objection: the record says so and carries no category.
    expect(await logObjectionHeard(db, heard('none'), clock)).toBe('updated');
    await drainOutbox(db, deps());
    expect(written()).toEqual({ hubspot: [''], pipedrive: [''], salesforce: [null] });
    expect(crm.hubspot.notes[0]?.properties.hs_note_body).toContain('no objection in the reply (corrected by the rep)');
    expect((await db.crmOutbox.toArray()).map((r) => r.state)).toEqual(['sent', 'sent', 'sent']);
  });

  it('a correction that updates one CRM’s record and withdraws another’s unsent row still wakes the sender', async () => {
    await db.crmConnections.delete('salesforce');
    await setConsent(db, 'pipedrive', false, clock);
    await logObjectionHeard(db, heard('price'), clock);
    await drainOutbox(db, deps());
    expect((await db.crmOutbox.toArray()).map((r) => [r.crm, r.state])).toEqual([['hubspot', 'sent'], ['pipedrive', 'queued']]);
    let woken = 0;
    onCrmEnqueued(() => woken++);
    try {
      expect(await logObjectionHeard(db, heard('none'), clock)).toBe('updated');
    } finally {
      onCrmEnqueued(() => undefined);
    }
    expect(woken).toBe(1);
    expect((await db.crmOutbox.toArray()).map((r) => [r.crm, r.state])).toEqual([['hubspot', 'queued']]);
  });

  it('the concern the optional LLM named stays on the record when the reply is shown again without it (the panel reopened)', async () => {
    const concern = 'The budget owner has not seen the proposal.';
    await logObjectionHeard(db, heard('price'), clock);
    expect(await logObjectionHeard(db, { ...heard('price'), hiddenConcern: concern }, clock)).toBe('updated');
    await drainOutbox(db, deps());
    // Reopened: the LLM's answer is not in memory any more, the card shows the same objection.
    expect(await logObjectionHeard(db, heard('price'), clock)).toBe('unchanged');
    expect((await db.crmOutbox.toArray()).map((r) => r.state)).toEqual(['sent', 'sent', 'sent']);
    await drainOutbox(db, deps());
    expect(crm.hubspot.notes.map((n) => n.properties.sop_hidden_concern)).toEqual([concern]);
    // Another objection is another reading: its own concern, or none.
    expect(await logObjectionHeard(db, heard('timing'), clock)).toBe('updated');
    expect((await db.crmOutbox.toArray()).map((r) => r.activity.event.kind === 'objection' && r.activity.event.hiddenConcern)).toEqual(['', '', '']);
  });

  it('a correction made while the first write is on its way is not lost: the record is updated after it', async () => {
    for (const id of ['pipedrive', 'salesforce'] as const) await db.crmConnections.delete(id);
    await logObjectionHeard(db, heard('price'), clock);
    const base = standInFetch(crm.port);
    let corrected = false;
    const racing = async (url: string, init: RequestInit) => {
      // The rep corrects the reading the moment the note leaves.
      if (!corrected && init.method === 'POST' && url.endsWith('/crm/v3/objects/notes')) {
        corrected = true;
        expect(await logObjectionHeard(db, heard('competitor'), clock)).toBe('updated');
      }
      return base(url, init);
    };
    await drainOutbox(db, deps(racing));
    const row = (await db.crmOutbox.toArray())[0];
    expect([row?.state, row?.remoteId, row?.activity.event.kind === 'objection' && row.activity.event.objection]).toEqual(['queued', crm.hubspot.notes[0]?.id, 'competitor']);
    await drainOutbox(db, deps());
    expect(written().hubspot).toEqual(['competitor']);
    expect((await db.crmOutbox.toArray())[0]?.state).toBe('sent');
  });

  it('a correction made after a lost answer updates the record the retry finds, never leaves it saying the old reading', async () => {
    // HubSpot and Pipedrive look the record up by key after a lost answer; Salesforce's upsert writes it anew either way.
    for (const id of CRMS) crm.script(id, { kind: 'lose-answer', on: 'write' });
    await logObjectionHeard(db, heard('price'), clock);
    await drainOutbox(db, deps());
    expect((await db.crmOutbox.toArray()).map((r) => [r.state, r.uncertain])).toEqual(CRMS.map(() => ['queued', true]));
    expect(await logObjectionHeard(db, heard('timing'), clock)).toBe('updated');
    for (let i = 0; i < 3; i++) {
      clock += 60_000;
      await drainOutbox(db, deps());
    }
    expect(written()).toEqual({ hubspot: ['timing'], pipedrive: ['timing'], salesforce: ['timing'] });
    expect((await db.crmOutbox.toArray()).map((r) => r.state)).toEqual(['sent', 'sent', 'sent']);
  });

  it('a reading corrected to none while the drain sends the rows ahead of it is not written', async () => {
    for (const id of ['hubspot', 'salesforce'] as const) await db.crmConnections.delete(id);
    const other = { at: REPLY.at + 60_000, text: 'Let us talk again next quarter.' };
    await logObjectionHeard(db, heard('price'), clock);
    await logObjectionHeard(db, heard('timing', other), clock);
    const base = standInFetch(crm.port);
    let corrected = false;
    const racing = async (url: string, init: RequestInit) => {
      // The rep corrects the second reply to no objection while the first one's activity leaves.
      if (!corrected && init.method === 'POST' && url.endsWith('/v1/activities')) {
        corrected = true;
        expect(await logObjectionHeard(db, heard('none', other), clock)).toBe('withdrawn');
      }
      return base(url, init);
    };
    await drainOutbox(db, deps(racing));
    await drainOutbox(db, deps());
    expect(written().pipedrive).toEqual(['price']);
  });

  it('logging turned off while the drain runs: nothing more is written', async () => {
    for (const id of ['hubspot', 'salesforce'] as const) await db.crmConnections.delete(id);
    await logObjectionHeard(db, heard('price'), clock);
    await logObjectionHeard(db, heard('timing', { at: REPLY.at + 60_000, text: 'Let us talk again next quarter.' }), clock);
    const base = standInFetch(crm.port);
    let off = false;
    const racing = async (url: string, init: RequestInit) => {
      if (!off && init.method === 'POST' && url.endsWith('/v1/activities')) {
        off = true;
        await setConsent(db, 'pipedrive', false, clock);
      }
      return base(url, init);
    };
    await drainOutbox(db, deps(racing));
    // The request already on its way lands; the next waits in the queue.
    expect(written().pipedrive).toEqual(['price']);
    expect((await db.crmOutbox.toArray()).map((r) => r.state).sort()).toEqual(['queued', 'sent']);
  });

  it('the team view reads them back and counts each as heard, by category; one corrected to none is not counted', async () => {
    await logObjectionHeard(db, heard('price'), clock);
    await logObjectionHeard(db, heard('price', { at: REPLY.at + 1_000, text: 'Too expensive for us, to be honest.' }), clock);
    await logObjectionHeard(db, heard('timing', { at: REPLY.at + 2_000, text: 'Not this quarter.' }), clock);
    await drainOutbox(db, deps());
    await logObjectionHeard(db, heard('none', { at: REPLY.at + 2_000, text: 'Not this quarter.' }), clock);
    await drainOutbox(db, deps());
    const period = periodOf(30, clock);
    for (const id of CRMS) {
      const manager = new SopDatabase(`manager-${id}-${String(Math.random())}`);
      const synced = await syncTeam(manager, id, { apiBase: BASES[id], token: TOKENS[id] }, { fetch: standInFetch(crm.port), sleep: () => Promise.resolve() });
      expect(synced.failure, id).toBeUndefined();
      const numbers = summariseTeam(await activitiesIn(manager, id, period), period);
      expect([...numbers.objections.entries()], id).toEqual([['price', 2]]);
      expect(numbers.team.heard, id).toBe(2);
      expect(numbers.team.tracks, id).toBe(0);
    }
  });
});
