import type { BantFacts } from '../engine/bant';
import type { MappedStage } from '../playbook/crm-stages';
import type { TierId } from '../playbook/ids';
import type { Playbook } from '../playbook/schema';
import type { CrmSiteId } from '../sites/hosts';
import type { StageId } from '../sop/stages';

/** What the dashboard needs of a contact (a stored `Contact` is one). */
export interface DashboardContact {
  id: string;
  stage: StageId;
  createdAt: number;
  stageChangedAt: number;
  stageHistory?: readonly { from: StageId; to: StageId; at: number }[] | undefined;
  bant?: BantFacts | undefined;
  /**
   * The tier as already judged elsewhere (the team view: as each rep's browser logged it; a stored contact: the
   * panel's judgment where it differs from the record, `Contact.tier`, null: retired); wins over `bant`.
   */
  tier?: TierId | null | undefined;
  /** The stage the panel shows them at where it is not `stage` (`Contact.judgedStage`: a demo they answered, a deal they are on). */
  judgedStage?: StageId | undefined;
  lastWord?: { at: number | null; text: string } | undefined;
}

/** What the dashboard needs of a CRM deal (a stored `StoredDeal` is one). */
export interface DashboardDeal {
  id: string;
  crm: CrmSiteId;
  record: { type: 'deal' | 'account'; stage?: string | undefined; status?: 'won' | 'lost' | undefined };
  contactIds: readonly string[];
  createdAt: number;
  /** The CRM stage names the deal was read in, oldest first (kept since schema v9). */
  stageHistory?: readonly { stage: string; at: number }[] | undefined;
  /** When the record was first read won or lost. */
  statusAt?: number | undefined;
}

export interface DashboardTouch {
  contactId: string;
  at: number;
  direction: 'inbound' | 'outbound';
  /** A reply's words, when it was read from a page. */
  text?: string | undefined;
}

/** The objection the reply reader finds in a reply (with the rep's corrections), or null for none. */
export type ReadObjection = (text: string, at: number) => string | null;

export interface DashboardTrackUse {
  contactId: string;
  objection: string;
  trackId: string;
  at: number;
}

export interface DashboardDrillAnswer {
  questionId: string;
  correct: boolean;
  at: number;
}

/** A period of local days: `from` is a local midnight, `to` the first millisecond after it ends. */
export interface Period {
  from: number;
  to: number;
}

export interface DashboardInput {
  contacts: readonly DashboardContact[];
  deals: readonly DashboardDeal[];
  /** Every touch of the period, and the outbound touch before it of each contact (cadence gaps start there). */
  touches: readonly DashboardTouch[];
  trackUses: readonly DashboardTrackUse[];
  drillAnswers: readonly DashboardDrillAnswer[];
  playbook: Playbook;
  period: Period;
  /** Reads each reply's objection; without it no reply counts as an objection heard. */
  readObjection?: ReadObjection | undefined;
  /** Where the panel put each deal and person over time (Today's index kept it), by key: the funnel and KPIs follow it. */
  judged?: ReadonlyMap<string, readonly { stage: MappedStage | null; at: number }[]> | undefined;
  /** Objections heard already read elsewhere (the team view: each rep's panel logged them to the CRM), counted beside the replies read here. */
  heard?: readonly DashboardHeard[] | undefined;
}

/** An objection heard in a reply, read where the reply was (one per reply). */
export interface DashboardHeard {
  contactId: string;
  objection: string;
  at: number;
}

export const DAY = 86_400_000;

/**
 * A follow-up is measured from the outbound touch before it when that one is at most this many
 * local days earlier (the longest default cadence is a month); a longer gap starts the count again.
 */
export const LOOKBACK_DAYS = 90;

/** Local midnight of a local day number ({@link dayNumber}). */
export function midnightOf(day: number): number {
  const date = new Date(day * DAY);
  return new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()).getTime();
}

/** Local midnight of the day `days` after the day of `at` (whole local days, daylight saving safe). */
export function addDays(at: number, days: number): number {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days).getTime();
}

const offsets = new Map<number, number>();

/**
 * The local day `at` falls in, as a whole number of days: equal for two times on the same local
 * day, one apart on consecutive days. The time-zone offset is looked up once per hour of time (a
 * million touches make a few thousand lookups, not a million dates).
 */
export function dayNumber(at: number): number {
  const hour = Math.floor(at / 3_600_000);
  let offset = offsets.get(hour);
  if (offset === undefined) {
    offset = new Date(at).getTimezoneOffset() * 60_000;
    offsets.set(hour, offset);
  }
  return Math.floor((at - offset) / DAY);
}

/** Whole local days from the day of `a` to the day of `b`. */
export function daysBetween(a: number, b: number): number {
  return dayNumber(b) - dayNumber(a);
}

/** The last `days` local days up to and including the day of `now`. */
export function periodOf(days: number, now: number): Period {
  return { from: addDays(now, 1 - days), to: addDays(now, 1) };
}

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Local midnight of the Monday of the week `at` falls in. */
export function weekOf(at: number): number {
  const date = new Date(at);
  return addDays(at, -((date.getDay() + 6) % 7));
}
