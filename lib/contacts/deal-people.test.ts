/**
 * People on an open deal, one stage and one tier on screen: the header of a person on a CRM deal shows the deal's stage
 * (its CRM's, or their thread's when further on) and the deal's tier (its record's BANT), and so does their Contacts row;
 * the Contacts stage and tier filters (through IndexedDB and from the search held in memory) and the dashboard's cadence
 * list them there too, not under the stage and the BANT recorded on the person. A person on two deals is listed by the
 * deal their header judges (the newest read). Today's index keeps it on them as it judges, only where it differs from the record.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tierOf } from '../dashboard/cadence';
import { SopDatabase } from '../db/database';
import type { DealId, StoredDeal } from '../deals/deal';
import { DEFAULT_PLAYBOOK as playbook } from '../playbook/default-playbook';
import type { TierId } from '../playbook/ids';
import { readReply } from '../reader/read-reply';
import type { CrmRecord } from '../sites/extraction-schema';
import type { CrmSiteId } from '../sites/hosts';
import { gatherSituation } from '../situation/gather';
import { buildQueue, judgeGathered, refreshQueue } from '../situation/queue-index';
import type { StageId } from '../sop/stages';
import { findContacts, queryWords, searchContacts } from './agenda';
import { listedStage } from './listed-stage';
import type { Contact, ContactId } from './schema';
import { ContactMemory } from './search-memory';
import { listedTier } from './tier';

const DAY = 86_400_000;
/** Monday 7 December 2026, 10:00. */
const NOW = new Date(2026, 11, 7, 10).getTime();
const context = { playbook, now: NOW, read: readReply };

/** A person first seen 40 days ago, at Prospecting unless said, with nothing recorded of BANT; the thread a page showed when given. */
function person(id: string, name: string, company: string, partial: Partial<Contact> = {}): Contact {
  return {
    id: id as ContactId,
    identities: [`email:${id}@example.com`],
    sources: ['linkedin'],
    name,
    company,
    stage: 'prospect',
    stageChangedAt: NOW - 40 * DAY,
    createdAt: NOW - 40 * DAY,
    capturedAt: NOW - 40 * DAY + id.length * 1000,
    ...partial,
  };
}

/** A CRM deal (or account) naming `people`, read `daysAgo` days ago. */
function deal(crm: CrmSiteId, recordId: string, people: readonly Contact[], record: Partial<CrmRecord>, daysAgo = 2): StoredDeal {
  return {
    id: `${crm}:deal:${recordId}` as DealId,
    crm,
    contactIds: people.map((p) => p.id),
    createdAt: NOW - 30 * DAY,
    capturedAt: NOW - daysAgo * DAY,
    record: { type: 'deal', recordId, name: `Deal ${recordId}`, contacts: [], activity: [], fields: [], ...record },
  };
}

/** Budget, authority and timeline shown on the record: a deal the playbook scores A once the need is clear. */
const known = (who: string, role: string) => ({ amountValue: 48_000, closeAt: NOW + 40 * DAY, contacts: [{ name: who, role }] });

// A Salesforce opportunity in Proposal/Price Quote (UK English), budget and a decision maker on it: Negotiation · A.
const oliver = person('uk', 'Oliver Grant', 'Harbour Foods');
const harbour = deal('salesforce', '0061', [oliver], { name: 'Harbour Foods – Cold chain', stage: 'Proposal/Price Quote', ...known('Oliver Grant', 'Decision Maker') });
// A 纷享销客 商机 in 谈判审核 (简体): 谈判 · A.
const liu = person('hans', '刘洋', '华东冷链');
const huadong = deal('fxiaoke', 'fx-1', [liu], { name: '华东冷链 监控项目', stage: '谈判审核', ...known('刘洋', '决策人') });
// A 纷享销客 商机 in 方案/報價 (繁體, Taiwan): the presentation stage, no amount on it yet.
const lin = person('tw', '林志豪', '台灣冷鏈', { title: '採購經理' });
const taiwan = deal('fxiaoke', 'fx-2', [lin], { name: '台灣冷鏈 監控專案', stage: '方案/報價', closeAt: NOW + 60 * DAY, contacts: [{ name: '林志豪', role: '決策人' }] });
// A HubSpot deal at "Contract sent" (Hong Kong), two people on it: both shown at Contract, the deal's tier.
const chan = person('hk', '陳志強', '港灣物流', { stage: 'qualify' });
const wong = person('hk-2', '黃嘉欣', '港灣物流');
const harbourHk = deal('hubspot', '9081', [chan, wong], { name: '港灣物流 冷鏈監察', stage: 'Contract sent', ...known('陳志強', '決策人') });

