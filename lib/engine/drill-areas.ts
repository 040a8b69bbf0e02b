import { areaKey, drillAreaOf } from '../dashboard/drills';
import type { Locale } from '../i18n/locales';
import type { Playbook } from '../playbook/schema';
import { DRILL_CYCLE, drillQuestion, type DrillQuestion } from './drill';

const cache = new WeakMap<Playbook, Map<string, number[]>>();

/**
 * The positions (n of {@link drillQuestion}) of every distinct question that practises `area`
 * (`stage:qualify`, `objection:price`), in the drill's order. The same in every language.
 */
export function drillPositionsOf(playbook: Playbook, area: string): number[] {
  let byArea = cache.get(playbook);
  if (!byArea) cache.set(playbook, (byArea = new Map<string, number[]>()));
  const known = byArea.get(area);
  if (known) return known;
  const seen = new Set<string>();
  const positions: number[] = [];
  for (let n = 0; n < DRILL_CYCLE; n++) {
    const { id } = drillQuestion(playbook, 'en', n);
    const found = drillAreaOf(id);
    if (seen.has(id) || !found || areaKey(found) !== area) continue;
    seen.add(id);
    positions.push(n);
  }
  byArea.set(area, positions);
  return positions;
}

/**
 * The question to ask next: with no area, the `answered`-th of the whole cycle; with an area, its
 * questions in turn (`answered` counting the answers given in that area), so a trainee filtering on
 * one stage or objection meets each of its questions before any comes back.
 */
export function nextDrillQuestion(playbook: Playbook, locale: Locale, area: string | undefined, answered: number): DrillQuestion {
  const positions = area ? drillPositionsOf(playbook, area) : [];
  const n = positions.length > 0 ? (positions[answered % positions.length] ?? 0) : answered;
  return drillQuestion(playbook, locale, n);
}
