import type Dexie from 'dexie';
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import { dayNumber } from '../dashboard/input';

/** The tables whose records the dashboard's aggregates are made of. */
const SOURCES = new Set(['contacts', 'touches', 'deals', 'trackUses', 'drillAnswers', 'judgedPaths', 'readerCorrections']);
const DIRTY = 'dashDirty';
/** What a cleared table clears at once besides (a deal's part is keyed by its CRM record id: "delete everything" leaves none behind). */
const AGGREGATES = ['dashContribs', 'dashDays'] as const;
/** IDBKeyRange-free "every key" (Dexie's RangeType.Any). */
const RANGE_ANY = 3;

interface Marked {
  key?: unknown;
  id?: unknown;
  contactId?: unknown;
  contactIds?: unknown;
  at?: unknown;
  replaced?: unknown;
}

/** The parts of the aggregates a record of `table` feeds: its person, its deal and the deal's people, its day of drills, the row the panel judged, the people a reading correction was made for. */
export function marksOf(table: string, record: Marked | undefined): string[] {
  if (!record) return [];
  switch (table) {
    case 'contacts':
      return typeof record.id === 'string' ? [`contact:${record.id}`] : [];
    case 'touches':
    case 'trackUses':
      return typeof record.contactId === 'string' ? [`contact:${record.contactId}`] : [];
    case 'deals': {
      const people = Array.isArray(record.contactIds) ? record.contactIds.filter((id): id is string => typeof id === 'string') : [];
      return [...(typeof record.id === 'string' ? [`deal:${record.id}`] : []), ...people.map((id) => `contact:${id}`)];
    }
    case 'drillAnswers':
      return typeof record.at === 'number' ? [`drills:${String(dayNumber(record.at))}`] : [];
    // A reading correction changes the objection their reply is counted as: the person it was made
    // for, and those of the corrections of the same words it replaced (its undo brings them back).
    case 'readerCorrections': {
      const earlier = Array.isArray(record.replaced) ? (record.replaced as Marked[]) : [];
      return [...new Set([record, ...earlier].flatMap((c) => (typeof c.contactId === 'string' ? [`contact:${c.contactId}`] : [])))];
    }
    // Where the panel put a row (`contact:<id>`, `deal:<id>`): the part of the same key.
    case 'judgedPaths':
      return typeof record.key === 'string' ? [record.key] : [];
    default:
      return [];
  }
}

/** Whether this transaction may mark: a read-write one that has the marks' tables (not an upgrade, whose stores may predate them). */
function canMark(trans: DBCoreTransaction): boolean {
  const idb = trans as unknown as Partial<IDBTransaction>;
  return idb.mode === 'readwrite' && [DIRTY, ...AGGREGATES].every((name) => idb.objectStoreNames?.contains(name) === true);
}

/**
 * The records a mutation replaces or removes, read in its transaction before it runs (null: none,
 * `all`: a cleared table). Dexie's own promises, chained with `then`: an `await` here would lose
 * Dexie's transaction zone for the middlewares below.
 */
function before(table: DBCoreTable, request: DBCoreMutateRequest): Promise<(Marked | undefined)[]> | 'all' | null {
  const { trans } = request;
  switch (request.type) {
    case 'add':
      return null;
    case 'put': {
      const given: unknown[] = request.keys ?? request.values.map((value: unknown): unknown => table.schema.primaryKey.extractKey?.(value));
      const keys = given.filter((key) => key !== undefined);
      return keys.length > 0 ? (table.getMany({ trans, keys }) as Promise<(Marked | undefined)[]>) : null;
    }
    case 'delete':
      return table.getMany({ trans, keys: request.keys }) as Promise<(Marked | undefined)[]>;
    case 'deleteRange':
      if ((request.range.type as number) === RANGE_ANY) return 'all';
      return table.query({ trans, query: { index: table.schema.primaryKey, range: request.range }, values: true }).then((response) => response.result as Marked[]);
  }
}

/**
 * Marks, in the same transaction as every write to a table the dashboard counts, which people,
 * deals and days of drills it changed (the record as it was and as it is): a write and its mark
 * are stored together or not at all, so no write path (capture, a logged touch, import, merge,
 * delete, retention) can leave the aggregates behind. The dashboard folds the marked parts in
 * before it reads (lib/dashboard/aggregates.ts); computing them needs the playbook and the stop
 * reader, which a write path does not load. A cleared table marks everything (`*`).
 */
export function dashboardMarks(down: DBCore): DBCore {
  return {
    ...down,
    transaction(stores, mode, options) {
      const widened = mode === 'readwrite' && stores.some((name) => SOURCES.has(name)) ? [...new Set([...stores, DIRTY, ...AGGREGATES])] : stores;
      return down.transaction(widened, mode, options);
    },
    table(name) {
      const table = down.table(name);
      if (!SOURCES.has(name)) return table;
      return {
        ...table,
        mutate(request: DBCoreMutateRequest) {
          if (!canMark(request.trans)) return table.mutate(request);
          const mark = (old: readonly (Marked | undefined)[] | 'all') => {
            const keys = new Set<string>();
            if (old === 'all') keys.add('*');
            else for (const record of old) for (const key of marksOf(name, record)) keys.add(key);
            if (request.type === 'add' || request.type === 'put') for (const record of request.values as Marked[]) for (const key of marksOf(name, record)) keys.add(key);
            return [...keys].map((key) => ({ key }));
          };
          const write = (old: readonly (Marked | undefined)[] | 'all') =>
            table.mutate(request).then((result) => {
              const values = mark(old);
              const marked = values.length > 0 ? down.table(DIRTY).mutate({ type: 'put', trans: request.trans, values }).then(() => result) : result;
              if (old !== 'all' || request.type !== 'deleteRange') return marked;
              const { range } = request;
              const clear = (name: string) => down.table(name).mutate({ type: 'deleteRange', trans: request.trans, range });
              // One after the other on Dexie's own promises (Promise.all would leave its zone).
              return clear('dashContribs').then(() => clear('dashDays')).then(() => marked);
            });
          const old = before(table, request);
          return old === null || old === 'all' ? write(old ?? []) : old.then(write);
        },
      };
    },
  };
}

/**
 * Marks parts of the dashboard's aggregates to be counted again where no write of their own records
 * did: a reading correction changes how similar replies of other people read (lib/reader/store.ts).
 */
export async function markForRecount(db: Dexie, keys: readonly string[]): Promise<void> {
  if (keys.length > 0) await db.table<{ key: string }, string>(DIRTY).bulkPut(keys.map((key) => ({ key })));
}
