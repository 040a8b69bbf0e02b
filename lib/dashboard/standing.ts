import type { SopDatabase } from '../db/database';
import type { QueueEntry } from '../db/records';
import type { StoredDeal } from '../deals/deal';
import { mapCrmStage, type MappedStage } from '../playbook/crm-stages';
import type { Playbook } from '../playbook/schema';
import type { CrmSiteId } from '../sites/hosts';
import { STAGE_IDS, type StageId } from '../sop/stages';

/**
 * A record behind its conversation, for the manager to have updated: a deal whose CRM stage is
 * behind what its emails show (the deal keeps the CRM's stage until the rep updates the CRM), or a
 * person whose recorded stage is (the panel already shows the conversation's; the rep records it
 * in one click).
 */
export interface RecordBehind {
  key: string;
  name: string;
  /** The CRM holding the deal's record; null for a person, whose stage is recorded in this browser. */
  crm: CrmSiteId | null;
  /** The stage recorded: the CRM's own name on a deal, our stage on a person. */
  recorded: string;
  /**
   * Where the record itself places it: the CRM stage as the playbook maps it on a deal (null: a
   * stage it does not map), the recorded stage on a person. What the CRM still says, never the judgment.
   */
  recordedAt: MappedStage | null;
  /** The stage the conversation shows (where the panel, Today and the funnel's Now already put it). */
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
  /** Records behind their conversation: how many, and the first {@link AHEAD_SHOWN}, furthest conversation first. */
  ahead: { total: number; rows: RecordBehind[] };
  /** Deals in CRM stages the playbook does not map, per CRM and stage name, most deals first. */
  unmapped: UnmappedStage[];
}

/** Rows of the "behind" list shown and exported (the count says how many there are). */
export const AHEAD_SHOWN = 200;
/** Rows read per CRM stage name that is not mapped (a team has a few such names, each with few deals). */
const UNMAPPED_READ = 2000;

/**
 * Reads where things stand now from Today's index by its stage indexes: one count per stage, and
 * the few rows behind their conversation or in an unmapped stage; never a table.
 */
export async function readStanding(db: SopDatabase, playbook: Pick<Playbook, 'crmStages'>): Promise<Standing> {
  const stages: MappedStage[] = [...STAGE_IDS, 'lost'];
  const [counts, aheadTotal, aheadRows, unmappedRows] = await Promise.all([
    Promise.all(stages.map((stage) => db.queue.where('stage').equals(stage).count())),
    db.queue.orderBy('ahead').count(),
    db.queue.orderBy('ahead').reverse().limit(AHEAD_SHOWN).toArray(),
    db.queue.orderBy('unmapped').limit(UNMAPPED_READ).toArray(),
  ]);
  const byStage = Object.fromEntries(stages.map((stage, i) => [stage, counts[i] ?? 0])) as Record<MappedStage, number>;
  const dealIds = [...new Set([...aheadRows, ...unmappedRows].flatMap((row) => (row.dealId ? [row.dealId] : [])))];
  const personIds = aheadRows.flatMap((row) => (row.dealId === undefined && row.contactId ? [row.contactId] : []));
  const [dealRows, people] = await Promise.all([db.deals.bulkGet(dealIds), db.contacts.bulkGet(personIds)]);
  const deals = new Map<string, StoredDeal>();
  for (const deal of dealRows) if (deal) deals.set(deal.id, deal);
  const names = new Map<string, { name: string; stage: StageId }>();
  for (const person of people) if (person) names.set(person.id, { name: person.name, stage: person.stage });
  return { byStage, ahead: { total: aheadTotal, rows: behindOf(aheadRows, deals, names, playbook) }, unmapped: unmappedOf(unmappedRows, deals) };
}

const rank = (stage: StageId) => STAGE_IDS.indexOf(stage);

function behindOf(rows: readonly QueueEntry[], deals: ReadonlyMap<string, StoredDeal>, people: ReadonlyMap<string, { name: string; stage: StageId }>, playbook: Pick<Playbook, 'crmStages'>): RecordBehind[] {
  const list: RecordBehind[] = [];
  for (const row of rows) {
    if (!row.ahead) continue;
    const deal = row.dealId ? deals.get(row.dealId) : undefined;
    const person = !row.dealId && row.contactId ? people.get(row.contactId) : undefined;
    // (the row's own stage is the judgment's, the thread's on a record behind it: the CRM's is read from the record)
    if (deal) {
      const recorded = deal.record.stage ?? '';
      list.push({ key: row.key, name: deal.record.name, crm: deal.crm, recorded, recordedAt: recorded ? mapCrmStage(playbook.crmStages, deal.crm, recorded) : null, thread: row.ahead });
    } else if (person) list.push({ key: row.key, name: person.name, crm: null, recorded: person.stage, recordedAt: person.stage, thread: row.ahead });
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
