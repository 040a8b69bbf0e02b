import { afterEach, describe, expect, it, vi } from 'vitest';
import { pageIsLoading, QUIET_MS, reportPageLoad, reportUserInput, userIsTyping, yieldToUser } from './user-input';

afterEach(() => {
  vi.useRealTimers();
});

describe('the upkeep steps aside while the rep types', () => {
  it('waits between batches until the typing has paused, then goes on', async () => {
    vi.useFakeTimers();
    const start = Date.now();
    reportUserInput(start);
    expect(userIsTyping(start + 10)).toBe(true);
    let done = false;
    void yieldToUser().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(QUIET_MS / 2);
    // Another keystroke: the wait starts over.
    reportUserInput(Date.now());
    await vi.advanceTimersByTimeAsync(QUIET_MS - 100);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(done).toBe(true);
    expect(userIsTyping()).toBe(false);
  });

  it('does not wait when nobody types', async () => {
    vi.useFakeTimers();
    // Long after any keystroke (the module keeps the last one).
    vi.setSystemTime(Date.now() + 60_000);
    let done = false;
    void yieldToUser().then(() => (done = true));
    await vi.advanceTimersByTimeAsync(5);
    expect(done).toBe(true);
  });
});

describe('work that waits for page loads', () => {
  it('holds off while a page loads and a moment after it has loaded; other upkeep does not', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.now() + 120_000);
    reportPageLoad('loading');
    expect(pageIsLoading()).toBe(true);
    let waited = false;
    let other = false;
    void yieldToUser({ pageLoads: true }).then(() => (waited = true));
    void yieldToUser().then(() => (other = true));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(other).toBe(true);
    expect(waited).toBe(false);
    reportPageLoad('complete');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(waited).toBe(false);
    await vi.advanceTimersByTimeAsync(700);
    expect(waited).toBe(true);
    expect(pageIsLoading()).toBe(false);
  });

  it('gives up waiting on a page that never finishes loading', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(Date.now() + 240_000);
    reportPageLoad('loading');
    let waited = false;
    void yieldToUser({ pageLoads: true }).then(() => (waited = true));
    await vi.advanceTimersByTimeAsync(4_500);
    expect(waited).toBe(false);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(waited).toBe(true);
  });
});
