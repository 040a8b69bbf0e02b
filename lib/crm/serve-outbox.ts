import type { SopDatabase } from '../db/database';
import { onMessage } from '../messaging/protocol';
import { tokenOf } from './connections';
import { drainOutbox } from './drain';
import { onCrmEnqueued } from './enqueue';
import { renewToken } from './renewal';

const ALARM = 'crm-outbox';
const RETRY_AFTER_FAILED_RUN_MS = 5_000;

/**
 * The background runs the outbox: at start, whenever a write queues an activity (here or in an
 * extension page, which says so with `crmDrain`), and at the alarm set for the next row due —
 * an alarm outlives the service worker, so a retry in 20 minutes happens though the worker
 * stopped meanwhile. One run at a time; a request during a run makes one more run.
 */
export function serveCrmOutbox(db: SopDatabase): void {
  let running: Promise<void> | null = null;
  const pending = { again: false };

  const schedule = async (nextAt: number | null) => {
    if (nextAt === null) await browser.alarms.clear(ALARM);
    else await browser.alarms.create(ALARM, { when: Math.max(nextAt, Date.now() + 500) });
  };

  const run = (): Promise<void> => {
    if (running) {
      pending.again = true;
      return running;
    }
    running = (async () => {
      const once = async (): Promise<void> => {
        pending.again = false;
        const { nextAt } = await drainOutbox(db, { fetch: (url, init) => fetch(url, init), now: Date.now, tokenOf, renew: (crm) => renewToken(crm, (url, init) => fetch(url, init)) });
        await schedule(nextAt);
        // A write queued during this run: once more.
        if (pending.again as boolean) await once();
      };
      await once();
    })()
      .catch(async (error: unknown) => {
        // A run that failed on its own (the store busy or closed, the worker under load) still comes
        // back: without an alarm nothing would wake the queue until the next write.
        console.error('CRM outbox', error);
        await schedule(Date.now() + RETRY_AFTER_FAILED_RUN_MS).catch(() => undefined);
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  onCrmEnqueued(() => void run());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void run();
  });
  // Only our own pages (panel, settings) may ask; the run itself decides what is due.
  onMessage('crmDrain', ({ sender }) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return;
    void run();
  });
  void run();
}
