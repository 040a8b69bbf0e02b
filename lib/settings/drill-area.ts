import { storage } from 'wxt/utils/storage';
import { OBJECTION_IDS } from '../playbook/ids';
import { STAGE_IDS } from '../sop/stages';

/** Every area the drill can be narrowed to: one stage (`stage:qualify`) or one objection category (`objection:price`). */
export const DRILL_AREAS: ReadonlySet<string> = new Set([...STAGE_IDS.map((id) => `stage:${id}`), ...OBJECTION_IDS.map((id) => `objection:${id}`)]);

/**
 * The drill's chosen area, kept after the panel closes (local only, like the card layout): the
 * trainee comes back to the stage they are learning. `''` is "every area".
 */
export const drillAreaItem = storage.defineItem<string>('local:drillArea', { fallback: '' });

/**
 * A stored or linked area, if the drill knows it; anything else (an area of an older version, a
 * hand edit, a stray link) is "every area".
 *
 * @example parseDrillArea('stage:qualify') // 'stage:qualify'
 * @example parseDrillArea('stage:gone') // ''
 */
export function parseDrillArea(value: unknown): string {
  return typeof value === 'string' && DRILL_AREAS.has(value) ? value : '';
}
