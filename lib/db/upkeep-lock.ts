/**
 * Runs the upkeep of derived data (the contacts' keys, Today's index, its stale rows) under one
 * Web Lock shared by every context of the extension (the worker, each panel, the dashboard): one
 * runs, the others wait and then find nothing left; a context that closes releases it. Where
 * there are no Web Locks (Node, the tests), it just runs: every batch is its own transaction
 * anyway.
 */
export function withUpkeepLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
  if (!locks) return work();
  return locks.request('sop-copilot-upkeep', work);
}
