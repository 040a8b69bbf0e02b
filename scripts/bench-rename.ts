/**
 * A rename of one holder of a common name, in Node (fake IndexedDB): 5,000 LinkedIn profiles named
 * Wei Zhang, one in 500 at his firm (nothing exchanged: each reads his Gmail record as its person's
 * other record), and his Gmail record with his reply, which a capture renames (Wei Zhang →
 * Wei Zhang-Lindqvist) and then names back, in turn. Timed per capture: the capture's transaction
 * through the background's own handler (`handlePageReport`) with the rows of the name it read, then
 * Today's upkeep (`judgeStaleRows` with `refreshQueue`, as the panel runs it) to no mark left, with
 * the rows it judged; the readers' rows are checked against the panel's judgment after each.
 * `BENCH_ONLY=rest npm run bench` (beside the rest), or alone: `npx tsx scripts/bench-rename.ts`
 * (`BENCH_RENAME_HOLDERS`, `BENCH_RENAME_RUNS` per direction).
 */
import 'fake-indexeddb/auto';
import Dexie, { type DBCore, type Middleware } from 'dexie';
import { handlePageReport, type Sender } from '../lib/background/handle-page-report';
import type { Contact, ContactId } from '../lib/contacts/schema';
import { SopDatabase } from '../lib/db/database';
import type { ReportPageMessage } from '../lib/messaging/protocol';
import { DEFAULT_PLAYBOOK as playbook } from '../lib/playbook/default-playbook';
import { readReply } from '../lib/reader/read-reply';
import { gatherSituation } from '../lib/situation/gather';
import { judgeGathered, queueEntryOf, refreshQueue } from '../lib/situation/queue-index';
import { judgeStaleRows } from '../lib/situation/stale-rows';
import { round, summarise } from './bench-stats';

const DAY = 86_400_000;
const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const ADDRESS = 'wei.zhang@harborlogistics.example';
const gmail: Sender = { id: EXT, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxBenchRename', frameId: 0, tab: { id: 1 } };
const renamed = (name: string): ReportPageMessage => ({ url: gmail.url ?? '', report: { status: 'extracted', result: { ok: true, kind: 'gmail-thread', contact: { source: 'gmail', identity: `email:${ADDRESS}`, email: ADDRESS, name } } } });

/** Counts the rows the contacts' name indexes hand back (and records read by id), from the connection's opening. */
function nameReads(): { middleware: Middleware<DBCore>; rows: () => number; reset: () => void } {
  let rows = 0;
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'bench-name-reads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'contacts') return table;
        return {
          ...table,
          query: (request) =>
            table.query(request).then((result) => {
              if (request.query.index.name === 'nameKey' || request.query.index.name === 'searchWords') rows += result.result.length;
              return result;
            }),
          getMany: (request) =>
            table.getMany(request).then((result: unknown[]) => {
              rows += result.filter((r) => r !== undefined).length;
              return result;
            }),
        };
      },
    }),
  };
  return { middleware, rows: () => rows, reset: () => (rows = 0) };
}

export async function benchRename(results: Record<string, number>): Promise<void> {
  const holders = Number(process.env.BENCH_RENAME_HOLDERS ?? 5000);
  const runs = Number(process.env.BENCH_RENAME_RUNS ?? 3);
  const now = Date.now();
  const context = { playbook, now, read: readReply };
  const reads = nameReads();
  const db = new SopDatabase(`bench-rename-${String(now)}`);
  db.use(reads.middleware);
  const id = (i: number) => `wei-${String(i).padStart(5, '0')}` as ContactId;
  const readers = Array.from({ length: Math.ceil((holders - 250) / 500) }, (_, k) => id(k * 500 + 250));
  const profiles = Array.from({ length: holders }, (_, i): Contact => ({ id: id(i), identities: [`linkedin:${id(i)}`], sources: ['linkedin'], name: 'Wei Zhang', company: readers.includes(id(i)) ? 'Harbor Logistics' : `Firm ${String(i)}`, stage: 'retain', stageChangedAt: now - 60 * DAY, createdAt: now - 60 * DAY, capturedAt: now - 60 * DAY }));
  const mail: Contact = { id: 'wei-' as ContactId, identities: [`email:${ADDRESS}`], sources: ['gmail'], name: 'Wei Zhang', email: ADDRESS, stage: 'negotiate', stageChangedAt: now - 5 * DAY, createdAt: now - 9 * DAY, capturedAt: now - DAY, lastWord: { at: now - DAY, text: 'The unit price is above what we budgeted. Can you do better?' } };
  await db.contacts.bulkPut([mail, ...profiles]);
  await db.touches.add({ contactId: mail.id, at: now - DAY, direction: 'inbound', channel: 'email' });
  await db.meta.put({ key: 'queue', state: 'done', indexed: holders + 1, total: holders + 1, at: now - DAY });
  await refreshQueue(db, { contactIds: readers }, context);

  const captures: number[] = [];
  const captureRows: number[] = [];
  const upkeeps: number[] = [];
  const judged: number[] = [];
  for (let run = 0; run < 2 * runs; run++) {
    const name = run % 2 === 0 ? 'Wei Zhang-Lindqvist' : 'Wei Zhang';
    reads.reset();
    let start = performance.now();
    await handlePageReport(db, renamed(name), gmail, EXT, now + run);
    captures.push(performance.now() - start);
    captureRows.push(reads.rows());
    start = performance.now();
    judged.push(await judgeStaleRows(db, (refs) => refreshQueue(db, refs, context)));
    upkeeps.push(performance.now() - start);
    for (const reader of readers) {
      const live = queueEntryOf(`contact:${reader}`, { contactId: reader }, judgeGathered(await gatherSituation(db, { contactId: reader }), context), null);
      if (JSON.stringify(await db.queue.get(`contact:${reader}`)) !== JSON.stringify(live)) throw new Error(`${reader}'s row is not as the panel judges it after the ${name} capture`);
    }
  }
  db.close();
  await Dexie.delete(db.name);
  // Away from the name (its readers left by the capture) and back to it (its readers found by the refresh of the record).
  const away = (list: readonly number[]) => list.filter((_, i) => i % 2 === 0);
  const back = (list: readonly number[]) => list.filter((_, i) => i % 2 === 1);
  const key = `rename.${String(holders)}_holders`;
  results[`${key}.capture_ms.median`] = round(summarise(away(captures)).median, 1);
  results[`${key}.capture_name_rows`] = Math.max(...away(captureRows));
  results[`${key}.upkeep_ms.median`] = round(summarise(away(upkeeps)).median, 1);
  results[`${key}.upkeep_marks`] = Math.max(...away(judged));
  results[`${key}.named_back.capture_ms.median`] = round(summarise(back(captures)).median, 1);
  results[`${key}.named_back.upkeep_ms.median`] = round(summarise(back(upkeeps)).median, 1);
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  const results: Record<string, number> = {};
  await benchRename(results);
  for (const [key, value] of Object.entries(results)) console.log(`${key}  ${String(value)}`);
}
