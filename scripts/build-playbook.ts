/**
 * Regenerates lib/playbook/default/playbook.json from its authoring source, deriving Traditional
 * Chinese with OpenCC (Simplified → Taiwan standard with Taiwan phrases) and then the reviewed
 * Taiwan usage table (lib/playbook/default/taiwan-usage.ts). Run after editing
 * lib/playbook/default/*-source.ts or source.ts; a unit test fails while the JSON is stale.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildPlaybook } from '../lib/playbook/default/build';
import { source } from '../lib/playbook/default/source';
import { toTraditional } from '../lib/playbook/default/to-traditional';
import { playbookSchema } from '../lib/playbook/schema';

const playbook = playbookSchema.parse(buildPlaybook(source, toTraditional));
const target = resolve(import.meta.dirname, '../lib/playbook/default/playbook.json');
writeFileSync(target, `${JSON.stringify(playbook, null, 2)}\n`);
console.log(`wrote ${target}`);
