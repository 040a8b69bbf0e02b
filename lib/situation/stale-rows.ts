import type { ContactId } from '../contacts/schema';
import type { SopDatabase } from '../db/database';
import type { StaleMark } from '../db/records';
import type { DealId } from '../deals/deal';
import { yieldToUser } from '../db/user-input';
import { measureSince } from '../perf/measure';
import type { QueueRefs } from './queue-index';

const PREFIX = 'stale:';
/** The marks live in the `meta` table, keyed `stale:contact:<id>` and `stale:deal:<id>`. */
const marksOf = (db: SopDatabase) => db.table<StaleMark, string>('meta');

/**
 * Marks rows of Today's index as needing a new judgment. The background calls it inside the
 * capture's own transaction (it does not judge: the reader and its model stay out of the service
 * worker), so a capture and its mark are stored together or not at all; a page that judges picks
 * the marks up ({@link judgeStaleRows}).
 */
export async function markStale(db: SopDatabase, refs: QueueRefs, now: number): Promise<void> {
  const keys = [...(refs.contactIds ?? []).map((id) => `${PREFIX}contact:${id}`), ...(refs.dealIds ?? []).map((id) => `${PREFIX}deal:${id}`)] as StaleMark['key'][];
  await marksOf(db).bulkPut(keys.map((key) => ({ key, at: now })));
}

/** Whether any row waits for its judgment (one key read). */
export async function hasStaleRows(db: SopDatabase): Promise<boolean> {
  return (await marksOf(db).where('key').startsWith(PREFIX).limit(1).primaryKeys()).length > 0;
}

/**
 * Re-judges the rows marked stale, a bounded batch at a time, with `refresh` (Today's index kept
 * by the judgment), and removes each mark it answered, unless the row was marked again meanwhile
 * (a capture during the judgment): that mark stays for the next round.
 *
 * @returns how many rows were judged.
 */
export async function judgeStaleRows(db: SopDatabase, refresh: (refs: Required<Pick<QueueRefs, 'contactIds' | 'dealIds'>>) => Promise<unknown>, batch = 100): Promise<number> {
  let judged = 0;
  for (;;) {
    const marks = await marksOf(db).where('key').startsWith(PREFIX).limit(batch).toArray();
    if (marks.length === 0) return judged;
    const contactIds: ContactId[] = [];
    const dealIds: DealId[] = [];
    for (const { key } of marks) {
      const [kind, ...rest] = key.slice(PREFIX.length).split(':');
      const id = rest.join(':');
      if (kind === 'contact') contactIds.push(id as ContactId);
      else if (kind === 'deal') dealIds.push(id as DealId);
    }
    const start = performance.now();
    const rows = await refresh({ contactIds, dealIds });
    // (for the bench: the marks' refresh, with the rows it judged, readers of another record among them)
    measureSince('today-refresh', start, { marks: marks.length, rows: typeof rows === 'number' ? rows : -1 });
    await db.transaction('rw', marksOf(db), async () => {
      const now = await marksOf(db).bulkGet(marks.map((m) => m.key));
      await marksOf(db).bulkDelete(marks.filter((m, i) => now[i]?.at === m.at).map((m) => m.key));
    });
    judged += marks.length;
    // A burst of captures is judged in steps that let the panel paint and the rep type.
    await yieldToUser();
  }
}
