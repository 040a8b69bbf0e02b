import { scoreBant, UNKNOWN_BANT } from '../engine/bant';
import { TIER_IDS, type TierId } from '../playbook/ids';
import type { Playbook } from '../playbook/schema';
import { STAGE_IDS } from '../sop/stages';
import { addDays, daysBetween, type DashboardContact, type DashboardTouch, type Period } from './input';

export interface CadenceRow {
  tier: TierId;
  /** Days between follow-ups by the tier's cadence, as the judgment rounds them. */
  everyDays: number;
  /** Follow-ups made in the period by the day the previous one set. */
  onTime: number;
  /** Follow-ups made in the period after that day. */
  late: number;
  /** Follow-ups due in the gaps and never made (a gap of three cadences: one late, one skipped). */
  skipped: number;
  /** onTime ÷ (onTime + late + skipped); null with nothing due. */
  keptShare: number | null;
}

export interface TouchDay {
  day: number;
  outbound: number;
  inbound: number;
}

export interface Cadence {
  rows: CadenceRow[];
  /** Every day of the period, oldest first. */
  perDay: TouchDay[];
  /** All follow-ups: on time ÷ due. */
  keptShare: number | null;
}

/** The tier the judgment gives a contact: what the rep recorded of BANT, C when none. */
export function tierOf(contact: Pick<DashboardContact, 'bant'>, playbook: Playbook): TierId {
  return scoreBant(contact.bant ?? UNKNOWN_BANT, playbook, 'en').tier ?? 'C';
}

/** Days between follow-ups of a tier (twice a week → 4: the judgment rounds 3.5 the same way). */
export function everyDaysOf(playbook: Playbook, tier: TierId): number {
  const info = playbook.tiers.find((t) => t.id === tier);
  return Math.round(info ? info.cadence.perDays / info.cadence.touches : 7);
}

/**
 * Cadence kept, per tier: each outbound touch in the period is measured from the contact's
 * previous outbound touch against the tier's cadence (DOMAIN.md § 3), by local days as the
 * judgment dates a follow-up: on time by the due day, else late, and every further cadence the gap
 * spans is a follow-up skipped. Contacts in delivery and after-sales follow their own revisit
 * rhythm and are left out. Also touches per day, both ways.
 */
export function computeCadence(contacts: readonly DashboardContact[], touches: readonly DashboardTouch[], playbook: Playbook, period: Period): Cadence {
  const outbound = new Map<string, number[]>();
  const days = new Map<number, TouchDay>();
  for (let day = period.from; day < period.to; day = addDays(day, 1)) days.set(day, { day, outbound: 0, inbound: 0 });
  for (const touch of touches) {
    if (touch.at >= period.from && touch.at < period.to) {
      const row = days.get(addDays(touch.at, 0));
      if (row) row[touch.direction]++;
    }
    if (touch.direction !== 'outbound' || touch.at >= period.to) continue;
    const list = outbound.get(touch.contactId);
    if (list) list.push(touch.at);
    else outbound.set(touch.contactId, [touch.at]);
  }
  const acc = new Map(TIER_IDS.map((tier) => [tier, { onTime: 0, late: 0, skipped: 0 }]));
  const deliver = STAGE_IDS.indexOf('deliver');
  for (const contact of contacts) {
    const times = outbound.get(contact.id);
    if (!times || times.length < 2 || STAGE_IDS.indexOf(contact.stage) >= deliver) continue;
    times.sort((a, b) => a - b);
    const tier = tierOf(contact, playbook);
    const every = everyDaysOf(playbook, tier);
    const row = acc.get(tier);
    if (!row) continue;
    for (let i = 1; i < times.length; i++) {
      const at = times[i] ?? 0;
      if (at < period.from) continue;
      const gap = daysBetween(times[i - 1] ?? 0, at);
      if (gap <= every) row.onTime++;
      else {
        row.late++;
        row.skipped += Math.floor(gap / every) - 1;
      }
    }
  }
  const share = (r: { onTime: number; late: number; skipped: number }) => {
    const due = r.onTime + r.late + r.skipped;
    return due > 0 ? r.onTime / due : null;
  };
  const rows = TIER_IDS.map((tier): CadenceRow => {
    const r = acc.get(tier) ?? { onTime: 0, late: 0, skipped: 0 };
    return { tier, everyDays: everyDaysOf(playbook, tier), ...r, keptShare: share(r) };
  });
  const total = rows.reduce((sum, r) => ({ onTime: sum.onTime + r.onTime, late: sum.late + r.late, skipped: sum.skipped + r.skipped }), { onTime: 0, late: 0, skipped: 0 });
  return { rows, perDay: [...days.values()], keptShare: share(total) };
}
