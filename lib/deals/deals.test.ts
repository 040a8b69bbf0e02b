import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { handlePageReport, RejectedMessageError, type Sender } from '../background/handle-page-report';
import { deleteContact, exportData, importData } from '../data/backup';
import { SopDatabase } from '../db/database';
import { dealInsight } from '../engine/deal-insight';
import type { ReportPageMessage } from '../messaging/protocol';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import { mapCrmStage } from '../playbook/crm-stages';
import { playbookSchema } from '../playbook/schema';
import type { CrmRecord } from '../sites/extraction-schema';
import { readReply } from '../reader/read-reply';
import { refreshQueue } from '../situation/queue-index';
import { judgeStaleRows } from '../situation/stale-rows';
import { setDealExitCriterion } from './update-deal';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const URL_ = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000HbLgQAAV/view';
const sender: Sender = { id: EXT, url: URL_, frameId: 0, tab: { id: 3 } };
const DAY = 86_400_000;
const NOW = new Date(2026, 10, 25, 12).getTime();

function record(overrides: Partial<CrmRecord> = {}): CrmRecord {
  return {
    type: 'deal',
    recordId: '0065g00000HbLgQAAV',
    name: 'Harbor – Fleet',
    stage: 'Proposal/Price Quote',
    amount: '$48,000.00',
    amountValue: 48_000,
    closeDate: '12/18/2026',
    closeAt: new Date(2026, 11, 18).getTime(),
    account: 'Harbor',
    contacts: [
      { name: 'Wei Zhang', title: 'COO', email: 'wei@harbor.example', role: 'Decision Maker', identity: 'email:wei@harbor.example' },
      { name: 'Tom Becker', title: 'IT Manager', identity: 'salesforce:0035g00000WzHoRAAV' },
      { name: 'No Identity' },
    ],
    activity: [{ text: 'She asked about the implementation timeline.', at: NOW - 10 * DAY }],
    fields: [{ label: 'Payment terms', value: '50% at signing, 50% at acceptance' }],
    ...overrides,
  };
}

function report(r: CrmRecord): ReportPageMessage {
  return { url: URL_, report: { status: 'extracted', result: { ok: true, kind: 'salesforce-opportunity', record: r, contact: { source: 'salesforce', identity: 'email:wei@harbor.example', name: 'Wei Zhang', email: 'wei@harbor.example' } } } };
}

