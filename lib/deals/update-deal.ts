import type { SopDatabase } from '../db/database';
import { afterWrite } from '../situation/refresh-queue';
import type { DealId } from './deal';

/** Ticks or unticks an exit criterion the record cannot show ("customer confirmed the need"). */
export async function setDealExitCriterion(db: SopDatabase, id: DealId, criterion: string, met: boolean): Promise<void> {
  await db.transaction('rw', db.deals, async () => {
    const deal = await db.deals.get(id);
    if (!deal) return;
    const current = new Set(deal.exitCriteriaMet ?? []);
    if (met) current.add(criterion);
    else current.delete(criterion);
    await db.deals.put({ ...deal, exitCriteriaMet: [...current] });
  });
}

/** Puts the deal off until a day (null takes the snooze back). */
export async function snoozeDeal(db: SopDatabase, id: DealId, until: number | null, now: number): Promise<void> {
  await db.transaction('rw', db.deals, async () => {
    const deal = await db.deals.get(id);
    if (!deal) return;
    const { snooze: _dropped, ...rest } = deal;
    await db.deals.put(until === null ? rest : { ...rest, snooze: { until, at: now } });
  });
  await afterWrite(db, { dealIds: [id] });
}
