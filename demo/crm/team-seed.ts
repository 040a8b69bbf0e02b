/**
 * A sales team's activities in the stand-in CRMs, as our reps' browsers would have logged them:
 * `reps` owners, each with about `perDay` activities on each of `days` days before `now` (touches
 * sent and replies read, stage moves, talk tracks used, objections heard in replies: about one
 * reply in three voices one, as docs/team-scale.md sizes it), in each CRM's own shape (HubSpot notes
 * with `sop_*` properties and `hubspot_owner_id`, Pipedrive activities with the SOP custom fields
 * and `user_id`, Salesforce Tasks with `SOP_*__c` and `OwnerId`). Deterministic for a seed. The
 * tests count what they expect from the stand-ins' state themselves, not from this file.
 */
import { randomUUID } from 'node:crypto';
import type { HubspotState } from './hubspot';
import type { PipedriveState } from './pipedrive';
import type { SalesforceState } from './salesforce';
import type { ZohoState } from './zoho';
import type { StandInCrmId } from './server';

export interface TeamSeed {
  reps: number;
  days: number;
  /** Activities per rep per day, on average. */
  perDay: number;
  now: number;
  seed?: number;
}

interface States {
  hubspot: HubspotState;
  pipedrive: PipedriveState;
  salesforce: SalesforceState;
  zoho: ZohoState;
}

