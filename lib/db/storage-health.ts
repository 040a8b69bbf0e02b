/**
 * Whether the last write to the local database worked. Kept in the browser's session storage
 * (memory, not disk), so it can be said even when the disk is full and no IndexedDB write succeeds:
 * the background marks a failed capture here, the panel says so, and the next write that works
 * clears it.
 */
import Dexie from 'dexie';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

export const storageHealthSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({
    ok: z.literal(false),
    kind: z.enum(['full', 'other']),
    at: z.number(),
    url: z.string().optional(),
    detail: z.string().max(500),
    /** What was not saved: a page read in a tab (the background's capture), or a change the rep made in the panel. */
    what: z.enum(['page', 'change']).optional(),
  }),
]);
export type StorageHealth = z.infer<typeof storageHealthSchema>;

export const storageHealthItem = storage.defineItem<StorageHealth>('session:storageHealth', { fallback: { ok: true } });

/** A write failed because the disk or the browser's quota for the extension is full. */
export function isQuotaError(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; typeof e === 'object' && e !== null && depth < 5; depth++) {
    const name = 'name' in e ? String(e.name) : '';
    const message = 'message' in e ? String(e.message) : '';
    if (name === 'QuotaExceededError' || /quota|disk (?:is )?full|no space/i.test(message)) return true;
    e = 'inner' in e ? e.inner : 'cause' in e ? e.cause : null;
  }
  return typeof e === 'string' && /quota/i.test(e);
}

/** What a failed write means for the user. */
export function healthAfterFailure(error: unknown, now: number, url?: string): Extract<StorageHealth, { ok: false }> {
  const detail = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500);
  return { ok: false, kind: isQuotaError(error) ? 'full' : 'other', at: now, detail, ...(url ? { url } : {}) };
}

/**
 * A failure of the local database (Dexie's own errors, IndexedDB's DOMExceptions, a full disk), not
 * a bug elsewhere. A closed database is not one: that is a page closing, or everything being deleted.
 */
export function isStorageError(error: unknown): boolean {
  if (isQuotaError(error)) return true;
  if (error instanceof Dexie.DexieError) return error.name !== 'DatabaseClosedError';
  return error instanceof DOMException && /^(?:Abort|Constraint|Data|InvalidState|NotFound|Transaction|Unknown|Version)Error$/.test(error.name);
}

/**
 * What the panel says when a change the rep made there (a touch logged, a note, a snooze, a
 * correction…) failed to save: those writes are fire-and-forget clicks, so their failures arrive
 * as unhandled rejections; only the database's own are turned into the alert.
 */
export function healthAfterFailedChange(error: unknown, now: number): StorageHealth | undefined {
  return isStorageError(error) ? { ...healthAfterFailure(error, now), what: 'change' } : undefined;
}

/** In a page of the extension: a change whose write failed is said by the panel's alert (in every open panel), not lost in the console. */
export function sayFailedChanges(target: Pick<Window, 'addEventListener'> = window, now: () => number = Date.now): void {
  target.addEventListener('unhandledrejection', (event) => {
    const health = healthAfterFailedChange(event.reason, now());
    if (health) void storageHealthItem.setValue(health).catch(console.error);
  });
}