/** A person on two open deals: the newer deal read (Presentation scheduled) is the one their header judges, not the older at Proposal. */
const sara = person('two-deals', 'Sara Lindqvist', 'Nordic Cold');
const older = deal('salesforce', '0071', [sara], { name: 'Nordic Cold – Sensors', stage: 'Proposal/Price Quote', ...known('Sara Lindqvist', 'Economic Buyer') }, 9);
const newer = deal('hubspot', '7001', [sara], { name: 'Nordic Cold – Gateways', stage: 'Presentation scheduled' }, 1);

// Near misses, listed by their own record: on an account only (no deal), on a lost deal (the header says Lost: the
// stage recorded), on a deal at a stage the playbook does not map (named in the header, no stage of ours), on a deal at
// their recorded stage whose record scores their recorded tier (nothing kept: no write).
const account = person('account', 'Megan Ross', 'Ross Dairy');
const rossAccount: StoredDeal = { ...deal('salesforce', '001A', [account], { name: 'Ross Dairy' }), id: 'salesforce:account:001A' as DealId, record: { type: 'account', recordId: '001A', name: 'Ross Dairy', contacts: [], activity: [], fields: [] } };
const lost = person('lost', '周婷', '南方食品', { stage: 'qualify' });
const lostDeal = deal('fxiaoke', 'fx-3', [lost], { name: '南方食品', stage: '输单' });
const custom = person('custom', 'Jonas Weber', 'Weber Logistik');
const customDeal = deal('pipedrive', '1842', [custom], { name: 'Weber – Gateways', stage: 'Security review' });
const same = person('same', '何家豪', '九龍凍倉', { stage: 'negotiate', bant: { budget: 'confirmed', authority: 'decision-maker', need: 'clear', timelineMonths: 2 } });
const sameDeal = deal('hubspot', '9082', [same], { name: '九龍凍倉', stage: 'Decision maker bought-in', ...known('何家豪', '決策人') });

const PEOPLE = [oliver, liu, lin, chan, wong, sara, account, lost, custom, same];
const DEALS = [harbour, huadong, taiwan, harbourHk, older, newer, rossAccount, lostDeal, customDeal, sameDeal];

/** Where each is listed: the header's stage and tier (asserted to be the header's below). */
const EXPECTED: Record<string, { stage: StageId; tier: TierId | null }> = {
  uk: { stage: 'negotiate', tier: 'A' },
  hans: { stage: 'negotiate', tier: 'A' },
  tw: { stage: 'present', tier: 'B' },
  hk: { stage: 'close', tier: 'A' },
  'hk-2': { stage: 'close', tier: 'A' },
  'two-deals': { stage: 'present', tier: 'B' },
  account: { stage: 'prospect', tier: 'C' },
  lost: { stage: 'qualify', tier: 'C' },
  custom: { stage: 'prospect', tier: 'C' },
  same: { stage: 'negotiate', tier: 'A' },
};

let db: SopDatabase;
let memory: ContactMemory | undefined;
let n = 0;
beforeEach(async () => {
  db = new SopDatabase(`deal-people-${String(n++)}`);
  await db.contacts.bulkPut(PEOPLE);
  await db.deals.bulkPut(DEALS);
});
afterEach(async () => {
  memory?.close();
  memory = undefined;
  db.close();
  await Dexie.delete(db.name);
});

/** The header of a person's own page (their LinkedIn profile, their Gmail thread): the panel's judgment of what it gathers for them. */
async function header(id: string) {
  const gathered = await gatherSituation(db, { contactId: id as ContactId });
  const situation = judgeGathered(gathered, context);
  return { stage: situation.stage.id, tier: situation.tier, deal: gathered.deal?.id ?? null };
}

/** Who the Contacts filters list, through IndexedDB and from the search held in memory (a word typed: its own walk). */
async function listed(filter: { stage?: StageId; tier?: TierId }, words: string[] = []): Promise<{ store: string[]; memory: string[] }> {
  const store = (await findContacts(db, { ...filter, ...(words.length ? { query: words.join(' ') } : {}) }, playbook, 50)).contacts.map((c) => c.id).sort();
  memory ??= new ContactMemory(db, { rebuildAfterMs: 50 });
  await memory.build();
  return { store, memory: memory.find({ words: queryWords(words.join(' ')), ...filter }, playbook, 50).contacts.map((c) => c.id).sort() };
}

