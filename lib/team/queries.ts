import type { CrmId } from '../crm/types';
import type { SopDatabase } from '../db/database';
import type { Period } from '../dashboard/input';
import { dayRange, type TeamDay } from './day-rows';
import type { TeamActivity } from './types';

/** The cached activities of a CRM in a period (by the `[crm+at]` index). */
export function activitiesIn(db: SopDatabase, crm: CrmId, period: Period): Promise<TeamActivity[]> {
  return db.teamActivities.where('[crm+at]').between([crm, period.from], [crm, period.to], true, false).toArray();
}


/** The day rows of a CRM in a period (by the `[crm+day]` index): what the team view sums. */
export function daysIn(db: SopDatabase, crm: CrmId, period: Period): Promise<TeamDay[]> {
  const [first, last] = dayRange(period);
  return db.teamDays.where('[crm+day]').between([crm, first], [crm, last], true, true).toArray();
}
