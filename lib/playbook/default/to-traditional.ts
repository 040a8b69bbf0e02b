import * as OpenCC from 'opencc-js';
import { toTaiwanUsage } from './taiwan-usage';

const openCC = OpenCC.Converter({ from: 'cn', to: 'twp' });

/** Simplified → Taiwan Traditional: OpenCC (Taiwan phrases), then the reviewed Taiwan usage table. */
export function toTraditional(simplified: string): string {
  return toTaiwanUsage(openCC(simplified));
}
