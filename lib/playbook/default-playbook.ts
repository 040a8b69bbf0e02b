import type { Playbook } from './schema';
import data from './default/playbook.json';

/**
 * The playbook that ships with the product, in English, Simplified and Traditional Chinese.
 * Generated from `default/source.ts` by `scripts/build-playbook.ts`; validated by its unit test.
 */
export const DEFAULT_PLAYBOOK = data as Playbook;
