import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SopDatabase } from '../db/database';
import type { QueueEntry } from '../db/records';
import type { Contact, ContactId } from '../contacts/schema';
import type { DealId, StoredDeal } from '../deals/deal';
import { DEFAULT_CRM_STAGES } from '../playbook/crm-stages';
import { stageOfRow } from '../situation/queue-index';
import type { Situation, StageEvidence } from '../situation/types';
import { readStanding } from './standing';

const NOW = Date.UTC(2026, 11, 6, 9);

const deal = (recordId: string, name: string, stage: string, crm: StoredDeal['crm'] = 'pipedrive'): StoredDeal => ({
  id: `${crm}:deal:${recordId}` as DealId,
  crm,
  record: { type: 'deal', recordId, name, stage, contacts: [], activity: [], fields: [] },
  contactIds: [],
  createdAt: NOW,
  capturedAt: NOW,
});

const judged = (id: Situation['stage']['id'], evidence: StageEvidence[], crmBehind: StageEvidence | null = null): Situation => ({ stage: { id, stored: 'prospect', suggested: null, crmBehind, crmAhead: null, evidence } }) as Situation;

describe('where a row stands, as the panel shows it', () => {
  it('a deal whose thread is past its CRM stage keeps the CRM’s stage and names the thread’s', () => {
    const crm: StageEvidence = { kind: 'crm', stage: 'discover', quote: '需求确定' };
    const signal: StageEvidence = { kind: 'buying-signal', stage: 'close', quote: '合同流程怎么走？' };
    expect(stageOfRow(judged('discover', [crm, signal], signal), deal('1', 'Cold store', '需求确定'))).toEqual({ stage: 'discover', ahead: 'close' });
  });

  it('a deal in a CRM stage the playbook does not map is named, not counted as Prospecting', () => {
    expect(stageOfRow(judged('prospect', [{ kind: 'stored', stage: 'prospect', quote: '' }]), deal('2', 'Sensors', 'Security review'))).toEqual({ unmapped: 'Security review' });
    // The thread places it: counted where the thread puts it, as the panel shows it.
    expect(stageOfRow(judged('negotiate', [{ kind: 'quote', stage: 'negotiate', quote: 'the quote attached' }]), deal('3', 'Scanners', 'Security review'))).toEqual({ stage: 'negotiate' });
  });

  it('a person on no deal is counted at the judgment’s stage; a lost deal as lost', () => {
    // Recorded at Prospecting, the proposal seen in the thread: the panel shows Presentation, and the record is behind it.
    expect(stageOfRow(judged('present', [{ kind: 'proposal', stage: 'present', quote: 'proposal attached' }]), null)).toEqual({ stage: 'present', ahead: 'present' });
    expect(stageOfRow({ stage: { id: 'present', stored: 'present', suggested: null, crmBehind: null, crmAhead: null, evidence: [] } } as unknown as Situation, null)).toEqual({ stage: 'present' });
    expect(stageOfRow(judged('lost', [{ kind: 'crm', stage: 'lost', quote: 'Closed lost' }]), deal('4', 'Gone', 'Closed lost'))).toEqual({ stage: 'lost' });
  });
});

