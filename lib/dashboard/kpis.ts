import { median, DAY, type DashboardDeal, type DashboardTouch, type Period } from './input';
import { isDeal, stageRank, type StagePaths } from './paths';

export interface Kpis {
  /** Contacts and deals first seen in the period. */
  newLeads: number;
  /** Of those, signed (entered delivery) since. */
  newSigned: number;
  /** newSigned ÷ newLeads. */
  conversion: number | null;
  /** Signed in the period, and losses in it (a deal lost, reopened and lost again counts twice). */
  signed: number;
  lost: number;
  /** signed ÷ (signed + lost). */
  winRate: number | null;
  /** Median whole days from the first touch (or first seen) to signed, of those signed in the period. */
  cycleDays: number | null;
}

/** The first move into delivery or beyond from an earlier stage: the day the contract was signed. */
export function signedAt(path: readonly { stage: string; at: number }[]): number | null {
  const deliver = stageRank('deliver');
  for (let i = 1; i < path.length; i++) {
    const entry = path[i];
    const before = path[i - 1];
    if (entry && before && entry.stage !== 'lost' && before.stage !== 'lost' && stageRank(entry.stage as never) >= deliver && stageRank(before.stage as never) < deliver) return entry.at;
  }
  return null;
}

/** The KPIs of DOMAIN.md § 7 that this browser's data can tell (revenue, CAC, retention and satisfaction come from the CRM). */
export function computeKpis(paths: StagePaths, deals: readonly DashboardDeal[], touches: readonly DashboardTouch[], period: Period): Kpis {
  const people = new Map<string, readonly string[]>();
  const firstRead = new Map<string, number>();
  for (const deal of deals) {
    if (!isDeal(deal)) continue;
    people.set(`deal:${deal.id}`, deal.contactIds);
    firstRead.set(`deal:${deal.id}`, deal.createdAt);
  }
  const inPeriod = (at: number) => at >= period.from && at < period.to;
  let newLeads = 0;
  let newSigned = 0;
  let signed = 0;
  let lost = 0;
  const signedPaths: { key: string; start: number; signed: number }[] = [];
  for (const [key, path] of paths) {
    // A deal the panel only showed in a CRM stage not mapped is a lead from when it was first read.
    const first = path[0] ?? (firstRead.has(key) ? { at: firstRead.get(key) ?? 0 } : undefined);
    if (!first) continue;
    const signedDay = signedAt(path);
    if (inPeriod(first.at)) {
      newLeads++;
      if (signedDay !== null) newSigned++;
    }
    for (const entry of path) if (entry.stage === 'lost' && inPeriod(entry.at)) lost++;
    if (signedDay === null || !inPeriod(signedDay)) continue;
    signed++;
    signedPaths.push({ key, start: first.at, signed: signedDay });
  }
  // The first touch of only the people of what was signed.
  const firstTouch = new Map<string, number>();
  for (const { key } of signedPaths) for (const id of people.get(key) ?? [key.slice('contact:'.length)]) firstTouch.set(id, Infinity);
  for (const t of touches) {
    const known = firstTouch.get(t.contactId);
    if (known !== undefined && t.at < known) firstTouch.set(t.contactId, t.at);
  }
  const cycles = signedPaths.map(({ key, start, signed: at }) => {
    let from = start;
    for (const id of people.get(key) ?? [key.slice('contact:'.length)]) from = Math.min(from, firstTouch.get(id) ?? Infinity);
    return Math.floor((at - from) / DAY);
  });
  return kpisOf({ newLeads, newSigned, signed, lost, cycles });
}

/** The KPIs from their counts (and the cycle lengths in days): the rates and the median, one formula for records and for day rows. */
export function kpisOf({ newLeads, newSigned, signed, lost, cycles }: { newLeads: number; newSigned: number; signed: number; lost: number; cycles: readonly number[] }): Kpis {
  return {
    newLeads,
    newSigned,
    conversion: newLeads > 0 ? newSigned / newLeads : null,
    signed,
    lost,
    winRate: signed + lost > 0 ? signed / (signed + lost) : null,
    cycleDays: median(cycles),
  };
}
