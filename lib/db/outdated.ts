/**
 * Whether a newer version of the extension upgraded the local database while this page was open.
 * The page then lets the database go for good (lib/db/database.ts) and asks to be reloaded
 * (components/StorageAlert.tsx): its older code must not write records of the old shape into the
 * upgraded store, and the upgrade must not wait for it. Kept apart from the database module so
 * components can read it.
 */
let outdated = false;
const listeners = new Set<() => void>();

/** Called once the database was closed for a newer version. */
export function markDatabaseOutdated(): void {
  if (outdated) return;
  outdated = true;
  for (const listener of listeners) listener();
}

export function isDatabaseOutdated(): boolean {
  return outdated;
}

/** Calls `listener` when the database becomes outdated; returns the unsubscribe (for `useSyncExternalStore`). */
export function onDatabaseOutdated(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
