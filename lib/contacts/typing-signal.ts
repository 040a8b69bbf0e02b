/**
 * "The search changed": what a list tells its rows as the rep types, without rendering them again.
 * Rows not yet read wait until the search has been still a moment (`components/ContactRow.tsx`);
 * they used to hear of each keystroke through a prop, which rendered every row on screen again,
 * date formatting and all, inside the keystroke (measured at 100,000 contacts: README, "The bench
 * at scale"). A row that waits follows the signal; a row that has read ignores it.
 */
export interface TypingSignal {
  /** Calls `listener` at each change from now on; returns the unfollow. */
  follow(listener: () => void): () => void;
  /** The search changed: every follower hears it. */
  changed(): void;
}

export function typingSignal(): TypingSignal {
  const listeners = new Set<() => void>();
  return {
    follow(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    changed() {
      for (const listener of [...listeners]) listener();
    },
  };
}

/**
 * Calls `done` once, when `signal` has been quiet for `ms` (the wait starts now and starts again at
 * each change); returns the cancel.
 */
export function whenQuiet(signal: TypingSignal, ms: number, done: () => void): () => void {
  const quiet = () => {
    unfollow();
    done();
  };
  let timer = setTimeout(quiet, ms);
  const unfollow = signal.follow(() => {
    clearTimeout(timer);
    timer = setTimeout(quiet, ms);
  });
  return () => {
    clearTimeout(timer);
    unfollow();
  };
}
