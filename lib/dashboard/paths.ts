import type { JudgedEntry } from '../db/records';
import { mapCrmStage, type MappedStage } from '../playbook/crm-stages';
import type { Playbook } from '../playbook/schema';
import { STAGE_IDS } from '../sop/stages';
import type { DashboardContact, DashboardDeal } from './input';

/** One entry of a contact or deal into a stage (or into `lost`). */
export interface StageEntry {
  stage: MappedStage;
  at: number;
}

/**
 * `contact:<id>` or `deal:<id>`, with the stages it went through, oldest first. A deal the panel
 * has only shown in a CRM stage the playbook does not map has an empty path: it is a lead (first
 * seen when first read), in no stage.
 */
export type StagePaths = Map<string, StageEntry[]>;

/** Where the panel put each row over time (lib/db/records.ts `JudgedPath`), by key. */
export type JudgedPaths = ReadonlyMap<string, readonly JudgedEntry[]>;

/**
 * The path as the panel showed it: the stages recorded up to the panel's first judged entry, then
 * the judged ones (a CRM stage not mapped is no stage), a repeat kept once. Without judged entries,
 * the recorded path; null when neither places it.
 */
export function followJudged(recorded: readonly StageEntry[], judged: readonly JudgedEntry[] | undefined): StageEntry[] | null {
  const first = judged?.[0];
  if (!judged || !first) return recorded.length > 0 ? [...recorded] : null;
  const path: StageEntry[] = [];
  const push = (stage: MappedStage, at: number) => {
    if (path.at(-1)?.stage !== stage) path.push({ stage, at });
  };
  for (const entry of recorded) if (entry.at <= first.at) push(entry.stage, entry.at);
  for (const entry of judged) if (entry.stage !== null) push(entry.stage, entry.at);
  return path;
}

export const stageRank = (stage: MappedStage): number => (stage === 'lost' ? -1 : STAGE_IDS.indexOf(stage));

/** Whether a deal is open work (a deal record, not an account). */
export const isDeal = (deal: DashboardDeal): boolean => deal.record.type === 'deal';

/**
 * The stages each contact and deal went through. A person on a deal follows the deal (as Today
 * does): they count once, as the deal. A contact's path is its stage history (or, without one,
 * its stage since it changed); a deal's is the CRM stages it was read in, mapped by the playbook
 * (unmapped ones left out, never guessed), a repeat of the same stage kept once. Where the panel's
 * judgment placed it (`judged`, Today's index kept it), the path follows the panel from its first
 * judged entry on ({@link followJudged}).
 */
export function stagePaths(contacts: readonly DashboardContact[], deals: readonly DashboardDeal[], playbook: Playbook, judged?: JudgedPaths): StagePaths {
  const paths: StagePaths = new Map();
  const onDeal = new Set<string>();
  const mapped = new Map<string, MappedStage | null>();
  const map = (crm: DashboardDeal['crm'], stage: string) => {
    const key = `${crm}\u0000${stage}`;
    let sop = mapped.get(key);
    if (sop === undefined) mapped.set(key, (sop = mapCrmStage(playbook.crmStages, crm, stage)));
    return sop;
  };
  for (const deal of deals) {
    if (!isDeal(deal)) continue;
    for (const id of deal.contactIds) onDeal.add(id);
    const read = deal.stageHistory ?? (deal.record.stage ? [{ stage: deal.record.stage, at: deal.createdAt }] : []);
    const path: StageEntry[] = [];
    for (const { stage, at } of read) {
      const sop = map(deal.crm, stage);
      if (sop !== null && path.at(-1)?.stage !== sop) path.push({ stage: sop, at });
    }
    // Won or lost in the CRM while its stage bar stays where it was (Pipedrive's badges): the outcome
    // ends the path, as the panel's judgment reads it (lost; won is signed, at delivery at least).
    const status = deal.record.status;
    const last = path.at(-1);
    const outcome: MappedStage | null = status === 'lost' ? 'lost' : status === 'won' && (!last || stageRank(last.stage) < STAGE_IDS.indexOf('deliver')) ? 'deliver' : null;
    if (outcome && last?.stage !== outcome) path.push({ stage: outcome, at: Math.max(deal.statusAt ?? deal.createdAt, last?.at ?? -Infinity) });
    const shown = followJudged(path, judged?.get(`deal:${deal.id}`));
    if (shown) paths.set(`deal:${deal.id}`, shown);
  }
  for (const contact of contacts) {
    if (onDeal.has(contact.id)) continue;
    const history = contact.stageHistory;
    const first = history?.[0];
    let path: StageEntry[];
    if (history && first) {
      path = [{ stage: first.from, at: contact.createdAt }];
      for (const move of history) path.push({ stage: move.to, at: move.at });
    } else path = [{ stage: contact.stage, at: contact.stageChangedAt }];
    paths.set(`contact:${contact.id}`, followJudged(path, judged?.get(`contact:${contact.id}`)) ?? path);
  }
  return paths;
}

/** Which path each contact's stage moves show in: their own, or their deal's. */
export function pathKeysOfContacts(deals: readonly DashboardDeal[]): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const deal of deals) {
    if (!isDeal(deal)) continue;
    for (const id of deal.contactIds) keys.set(id, [...(keys.get(id) ?? []), `deal:${deal.id}`]);
  }
  return keys;
}
