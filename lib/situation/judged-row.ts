import type { GatheredSituation } from './gather';
import type { QueueRow } from './queue';
import type { Situation } from './types';

/**
 * A list row (Today, Contacts) of what was gathered and judged: the newest touch of any kind among
 * the row's people (or what the judgment read as the last exchange), null when there is none.
 */
export function judgedRow(key: string, gathered: GatheredSituation, situation: Situation): QueueRow {
  const newest = Math.max(-Infinity, ...gathered.touches.map((touch) => touch.at), situation.last.at ?? -Infinity);
  return { key, contact: gathered.contact, deal: gathered.deal, situation, lastTouchAt: Number.isFinite(newest) ? newest : null };
}
