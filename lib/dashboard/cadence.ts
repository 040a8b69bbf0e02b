import { listedStage } from '../contacts/listed-stage';
import { scoreBantAt, UNKNOWN_BANT } from '../engine/bant';
import { TIER_IDS, type TierId } from '../playbook/ids';
import type { Playbook } from '../playbook/schema';
import { STAGE_IDS } from '../sop/stages';
import { addDays, dayNumber, LOOKBACK_DAYS, type DashboardContact, type DashboardTouch, type Period } from './input';

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

const tiers = new WeakMap<Playbook, Map<string, TierId>>();

/**
 * The tier the judgment gives a contact: what the rep recorded of BANT, read with what the stage shows
 * (at negotiation or contract the BANT nobody recorded is shown in fact: `scoreBantAt`), C when none
 * (scored once per distinct BANT and stage); a tier already judged (the one a rep's browser logged to
 * the CRM, the panel's kept on a contact: `lib/contacts/tier.ts`) is taken as is.
 */
export function tierOf(contact: Pick<DashboardContact, 'bant' | 'tier' | 'stage'>, playbook: Playbook): TierId {
  if (contact.tier !== undefined) return contact.tier ?? 'C';
  const bant = contact.bant ?? UNKNOWN_BANT;
  const key = `${bant.budget}|${bant.authority}|${bant.need}|${String(bant.timelineMonths)}|${contact.stage}`;
  let known = tiers.get(playbook);
  if (!known) tiers.set(playbook, (known = new Map<string, TierId>()));
  let tier = known.get(key);
  if (tier === undefined) known.set(key, (tier = scoreBantAt(bant, contact.stage, playbook, 'en').tier ?? 'C'));
  return tier;
}

/**
 * Whether a contact's follow-ups are measured against their tier's cadence: not once the panel shows them in delivery
 * or after-sales (their recorded stage, or the one it shows them at: a won deal they are on), which follow their own revisit rhythm.
 */
export function onCadence(contact: Pick<DashboardContact, 'stage' | 'judgedStage'>): boolean {
  return STAGE_IDS.indexOf(listedStage(contact)) < STAGE_IDS.indexOf('deliver');
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
 * spans is a follow-up skipped; a follow-up more than `LOOKBACK_DAYS` after the one before starts
 * the count again (it is not measured). Contacts in delivery and after-sales follow their own revisit
 * rhythm and are left out ({@link onCadence}). Also touches per day, both ways.
 */
export function computeCadence(contacts: readonly DashboardContact[], touches: readonly DashboardTouch[], playbook: Playbook, period: Period): Cadence {
  const perDay: TouchDay[] = [];
  for (let day = period.from; day < period.to; day = addDays(day, 1)) perDay.push({ day, outbound: 0, inbound: 0 });
  const first = dayNumber(period.from);
  // Each contact's outbound days, grouped by a counting sort into one typed array (no array per contact).
  const index = new Map<string, number>();
  contacts.forEach((contact, i) => index.set(contact.id, i));
  const counts = new Int32Array(contacts.length + 1);
  const owner = new Int32Array(touches.length).fill(-1);
  touches.forEach((touch, t) => {
    if (touch.at >= period.from && touch.at < period.to) {
      const row = perDay[dayNumber(touch.at) - first];
      if (row) row[touch.direction]++;
    }
    if (touch.direction !== 'outbound' || touch.at >= period.to) return;
    const i = index.get(touch.contactId);
    if (i === undefined) return;
    owner[t] = i;
    counts[i + 1] = (counts[i + 1] ?? 0) + 1;
  });
  for (let i = 1; i < counts.length; i++) counts[i] = (counts[i] ?? 0) + (counts[i - 1] ?? 0);
  const days = new Float64Array(counts[contacts.length] ?? 0);
  const fill = counts.slice(0, contacts.length);
  touches.forEach((touch, t) => {
    const i = owner[t] ?? -1;
    if (i < 0) return;
    days[fill[i] ?? 0] = touch.at;
    fill[i] = (fill[i] ?? 0) + 1;
  });

  const acc = new Map(TIER_IDS.map((tier) => [tier, { onTime: 0, late: 0, skipped: 0 }]));
  contacts.forEach((contact, c) => {
    const from = counts[c] ?? 0;
    const to = counts[c + 1] ?? 0;
    if (to - from < 2 || !onCadence(contact)) return;
    const times = days.subarray(from, to).sort();
    const tier = tierOf(contact, playbook);
    const every = everyDaysOf(playbook, tier);
    const row = acc.get(tier);
    if (!row) return;
    for (let i = 1; i < times.length; i++) {
      const at = times[i] ?? 0;
      if (at < period.from) continue;
      const gap = dayNumber(at) - dayNumber(times[i - 1] ?? 0);
      if (gap <= LOOKBACK_DAYS) countGap(row, gap, every);
    }
  });
  return cadenceOf(acc, perDay, playbook);
}

export interface CadenceCounts {
  onTime: number;
  late: number;
  skipped: number;
}

/** A follow-up `gap` days after the one before, against a cadence of `every` days: on time, or late with the follow-ups skipped in between. */
export function countGap(row: CadenceCounts, gap: number, every: number, n = 1): void {
  if (gap <= every) row.onTime += n;
  else {
    row.late += n;
    row.skipped += (Math.floor(gap / every) - 1) * n;
  }
}

/** The cadence rows per tier and overall from each tier's counts. */
export function cadenceOf(acc: ReadonlyMap<TierId, CadenceCounts>, perDay: TouchDay[], playbook: Playbook): Cadence {
  const share = (r: { onTime: number; late: number; skipped: number }) => {
    const due = r.onTime + r.late + r.skipped;
    return due > 0 ? r.onTime / due : null;
  };
  const rows = TIER_IDS.map((tier): CadenceRow => {
    const r = acc.get(tier) ?? { onTime: 0, late: 0, skipped: 0 };
    return { tier, everyDays: everyDaysOf(playbook, tier), ...r, keptShare: share(r) };
  });
  const total = rows.reduce((sum, r) => ({ onTime: sum.onTime + r.onTime, late: sum.late + r.late, skipped: sum.skipped + r.skipped }), { onTime: 0, late: 0, skipped: 0 });
  return { rows, perDay, keptShare: share(total) };
}
