import type { SopDatabase } from '../db/database';
import type { QueueEntry } from '../db/records';
import type { StoredDeal } from '../deals/deal';
import type { MappedStage } from '../playbook/crm-stages';
import type { CrmSiteId } from '../sites/hosts';
import { STAGE_IDS, type StageId } from '../sop/stages';

/** A deal whose conversation is past its CRM record: what the manager asks the rep to update. */
export interface DealAhead {
  dealId: string;
  name: string;
  crm: CrmSiteId;
  /** The stage as the CRM record has it (its own name). */
  crmStage: string;
  /** Where the panel puts the deal (the CRM's stage, mapped), and where its conversation is. */
  stage: MappedStage | null;
  thread: StageId;
}

/** A CRM stage the playbook does not map, with the deals the panel shows in it as "not mapped". */
export interface UnmappedStage {
  crm: CrmSiteId;
  stage: string;
  deals: number;
}

/** Where the open deals and people stand now, as the panel and Today show them (Today's index, schema 12). */
export interface Standing {
  /** Today's rows per stage the judgment puts them at (a person on a deal counts once, as the deal). */
  byStage: Record<MappedStage, number>;
  /** Deals whose conversation is ahead of their CRM record: how many, and the first {@link AHEAD_SHOWN}, furthest conversation first. */
  ahead: { total: number; deals: DealAhead[] };
  /** Deals in CRM stages the playbook does not map, per CRM and stage name, most deals first. */
  unmapped: UnmappedStage[];
}

/** Deals of the "ahead" list shown and exported (the count says how many there are). */
export const AHEAD_SHOWN = 200;
/** Rows read per CRM stage name that is not mapped (a team has a few such names, each with few deals). */
const UNMAPPED_READ = 2000;

/**
 * Reads where things stand now from Today's index by its stage indexes: one count per stage, and
 * the few rows of deals ahead of their record or in an unmapped stage; never a table.
 */
export async function readStanding(db: SopDatabase): Promise<Standing> {
  const stages: MappedStage[] = [...STAGE_IDS, 'lost'];
  const [counts, aheadTotal, aheadRows, unmappedRows] = await Promise.all([
    Promise.all(stages.map((stage) => db.queue.where('stage').equals(stage).count())),
    db.queue.orderBy('ahead').count(),
    db.queue.orderBy('ahead').reverse().limit(AHEAD_SHOWN).toArray(),
    db.queue.orderBy('unmapped').limit(UNMAPPED_READ).toArray(),
  ]);
  const byStage = Object.fromEntries(stages.map((stage, i) => [stage, counts[i] ?? 0])) as Record<MappedStage, number>;
  const dealIds = [...new Set([...aheadRows, ...unmappedRows].flatMap((row) => (row.dealId ? [row.dealId] : [])))];
  const deals = new Map<string, StoredDeal>();
  for (const deal of await db.deals.bulkGet(dealIds)) if (deal) deals.set(deal.id, deal);
  return { byStage, ahead: { total: aheadTotal, deals: aheadOf(aheadRows, deals) }, unmapped: unmappedOf(unmappedRows, deals) };
}

const rank = (stage: StageId) => STAGE_IDS.indexOf(stage);

function aheadOf(rows: readonly QueueEntry[], deals: ReadonlyMap<string, StoredDeal>): DealAhead[] {
  const list: DealAhead[] = [];
  for (const row of rows) {
    const deal = row.dealId ? deals.get(row.dealId) : undefined;
    if (!deal || !row.ahead) continue;
    list.push({ dealId: deal.id, name: deal.record.name, crm: deal.crm, crmStage: deal.record.stage ?? '', stage: row.stage ?? null, thread: row.ahead });
  }
  // The furthest conversation first (a contract asked for before a proposal seen), then by name.
  return list.sort((a, b) => rank(b.thread) - rank(a.thread) || a.name.localeCompare(b.name));
}

function unmappedOf(rows: readonly QueueEntry[], deals: ReadonlyMap<string, StoredDeal>): UnmappedStage[] {
  const groups = new Map<string, UnmappedStage>();
  for (const row of rows) {
    const deal = row.dealId ? deals.get(row.dealId) : undefined;
    if (!deal || !row.unmapped) continue;
    const key = `${deal.crm}\u0000${row.unmapped}`;
    const group = groups.get(key) ?? { crm: deal.crm, stage: row.unmapped, deals: 0 };
    group.deals++;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.deals - a.deals || a.stage.localeCompare(b.stage));
}
