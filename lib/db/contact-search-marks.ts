import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreTransaction } from 'dexie';

/** A write to a contact since the Contacts search's snapshot was saved (or to everything: `*`); `at` tells a mark written again apart. */
export interface SearchMark {
  key: `${typeof MARK_PREFIX}${string}`;
  at: number;
}

/** The snapshot's rows in `meta` (lib/contacts/search-snapshot.ts): its head, its buckets and its parts. */
export const HEAD = 'contact-search' as const;
export const BUCKETS = 'contact-search:buckets' as const;
export const PART_PREFIX = 'contact-search:part:' as const;
/** Every part of the snapshot (Dexie's RangeType.Range, 2: its enum is a const enum). */
const PARTS = { type: 2, lower: PART_PREFIX, upper: `${PART_PREFIX}\uffff`, lowerOpen: false, upperOpen: false } as unknown as DBCoreKeyRange;

/** The marks' keys in `meta` (lib/contacts/search-snapshot.ts reads them). */
export const MARK_PREFIX = 'contact-search:mark:' as const;
export const MARK_ALL = `${MARK_PREFIX}*` as const;
/**
 * A write that names more contacts than this marks everything (the keys' backfill writes 200 a
 * batch, an import more): a snapshot is then built again, where reading that many marked
 * contacts one by one would cost as much, and the marks would pile up.
 */
const MOST_MARKED = 100;

const markKey = (id: string): SearchMark['key'] => `${MARK_PREFIX}${id}`;

/** Whether this transaction can mark: it writes and has `meta` (an upgrade from before `meta` existed has not). */
function canMark(trans: DBCoreTransaction): boolean {
  const idb = trans as unknown as Partial<IDBTransaction>;
  return (idb.mode === 'readwrite' || idb.mode === 'versionchange') && idb.objectStoreNames?.contains('meta') === true;
}

/** The contacts a write names (null: a range, or more than {@link MOST_MARKED}). */
function namedBy(table: { schema: { primaryKey: { extractKey?: ((value: unknown) => unknown) | null } } }, request: DBCoreMutateRequest): string[] | null {
  switch (request.type) {
    case 'add':
    case 'put': {
      const keys: unknown[] = request.keys ?? request.values.map((value: unknown): unknown => table.schema.primaryKey.extractKey?.(value));
      const ids = keys.filter((key): key is string => typeof key === 'string');
      return ids.length > MOST_MARKED ? null : ids;
    }
    case 'delete': {
      const ids = (request.keys as unknown[]).filter((key): key is string => typeof key === 'string');
      return ids.length > MOST_MARKED ? null : ids;
    }
    case 'deleteRange':
      return null;
  }
}

/**
 * Marks, in the same transaction as every write to `contacts`, which contacts it wrote (a write
 * and its mark are stored together or not at all), so a saved snapshot of the search is never
 * trusted for a contact written after it: every read-write transaction with `contacts` also
 * gets `meta`. An upgrade's writes mark everything; a deletion also removes the snapshot.
 */
export function contactSearchMarks(down: DBCore): DBCore {
  return {
    ...down,
    transaction(stores, mode, options) {
      const widened = mode === 'readwrite' && stores.includes('contacts') && !stores.includes('meta') ? [...stores, 'meta'] : stores;
      return down.transaction(widened, mode, options);
    },
    table(name) {
      const table = down.table(name);
      if (name !== 'contacts') return table;
      return {
        ...table,
        mutate(request: DBCoreMutateRequest) {
          if (!canMark(request.trans)) return table.mutate(request);
          const upgrading = (request.trans as unknown as IDBTransaction).mode === 'versionchange';
          const named = upgrading ? null : namedBy(table, request);
          const at = Date.now() + Math.random();
          const values: SearchMark[] = named === null ? [{ key: MARK_ALL, at }] : [...new Set(named)].map((id) => ({ key: markKey(id), at }));
          const meta = down.table('meta');
          const mark = () => (values.length === 0 ? Promise.resolve() : meta.mutate({ type: 'put', trans: request.trans, values }));
          // A deletion takes the saved snapshot with it: no deleted contact's name or address stays on disk in it (the next
          // panel builds the search again). One after the other on Dexie's own promises (Promise.all would leave its zone).
          const forget = () =>
            meta
              .mutate({ type: 'delete', trans: request.trans, keys: [HEAD, BUCKETS] })
              .then(() => meta.mutate({ type: 'deleteRange', trans: request.trans, range: PARTS }));
          // (A write path may delete nothing: `bulkDelete([])` on every capture.)
          const deletes = upgrading || (request.type === 'delete' && request.keys.length > 0) || request.type === 'deleteRange';
          return table.mutate(request).then((result) => mark().then(() => (deletes ? forget() : undefined)).then(() => result));
        },
      };
    },
  };
}