async function expectListedAsHeader(): Promise<void> {
  const stored = await db.contacts.toArray();
  for (const contact of PEOPLE) {
    const want = EXPECTED[contact.id];
    const shown = await header(contact.id);
    expect({ stage: shown.stage === 'lost' ? contact.stage : shown.stage, tier: shown.tier }, `${contact.id}: header`).toEqual(want);
    const now = stored.find((c) => c.id === contact.id);
    if (!now || !want) throw new Error(`${contact.id} is not stored`);
    expect.soft({ stage: listedStage(now), tier: listedTier(now, playbook) }, `${contact.id}: listed`).toEqual(want);
    expect.soft(tierOf(now, playbook), `${contact.id}: cadence`).toBe(want.tier ?? 'C');
    expect.soft(searchContacts([now], { stage: want.stage }, playbook).map((c) => c.id), contact.id).toEqual([contact.id]);
  }
  for (const stage of ['prospect', 'qualify', 'present', 'negotiate', 'close'] as const) {
    const ids = PEOPLE.filter((c) => EXPECTED[c.id]?.stage === stage).map((c) => c.id).sort();
    expect(await listed({ stage }), stage).toEqual({ store: ids, memory: ids });
  }
  for (const tier of ['A', 'B', 'C'] as const) {
    const ids = PEOPLE.filter((c) => EXPECTED[c.id]?.tier === tier).map((c) => c.id).sort();
    expect(await listed({ tier }), tier).toEqual({ store: ids, memory: ids });
  }
  // (a word typed walks the folded words: 港灣 finds both people on the Hong Kong deal, at Contract)
  expect(await listed({ stage: 'close' }, ['港灣'])).toEqual({ store: ['hk', 'hk-2'], memory: ['hk', 'hk-2'] });
}

/** What is kept on each person: only where the header differs from their record. */
async function keptOn(): Promise<[string, StageId | undefined, TierId | null | undefined][]> {
  return (await db.contacts.toArray()).filter((c) => c.judgedStage !== undefined || c.tier !== undefined).map((c): [string, StageId | undefined, TierId | null | undefined] => [c.id, c.judgedStage, c.tier]).sort(([a], [b]) => (a < b ? -1 : 1));
}

const KEPT: [string, StageId | undefined, TierId | null | undefined][] = [
  ['hans', 'negotiate', 'A'],
  ['hk', 'close', 'A'],
  ['hk-2', 'close', 'A'],
  ['tw', 'present', 'B'],
  ['two-deals', 'present', 'B'],
  ['uk', 'negotiate', 'A'],
];

describe('a person on an open deal is listed under the stage and tier their header shows', () => {
  it('after a capture Today’s index re-judges the deal: its people (EN/简/繁) listed at the deal’s stage and tier; accounts, lost or unmapped deals and a record that agrees keep nothing', async () => {
    await refreshQueue(db, { dealIds: DEALS.map((d) => d.id) }, context);
    await expectListedAsHeader();
    expect(await keptOn()).toEqual(KEPT);
    // The header of the person on two deals judges the newer one: the filter follows it.
    expect((await header('two-deals')).deal).toBe(newer.id);
    // The recorded stage is untouched: the rep moves it, never the index.
    expect((await db.contacts.get(oliver.id))?.stage).toBe('prospect');
  });

  it('Today’s index built from scratch (an upgrade, an import) keeps the same', async () => {
    await buildQueue(db, context);
    await expectListedAsHeader();
    expect(await keptOn()).toEqual(KEPT);
  });

  it('the deal moves on (Contract sent): its people move in the filter with it; a person taken off the deal is listed by their own record again', async () => {
    await refreshQueue(db, { dealIds: DEALS.map((d) => d.id) }, context);
    await db.deals.put({ ...harbour, capturedAt: NOW, record: { ...harbour.record, stage: 'Negotiation/Review' } });
    await db.deals.put({ ...huadong, capturedAt: NOW, record: { ...huadong.record, stage: '赢单' } });
    await refreshQueue(db, { dealIds: [harbour.id, huadong.id] }, context);
    expect((await header(liu.id)).stage).toBe('deliver');
    expect(await listed({ stage: 'deliver' })).toEqual({ store: [liu.id], memory: [liu.id] });
    expect(await listed({ stage: 'negotiate' })).toEqual({ store: [oliver.id, same.id].sort(), memory: [oliver.id, same.id].sort() });
    // 黃嘉欣 is taken off the Hong Kong deal (the page read again without her): back to Prospecting, tier C.
    await db.deals.put({ ...harbourHk, contactIds: [chan.id], capturedAt: NOW });
    await refreshQueue(db, { dealIds: [harbourHk.id], contactIds: [wong.id] }, context);
    const her = await db.contacts.get(wong.id);
    expect([her?.judgedStage, her?.tier]).toEqual([undefined, undefined]);
    expect(await header(wong.id)).toEqual({ stage: 'prospect', tier: 'C', deal: null });
  });
});
