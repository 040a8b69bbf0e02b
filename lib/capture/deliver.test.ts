import { describe, expect, it } from 'vitest';
import type { PageReport } from '../messaging/protocol';
import { createReporter, RETRY_DELAYS_MS } from './deliver';

const READING: PageReport = { status: 'reading' };
const UNSUPPORTED: PageReport = { status: 'unsupported' };

function harness(failures: (Error | null)[], orphaned = () => false) {
  const sent: string[] = [];
  const waits: number[] = [];
  const givenUp: unknown[] = [];
  let tick: () => void = () => undefined;
  const report = createReporter({
    send: (url, report) => {
      sent.push(`${url}|${report.status}`);
      const failure = failures.shift();
      return failure ? Promise.reject(failure) : Promise.resolve();
    },
    wait: (ms) => {
      waits.push(ms);
      return new Promise((resolve) => (tick = resolve));
    },
    orphaned,
    onGiveUp: (error) => givenUp.push(error),
  });
  return { report, sent, waits, givenUp, next: () => tick() };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createReporter', () => {
  it('retries a report that met a stopped service worker until the background takes it', async () => {
    const h = harness([new Error('Could not establish connection. Receiving end does not exist.'), new Error('The message port closed before a response was received.'), null]);
    h.report('https://a/', READING);
    await flush();
    h.next();
    await flush();
    h.next();
    await flush();
    expect(h.sent).toEqual(['https://a/|reading', 'https://a/|reading', 'https://a/|reading']);
    expect(h.waits).toEqual([RETRY_DELAYS_MS[0], RETRY_DELAYS_MS[1]]);
    expect(h.givenUp).toEqual([]);
  });

  it('does not retry a report the background refused', async () => {
    const h = harness([new Error('invalid report: url: Invalid URL')]);
    h.report('https://a/', READING);
    await flush();
    expect(h.sent).toHaveLength(1);
    expect(h.waits).toEqual([]);
    expect(h.givenUp).toHaveLength(1);
  });

  it('lets the latest report win over one still waiting to be retried', async () => {
    const h = harness([new Error('Receiving end does not exist.'), null]);
    h.report('https://a/', READING);
    await flush();
    h.report('https://b/', UNSUPPORTED);
    await flush();
    h.next();
    await flush();
    expect(h.sent).toEqual(['https://a/|reading', 'https://b/|unsupported']);
  });

  it('gives up after the last delay, and never sends from an orphaned script', async () => {
    const always = Array.from({ length: 20 }, () => new Error('Receiving end does not exist.'));
    const h = harness(always);
    h.report('https://a/', READING);
    for (let i = 0; i < RETRY_DELAYS_MS.length + 2; i++) {
      await flush();
      h.next();
    }
    await flush();
    expect(h.sent).toHaveLength(RETRY_DELAYS_MS.length + 1);
    expect(h.givenUp).toHaveLength(1);

    const orphan = harness([], () => true);
    orphan.report('https://a/', READING);
    await flush();
    expect(orphan.sent).toEqual([]);
  });
});