let db: SopDatabase;
beforeEach(() => {
  db = new SopDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('storing CRM records', () => {
  it('stores the deal, a contact per identified person (same email → the contact already there), and points the tab at both', async () => {
    await db.contacts.add({ id: 'c-gmail' as never, identities: ['email:wei@harbor.example'], sources: ['gmail'], name: 'Wei Zhang', stage: 'discover', stageChangedAt: 1, createdAt: 1, capturedAt: 1 });
    await handlePageReport(db, report(record()), sender, EXT, NOW);
    const deal = await db.deals.get('salesforce:deal:0065g00000HbLgQAAV' as never);
    expect(deal?.contactIds).toHaveLength(2);
    expect(deal?.contactIds[0]).toBe('c-gmail');
    expect(await db.contacts.count()).toBe(2);
    expect((await db.contacts.get('c-gmail' as never))?.sources).toEqual(['gmail', 'salesforce']);
    expect(await db.tabStates.get(3)).toMatchObject({ status: 'captured', dealId: deal?.id, contactId: 'c-gmail' });
  });

  it('puts the deal\'s person first: the primary contact the page marks, though listed second, is the tab\'s contact', async () => {
    const people = record().contacts;
    const tom = { source: 'salesforce' as const, identity: 'salesforce:0035g00000WzHoRAAV', name: 'Tom Becker', title: 'IT Manager', company: 'Harbor' };
    const message = report(record({ contacts: people }));
    if (message.report.status !== 'extracted' || !message.report.result.ok) throw new Error('an extraction');
    message.report.result.contact = tom;
    await handlePageReport(db, message, sender, EXT, NOW);
    const deal = await db.deals.get('salesforce:deal:0065g00000HbLgQAAV' as never);
    const [first, second] = await db.contacts.bulkGet(deal?.contactIds ?? []);
    expect([first?.name, second?.name]).toEqual(['Tom Becker', 'Wei Zhang']);
    // The record stays as the page lists it.
    expect(deal?.record.contacts.map((c) => c.name)).toEqual(['Wei Zhang', 'Tom Becker', 'No Identity']);
    expect(await db.tabStates.get(3)).toMatchObject({ contactId: first?.id });
  });

  it('keeps what the rep ticked when the record is read again', async () => {
    await handlePageReport(db, report(record()), sender, EXT, NOW);
    await setDealExitCriterion(db, 'salesforce:deal:0065g00000HbLgQAAV' as never, 'terms_agreed', true);
    await handlePageReport(db, report(record({ stage: 'Negotiation/Review' })), sender, EXT, NOW + 1);
    const deal = await db.deals.get('salesforce:deal:0065g00000HbLgQAAV' as never);
    expect(deal?.exitCriteriaMet).toEqual(['terms_agreed']);
    expect(deal?.record.stage).toBe('Negotiation/Review');
  });

  it('refuses a CRM record reported from a site that is no CRM', async () => {
    const gmail: Sender = { ...sender, url: 'https://mail.google.com/mail/u/0/' };
    await expect(handlePageReport(db, { ...report(record()), url: 'https://mail.google.com/mail/u/0/#inbox/1' }, gmail, EXT, NOW)).rejects.toBeInstanceOf(RejectedMessageError);
    expect(await db.deals.count()).toBe(0);
  });

  it('deleting a contact removes them from the deal; backups carry deals both ways', async () => {
    await handlePageReport(db, report(record()), sender, EXT, NOW);
    const exported = await exportData(db, NOW);
    const tom = await db.contacts.where('identities').equals('salesforce:0035g00000WzHoRAAV').first();
    if (!tom) throw new Error('missing');
    await deleteContact(db, tom.id);
    const deal = await db.deals.get('salesforce:deal:0065g00000HbLgQAAV' as never);
    expect(deal?.record.contacts.map((c) => c.name)).toEqual(['Wei Zhang', 'No Identity']);
    expect(deal?.contactIds).not.toContain(tom.id);
    expect(await importData(db, exported, 'replace')).toMatchObject({ ok: true });
    expect((await db.deals.toArray())[0]?.record.contacts).toHaveLength(3);
  });
});

describe('a person the deal no longer names', () => {
  it('read again without them (EN/简/繁): they are judged on their own again, back in Today and listed by their own record, not the deal’s stage and tier', async () => {
    const judgeMarked = () => judgeStaleRows(db, (refs) => refreshQueue(db, refs, { playbook, now: NOW, read: readReply }));
    const people = [
      { name: 'Wei Zhang', title: 'COO', email: 'wei@harbor.example', role: 'Decision Maker', identity: 'email:wei@harbor.example' },
      { name: '刘洋', title: '采购经理', email: 'liuyang@harbor.example', identity: 'email:liuyang@harbor.example' },
      { name: '陳志強', title: '營運經理', email: 'chan@harbor.example', identity: 'email:chan@harbor.example' },
    ];
    await handlePageReport(db, report(record({ contacts: people })), sender, EXT, NOW);
    await judgeMarked();
    const byName = async (name: string) => (await db.contacts.where('name').equals(name).first()) ?? null;
    // On the deal: listed at its stage and tier (Contract, the buying signal in its activity · A), no row of their own in Today.
    for (const name of ['Wei Zhang', '刘洋', '陳志強']) expect([name, (await byName(name))?.judgedStage, (await byName(name))?.tier]).toEqual([name, 'close', 'A']);
    // The page read again names Wei alone: 刘洋 and 陳志強 are judged on their own (on main's build: kept at Contract · A, absent from Today until touched).
    await handlePageReport(db, report(record({ contacts: people.slice(0, 1) })), sender, EXT, NOW + DAY);
    await judgeMarked();
    expect([(await byName('Wei Zhang'))?.judgedStage, (await byName('Wei Zhang'))?.tier]).toEqual(['close', 'A']);
    for (const name of ['刘洋', '陳志強']) {
      const them = await byName(name);
      if (!them) throw new Error(`no ${name}`);
      expect([name, them.judgedStage, them.tier]).toEqual([name, undefined, undefined]);
      expect(await db.queue.get(`contact:${them.id}`), name).toBeDefined();
    }
  });
});

describe('dealInsight', () => {
  const facts = (r: CrmRecord) => ({ crm: 'salesforce' as const, record: r, capturedAt: NOW });

  it('maps the stage and finds no BANT gap: tier A', () => {
    const insight = dealInsight(facts(record()), playbook, NOW, 'en');
    expect(insight.stage).toEqual({ crm: 'Proposal/Price Quote', sop: 'negotiate' });
    expect(insight.bant.gaps).toEqual([]);
    expect(insight.bant.score.tier).toBe('A');
    expect(insight.bant.decisionMaker?.name).toBe('Wei Zhang');
    expect(insight.contract).toBeNull();
  });

  it('reads BANT gaps off the record: no amount, no decision maker, early stage, no close date', () => {
    const bare = record({ stage: 'Prospecting', contacts: [{ name: 'Li Wei', title: 'Head Chef', role: 'Evaluator' }], activity: [] });
    delete bare.amount;
    delete bare.amountValue;
    delete bare.closeAt;
    const insight = dealInsight(facts(bare), playbook, NOW, 'en');
    expect(insight.bant.gaps.map((g) => g.reason)).toEqual(['no-amount', 'no-decision-maker', 'early-stage', 'no-close-date']);
  });

  it('names a close date that reads both ways as unclear, not as missing', () => {
    const unclear = record({ closeDate: '05/01/2027' });
    delete unclear.closeAt;
    expect(dealInsight(facts(unclear), playbook, NOW, 'en').bant.gaps).toEqual([{ key: 'timeline', reason: 'close-date-unclear' }]);
  });

  it('flags an unmapped stage instead of guessing, and maps a lost deal to lost', () => {
    expect(dealInsight(facts(record({ stage: 'Security review' })), playbook, NOW, 'en').stage.sop).toBeNull();
    expect(dealInsight(facts(record({ stage: 'Closed Lost' })), playbook, NOW, 'en').stage.sop).toBe('lost');
  });

  it('lets a Won or Lost badge outrank the stage bar it sits beside (Pipedrive keeps the last open stage there)', () => {
    expect(dealInsight({ ...facts(record({ stage: 'Proposal Made', status: 'lost' })), crm: 'pipedrive' }, playbook, NOW, 'en').stage.sop).toBe('lost');
    expect(dealInsight({ ...facts(record({ stage: 'Negotiations Started', status: 'won' })), crm: 'pipedrive' }, playbook, NOW, 'en').stage.sop).toBe('deliver');
    expect(dealInsight({ ...facts(record({ stage: 'Negotiations Started' })), crm: 'pipedrive' }, playbook, NOW, 'en').stage.sop).toBe('negotiate');
  });

  it('at the contract stage, lists each checklist item with where the record shows it', () => {
    const insight = dealInsight(
      { crm: 'hubspot', record: record({ stage: 'Contract sent', activity: [{ text: 'Legal agreed the acceptance criteria: go-live test within 30 days.', at: NOW - DAY }] }), capturedAt: NOW },
      playbook,
      NOW,
      'en',
    );
    expect(insight.stage.sop).toBe('close');
    expect(Object.fromEntries((insight.contract ?? []).map((c) => [c.id, c.shown?.text ?? null]))).toEqual({
      payment_milestones: '50% at signing, 50% at acceptance',
      acceptance_standard: 'Legal agreed the acceptance criteria: go-live test within 30 days.',
      penalty_clause: null,
      internal_approval: null,
      archived: null,
    });
  });
});

describe('the CRM stage table', () => {
  it('matches stage names ignoring case, width and spacing around slashes', () => {
    expect(mapCrmStage(undefined, 'salesforce', 'proposal / price quote')).toBe('negotiate');
    expect(mapCrmStage(undefined, 'fxiaoke', '方案／报价')).toBe('present');
    expect(mapCrmStage(undefined, 'fxiaoke', '談判審核')).toBe('negotiate');
    expect(mapCrmStage(undefined, 'pipedrive', 'Security review')).toBeNull();
  });

  it('uses the team’s own rows when the playbook has them, and refuses a stage mapped twice', () => {
    expect(mapCrmStage([{ crm: 'pipedrive', stage: 'Security review', sop: 'negotiate' }], 'pipedrive', 'security review')).toBe('negotiate');
    const twice = { ...playbook, crmStages: [{ crm: 'pipedrive', stage: 'Demo', sop: 'present' }, { crm: 'pipedrive', stage: 'demo', sop: 'discover' }] };
    const result = playbookSchema.safeParse(twice);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['crmStages.1.stage']);
    expect(playbookSchema.safeParse({ ...playbook, crmStages: [{ crm: 'pipedrive', stage: 'Demo', sop: 'later' }] }).error?.issues[0]?.path).toEqual(['crmStages', 0, 'sop']);
  });
});

describe('a deal’s stage history', () => {
  it('keeps each CRM stage the deal was read in, once, when first read', async () => {
    await handlePageReport(db, report(record({ stage: 'Qualification' })), sender, EXT, NOW);
    await handlePageReport(db, report(record({ stage: 'Qualification' })), sender, EXT, NOW + DAY);
    await handlePageReport(db, report(record({ stage: 'Proposal/Price Quote' })), sender, EXT, NOW + 3 * DAY);
    const deal = await db.deals.get('salesforce:deal:0065g00000HbLgQAAV' as never);
    expect(deal?.stageHistory).toEqual([
      { stage: 'Qualification', at: NOW },
      { stage: 'Proposal/Price Quote', at: NOW + 3 * DAY },
    ]);
  });

  it('keeps the day it was first read won or lost, for the funnel (the stage bar may not move)', async () => {
    await handlePageReport(db, report(record({ stage: 'Proposal/Price Quote' })), sender, EXT, NOW);
    await handlePageReport(db, report(record({ stage: 'Proposal/Price Quote', status: 'lost' })), sender, EXT, NOW + 2 * DAY);
    await handlePageReport(db, report(record({ stage: 'Proposal/Price Quote', status: 'lost' })), sender, EXT, NOW + 5 * DAY);
    const id = 'salesforce:deal:0065g00000HbLgQAAV' as never;
    expect((await db.deals.get(id))?.statusAt).toBe(NOW + 2 * DAY);
    await handlePageReport(db, report(record({ stage: 'Proposal/Price Quote' })), sender, EXT, NOW + 6 * DAY);
    expect((await db.deals.get(id))?.statusAt).toBeUndefined();
  });
});
