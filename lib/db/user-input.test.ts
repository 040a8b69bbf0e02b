import { afterEach, describe, expect, it, vi } from 'vitest';
import { QUIET_MS, reportUserInput, userIsTyping, yieldToUser } from './user-input';

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