describe('readStanding', () => {
  const db = new SopDatabase('standing-test');
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('counts Today’s rows per stage by the index and lists the deals ahead of their record and the stages not mapped', async () => {
    const deals = [deal('1', 'Cold store', '需求确定', 'fxiaoke'), deal('2', 'Sensors', 'Security review'), deal('3', 'Probes', 'Security review'), deal('4', 'Pumps', 'Appointment scheduled', 'hubspot'), deal('5', 'Valves', 'Legal check', 'hubspot')];
    const id = (i: number) => deals[i]?.id ?? ('' as DealId);
    await db.deals.bulkPut(deals);
    await db.contacts.put({ id: 'p', name: 'Mei Lin Chen', stage: 'prospect', identities: ['linkedin:mei'], sources: ['gmail'], createdAt: NOW, capturedAt: NOW, stageChangedAt: NOW } as unknown as Contact);
    const row = (key: string, extra: Partial<QueueEntry>): QueueEntry => ({ key, tier: 2, due: NOW, ...extra });
    await db.queue.bulkPut([
      row('deal:fxiaoke:deal:1', { dealId: id(0), stage: 'discover', ahead: 'close' }),
      row('deal:pipedrive:deal:2', { dealId: id(1), unmapped: 'Security review' }),
      row('deal:pipedrive:deal:3', { dealId: id(2), unmapped: 'Security review' }),
      row('deal:hubspot:deal:4', { dealId: id(3), stage: 'qualify', ahead: 'present' }),
      row('deal:hubspot:deal:5', { dealId: id(4), unmapped: 'Legal check' }),
      row('contact:a', { stage: 'discover' }),
      row('contact:p', { contactId: 'p' as ContactId, stage: 'negotiate', ahead: 'negotiate' }),
      row('contact:b', { stage: 'retain' }),
    ]);
    const standing = await readStanding(db, {});
    expect(standing.byStage).toMatchObject({ prospect: 0, qualify: 1, discover: 2, negotiate: 1, retain: 1, lost: 0 });
    expect(standing.ahead.total).toBe(3);
    // The furthest conversation first: the contract asked for, then the quote, then the proposal seen.
    expect(standing.ahead.rows).toEqual([
      { key: 'deal:fxiaoke:deal:1', name: 'Cold store', crm: 'fxiaoke', recorded: '需求确定', recordedAt: 'discover', thread: 'close' },
      { key: 'contact:p', name: 'Mei Lin Chen', crm: null, recorded: 'prospect', recordedAt: 'prospect', thread: 'negotiate' },
      { key: 'deal:hubspot:deal:4', name: 'Pumps', crm: 'hubspot', recorded: 'Appointment scheduled', recordedAt: 'qualify', thread: 'present' },
    ]);
    expect(standing.unmapped).toEqual([
      { crm: 'pipedrive', stage: 'Security review', deals: 2 },
      { crm: 'hubspot', stage: 'Legal check', deals: 1 },
    ]);
  });
});

describe('the records behind: what the record says, not the judgment', () => {
  const db = new SopDatabase('standing-behind-test');
  afterEach(async () => {
    db.close();
    await Dexie.delete(db.name);
  });

  it('a deal the judgment puts where its thread is still shows its CRM stage (mapped by the team’s table) and the thread’s beside it', async () => {
    const deals = [deal('1', 'Cold store', '需求确定', 'fxiaoke'), deal('2', 'Scanners', 'Proposal Made'), deal('3', 'Valves', 'Legal check', 'hubspot')];
    await db.deals.bulkPut(deals);
    // As Today's index stores them now: the row's stage is the judgment's, which is the thread's.
    await db.queue.bulkPut([
      { key: 'deal:fxiaoke:deal:1', dealId: deals[0]?.id as DealId, tier: 1, due: NOW, stage: 'close', ahead: 'close' },
      { key: 'deal:pipedrive:deal:2', dealId: deals[1]?.id as DealId, tier: 1, due: NOW, stage: 'close', ahead: 'close' },
      { key: 'deal:hubspot:deal:3', dealId: deals[2]?.id as DealId, tier: 1, due: NOW, stage: 'negotiate', ahead: 'negotiate' },
    ]);
    // A team table that maps Legal check (the default does not).
    const { rows } = (await readStanding(db, { crmStages: [...DEFAULT_CRM_STAGES, { crm: 'hubspot', stage: 'Legal check', sop: 'present' }] })).ahead;
    const byName = new Map(rows.map((r) => [r.name, r]));
    expect(byName.get('Cold store')).toMatchObject({ recorded: '需求确定', recordedAt: 'discover', thread: 'close' });
    expect(byName.get('Scanners')).toMatchObject({ recorded: 'Proposal Made', recordedAt: 'negotiate', thread: 'close' });
    expect(byName.get('Valves')).toMatchObject({ recorded: 'Legal check', recordedAt: 'present', thread: 'negotiate' });
    for (const r of rows) expect(r.recordedAt, r.name).not.toBe(r.thread);
    // Without the team's row the stage is not mapped: the CRM's word alone, never the thread's stage.
    expect((await readStanding(db, {})).ahead.rows.find((r) => r.name === 'Valves')).toMatchObject({ recorded: 'Legal check', recordedAt: null });
  });
});
