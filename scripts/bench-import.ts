/**
 * A backup read back at scale, in Node (fake IndexedDB): the rep's export of years of selling
 * (`BENCH_IMPORT_CONTACTS`, 100,000 people with ten touches each: 1,000,000) read back onto the
 * same store in merge mode, where every record meets its own identity and nothing may merge; and a
 * store that already holds `BENCH_IMPORT_COPIES` (10,000) copies of one person healed by one
 * import. The unit tests (`lib/data/import-identity.test.ts`) check what these do at 1,000; how
 * long they take at the scale users reach is measured here, not bounded there.
 *
 * `BENCH_ONLY=import npm run bench`, or `npx tsx scripts/bench-import.ts`.
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from '@webext-core/fake-browser';
import type { Contact, ContactId } from '../lib/contacts/schema';
import { round } from './bench-stats';

// The import clears the storage alert in the extension's session storage: the fake browser WXT's
// unit tests use stands in for it here, set before the modules that read `browser` load.
(globalThis as { browser?: unknown }).browser ??= fakeBrowser;
const { SopDatabase } = await import('../lib/db/database');
const { exportData, importData } = await import('../lib/data/backup');

const person = (id: string, identities: string[], createdAt: number): Contact => ({
  id: id as ContactId,
  name: `Person ${id}`,
  identities,
  sources: ['linkedin'],
  stage: 'prospect',
  stageChangedAt: 1000,
  createdAt,
  capturedAt: createdAt,
});

const backup = (contacts: Contact[], touches: unknown[]) => JSON.stringify({ format: 'sop-copilot-data', version: 1, exportedAt: 9000, contacts, touches });

/** Until the import's rebuild of Today's index (started after it returns) is done: how long Today says it is building. */
async function todayBuilt(db: InstanceType<typeof SopDatabase>): Promise<void> {
  while ((await db.meta.get('queue'))?.state !== 'done') await new Promise((done) => setTimeout(done, 50));
}

function check(what: string, got: unknown, want: unknown): void {
  if (JSON.stringify(got) !== JSON.stringify(want)) throw new Error(`bench-import: ${what} gave ${JSON.stringify(got)}, not ${JSON.stringify(want)}`);
}

async function readBack(results: Record<string, number>, people: number, perPerson: number): Promise<void> {
  const db = new SopDatabase(`bench-import-${crypto.randomUUID()}`);
  try {
    const contacts = Array.from({ length: people }, (_, i) => person(`p${i}`, [`linkedin:p${i}`, `email:p${i}@x.example`], 1000 + i));
    const touches = contacts.flatMap((c, i) => Array.from({ length: perPerson }, (_, k) => ({ contactId: c.id, at: i * perPerson + k, direction: 'inbound', channel: 'email', messageKey: `gmail:${i}:${k}` })));
    let started = performance.now();
    check('the first import', await importData(db, backup(contacts, touches), 'replace'), { ok: true, contacts: people, touches: touches.length, merged: 0, corrections: 0, trackUses: 0, drillAnswers: 0 });
    results['import.replace.ms'] = round(performance.now() - started);
    await todayBuilt(db);
    results['import.replace.todayBuilt.ms'] = round(performance.now() - started);
    started = performance.now();
    const exported = await exportData(db, 9000);
    results['import.export.ms'] = round(performance.now() - started);
    results['import.export.mb'] = round(exported.length / 1e6, 1);
    started = performance.now();
    check('the read-back', await importData(db, exported, 'merge'), { ok: true, contacts: people, touches: touches.length, merged: 0, corrections: 0, trackUses: 0, drillAnswers: 0 });
    results['import.mergeOntoItself.ms'] = round(performance.now() - started);
    await todayBuilt(db);
    results['import.mergeOntoItself.todayBuilt.ms'] = round(performance.now() - started);
    check('the store after', [await db.contacts.count(), await db.touches.count()], [people, touches.length]);
  } finally {
    await db.delete();
  }
}

async function heal(results: Record<string, number>, copies: number): Promise<void> {
  const db = new SopDatabase(`bench-import-${crypto.randomUUID()}`);
  try {
    const stored = Array.from({ length: copies }, (_, i) => person(`stored-${i}`, ['linkedin:mei-lin-chen-4b21a7'], 2000 + i));
    await db.contacts.bulkPut(stored);
    await db.touches.bulkAdd(stored.map((c, i) => ({ contactId: c.id, at: 5000 + i, direction: 'outbound' as const, channel: 'linkedin' as const })));
    const started = performance.now();
    const result = await importData(db, backup([person('from-file', ['linkedin:mei-lin-chen-4b21a7'], 1500)], []), 'merge');
    results['import.healCopies.ms'] = round(performance.now() - started);
    await todayBuilt(db);
    check('the heal', [result.ok && result.merged, await db.contacts.count(), await db.touches.count()], [copies, 1, copies]);
  } finally {
    await db.delete();
  }
}

export async function benchImport(results: Record<string, number>): Promise<void> {
  const people = Number(process.env.BENCH_IMPORT_CONTACTS ?? 100_000);
  const perPerson = Number(process.env.BENCH_IMPORT_TOUCHES_EACH ?? 10);
  const copies = Number(process.env.BENCH_IMPORT_COPIES ?? 10_000);
  results['import.contacts'] = people;
  results['import.touches'] = people * perPerson;
  await readBack(results, people, perPerson);
  results['import.copies'] = copies;
  await heal(results, copies);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const results: Record<string, number> = {};
  await benchImport(results);
  for (const [key, value] of Object.entries(results)) console.log(`${key.padEnd(36)}  ${value}`);
}