const FIRST = ['Ana', 'Ben', 'Chen', 'Dana', 'Eli', 'Farah', 'Gus', 'Hana', 'Ivo', 'Jia', 'Kofi', 'Lena', 'Mateo', 'Nia', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tao', 'Uma', 'Vik', 'Wen', 'Xavi', 'Yuki'];
const LAST = ['Alves', 'Brandt', 'Chow', 'Diaz', 'Eriksen', 'Fischer', 'Garcia', 'Huang', 'Ito', 'Jensen'];
const STAGES = ['prospect', 'qualify', 'discover', 'present', 'negotiate', 'close', 'deliver', 'retain'];
const OBJECTIONS = ['price', 'timing', 'competitor', 'authority', 'need'];
const CHANNELS = ['email', 'linkedin', 'phone', 'meeting'];

/** Rep `i`'s name and ids in each CRM. */
export function teamRep(i: number): { name: string; firstName: string; lastName: string; hubspot: string; pipedrive: number; salesforce: string; zoho: string } {
  const firstName = FIRST[i % FIRST.length] ?? 'Rep';
  const lastName = LAST[Math.floor(i / FIRST.length) % LAST.length] ?? 'Team';
  return { name: `${firstName} ${lastName}`, firstName, lastName, hubspot: String(70_001 + i), pipedrive: 201 + i, salesforce: `0055g0000T${String(i).padStart(5, '0')}AAA`, zoho: String(5_725_767_000_001_000 + i) };
}

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Generated {
  key: string;
  at: number;
  modifiedAt: number;
  rep: number;
  /** The person it is on: one of the rep's 20 (their record in each CRM: `teamPerson`). */
  person: number;
  event: 'touch' | 'stage' | 'track' | 'objection';
  direction: string;
  channel: string;
  stage: string;
  tier: string;
  trackId: string;
  objection: string;
  /** How sure the reader was of an objection heard (0.55–0.99), as text with two decimals; '' otherwise. */
  confidence: string;
}

function generate(reps: number, days: number, perDay: number, now: number, next: () => number, written: (at: number) => number): Generated[] {
  const out: Generated[] = [];
  const dayMs = 86_400_000;
  const start = now - days * dayMs;
  for (let d = 0; d < days; d++) {
    for (let rep = 0; rep < reps; rep++) {
      const count = Math.max(0, Math.round(perDay * (0.6 + 0.8 * next())));
      for (let i = 0; i < count; i++) {
        const at = Math.min(now - 60_000, Math.floor(start + d * dayMs + next() * dayMs));
        const roll = next();
        // A reply read is an inbound touch (a fifth of the activities); about one in three voices an objection (7 %).
        const event = roll < 0.8 ? 'touch' : roll < 0.87 ? 'stage' : roll < 0.93 ? 'track' : 'objection';
        const stage = STAGES[Math.floor(next() * STAGES.length)] ?? 'prospect';
        const objection = OBJECTIONS[Math.floor(next() * OBJECTIONS.length)] ?? 'price';
        out.push({
          key: randomUUID(),
          at,
          modifiedAt: written(at),
          rep,
          person: rep * 100 + Math.floor(next() * 20),
          event,
          direction: event === 'touch' ? (roll < 0.6 ? 'outbound' : 'inbound') : '',
          channel: event === 'touch' ? (CHANNELS[Math.floor(next() * CHANNELS.length)] ?? 'email') : '',
          stage,
          tier: ['A', 'B', 'C'][Math.floor(next() * 3)] ?? 'B',
          trackId: event === 'track' ? `${objection}-1` : '',
          objection: event === 'track' || event === 'objection' ? objection : '',
          // From the draw that chose the event, so the other draws (and older seeds' other activities) stay as they were.
          confidence: event === 'objection' ? (0.55 + ((roll - 0.93) / 0.07) * 0.44).toFixed(2) : '',
        });
      }
    }
  }
  return out.sort((a, b) => a.modifiedAt - b.modifiedAt);
}

/** Person `n`'s record id in each CRM (the HubSpot contact, the Pipedrive person, the Salesforce Contact). */
export function teamPerson(n: number): { hubspot: string; pipedrive: number; salesforce: string; zoho: string } {
  return { hubspot: String(800_000 + n), pipedrive: 60_000 + n, salesforce: `0035g0000P${String(n).padStart(5, '0')}AAA`, zoho: String(5_725_767_000_500_000 + n) };
}

const pipedriveTime = (at: number) => new Date(at).toISOString().replace('T', ' ').slice(0, 19);
const salesforceTime = (at: number) => new Date(at).toISOString().replace('Z', '+0000');
const zohoTime = (at: number) => new Date(at).toISOString().replace(/\.\d{3}Z$/, '+00:00');
let ids = 5_000_000;

function store(states: States, crms: readonly StandInCrmId[], activities: readonly Generated[]): void {
  for (const a of activities) {
    const rep = teamRep(a.rep);
    const person = teamPerson(a.person);
    const subject = `SOP Copilot: ${a.event}`;
    if (crms.includes('hubspot'))
      states.hubspot.notes.push({
        id: String(++ids),
        createdAt: new Date(a.modifiedAt).toISOString(),
        updatedAt: new Date(a.modifiedAt).toISOString(),
        properties: { hs_timestamp: new Date(a.at).toISOString(), hs_note_body: subject, hubspot_owner_id: rep.hubspot, sop_activity_key: a.key, sop_event: a.event, sop_stage: a.stage, sop_tier: a.tier, sop_playbook_version: 'default', sop_talk_track_id: a.trackId, sop_objection_category: a.objection, sop_direction: a.direction, sop_channel: a.channel, ...(a.confidence ? { sop_reader_confidence: a.confidence, sop_hidden_concern: '' } : {}) },
        associations: { contacts: [person.hubspot], deals: [] },
      });
    if (crms.includes('pipedrive')) {
      const field = (name: string) => states.pipedrive.customFields.get(name) ?? name;
      const iso = new Date(a.at).toISOString();
      states.pipedrive.activities.push({
        id: ++ids,
        user_id: rep.pipedrive,
        person_id: person.pipedrive,
        subject,
        type: 'task',
        done: 1,
        due_date: iso.slice(0, 10),
        due_time: iso.slice(11, 16),
        note: [subject, `direction: ${a.direction}`, `channel: ${a.channel}`].join('<br>'),
        add_time: pipedriveTime(a.modifiedAt),
        update_time: pipedriveTime(a.modifiedAt),
        active_flag: true,
        [field('SOP activity key')]: a.key,
        [field('SOP event')]: a.event,
        [field('SOP stage')]: a.stage,
        [field('SOP tier')]: a.tier,
        [field('SOP playbook version')]: 'default',
        [field('SOP talk track')]: a.trackId,
        [field('SOP objection')]: a.objection,
        ...(a.confidence ? { [field('SOP reader confidence')]: Number(a.confidence) } : {}),
      });
    }
    if (crms.includes('salesforce'))
      states.salesforce.tasks.push({
        Id: `00T5g0000${String(++ids).padStart(9, '0')}`,
        OwnerId: rep.salesforce,
        WhoId: person.salesforce,
        Subject: subject,
        Status: 'Completed',
        ActivityDate: new Date(a.at).toISOString().slice(0, 10),
        CreatedDate: salesforceTime(a.modifiedAt),
        LastModifiedDate: salesforceTime(a.modifiedAt),
        SOP_Activity_Key__c: a.key,
        SOP_Event__c: a.event,
        SOP_Stage__c: a.stage,
        SOP_Tier__c: a.tier,
        SOP_Playbook_Version__c: 'default',
        SOP_Talk_Track__c: a.trackId || null,
        SOP_Objection__c: a.objection || null,
        SOP_Direction__c: a.direction || null,
        SOP_Channel__c: a.channel || null,
        ...(a.confidence ? { SOP_Reader_Confidence__c: Number(a.confidence) } : {}),
      });
    if (crms.includes('zoho'))
      states.zoho.tasks.push({
        id: String(5_725_767_000_900_000 + ++ids),
        Owner: { id: rep.zoho, name: rep.name },
        Who_Id: { id: person.zoho, name: '' },
        Subject: subject,
        Status: 'Completed',
        Due_Date: new Date(a.at).toISOString().slice(0, 10),
        Created_Time: zohoTime(a.modifiedAt),
        Modified_Time: zohoTime(a.modifiedAt),
        SOP_Activity_Key: a.key,
        SOP_Event: a.event,
        SOP_Stage: a.stage,
        SOP_Tier: a.tier,
        SOP_Playbook_Version: 'default',
        SOP_Talk_Track: a.trackId || null,
        SOP_Objection: a.objection || null,
        SOP_Direction: a.direction || null,
        SOP_Channel: a.channel || null,
        ...(a.confidence ? { SOP_Reader_Confidence: Number(a.confidence) } : {}),
      });
  }
}

/** The team (its owners in every CRM) and `days` of its activities up to `now`, each written to the CRM a few minutes after it happened. */
export function seedTeam(states: States, crms: readonly StandInCrmId[], seed: TeamSeed): number {
  for (let i = 0; i < seed.reps; i++) {
    const rep = teamRep(i);
    states.hubspot.owners.push({ id: rep.hubspot, email: `${rep.firstName.toLowerCase()}.${rep.lastName.toLowerCase()}@nordwind.example`, firstName: rep.firstName, lastName: rep.lastName, userId: 9_000 + i });
    states.pipedrive.users.push({ id: rep.pipedrive, name: rep.name, email: `${rep.firstName.toLowerCase()}@nordwind.example` });
    states.salesforce.users.push({ Id: rep.salesforce, Name: rep.name });
    states.zoho.users.push({ id: rep.zoho, full_name: rep.name, email: `${rep.firstName.toLowerCase()}.${rep.lastName.toLowerCase()}@nordwind.example` });
  }
  const next = random(seed.seed ?? 1);
  const activities = generate(seed.reps, seed.days, seed.perDay, seed.now, next, (at) => Math.min(seed.now - 1_000, at + Math.floor(next() * 600_000)));
  store(states, crms, activities);
  return activities.length;
}

/** A day of new activity (logged `from` … `to`), written as it happens: what an incremental read fetches. */
export function addTeamActivity(states: States, crms: readonly StandInCrmId[], seed: TeamSeed & { from: number }): number {
  const next = random((seed.seed ?? 1) + 7_919);
  const activities = generate(seed.reps, 1, seed.perDay, seed.now, next, () => 0).map((a) => {
    const at = Math.floor(seed.from + next() * (seed.now - seed.from));
    return { ...a, at, modifiedAt: at };
  });
  store(states, crms, activities.sort((a, b) => a.modifiedAt - b.modifiedAt));
  return activities.length;
}
