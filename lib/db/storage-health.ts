/**
 * Whether the last write to the local database worked. Kept in the browser's session storage
 * (memory, not disk), so it can be said even when the disk is full and no IndexedDB write succeeds:
 * the background marks a failed capture here, the panel says so, and the next write that works
 * clears it.
 */
import { z } from 'zod';

export const storageHealthSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), kind: z.enum(['full', 'other']), at: z.number(), url: z.string().optional(), detail: z.string().max(500) }),
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
export function healthAfterFailure(error: unknown, now: number, url?: string): StorageHealth {
  const detail = (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 500);
  return { ok: false, kind: isQuotaError(error) ? 'full' : 'other', at: now, detail, ...(url ? { url } : {}) };
}
