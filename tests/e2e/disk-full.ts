/** A page or a worker: anything Playwright runs a function in. */
interface Realm {
  evaluate(fn: (on: boolean) => void, arg: boolean): Promise<void>;
}

/**
 * A full disk, as Chromium reports it to a page or worker: every IndexedDB write fails with a
 * QuotaExceededError. Injected into the browser's IndexedDB in that realm, never into our code;
 * `full = false` puts the real methods back.
 */
export function setDiskFull(where: Realm, full: boolean): Promise<void> {
  return where.evaluate((on) => {
    const store = IDBObjectStore.prototype as unknown as Record<string, unknown> & { __real?: Record<string, unknown> };
    store.__real ??= { put: store.put, add: store.add, delete: store.delete };
    for (const name of ['put', 'add', 'delete'] as const) {
      store[name] = on
        ? () => {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
        : store.__real[name];
    }
  }, full);
}
