import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { typingSignal, whenQuiet } from './typing-signal';

describe('typingSignal', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tells every follower of each change, and no one who unfollowed', () => {
    const signal = typingSignal();
    const heard: string[] = [];
    const stopA = signal.follow(() => heard.push('a'));
    signal.follow(() => heard.push('b'));
    signal.changed();
    stopA();
    signal.changed();
    expect(heard).toEqual(['a', 'b', 'b']);
  });

  it('a follower that unfollows while hearing a change does not stop the others hearing it', () => {
    const signal = typingSignal();
    const heard: string[] = [];
    const stop = signal.follow(() => {
      heard.push('a');
      stop();
    });
    signal.follow(() => heard.push('b'));
    signal.changed();
    signal.changed();
    expect(heard).toEqual(['a', 'b', 'b']);
  });

  it('whenQuiet waits for the signal to be still that long, starting again at each change', () => {
    const signal = typingSignal();
    const done = vi.fn();
    whenQuiet(signal, 150, done);
    vi.advanceTimersByTime(100);
    signal.changed();
    vi.advanceTimersByTime(100);
    signal.changed();
    vi.advanceTimersByTime(149);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(done).toHaveBeenCalledTimes(1);
    signal.changed();
    vi.advanceTimersByTime(1_000);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('whenQuiet cancelled never calls back, and stops following', () => {
    const signal = typingSignal();
    const done = vi.fn();
    const cancel = whenQuiet(signal, 150, done);
    cancel();
    signal.changed();
    vi.advanceTimersByTime(1_000);
    expect(done).not.toHaveBeenCalled();
  });
});
