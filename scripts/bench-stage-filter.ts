/**
 * The Contacts stage filter through IndexedDB at scale, in Node (fake-indexeddb): one page (50) of each stage, newest
 * seen first, as `findContacts` reads it (`[stage+capturedAt]` beside `[judgedStage+capturedAt]`, schema 15), against
 * the walk with no index for the kept stage (`capturedAt` newest first, each contact's listed stage tested). Not part
 * of `npm test`:
 *
 *   npx tsx scripts/bench-stage-filter.ts [contacts=100000] [kept=1000] [runs=5]
 *
 * Seeds `contacts` at the recorded stages `scripts/bench-search-memory.ts` uses (three in ten at Prospecting; none at
 * `retain` when `empty` is given as the fourth argument, a stage nobody is at), `kept` of them shown a stage ahead by the
 * judgment. Reports per stage the median ms of each read and whether both return the same page.
 */
import 'fake-indexeddb/auto';
import { findContacts } from '../lib/contacts/agenda';
import { listedStage } from '../lib/contacts/listed-stage';
import type { Contact, ContactId } from '../lib/contacts/schema';
import { SopDatabase } from '../lib/db/database';
import { DEFAULT_PLAYBOOK as playbook } from '../lib/playbook/default-playbook';
import { STAGE_IDS, type StageId } from '../lib/sop/stages';

const contacts = Number(process.argv[2] ?? 100_000);
const kept = Number(process.argv[3] ?? 1_000);
const runs = Number(process.argv[4] ?? 5);
const empty = process.argv[5] === 'empty';
const PAGE = 50;
const STAGES: readonly StageId[] = ['prospect', 'prospect', 'prospect', 'discover', 'qualify', 'present', 'negotiate', 'close', 'deliver', ...(empty ? [] : (['retain'] as const))];
const now = Date.UTC(2026, 11, 1);
let seed = 17;
const random = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const db = new SopDatabase('bench-stage-filter');
const every = kept > 0 ? Math.floor(contacts / kept) : Infinity;
for (let from = 0; from < contacts; from += 5_000) {
  const batch: Contact[] = [];
  for (let i = from; i < Math.min(contacts, from + 5_000); i++) {
    const stage = STAGES[Math.floor(random() * STAGES.length)] ?? 'prospect';
    const ahead = i % every === 0 ? STAGE_IDS[Math.min(STAGE_IDS.indexOf(stage) + 1, STAGE_IDS.length - 2)] : undefined;
    const at = now - Math.floor(random() * 3 * 365) * 86_400_000;
    batch.push({ id: `c${String(i).padStart(6, '0')}` as ContactId, identities: [`gmail:c${String(i)}@example.com`], sources: ['gmail'], name: `Person ${String(i)}`, stage, stageChangedAt: at, createdAt: at, capturedAt: at, ...(ahead && ahead !== stage ? { judgedStage: ahead } : {}) });
  }
  await db.contacts.bulkPut(batch);
}

/** The walk with no index for the kept stage: everyone newest first, each one's listed stage tested. */
async function walked(stage: StageId): Promise<string[]> {
  const found = await db.contacts.orderBy('capturedAt').reverse().filter((c) => listedStage(c) === stage).limit(PAGE + 1).toArray();
  return found.slice(0, PAGE).map((c) => c.id);
}

console.log(`contacts ${String(contacts)}, kept ${String(kept)}, runs ${String(runs)}${empty ? ', none recorded at retain' : ''}`);
for (const stage of STAGE_IDS) {
  const indexed: number[] = [];
  const walking: number[] = [];
  let same = true;
  for (let r = 0; r < runs; r++) {
    let start = performance.now();
    const page = (await findContacts(db, { stage }, playbook, PAGE)).contacts.map((c) => c.id);
    indexed.push(performance.now() - start);
    start = performance.now();
    const other = await walked(stage);
    walking.push(performance.now() - start);
    same &&= JSON.stringify(page) === JSON.stringify(other);
  }
  console.log(`${stage.padEnd(10)} indexes ${median(indexed).toFixed(1).padStart(8)} ms   capturedAt walk ${median(walking).toFixed(1).padStart(8)} ms   same page: ${String(same)}`);
}
db.close();
