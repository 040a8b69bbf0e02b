import type { PageReport } from '../messaging/protocol';

/** Delays between tries when the background did not answer (a stopped service worker wakes on the next message). */
export const RETRY_DELAYS_MS = [100, 300, 800, 1500, 3000, 5000, 8000] as const;

/** The background could not be reached or dropped the message before answering: worth another try. */
export function isTransportError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Could not establish connection|Receiving end does not exist|message port closed|message channel closed|No response|disconnected port/i.test(message);
}

export interface Delivery {
  send: (url: string, report: PageReport) => Promise<unknown>;
  wait: (ms: number) => Promise<void>;
  /** The extension was updated or removed: this script is orphaned and must stop. */
  orphaned: () => boolean;
  onGiveUp?: (error: unknown) => void;
}

/**
 * Delivers page reports to the background until it acknowledges them: a report that meets a
 * stopped or restarting service worker is retried (bounded), the latest report wins over one still
 * waiting, and a report the background refused is not retried (it would be refused again). The
 * background's handling is idempotent, so a report delivered twice changes nothing.
 */
export function createReporter(delivery: Delivery): (url: string, report: PageReport) => void {
  let generation = 0;
  return (url, report) => {
    const mine = ++generation;
    void (async () => {
      for (let attempt = 0; ; attempt++) {
        if (mine !== generation || delivery.orphaned()) return;
        try {
          await delivery.send(url, report);
          return;
        } catch (error) {
          const delay = RETRY_DELAYS_MS[attempt];
          if (!isTransportError(error) || delay === undefined) {
            delivery.onGiveUp?.(error);
            return;
          }
          await delivery.wait(delay);
        }
      }
    })();
  };
}
